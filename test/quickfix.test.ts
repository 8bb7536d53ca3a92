/**
 * Every quick fix the service offers, on every fixture and on the shared
 * corpus and seeds: applying it removes the diagnostic it is for, adds no
 * other, and keeps every word the clerk wrote, in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Documents } from '../server/src/service/documents';
import { createLanguageService } from '../server/src/service/service';
import { applyEdits } from './support/lsp';
import { readFixture } from './support/fixture';
import { SHARED, haveShared } from './support/shared';
import { repairMisencoded } from '../server/src/model/encoding';
import { allItems, type MinutesDocument } from '../server/src/model/syntax';

function documents(): Array<{ name: string; text: string; markdown: boolean }> {
  const out: Array<{ name: string; text: string; markdown: boolean }> = [];
  const fx = join(__dirname, '..', '..', 'test', 'fixtures');
  for (const f of readdirSync(fx)) out.push({ name: f, text: readFixture(readFileSync(join(fx, f), 'utf8')).text, markdown: f.endsWith('.md') });
  for (const dir of ['corpus/dev', 'seeds']) {
    if (!haveShared(dir)) continue;
    for (const f of readdirSync(join(SHARED, dir))) if (!f.endsWith('.json')) out.push({ name: f, text: readFileSync(join(SHARED, dir, f), 'utf8'), markdown: f.endsWith('.md') });
  }
  return out;
}

/** Every item's title and level, in order. */
const titles = (m: MinutesDocument): string[] => allItems(m).map((it) => `${it.level} ${it.title}`);

/** The words of a text, punctuation aside (a fix may put "(Owner: Clerk)" before a full stop). */
const words = (t: string): string[] => t.split(/[\s.,;:()]+/).filter(Boolean);

test('every quick fix removes its diagnostic, adds none, and keeps every word', () => {
  let fixes = 0;
  for (const { name, text, markdown } of documents()) {
    const language = markdown ? 'markdown' : 'minutes';
    const uri = `file:///doc.${markdown ? 'md' : 'minutes'}`;
    const docs = new Documents();
    docs.open(uri, language, 1, text);
    const service = createLanguageService({ snippets: true, markdown });
    const doc = docs.get(uri)!;
    const diags = service.diagnostics(doc);
    const count = (ds: typeof diags, code: unknown) => ds.filter((x) => x.code === code).length;
    for (const d of diags) {
      // (Repairing garbled characters changes letters inside words, and may bring to light what they hid: see below.)
      if (d.code === 'mis-encoded-text') continue;
      for (const fix of service.codeActions(doc, d.range, [d])) {
        fixes++;
        const after = applyEdits(text, fix.edit!.changes![uri]!);
        const before = words(text);
        let k = 0;
        for (const w of words(after)) if (k < before.length && w === before[k]) k++;
        assert.equal(k, before.length, `${name}: "${fix.title}" (line ${d.range.start.line + 1}) drops words`);
        docs.open('file:///after', language, 1, after);
        const left = service.diagnostics(docs.get('file:///after')!);
        assert.equal(left.length, diags.length - 1, `${name}: "${fix.title}" (line ${d.range.start.line + 1}) leaves ${left.length} of ${diags.length} diagnostics`);
        assert.equal(count(left, d.code), count(diags, d.code) - 1);
        // (And the minutes keep their shape: a noting added to a table's row must not break the table into lines.)
        assert.deepEqual(titles(docs.get('file:///after')!.model), titles(doc.model), `${name}: "${fix.title}" (line ${d.range.start.line + 1}) changes the items`);
      }
    }
  }
  assert.ok(fixes > 300, `only ${fixes} fixes were tried`);
});

