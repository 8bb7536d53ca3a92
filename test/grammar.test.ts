/**
 * The TextMate grammar, run by the real vscode-textmate engine with the
 * Oniguruma WebAssembly build that VS Code uses.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tm from 'vscode-textmate';
import * as onig from 'vscode-oniguruma';

const ROOT = join(__dirname, '..', '..');
let grammar: tm.IGrammar;

before(async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new tm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
    loadGrammar: async (scope) => (scope === 'text.minutes' ? tm.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'minutes.tmLanguage.json'), 'utf8'), 'minutes.tmLanguage.json') : null),
  });
  grammar = (await registry.loadGrammar('text.minutes'))!;
  assert.ok(grammar);
});

/** Tokenises lines (carrying state across them) and returns, per line, [text, scopes] for each token. */
function tokenize(lines: string[]): Array<Array<[string, string[]]>> {
  let state = tm.INITIAL;
  return lines.map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes] as [string, string[]]);
  });
}

function scopesOf(lines: Array<Array<[string, string[]]>>, text: string): string[] {
  for (const l of lines) for (const [t, s] of l) if (t.includes(text)) return s;
  assert.fail(`no token holds ${JSON.stringify(text)}: ${JSON.stringify(lines.map((l) => l.map(([t]) => t)))}`);
}

test('ModernGov: the marker, the minute number and the title after "Agenda item"', () => {
  const t = tokenize(['Agenda item', '', '14.', 'Apologies for absence', 'Minutes:', 'Apologies were received.']);
  assert.ok(scopesOf(t, 'Agenda item').includes('keyword.other.agenda-item.minutes'));
  assert.ok(scopesOf(t, '14.').includes('constant.numeric.minute-number.minutes'));
  assert.ok(scopesOf(t, 'Apologies for absence').includes('entity.name.section.minutes'));
  assert.ok(scopesOf(t, 'Minutes:').includes('keyword.other.minutes-marker.minutes'));
  assert.ok(!scopesOf(t, 'Apologies were received').includes('entity.name.section.minutes'));
});

test('numbered, referenced and Markdown headings', () => {
  const t = tokenize(['25/012\tApologies for absence', '4.1 Tenancy audit', '## 1. Release plan', 'VI. A. Ground lease template', '1. The Clerk reported that the pothole had been repaired.', 'F&GP/26/33 Christmas lights', 'BoD/25/101 Audit']);
  assert.ok(scopesOf(t, '25/012').includes('constant.numeric.minute-number.minutes'));
  // (A committee's reference with an ampersand or small letters in it.)
  assert.ok(scopesOf(t, 'F&GP/26/33').includes('constant.numeric.minute-number.minutes'));
  assert.ok(scopesOf(t, 'Christmas lights').includes('entity.name.section.minutes'));
  assert.ok(scopesOf(t, 'BoD/25/101').includes('constant.numeric.minute-number.minutes'));
  assert.ok(scopesOf(t, 'Apologies for absence').includes('entity.name.section.minutes'));
  assert.ok(scopesOf(t, 'Tenancy audit').includes('entity.name.section.minutes'));
  assert.ok(scopesOf(t, '1. Release plan').includes('markup.heading.minutes'));
  // ("##" and a non-breaking space, as text pasted from a web page has: the parser reads a heading there too.)
  assert.ok(scopesOf(tokenize(['##\u00a02. Budget']), '2. Budget').includes('markup.heading.minutes'));
  assert.ok(scopesOf(t, 'Ground lease template').includes('entity.name.section.minutes'));
  // A numbered sentence is body text, not a heading.
  assert.ok(!scopesOf(t, 'reported that the pothole').includes('markup.heading.minutes'));
});

test('outcome keywords, motion words, action markers, resolution numbers', () => {
  const t = tokenize([
    'RESOLVED:',
    '1.1\tThat the report be noted.',
    'UNRESOLVED: no majority.',
    'It was MOVED by Councillor Shah, SECONDED by Councillor Lund and',
    'Motion carried (5–2).',
    'The Committee AGREED the fees. Members NOTED the risks.',
    '**Decision:** ship on Thursday.',
    'The Chair thanked everyone. ACTION – add to action sheet',
    'Action Point',
    '- [ ] @alice to update the runbook',
    '(b)\tOfficers prepare a report.',
  ]);
  for (const w of ['RESOLVED', 'UNRESOLVED', 'AGREED', 'NOTED', 'Decision']) assert.ok(scopesOf(t, w).includes('keyword.control.outcome.minutes'), w);
  for (const w of ['MOVED', 'SECONDED', 'Motion carried']) assert.ok(scopesOf(t, w).includes('keyword.other.motion.minutes'), w);
  assert.ok(scopesOf(t, 'ACTION').includes('keyword.other.action.minutes'));
  assert.ok(scopesOf(t, 'Action Point').includes('keyword.other.action.minutes'));
  assert.ok(scopesOf(t, '1.1').includes('constant.numeric.resolution.minutes'));
  assert.ok(scopesOf(t, '(b)').includes('constant.numeric.resolution.minutes'));
  assert.ok(scopesOf(t, '[ ]').includes('constant.language.checkbox.minutes'));
  assert.ok(scopesOf(t, '@alice').includes('variable.other.handle.minutes'));
  // "noted" in prose inside a clause is not a keyword.
  assert.ok(!scopesOf(t, 'be noted').includes('keyword.control.outcome.minutes'));
});

test('people\'s titles and dates', () => {
  const t = tokenize(['Present: Cllr D. Rowntree (Chairman), Councillor Ann Lee', 'Minutes of the meeting held on Tuesday 4 February 2025 and 2024-12-05, next on March 3, 2025.']);
  assert.ok(scopesOf(t, 'Cllr').includes('entity.name.type.title.minutes'));
  assert.ok(scopesOf(t, 'Chairman').includes('entity.name.type.title.minutes'));
  assert.ok(scopesOf(t, 'Councillor').includes('entity.name.type.title.minutes'));
  assert.ok(scopesOf(t, 'Present').includes('support.type.attendance.minutes'));
  for (const d of ['Tuesday 4 February 2025', '2024-12-05', 'March 3, 2025']) assert.ok(scopesOf(t, d).includes('constant.other.date.minutes'), d);
});
