import { allItems } from '../model/syntax';
import { defineRule } from './rule';

/**
 * An agenda item should record what the meeting decided: a resolution, a
 * decision, an agreement, a vote's result, or that the report was noted.
 * Procedural items (apologies, declarations, date of next meeting, ...) and
 * headings that only group sub-items need none.
 */
export default defineRule({
  id: 'missing-resolution',
  description: 'An agenda item records its outcome: a resolution, decision, vote or noting.',
  defaultSeverity: 'warning',
  tags: ['outcome', 'items'],
  check(doc, report) {
    for (const item of allItems(doc)) {
      if (item.procedural || item.container || item.outcome !== null) continue;
      report(
        item.titleRange,
        `Agenda item "${shorten(item.title)}" records no outcome. Add what the meeting decided (e.g. "RESOLVED: That ...", "AGREED", "Decision: ...") or that it noted the item ("The Committee noted the report.").`,
      );
    }
  },
});

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}
