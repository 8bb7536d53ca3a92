/**
 * People's names in any language's letters: "Cllr Siân Llŷr", "Seán Ó Briain", "Łukasz", "@zoë", "Олег Петров". The
 * minutes read them as they read names in English letters: as movers and seconders, owners, attendance.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/model/parse';
import { NAME_TITLES, ROLE_WORDS } from '../server/src/model/lexicon';
import { allItems, type MinutesDocument } from '../server/src/model/syntax';

const item = (body: string) => parse(`Minutes of the meeting\n\n1. Topic\n\n${body}\n`).items[0]!;
const owners = (body: string) => parse(`Minutes of the meeting\n\n1. Topic\n\n${body}\n`).actions.map((a) => a.owner);

test('movers, seconders and abstainers with diacritics', () => {
  const m = item('Moved by Cllr Zoë Ó Briain, seconded by Cllr Łukasz Nowak. Carried.').motions[0]!;
  assert.deepEqual([m.mover, m.seconder, m.result], ['Cllr Zoë Ó Briain', 'Cllr Łukasz Nowak', 'carried']);
  const b = item('Motion: to adopt the budget. Moved by Ana Müller, seconded by Jörg Weiß. Carried 5-2.').motions[0]!;
  assert.deepEqual([b.mover, b.seconder], ['Ana Müller', 'Jörg Weiß']);
  const f = item('Moved: Siân Llŷr  Seconded: Åsa Lindqvist').motions[0]!;
  assert.deepEqual([f.mover, f.seconder], ['Siân Llŷr', 'Åsa Lindqvist']);
  const p = item('M/S/C (Ørsted/Ünal) to approve the accounts.').motions[0]!;
  assert.deepEqual([p.mover, p.seconder], ['Ørsted', 'Ünal']);
  const before = item('Council Member Ruíz moved, Council Member Hålé seconded. Carried.').motions[0]!;
  assert.deepEqual([before.mover, before.seconder], ['Council Member Ruíz', 'Council Member Hålé']);
  // The sentence's full stop after such a name ends the sentence, as after "Shah.".
  const s = item('Moved by Cllr Webb, seconded by Cllr Sháh. Motion carried.').motions[0]!;
  assert.equal(s.seconder, 'Cllr Sháh');
  assert.deepEqual(item('Proposed by Cllr Ólafsdóttir, seconded by Cllr Þórsson. Carried, Cllr Ñúñez abstaining.').outcome, 'carried');
});

test('owners with diacritics and in other scripts', () => {
  assert.deepEqual(owners('Action: Siân Llŷr to book the hall by 3 March.'), ['Siân Llŷr']);
  assert.deepEqual(owners('Action @zoë: book the room.'), ['@zoë']);
  assert.deepEqual(owners('ACTION @renée: send the minutes.'), ['@renée']);
  assert.deepEqual(owners('Action item: Fránk will circulate the final lease to all directors before signing.'), ['Fránk']);
  assert.deepEqual(owners('Could Cllr Ráy please confirm the dates with the school.'), ['Cllr Ráy']);
  assert.deepEqual(owners('Decision: Ádé would take over the printing from the spring issue.'), ['Ádé']);
  assert.deepEqual(owners('Олег Петров to circulate the draft by Friday.'), ['Олег Петров']);
});

test('attendance lists split at "and" and "&", not inside a name', () => {
  const d = parse('Minutes of the meeting\nPresent: Ingrid Dahl (chair), Per Šand (secretary), Lene Vik and Arne Møe\n\n1. Opening\nNoted.\n');
  assert.deepEqual(d.header.attendance[0]!.names, ['Ingrid Dahl', 'Per Šand', 'Lene Vik', 'Arne Møe']);
  const n = parse('# Sync\n\nParticipants: @Nadia Rahman @Łeo Brandt @Ivo Petrov\n\n## 1. Plan\nDecision: ship it.\n');
  assert.deepEqual(n.header.attendance[0]!.names, ['@Nadia Rahman', '@Łeo Brandt', '@Ivo Petrov']);
});

// ---------------------------------------------------------------- the same minutes, their names written with diacritics

/** What the readings of a document are, with the names mapped back to plain letters. */
function readings(d: MinutesDocument, plain: (s: string | null) => string | null): string {
  const motions = (items: MinutesDocument['items']): unknown[] =>
    items.flatMap((it) => [[it.range.start, it.outcome, it.motions.map((m) => [plain(m.mover), plain(m.seconder), m.result])], ...motions(it.children)]);
  const attendance = [...d.header.attendance, ...d.blocks.flatMap((b) => (b.type === 'section' ? b.attendance : []))];
  return JSON.stringify({
    actions: d.actions.map((a) => [a.range.start, a.range.end, plain(a.owner), a.due, a.ownerRange?.start ?? null]),
    items: motions(d.items),
    attendance: attendance.map((x) => [x.kind, x.names.map(plain)]),
  });
}

