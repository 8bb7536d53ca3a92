/**
 * A warm-up for the parser: V8 compiles the parser's hot paths only after they
 * have run for a while, so the first document a clerk opens would pay for that
 * compilation. Parsing a synthetic document once, while the server starts,
 * moves the cost off the first diagnostics.
 */
import { parse } from '../model/parse';
import { runRules } from '../rules';

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
  for (let i = 0; i < rounds; i++) runRules(parse(text));
}
