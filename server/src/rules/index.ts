/**
 * The ordered registry of rules. Adding a rule: write `rules/<id>.ts` with
 * `defineRule`, a page `docs/rules/<id>.md`, a fixture in `test/fixtures/`, and
 * list it here. The settings schema in package.json is generated from this list
 * (`npm run sync-settings`), and a test keeps them in step.
 */
import type { MinutesDocument } from '../model/syntax';
import misencodedText from './mis-encoded-text';
import missingResolution from './missing-resolution';
import unattributedAction from './unattributed-action';
import type { Finding, Rule, Severity } from './rule';

export const RULES: readonly Rule[] = [missingResolution, unattributedAction, misencodedText];

export type RuleSettings = Readonly<Record<string, Severity | 'off' | undefined>>;

/** Runs every enabled rule over one parsed document; findings are in document order. */
export function runRules(doc: MinutesDocument, settings: RuleSettings = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of RULES) {
    const sev = settings[rule.id] ?? rule.defaultSeverity;
    if (sev === 'off') continue;
    rule.check(doc, (range, message) => out.push({ code: rule.id, severity: sev, message, range }));
  }
  out.sort((a, b) => a.range.start - b.range.start || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return out;
}

export type { Finding, Rule, Severity } from './rule';
export { docsUrl } from './rule';
