// Neovim (Debian's, headless) as a client of the same server bundle over --stdio:
// it must receive the diagnostics and the document symbols.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
let nvim = null;
try {
  nvim = execSync('command -v nvim').toString().trim();
} catch {
  nvim = null;
}
const skip = !nvim ? 'nvim is not installed (run: node scripts/setup-e2e.mjs)' : !existsSync(SERVER) ? 'dist/server.js is not built (run: npm run build)' : false;

test('Neovim gets diagnostics and document symbols over stdio', { skip, timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-nvim-'));
  const file = join(dir, 'board.minutes');
  writeFileSync(
    file,
    [
      'Harbour Sailing Club — Committee',
      'Present: A. Moss (Commodore), B. Lee (Secretary)',
      '',
      'Call to order:',
      '7:30 p.m.',
      'Moorings:',
      'Members discussed the winter mooring fees.',
      'Slipway repairs to be arranged.',
      'Adjournment:',
      '9:10 p.m.',
      '',
    ].join('\n'),
  );
  const out = join(dir, 'out.json');
  const r = spawnSync(nvim, ['--headless', '-n', '-i', 'NONE', '-u', join(ROOT, 'test', 'e2e', 'nvim', 'init.lua'), file], {
    env: { ...process.env, MINUTES_OUT: out, MINUTES_SERVER: SERVER },
    encoding: 'utf8',
    timeout: 45_000,
  });
  assert.ok(existsSync(out), `Neovim wrote no result (exit ${r.status}): ${r.stderr}`);
  const got = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(r.status, 0, JSON.stringify(got));
  const diags = got.diagnostics.map((d) => `${d.line}:${d.code}`).sort();
  assert.deepEqual(diags, ['5:missing-resolution', '7:unattributed-action']);
  assert.ok(got.diagnostics.every((d) => d.source === 'minutes'));
  assert.equal(got.symbols[0].name, 'Harbour Sailing Club — Committee');
  assert.deepEqual(got.symbols[0].children, ['Call to order', 'Moorings', 'Adjournment']);
});
