import { defineRule } from './rule';

/**
 * Every action should say who will do it. A task with nobody named ("A report
 * to be brought to a future committee", "ACTION – add to action sheet") is the
 * one nobody does.
 */
export default defineRule({
  id: 'unattributed-action',
  description: 'An action names who is responsible for it.',
  defaultSeverity: 'warning',
  tags: ['actions'],
  check(doc, report) {
    for (const action of doc.actions) {
      if (action.owner !== null) continue;
      const placeholder = action.ownerRange !== null && action.ownerRange.end > action.ownerRange.start;
      report(
        action.range,
        placeholder
          ? `This action's owner is a placeholder (${JSON.stringify(doc.text.slice(action.ownerRange!.start, action.ownerRange!.end))}). Name who is responsible, e.g. "Owner: J. Smith".`
          : 'This action names nobody responsible. Add an owner, e.g. "Clerk to ..." or "(Owner: J. Smith)".',
      );
    }
  },
});
