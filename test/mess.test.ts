/**
 * Mess does not change the reading: every fixture, and the shared corpus and
 * seeds when present, read the same with CRLF line ends, a BOM, blank lines
 * holding a non-breaking space or a tab, runs of spaces between words, curly
 * quotes, spaces at the ends of lines, non-breaking spaces between words, no
 * final line break, hyphens for dashes, other bullets, lines ended by CR alone, mixed line ends, soft hyphens and zero-width spaces
 * inside words, full stops after titles ("Cllr. Moss"), tabs for indentation, or two blank lines for one; and, but for a
 * known few fixtures, with their long lines wrapped at 72 columns.
 * Titles, owners and due dates are compared with their white space, dashes
 * and quotes normalised.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/model/parse';
import { allItems } from '../server/src/model/syntax';
import { readFixture } from './support/fixture';
import { SHARED, haveShared } from './support/shared';

const norm = (s: string | null): string | null => (s === null ? null : s.replace(/\b(Cllr|Mr|Mrs|Ms|Dr)\. /g, '$1 ').replace(/[–—]/g, '-').replace(/[\s\u00a0]+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim());

function reading(text: string, titles = true): string {
  const d = parse(text);
  return JSON.stringify({
    items: allItems(d).map((i) => [titles ? norm(i.title) : null, i.outcome, i.procedural, i.level]),
    actions: d.actions.map((a) => [norm(a.owner), norm(a.due)]),
  });
}

const MESS: Record<string, (t: string) => string> = {
  'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
  'a BOM': (t) => '\ufeff' + t,
  'blank lines holding a non-breaking space': (t) => t.replace(/\n\n/g, '\n\u00a0\n'),
  'blank lines holding a tab': (t) => t.replace(/\n\n/g, '\n\t\n'),
  'runs of spaces between words': (t) => t.replace(/([a-z,]) ([a-z])/g, '$1  $2'),
  'curly quotes': (t) => t.replace(/'/g, '’').replace(/"([^"\n]*)"/g, '“$1”'),
  'spaces at the ends of lines': (t) => t.replace(/\n/g, ' \n'),
  'non-breaking spaces between words': (t) => t.replace(/([a-z]) ([a-z])/g, '$1\u00a0$2'),
  'no final line break': (t) => t.replace(/\n+$/, ''),
  'hyphens for dashes': (t) => t.replace(/ – /g, ' - '),
  'other bullets': (t) => t.replace(/^- (?!\[)/gm, '•\t').replace(/^\* /gm, '·   '),
  // (As files saved on the classic Mac OS, and some exports still, end their lines.)
  'CR line ends alone': (t) => t.replace(/\n/g, '\r'),
  'CRLF and LF mixed': (t) => t.split('\n').map((l, i) => l + (i % 2 ? '\r' : '')).join('\n'),
  // As Word's optional hyphens and text copied from a PDF or a web page leave them.
  'soft hyphens inside words': (t) => t.replace(/([a-z]{3})([a-z]{3})/gi, '$1\u00ad$2'),
  // (As a Word export with an empty paragraph after each leaves them, or an e-mail double-spaced.)
  'two blank lines for one': (t) => t.replace(/(?<=[^\n])\n\n(?=[^\n])/g, '\n\n\n'),
  // (As American usage writes them, and some clerks: "Cllr. Moss to check the anchors".)
  'full stops after titles': (t) => t.replace(/\b(Cllr|Mr|Mrs|Ms|Dr) (?=[A-Z])/g, '$1. '),
  // (As Obsidian and other editors nest lists: a tab a level, or a tab for four spaces.)
  'tabs for indentation': (t) => t.replace(/^( {2,})/gm, (m) => '\t'.repeat(Math.ceil(m.length / 2))),
  'a tab for four spaces of indentation': (t) => t.replace(/^( {2,})/gm, (m) => '\t'.repeat(Math.ceil(m.length / 4))),
  'zero-width spaces inside words and after full stops': (t) => t.replace(/([a-z]{4})([a-z]{2})/gi, '$1\u200b$2').replace(/\. /g, '.\u200b '),
};

function documents(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  const fx = join(__dirname, '..', '..', 'test', 'fixtures');
  for (const f of readdirSync(fx)) out.push({ name: f, text: readFixture(readFileSync(join(fx, f), 'utf8')).text });
  for (const dir of ['corpus/dev', 'seeds']) {
    if (!haveShared(dir)) continue;
    for (const f of readdirSync(join(SHARED, dir))) if (!f.endsWith('.json')) out.push({ name: f, text: readFileSync(join(SHARED, dir, f), 'utf8') });
  }
  return out.map((d) => ({ ...d, text: d.text.replace(/^\ufeff/, '').replace(/\r\n/g, '\n') }));
}

test('mess does not change what the minutes say: items, outcomes, owners and due dates', { timeout: 120_000 }, () => {
  let n = 0;
  for (const { name, text } of documents()) {
    const clean = reading(text);
    for (const [what, mess] of Object.entries(MESS)) {
      assert.equal(reading(mess(text)), clean, `${name} with ${what}`);
      n++;
    }
  }
  assert.ok(n > 1000, `only ${n} messy copies read`);
});

/**
 * Text wrapped at 72 columns, as a PDF's or an e-mail's text is: each line longer than 80 characters broken between words,
 * its continuation lines indented under the text of its bullet or number. Not a table's row, a heading, a quotation or a
 * line with a tab.
 */
function wrapAt72(t: string): string {
  return t
    .split('\n')
    .map((l) => {
      if (l.length <= 80 || /^\s*[|#>]/.test(l) || l.includes('\t')) return l;
      const indent = /^\s*(?:[-*•]\s+|\d+[.)]\s+)?/.exec(l)![0].replace(/\S/g, ' ');
      const out: string[] = [];
      const lead = /^\s*/.exec(l)![0];
      let cur = lead;
      for (const w of l.slice(lead.length).split(' ')) {
        if (cur.trim() && `${cur} ${w}`.length > 72) {
          out.push(cur);
          cur = indent + w;
        } else cur = cur.trim() ? `${cur} ${w}` : cur + w;
      }
      out.push(cur);
      return out.join('\n');
    })
    .join('\n');
}

/**
 * Fixtures that still read otherwise wrapped: a motion's label split from its vote ("... Price)" / "VOTE: 4 yes, 1 no").
 */
const WRAP_KNOWN = new Set<string>([
  'board-vote-labels.minutes',
]);

test('text wrapped at 72 columns reads as it does unwrapped: the corpus, the seeds and the fixtures (but a known few)', { timeout: 120_000 }, () => {
  let n = 0;
  const differ: string[] = [];
  for (const { name, text } of documents()) {
    const wrapped = wrapAt72(text);
    if (wrapped === text) continue;
    n++;
    // (A title that wraps is read from its first line: the titles are not compared.)
    if (reading(wrapped, false) !== reading(text, false)) differ.push(name);
  }
  assert.ok(n > 100, `only ${n} documents have lines to wrap`);
  assert.deepEqual(differ.filter((d) => !WRAP_KNOWN.has(d)), []);
  // (One that now reads the same comes off the list.)
  assert.deepEqual([...WRAP_KNOWN].filter((d) => !differ.includes(d)), [], 'these now read the same wrapped: take them off WRAP_KNOWN');
});
