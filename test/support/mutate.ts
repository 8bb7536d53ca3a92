import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFixture } from './fixture';
import { SHARED } from './shared';

/** Pieces of minutes and ways to damage a document, shared by the property and gate tests. */
export const PIECES = [
  'Agenda item\n', 'Minutes:\n', 'RESOLVED:\n', 'RESOLVED that ', 'UNRESOLVED:', '1.1\u00a0 That ', '(a)\t', '(b) ', '4. ', '4.1 ', '25/012 ',
  'P/24/61 ', 'VI. A. ', 'Item 5: ', '## 1. ', '# ', '### ', '**Decision:** ', '**Topic:** ', '- [ ] @alice to ', '- [x] ', '| Task | Owner | Status |\n',
  '|---|---|---|\n', '| a | @b | open |\n', 'Action Point\n', 'ACTION – ', 'Action items:\n', 'Clerk to write to ', 'A report to be brought ', ' by 31 March',
  ' (M. Doyle)', ' Owner: —', ' Responsible: TBC', 'It was MOVED by Councillor X, SECONDED by Councillor Y and\n', 'Motion carried (5–2).', 'Motion failed.',
  'Members noted the report.', 'Supporting documents:\n', 'Present: Cllr A, Cllr B\n', '·\u00a0\u00a0\u00a0 ', '•    ', '\u00a0\n', '\r\n', '\r', '\n', '\n\n', '\t',
  '\ufeff', '“', '”', '’', '–', '—', '.', ':', '(', ')', '|', '*', '#', '@', ' ', 'the ', 'Council ', 'agreed ', 'noted ', 'to ', 'be ', 'set up ',
  '\ud83d\ude00', '\ud800', '\u00ad', '\u200b', 'Call to order:\n', 'Adjournment\n', 'The meeting closed at 9pm.\n', 'MAYOR\n', 'Date of next meeting: 4 May.\n',
];

export function randomDoc(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 120);
  for (let i = 0; i < n; i++) {
    if (r() < 0.8) s += PIECES[Math.floor(r() * PIECES.length)];
    else s += String.fromCharCode(Math.floor(r() * 0x3000));
  }
  return s;
}

export function mutate(text: string, r: () => number): string {
  let s = text;
  const k = 1 + Math.floor(r() * 6);
  for (let i = 0; i < k; i++) {
    const a = Math.floor(r() * (s.length + 1));
    const b = Math.min(s.length, a + Math.floor(r() * 200));
    switch (Math.floor(r() * 6)) {
      case 0: s = s.slice(0, a) + s.slice(b); break; // cut
      case 1: s = s.slice(0, b) + s.slice(a, b) + s.slice(b); break; // duplicate
      case 2: s = s.slice(0, a) + PIECES[Math.floor(r() * PIECES.length)] + s.slice(a); break; // insert
      case 3: s = s.replace(/\n/g, r() < 0.5 ? '\r\n' : '\r'); break; // re-end lines
      case 4: s = s.slice(0, a); break; // truncate
      default: s = s.slice(0, a) + s.slice(a, b).split('').reverse().join('') + s.slice(b); // scramble
    }
  }
  return s;
}


/** The project's fixtures, and the seeds and corpus documents when ../shared is present. */
export function realDocuments(): string[] {
  const out: string[] = [];
  const fx = join(__dirname, '..', '..', '..', 'test', 'fixtures');
  for (const f of readdirSync(fx)) out.push(readFixture(readFileSync(join(fx, f), 'utf8')).text);
  for (const sub of ['seeds', 'corpus/dev']) {
    const d = join(SHARED, sub);
    if (existsSync(d)) for (const f of readdirSync(d)) if (!f.endsWith('.json')) out.push(readFileSync(join(d, f), 'utf8'));
  }
  return out;
}
