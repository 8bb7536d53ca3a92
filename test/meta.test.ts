/**
 * The project's invariants, checked rather than hoped for: settings and docs in
 * step with the rule registry, and the layering (pure model, one LSP layer).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RULES, runRules } from '../server/src/rules';
import { parse } from '../server/src/model/parse';
import { settingsSchema } from '../server/src/rules/schema';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

test('package.json settings are generated from the rule registry (npm run sync-settings)', () => {
  assert.deepEqual(pkg.contributes.configuration.properties, settingsSchema(RULES));
});

test('every rule has a documentation page and a line in the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const r of RULES) {
    assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${r.id}.md`)), `docs/rules/${r.id}.md`);
    assert.ok(readme.includes(`docs/rules/${r.id}.md`), `README lists ${r.id}`);
    assert.match(r.description, /\.$/, `${r.id}: description is one sentence`);
  }
  assert.equal(new Set(RULES.map((r) => r.id)).size, RULES.length, 'rule ids are unique');
});

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const imports = (f: string) => [...readFileSync(f, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

test('exactly one layer imports vscode-languageserver', () => {
  for (const f of files(join(ROOT, 'server', 'src'))) {
    const rel = relative(ROOT, f);
    const lsp = imports(f).filter((m) => m === 'vscode-languageserver' || m.startsWith('vscode-languageserver/'));
    if (!rel.startsWith(join('server', 'src', 'lsp'))) assert.deepEqual(lsp, [], `${rel} imports vscode-languageserver`);
  }
});

test('the model and the rules do no IO and know nothing of LSP or the service', () => {
  for (const dir of ['model', 'rules']) {
    for (const f of files(join(ROOT, 'server', 'src', dir))) {
      for (const m of imports(f)) {
        assert.ok(m.startsWith('./') || m.startsWith('../model/') || m.startsWith('../rules'), `${relative(ROOT, f)} imports ${m}`);
      }
    }
  }
  for (const f of files(join(ROOT, 'server', 'src', 'service'))) {
    for (const m of imports(f)) assert.ok(!m.startsWith('node:') && !m.includes('/lsp/') && m !== 'vscode-languageserver', `${relative(ROOT, f)} imports ${m}`);
  }
});

test('the extension manifest is complete', () => {
  assert.equal(pkg.main, './dist/extension.js');
  assert.deepEqual(pkg.activationEvents, ['onLanguage:minutes']);
  assert.ok(pkg.contributes.languages[0].extensions.includes('.minutes'));
  assert.ok(existsSync(join(ROOT, pkg.icon)));
  assert.ok(existsSync(join(ROOT, pkg.contributes.grammars[0].path)));
  assert.ok(existsSync(join(ROOT, pkg.contributes.languages[0].configuration)));
  // VS Code 1.100 is what the tests run in: the extension must not ask for newer.
  const [, major, minor] = /\^?(\d+)\.(\d+)/.exec(pkg.engines.vscode)!.map(Number);
  assert.ok(major! === 1 && minor! <= 100, pkg.engines.vscode);
  for (const f of ['LICENSE', 'CHANGELOG.md', 'README.md']) assert.ok(existsSync(join(ROOT, f)), f);
});

test('the rules read the parsed model, not the whole text (the editor holds it in pieces: reading it copies all of it)', () => {
  const text = ['1. Finance', 'The Clerkâ€™s report was discussed.', 'A report to be brought to the next meeting.', '', '2. Grants', 'Agreed.', ''].join('\n');
  const doc = parse(text);
  let reads = 0;
  const guarded = new Proxy(doc, { get: (t, k, r) => (k === 'text' ? (reads++, t.text) : Reflect.get(t, k, r)) });
  const found = runRules(guarded).map((f) => f.code);
  assert.deepEqual(found, ['missing-resolution', 'mis-encoded-text', 'unattributed-action']);
  assert.equal(reads, 0, 'a rule read doc.text');
});
