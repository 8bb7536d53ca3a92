/**
 * parseInSteps(text) reads a long document in steps so that the editor can show the findings at its start while the
 * rest is read. Two things must hold for every document and every way of stepping through it:
 * - finished, it is exactly parse(text);
 * - each part it gives before that has exactly the whole document's findings before the offset it names, no more and
 *   no fewer (a finding shown early and taken back later would be a false alarm on the clerk's screen).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseInSteps } from '../server/src/model/parse';
import { runRules } from '../server/src/rules';
import { mutate, realDocuments } from './support/mutate';
import { rng } from './support/random';

/** Steps through text `step()` characters at a time; returns how many parts it checked. */
function check(text: string, step: () => number, label: string): number {
  const full = parse(text);
  const findings = runRules(full);
  const steps = parseInSteps(text);
  let parts = 0;
  let at = 0;
  for (let guard = 0; guard <= text.length + 1; guard++) {
    const more = steps.advance((at += step()));
    const part = steps.partial();
    if (part) {
      parts++;
      assert.ok(part.through > 0 && part.through <= text.length, `${label}: a part ends inside the text`);
      assert.deepEqual(runRules(part.doc), findings.filter((f) => f.range.start < part.through), `${label}: the part read up to ${part.through} finds what the whole document finds there`);
    }
    if (!more) break;
  }
  assert.equal(JSON.stringify(steps.finish()), JSON.stringify(full), `${label}: finished, it is the whole document's parse`);
  return parts;
}

test('a parse in steps gives the whole parse, and each part the whole findings before it (real documents)', { timeout: 120_000 }, () => {
  let parts = 0;
  const docs = realDocuments();
  for (const [i, text] of docs.entries()) {
    // One item at a time, and longer steps.
    parts += check(text, () => 1, `document ${i}, one heading a step`);
    parts += check(text, () => 1500, `document ${i}, 1500 characters a step`);
  }
  // Parts were given (a test that never saw one would prove nothing).
  assert.ok(parts > docs.length, `only ${parts} parts over ${docs.length} documents`);
});

test('a parse in steps gives the whole parse, and each part the whole findings before it (damaged documents)', { timeout: 120_000 }, () => {
  const docs = realDocuments();
  const r = rng(2026);
  let parts = 0;
  for (let k = 0; k < 600; k++) {
    const text = mutate(docs[Math.floor(r() * docs.length)]!, r);
    parts += check(text, () => 1 + Math.floor(r() * 600), `damaged document ${k}`);
  }
  assert.ok(parts > 100, `only ${parts} parts`);
});

test('a parse in steps gives no part where a list of decisions may link to any item', () => {
  const text = ['# Notes', '', '## 1. Release plan', '', 'We talked.', '', '## 2. CI', '', 'Flaky.', '', '## 3. Docs', '', 'Later.', '', '## Decisions', '', '- Release plan: ship on Friday', ''].join('\n');
  const steps = parseInSteps(text);
  steps.advance(30);
  assert.equal(steps.partial(), null);
  const doc = steps.finish();
  assert.equal(doc.items[0]!.outcome, 'decision');
  assert.equal(JSON.stringify(doc), JSON.stringify(parse(text)));
});

test('a parse in steps reads text with invisible characters, lone carriage returns or soft breaks whole', () => {
  for (const text of ['1. Budget\r\rNoted.\r2. Roof\r', '1. Budget\n\nNo\u00adted.\n2. Roof\n', '1. Budget\u2028Noted.\n2. Roof\n']) {
    const steps = parseInSteps(text);
    assert.equal(steps.advance(5), false);
    assert.equal(steps.partial(), null);
    assert.equal(JSON.stringify(steps.finish()), JSON.stringify(parse(text)));
  }
});
