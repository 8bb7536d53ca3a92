/**
 * Every file in test/fixtures is parsed and checked; the findings and the model
 * facts must be exactly those marked inline (see support/fixture.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/model/parse';
import { allItems } from '../server/src/model/syntax';
import { LineTable } from '../server/src/model/text';
import { runRules } from '../server/src/rules';
import { readFixture, type Expectation } from './support/fixture';

const dir = join(__dirname, '..', '..', 'test', 'fixtures');
const files = readdirSync(dir).filter((f) => /\.(minutes|md)$/.test(f)).sort();

test('there are fixtures in every style', () => {
  assert.ok(files.length >= 6, `only ${files.length} fixtures`);
});

test('every file among the fixtures is one (a fixture under another name would never run)', () => {
  const others = readdirSync(dir).filter((f) => !/\.(minutes|md)$/.test(f));
  assert.deepEqual(others, []);
});

for (const file of files) {
  test(`fixture ${file}`, () => {
    const { text, expectations } = readFixture(readFileSync(join(dir, file), 'utf8'));
    const doc = parse(text);
    const lines = new LineTable(text);
    const where = (off: number) => lines.position(off);
    const fmt = (e: { line: number; start: number; end?: number; code: string }) => `${e.line + 1}:${e.start}${e.end !== undefined ? '-' + e.end : ''} ${e.code}`;

    // Diagnostics: exactly the marked ones, with exact ranges.
    const got = runRules(doc).map((f) => {
      const s = where(f.range.start);
      const e = where(f.range.end);
      return { line: s.line, start: s.character, end: e.line === s.line ? e.character : lines.ends[s.line]! - lines.starts[s.line]!, code: f.code };
    });
    const want = expectations.filter((e) => e.kind === 'diagnostic');
    assert.deepEqual(got.map(fmt).sort(), want.map(fmt).sort(), `${file}: diagnostics differ`);

    // Items: where titles start, and the facts marked.
    const items = expectations.filter((e) => e.kind === 'item');
    if (items.length) {
      const all = allItems(doc);
      const gotItems = all.map((it) => ({ ...where(it.titleRange.start), it }));
      assert.deepEqual(
        gotItems.map((g) => `${g.line + 1}:${g.character} ${g.it.title}`).sort(),
        items.map((e) => `${e.line + 1}:${e.start} ${findTitle(gotItems, e)}`).sort(),
        `${file}: items differ`,
      );
      for (const e of items) {
        const g = gotItems.find((x) => x.line === e.line && x.character === e.start)!.it;
        // The carets span the title as the parser bounds it ("6. Apologies", not "6. Apologies: Ruth Okafor, Sam Diaz."),
        // counted in characters as the eye sees them (an emoji is one caret).
        const lineText = text.slice(lines.starts[e.line]!, lines.ends[e.line]!);
        const end = Math.min(g.titleRange.end, lines.ends[e.line]!) - lines.starts[e.line]!;
        assert.equal([...lineText.slice(0, end)].length, e.end, `${file}:${e.line + 1}: the title ${JSON.stringify(g.title)} ends elsewhere`);
        checkAttrs(file, e, {
          outcome: g.container ? 'container' : g.outcome ?? 'none',
          procedural: g.procedural ? 'yes' : 'no',
          level: String(g.level),
          title: g.title,
          number: g.number ?? 'none',
          // The first two words of the "Decisions" entry that records the item's decision.
          decided: g.decidedIn ? (text.slice(g.decidedIn.range.start, g.decidedIn.range.end).match(/[\w.]+/g) ?? []).slice(0, 2).join(' ') : 'none',
        });
      }
    }

    // Actions: where tasks start, owner and due date; a fixture that marks none expects none.
    const acts = expectations.filter((e) => e.kind === 'action');
    const gotActs = doc.actions.map((a) => ({ ...where(a.range.start), a }));
    assert.deepEqual(
      gotActs.map((g) => `${g.line + 1}:${g.character}`).sort(),
      acts.map((e) => `${e.line + 1}:${e.start}`).sort(),
      `${file}: actions differ (got ${gotActs.map((g) => `${g.line + 1}:${g.character} ${g.a.text.slice(0, 40)}`).join(' | ')})`,
    );
    for (const e of acts) {
      const g = gotActs.find((x) => x.line === e.line && x.character === e.start)!.a;
      checkAttrs(file, e, { owner: g.owner ?? 'none', due: g.due ?? 'none' });
    }
  });
}

function findTitle(got: Array<{ line: number; character: number; it: { title: string } }>, e: Expectation): string {
  return got.find((x) => x.line === e.line && x.character === e.start)?.it.title ?? '(no item here)';
}

function checkAttrs(file: string, e: Expectation, actual: Record<string, string>): void {
  for (const [k, v] of Object.entries(e.attrs)) {
    assert.ok(k in actual, `${file}:${e.line + 1}: unknown attribute ${k}`);
    assert.equal(actual[k], v, `${file}:${e.line + 1}: ${e.code} ${k}`);
  }
}
