import { allItems, readableTitle } from '../model/syntax';
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
      report(item.titleRange, message(item.title));
    }
  },
});

// The message for each title, kept while the document is checked again and again as the clerk types.
const messages = new Map<string, string>();
function message(title: string): string {
  let m = messages.get(title);
  if (m === undefined) {
    m = `Agenda item "${shorten(readableTitle(title))}" records no outcome. Add what the meeting decided (e.g. "RESOLVED: That ...", "AGREED", "Decision: ...") or that it noted the item ("The Committee noted the report.").`;
    if (messages.size >= 10_000) messages.clear();
    messages.set(title, m);
  }
  return m;
}

function shorten(s: string): string {
  // Most titles have single spaces already: only those with runs, tabs or breaks are rewritten.
  const t = /\s\s|[^\S ]|^\s|\s$/.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
  return t.length > 60 ? t.slice(0, 57) + '...' : t;
}
