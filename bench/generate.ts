/**
 * Generated minutes for the benchmark: a year of a council's committee minutes
 * in one file, in the ModernGov and numbered styles, with the mix a real export
 * has (long discussion paragraphs, NBSP spacer lines, bullets, RESOLVED blocks,
 * motions, action points, supporting documents).
 */
const PARA = [
  'The Corporate Director presented the report, which set out the progress made since the last meeting and the risks that remained. Members asked about the timetable for the recruitment of permanent staff and the use of agency workers, and the Director explained that the service expected to be fully staffed by the spring.',
  'Councillor Ahmed sought clarification on the figures in the appendix, in particular the fall in the number of assessments completed within the statutory timescale. Officers replied that the data for the last quarter had been affected by a change of system and that a corrected table would be circulated.',
  'Referring to the consultation, the Vice Chair asked whether residents in the rural wards had been reached. The Head of Policy said that drop-in sessions had been held in six village halls and that the response rate was in line with previous years.',
  'Members discussed the budget position at length. The Chief Finance Officer advised that the forecast overspend of £1.2m was mainly due to demand in adult social care and to the cost of temporary accommodation, and that mitigating actions had been agreed by the leadership team.',
];
const BULLETS = ['The service was actively recruiting to unfilled posts.', 'Data was analysed at monthly performance meetings.', 'There were no unallocated cases at the end of the quarter.'];

export function generate(bytes: number): string {
  const out: string[] = ['Northbridge Borough Council', 'Overview and Scrutiny Committee', 'Minutes of the meetings held in 2024', '\u00a0', 'Present: Councillor A. Patel (Chair), Councillors Brown, Clarke, Duffy and Evans', '\u00a0'];
  let size = out.join('\n').length;
  let n = 0;
  while (size < bytes) {
    n++;
    const block: string[] = [];
    const kind = n % 5;
    if (kind === 4) {
      block.push(`${n}.\tHighways Maintenance Programme ${n}`);
    } else {
      block.push('Agenda item', '', `${n}.\tPerformance Report – Quarter ${(n % 4) + 1}`, '', 'Minutes:', '');
    }
    for (let p = 0; p < 3; p++) block.push(PARA[(n + p) % PARA.length]!, '', '\u00a0', '');
    for (const b of BULLETS) block.push(`·\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 ${b}`, '');
    switch (n % 4) {
      case 0:
        block.push('It was MOVED by Councillor Brown, SECONDED by Councillor Clarke and', '', 'RESOLVED:', '', '1.1\u00a0 That the report be noted.', '', '1.2\u00a0 That the Head of Service report back in March.', '');
        break;
      case 1:
        block.push('Action Point', '', 'A report to be brought to a future meeting on the recruitment figures.', '', 'Members noted the update.', '');
        break;
      case 2:
        block.push('Clerk to write to the highways department by 31 March about the resurfacing programme.', 'ACTION – add to action sheet', '');
        break;
      default:
        block.push('Members discussed the options but did not reach a view.', '');
    }
    block.push('Supporting documents:', `Report ${n}, item ${n} PDF 240 KB`, '');
    const s = block.join('\n') + '\n';
    out.push(s);
    size += s.length + 1;
  }
  return out.join('\n');
}