const FIXTURES = join(__dirname, '..', '..', 'test', 'fixtures');
const MARKER = /^[ \t]*\^+[ \t]+\S.*(?:\r?\n)?/gm;
/** Words that name a role or a thing rather than a person, though the owners' phrases hold them capitalised. */
const NOT_NAMES = new Set(['the', 'and', 'of', 'for', 'to', 'all', 'tbc', 'tbd', 'none', 'commissioner', 'speaker', ...ROLE_WORDS, ...NAME_TITLES]);

/**
 * Each variant gives the words of people's names (those the parser reads as owners, movers, seconders and attendance, that
 * the fixtures never write in small letters) diacritics of the same length: one letter, every vowel, or the capital.
 */
const VARIANTS: Array<{ what: string; map: Record<string, string>; which: 'first' | 'all' | 'capital' }> = [
  { what: 'one vowel, Latin-1', map: { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü' }, which: 'first' },
  { what: 'every vowel, Latin Extended', map: { a: 'ą', e: 'ė', i: 'ī', o: 'ő', u: 'ū' }, which: 'all' },
  { what: 'the capital', map: { A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', S: 'Š', Z: 'Ž', C: 'Č', L: 'Ł' }, which: 'capital' },
];

const WRITTEN = new Set(VARIANTS.flatMap((v) => Object.values(v.map)));

test('the fixtures read the same with their people named in letters with diacritics', () => {
  const docs = readdirSync(FIXTURES)
    .filter((f) => /\.(minutes|md|txt)$/.test(f))
    .map((f) => ({ f, text: readFileSync(join(FIXTURES, f), 'utf8').replace(MARKER, '') }))
    // (Not those that already hold a letter the variants write: the names are mapped back letter for letter.)
    .filter((x) => ![...x.text].some((c) => WRITTEN.has(c)));
  const lower = new Set(docs.flatMap((x) => x.text.match(/\b[a-z]{2,}\b/g) ?? []));
  let tried = 0;
  for (const { f, text } of docs) {
    const d = parse(text);
    const names = new Set<string>();
    const add = (s: string | null) => {
      for (const w of (s ?? '').split(/[\s,./()@]+/)) if (/^[A-Z][a-z]{2,}$/.test(w) && !NOT_NAMES.has(w.toLowerCase()) && !lower.has(w.toLowerCase())) names.add(w);
    };
    for (const a of d.actions) add(a.owner);
    const walk = (items: MinutesDocument['items']): void => {
      for (const it of items) {
        for (const m of it.motions) (add(m.mover), add(m.seconder));
        walk(it.children);
      }
    };
    walk(d.items);
    for (const a of [...d.header.attendance, ...d.blocks.flatMap((b) => (b.type === 'section' ? b.attendance : []))]) a.names.forEach(add);
    if (names.size === 0) continue;
    tried++;
    const words = new RegExp(`\\b(?:${[...names].join('|')})\\b`, 'g');
    for (const v of VARIANTS) {
      const back = Object.fromEntries(Object.entries(v.map).map(([k, x]) => [x, k]));
      const plain = (s: string | null) => (s === null ? null : s.replace(/[^\u0000-\u007f]/g, (c) => back[c] ?? c));
      const accent = (w: string) => {
        if (v.which === 'capital') return (v.map[w[0]!] ?? w[0]!) + w.slice(1);
        let done = false;
        return w[0]! + [...w.slice(1)].map((c) => (v.map[c] && !(done && v.which === 'first') ? ((done = true), v.map[c]!) : c)).join('');
      };
      const variant = parse(text.replace(words, accent));
      assert.equal(readings(variant, plain), readings(d, (s) => s), `${f}, ${v.what}`);
    }
  }
  assert.ok(tried >= 100, `only ${tried} fixtures name people`);
});

test('an attendance list wrapped after a title or an initial keeps the name whole, not a lettered item', () => {
  const d = parse('Members Present: Mr. S. Okoro (Chair), Mrs. P. Lund (Secretary), Mr.\nA. Varga (Treasurer), Ms. R. Dunn\n\n1. Minutes\nThe minutes were approved.\n');
  assert.deepEqual(d.header.attendance[0]!.names, ['Mr. S. Okoro', 'Mrs. P. Lund', 'Mr. A. Varga', 'Ms. R. Dunn']);
  assert.deepEqual(allItems(d).map((i) => i.title), ['1. Minutes']);
  const c = parse('In attendance: Mrs K. Lowe (Clerk), County Councillor Mrs.\nB. Hart (resident)\n\n1. Minutes\nThe minutes were approved.\n');
  assert.deepEqual(c.header.attendance[0]!.names, ['Mrs K. Lowe', 'County Councillor Mrs. B. Hart']);
});
