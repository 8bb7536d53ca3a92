/**
 * A warm-up for the parser: V8 compiles the parser's hot paths only after they
 * have run for a while, so the first document a clerk opens would pay for that
 * compilation. Parsing a synthetic document once, while the server starts,
 * moves the cost off the first diagnostics, and a few edits warm the path a
 * keystroke takes.
 */
import { parse } from '../model/parse';
import { runRules } from '../rules';
import { Documents } from './documents';
import { createLanguageService } from './service';

const ITEM = [
  'Agenda item',
  '',
  '7.\tHighways Maintenance Programme',
  '',
  'Minutes:',
  '',
  'The Head of Highways presented the report, which set out the programme for the year and the risks to it. Members asked about the timetable and the budget, and the Head of Highways explained that the works would be phased.',
  '\u00a0',
  '·\u00a0\u00a0\u00a0 Councillor Ahmed asked whether the resurfacing of Mill Lane could be brought forward.',
  'It was MOVED by Councillor Brown, SECONDED by Councillor Clarke and',
  'RESOLVED:',
  '1.1\u00a0 That the report be noted.',
  'Action Point',
  'A report to be brought to a future meeting on the resurfacing figures.',
  'Clerk to write to the county council by 31 March about the verges. ACTION – add to action sheet',
  '- [ ] @alice to update the tracker by Friday (Owner: J. Smith)',
  'Supporting documents:',
  '',
].join('\n');

export function warmUp(rounds = 2): void {
  const text = 'Northbridge Council\nPresent: Councillor A. Patel (Chair)\n\n' + ITEM.repeat(60);
  // The path a keystroke takes first: an edit to the open text, the item parsed again, the diagnostics made. Moving
  // the tree's ranges in place (incremental.ts) makes V8 drop the code it compiled on the belief that a range never
  // changes, so this comes before the full parses, whose compiled code then lasts.
  const documents = new Documents();
  const service = createLanguageService({ snippets: true, markdown: true });
  documents.open('warmup:', 'minutes', 1, text);
  service.diagnostics(documents.get('warmup:')!);
  const line = text.split('\n').findIndex((l, k) => k > 600 && l.startsWith('The Head of Highways'));
  for (let k = 0; k < 20; k++) {
    const at = { line, character: 20 + (k % 8) };
    const change = k % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line, character: at.character + 1 } }, text: '' };
    documents.change('warmup:', k + 2, [change]);
    service.diagnostics(documents.get('warmup:')!);
  }
  documents.close('warmup:');
  for (let i = 0; i < rounds; i++) runRules(parse(text));
}