test('in a text whose lines end in "\\r" alone, each quick fix does what it does with "\\n", and writes "\\r"', () => {
  // (As files saved on the classic Mac OS end their lines, and Neovim sends a buffer read with fileformat=mac.)
  let fixes = 0;
  for (const { name, text, markdown } of documents()) {
    const language = markdown ? 'markdown' : 'minutes';
    const lf = text.replace(/\r\n/g, '\n');
    const cr = lf.replace(/\n/g, '\r');
    const docs = new Documents();
    docs.open('file:///lf', language, 1, lf);
    docs.open('file:///cr', language, 1, cr);
    const service = createLanguageService({ snippets: true, markdown });
    const [lfDoc, crDoc] = [docs.get('file:///lf')!, docs.get('file:///cr')!];
    const lfDiags = service.diagnostics(lfDoc);
    const crDiags = service.diagnostics(crDoc);
    assert.deepEqual(crDiags, lfDiags, `${name}: the diagnostics differ`);
    for (const [k, d] of crDiags.entries()) {
      if (d.code === 'mis-encoded-text') continue;
      const lfFixes = service.codeActions(lfDoc, lfDiags[k]!.range, [lfDiags[k]!]);
      const crFixes = service.codeActions(crDoc, d.range, [d]);
      assert.deepEqual(crFixes.map((f) => f.title), lfFixes.map((f) => f.title), `${name} (line ${d.range.start.line + 1})`);
      for (const [j, fix] of crFixes.entries()) {
        fixes++;
        const after = applyEdits(cr, fix.edit!.changes!['file:///cr']!);
        assert.ok(!after.includes('\n'), `${name}: "${fix.title}" (line ${d.range.start.line + 1}) writes "\\n" into it`);
        assert.equal(after, applyEdits(lf, lfFixes[j]!.edit!.changes!['file:///lf']!).replace(/\n/g, '\r'), `${name}: "${fix.title}" (line ${d.range.start.line + 1})`);
      }
    }
  }
  assert.ok(fixes > 300, `only ${fixes} fixes were tried`);
});

test('repairing mis-encoded characters changes only them, and clears the line or the file', () => {
  const text = [
    '12/26 Finance',
    'The Clerkâ€™s report was noted. A grant of Â£450 was approved.',
    'ACTION â€“ add the grant to the payments schedule',
    '',
    '13/26 Playground',
    'The inspectorâ€™s report â€“ â€œlow riskâ€ â€“ was noted. CafÃ© hire approved.',
    '',
  ].join('\r\n');
  const uri = 'file:///doc.minutes';
  const docs = new Documents();
  docs.open(uri, 'minutes', 1, text);
  const service = createLanguageService({ snippets: true, markdown: true });
  const diags = service.diagnostics(docs.get(uri)!).filter((d) => d.code === 'mis-encoded-text');
  assert.deepEqual(diags.map((d) => d.range.start.line), [1, 2, 5]);
  const repaired = repairMisencoded(text);
  assert.equal(
    repaired,
    text.replace(/â€™/g, '’').replace('Â£', '£').replace(/â€“/g, '–').replace('â€œ', '“').replace('â€ ', '” ').replace('Ã©', 'é'),
  );
  let tried = 0;
  for (const d of diags) {
    const fixes = service.codeActions(docs.get(uri)!, d.range, [d]);
    assert.equal(fixes.length, 2, 'one for the line, one for the file');
    for (const fix of fixes) {
      tried++;
      const after = applyEdits(text, fix.edit!.changes![uri]!);
      const whole = /in the file/.test(fix.title);
      // Only the broken runs change, each to the character it was; the line's other text and every other line stay.
      const lines = text.split('\r\n');
      const want = lines.map((l, i) => (whole || i === d.range.start.line ? repairMisencoded(l) : l)).join('\r\n');
      assert.equal(after, want, fix.title);
      docs.open('file:///after.minutes', 'minutes', 1, after);
      const left = service.diagnostics(docs.get('file:///after.minutes')!).filter((x) => x.code === 'mis-encoded-text');
      assert.deepEqual(
        left.map((x) => x.range.start.line),
        whole ? [] : diags.map((x) => x.range.start.line).filter((l) => l !== d.range.start.line),
        fix.title,
      );
    }
  }
  assert.equal(tried, 6);
  // The repaired dash makes "ACTION – ..." a task again, which then asks for its owner.
  docs.open('file:///all.minutes', 'minutes', 1, repaired);
  assert.deepEqual(
    service.diagnostics(docs.get('file:///all.minutes')!).map((x) => `${x.range.start.line} ${x.code}`),
    ['2 unattributed-action'],
  );
});

