/**
 * Reading back text garbled by the wrong character set (UTF-8 read as Windows-1252), and leaving alone the letters of
 * languages that use the same characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findMisencoded, repairMisencoded } from '../server/src/model/encoding';

/** The text as an export garbles it: its UTF-8 bytes, each read as a Windows-1252 character. */
function garble(s: string): string {
  const cp1252: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
  return [...Buffer.from(s, 'utf8')].map((b) => cp1252[b] ?? String.fromCharCode(b)).join('');
}

test('every character minutes use is read back from its garbled bytes', () => {
  const originals = ['’', '‘', '“', '”', '–', '—', '…', '•', '£', '€', '™', '\u00a0', 'é', 'è', 'ü', 'ö', 'ñ', 'ç', 'Œ', 'š', '½', '°', '·'];
  for (const c of originals) {
    const text = `Cllr Hart${garble(c)}s note of 5 May`;
    assert.equal(repairMisencoded(text), `Cllr Hart${c}s note of 5 May`, JSON.stringify(garble(c)));
    assert.equal(findMisencoded(text).length, 1, JSON.stringify(garble(c)));
  }
  // A whole line, as a clerk would paste it.
  const line = 'The inspector’s report – “low risk” – cost £1,200 (Café Noël).';
  assert.equal(repairMisencoded(garble(line)), line);
});

test('a closing quote whose last byte the export dropped is read back', () => {
  assert.equal(repairMisencoded('â€œlow riskâ€ was noted'), '“low risk” was noted');
});

test('the letters of French, Portuguese, German, Welsh and Romanian text are their own', () => {
  for (const t of ['La pâte et le château', 'ÂGE MINIMUM', 'São Paulo', 'Ärger über Öl', 'Dŵr Cymru â’r cyngor', 'câteva ore', 'Ãgua', 'â', 'Â', 'Crème brûlée à la carte']) {
    assert.deepEqual(findMisencoded(t), [], t);
    assert.equal(repairMisencoded(t), t);
  }
});

test('runs are found only inside the range asked for', () => {
  const t = 'Clerkâ€™s\nHartâ€™s';
  const second = t.indexOf('\n') + 1;
  assert.equal(findMisencoded(t, 0, second).length, 1);
  assert.equal(findMisencoded(t, second).length, 1);
  assert.equal(findMisencoded(t, 0, 6).length, 0, 'a run cut by the range is not read');
  assert.equal(repairMisencoded(t, second), 'Hart’s');
});

test('in a long text, each garbled character is found however far in it stands', () => {
  // (Over more than 4 KB the lead characters are first searched for one at a time: each of them must still be found.)
  const clean = 'The Clerk reported on the allotment waiting list and the state of the water troughs. '.repeat(80);
  assert.deepEqual(findMisencoded(clean), []);
  for (const c of ['’', '£', 'é', 'Œ', 'š', '—', '½', 'ƒ', '˜']) {
    const text = `${clean}Cllr Hart${garble(c)}s note`;
    const found = findMisencoded(text);
    assert.equal(found.length, 1, JSON.stringify(garble(c)));
    assert.equal(found[0]!.fixed, c);
    assert.equal(found[0]!.range.start, clean.length + 'Cllr Hart'.length);
  }
});
