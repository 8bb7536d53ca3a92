import type { Rule } from './rule';
import { docsUrl } from './rule';

/** The `contributes.configuration.properties` of package.json, derived from the rule registry. */
export function settingsSchema(rules: readonly Rule[]): Record<string, unknown> {
  const props: Record<string, unknown> = {
    'minutes.trace.server': {
      scope: 'window',
      type: 'string',
      enum: ['off', 'messages', 'verbose'],
      default: 'off',
      description: 'Traces the communication between VS Code and the Minutes language server (in the Minutes output).',
    },
  };
  for (const r of rules) {
    props[`minutes.rules.${r.id}`] = {
      scope: 'resource',
      type: 'string',
      enum: ['off', 'hint', 'information', 'warning', 'error'],
      default: r.defaultSeverity,
      markdownDescription: `${r.description} ([${r.id}](${docsUrl(r.id)}))`,
    };
  }
  return props;
}