/** One document open in a fresh service, as the editor would hold it. */
function opened(uri: string, text: string, markdown: boolean) {
  const docs = new Documents();
  docs.open(uri, markdown ? 'markdown' : 'minutes', 1, text);
  return { docs, doc: docs.get(uri)!, service: createLanguageService({ snippets: true, markdown }) };
}

test('recording that a correspondence item was noted says what was noted: the correspondence, not a report', () => {
  const text = ['Parish Council minutes', '', '12. Correspondence', 'i) Highways – road closure, Mill Lane.', 'ii) Newsletter.', '', '13. Finance', 'The Clerk presented the accounts.', ''].join('\n');
  const { doc, service } = opened('file:///c.minutes', text, false);
  const noted = service.diagnostics(doc).map((d) => service.codeActions(doc, d.range, [d]).find((f) => f.title === 'Record that the item was noted')!);
  const lines = noted.map((f) => applyEdits(text, f.edit!.changes!['file:///c.minutes']!).split('\n').find((l) => / noted the /.test(l)));
  assert.deepEqual(lines, ['The Council noted the correspondence.', 'The Council noted the report.']);
});

test("an item that is a list's entry, its text nested under it, gets its outcome as one more entry, as deep as the last", () => {
  // An outliner's page (Logseq: every line an entry, nested with tabs), then notes whose topics are entries.
  const page = ['- ## Design review 2026-11-30', '\t- ### 1. Onboarding', '\t\t- DECIDED cut the profile step', '\t- ### 2. Pricing page', '\t\t- no agreement on annual prices', '\t- ### 3. Audit', '\t\t- DECIDED book it in January', ''].join('\n');
  const notes = ['Outline', '- Dark mode palette (00:01)', '  - Team agreed to darken the palette.', '- Icon set (09:30)', '  - Two candidate sets compared.', '', 'Action Items', '- [ ] Omar: update the tokens', ''].join('\n');
  for (const [text, want] of [
    [page, '\t\t- RESOLVED: That [resolution].'],
    [notes, '  - RESOLVED: That [resolution].'],
  ] as const) {
    const { docs, doc, service } = opened('file:///p.minutes', text, false);
    const [d] = service.diagnostics(doc).filter((x) => x.code === 'missing-resolution');
    assert.ok(d, 'a missing outcome');
    const fix = service.codeActions(doc, d.range, [d]).find((f) => f.title === 'Add a RESOLVED block')!;
    const after = applyEdits(text, fix.edit!.changes!['file:///p.minutes']!);
    assert.ok(after.split('\n').includes(want), after);
    // The entry is the item's: its warning goes, and every item is still read.
    docs.change('file:///p.minutes', 2, [{ text: after }]);
    const again = docs.get('file:///p.minutes')!;
    assert.deepEqual(service.diagnostics(again).filter((x) => x.code === 'missing-resolution'), []);
  }
});

test('an owner goes after the whole of a task whose entry wraps onto the next line, not into its sentence', () => {
  const text = ['# Notes', '', 'Attendees: Noor, Peter', '', '## Action items', '- Update the events page on the', '  website before the author evening', '- Book the hall', ''].join('\n');
  const { docs, doc, service } = opened('file:///n.md', text, true);
  const [d] = service.diagnostics(doc);
  assert.equal(d?.range.start.line, 5);
  const fix = service.codeActions(doc, d!.range, [d!])[0]!;
  const after = applyEdits(text, fix.edit!.changes!['file:///n.md']!);
  assert.deepEqual(after.split('\n').slice(5, 7), ['- Update the events page on the', '  website before the author evening (owner: Noor)']);
  docs.open('file:///after.md', 'markdown', 1, after);
  assert.deepEqual(service.diagnostics(docs.get('file:///after.md')!).map((x) => x.range.start.line), [7]);
});
