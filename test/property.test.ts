/**
 * parse() never throws, and its tree covers the text exactly, whatever the
 * input: random text over the characters minutes are made of, and real
 * documents mutated at random (cut, duplicated, re-ended, truncated).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/model/parse';
import type { AgendaItem, MinutesDocument, Range } from '../server/src/model/syntax';
import { readFixture } from './support/fixture';
import { rng } from './support/random';
import { SHARED } from './support/shared';

const PIECES = [
  'Agenda item\n', 'Minutes:\n', 'RESOLVED:\n', 'RESOLVED that ', 'UNRESOLVED:', '1.1\u00a0 That ', '(a)\t', '(b) ', '4. ', '4.1 ', '25/012 ',
  'P/24/61 ', 'VI. A. ', 'Item 5: ', '## 1. ', '# ', '### ', '**Decision:** ', '**Topic:** ', '- [ ] @alice to ', '- [x] ', '| Task | Owner | Status |\n',
  '|---|---|---|\n', '| a | @b | open |\n', 'Action Point\n', 'ACTION – ', 'Action items:\n', 'Clerk to write to ', 'A report to be brought ', ' by 31 March',
  ' (M. Doyle)', ' Owner: —', ' Responsible: TBC', 'It was MOVED by Councillor X, SECONDED by Councillor Y and\n', 'Motion carried (5–2).', 'Motion failed.',
  'Members noted the report.', 'Supporting documents:\n', 'Present: Cllr A, Cllr B\n', '·\u00a0\u00a0\u00a0 ', '•    ', '\u00a0\n', '\r\n', '\r', '\n', '\n\n', '\t',
  '\ufeff', '“', '”', '’', '–', '—', '.', ':', '(', ')', '|', '*', '#', '@', ' ', 'the ', 'Council ', 'agreed ', 'noted ', 'to ', 'be ', 'set up ',
  '\ud83d\ude00', '\ud800', 'Call to order:\n', 'Adjournment\n', 'The meeting closed at 9pm.\n', 'MAYOR\n', 'Date of next meeting: 4 May.\n',
];

function randomDoc(r: () => number): string {
  let s = '';
  const n = Math.floor(r() * 120);
  for (let i = 0; i < n; i++) {
    if (r() < 0.8) s += PIECES[Math.floor(r() * PIECES.length)];
    else s += String.fromCharCode(Math.floor(r() * 0x3000));
  }
  return s;
}

function mutate(text: string, r: () => number): string {
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

function within(inner: Range, outer: Range, what: string): void {
  assert.ok(inner.start >= outer.start && inner.end <= outer.end && inner.start <= inner.end, `${what} ${JSON.stringify(inner)} outside ${JSON.stringify(outer)}`);
}

export function checkInvariants(doc: MinutesDocument, text: string): void {
  assert.equal(doc.text, text);
  assert.ok(!doc.problems.some((p) => p.code === 'internal-error'), doc.problems.map((p) => p.message).join('; '));
  // The blocks tile the text.
  let at = 0;
  for (const b of doc.blocks) {
    assert.equal(b.range.start, at, `block ${b.type} starts at ${b.range.start}, expected ${at}`);
    assert.ok(b.range.end >= b.range.start);
    at = b.range.end;
  }
  assert.equal(at, text.length, 'blocks end at the end of the text');
  const item = (it: AgendaItem): void => {
    // Its parts tile its own text, its sub-items the rest.
    let p = it.range.start;
    for (const part of it.parts) {
      assert.equal(part.range.start, p, `part ${part.kind} of "${it.title}" starts at ${part.range.start}, expected ${p}`);
      p = part.range.end;
    }
    for (const c of it.children) {
      assert.equal(c.range.start, p, `sub-item "${c.title}" starts at ${c.range.start}, expected ${p}`);
      p = c.range.end;
      item(c);
    }
    assert.equal(p, it.range.end, `"${it.title}" is covered to its end`);
    within(it.titleRange, it.range, 'title');
    for (const o of it.outcomes) within(o.range, it.range, 'outcome');
    for (const a of it.actions) within(a.range, it.range, 'action');
    for (const m of it.motions) within(m.range, it.range, 'motion');
    for (const b of it.resolutions) within(b.range, it.range, 'resolution block');
  };
  for (const it of doc.items) item(it);
  for (const a of doc.actions) within(a.range, { start: 0, end: text.length }, 'action');
}

test('random documents: parse never throws and the tree tiles the text', { timeout: 60_000 }, () => {
  for (let seed = 1; seed <= 1500; seed++) {
    const text = randomDoc(rng(seed));
    let doc: MinutesDocument;
    try {
      doc = parse(text);
      checkInvariants(doc, text);
    } catch (e) {
      assert.fail(`seed ${seed}: ${(e as Error).message}\ninput: ${JSON.stringify(text).slice(0, 400)}`);
    }
  }
});

test('mutated real documents: parse never throws and the tree tiles the text', { timeout: 60_000 }, () => {
  const sources: string[] = [];
  const fx = join(__dirname, '..', '..', 'test', 'fixtures');
  for (const f of readdirSync(fx)) sources.push(readFixture(readFileSync(join(fx, f), 'utf8')).text);
  for (const sub of ['seeds', 'corpus/dev']) {
    const d = join(SHARED, sub);
    if (existsSync(d)) for (const f of readdirSync(d)) if (!f.endsWith('.json')) sources.push(readFileSync(join(d, f), 'utf8'));
  }
  let n = 0;
  for (const [i, src] of sources.entries()) {
    for (let k = 0; k < 60; k++) {
      const seed = i * 1000 + k;
      const text = mutate(src, rng(seed));
      try {
        checkInvariants(parse(text), text);
      } catch (e) {
        assert.fail(`source ${i} seed ${seed}: ${(e as Error).message}`);
      }
      n++;
    }
  }
  assert.ok(n >= 300);
});

test('pathological lines finish (no runaway regular expressions)', { timeout: 30_000 }, () => {
  const long = [
    'to '.repeat(50_000),
    'a'.repeat(200_000),
    '('.repeat(50_000),
    '. '.repeat(50_000),
    'Clerk to write to '.repeat(10_000),
    'RESOLVED '.repeat(20_000),
    '1.'.repeat(50_000),
    '\u00a0'.repeat(100_000),
    '— '.repeat(50_000),
    'by the '.repeat(30_000),
    '@a '.repeat(50_000),
    '| a '.repeat(50_000),
    'Agenda item\n'.repeat(20_000),
    '\r'.repeat(100_000),
  ];
  for (const t of long) checkInvariants(parse(t), t);
});

test('empty and tiny inputs', () => {
  for (const t of ['', '\n', '\r\n', '\ufeff', ' ', '#', '1.', 'Agenda item', '- [ ]', '|']) checkInvariants(parse(t), t);
});
