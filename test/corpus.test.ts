/**
 * Scores the CLI against the annotated corpus in ../shared/corpus with
 * ../shared/tools/eval.mjs, as the core issue asks: F1 >= 0.95 on items,
 * missing resolutions, actions and unattributed actions, owner accuracy >= 0.95.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, skipWithout } from './support/shared';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const skip = skipWithout('corpus') || skipWithout('tools/eval.mjs');

const sets = skip ? [] : readdirSync(join(SHARED, 'corpus'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

for (const set of skip ? ['dev'] : sets) {
  test(`corpus ${set} scores at least 0.95`, { skip }, () => {
    const run = spawnSync(process.execPath, [join(SHARED, 'tools', 'eval.mjs'), join(SHARED, 'corpus', set), '--', process.execPath, CLI, 'check', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, EVAL_VERBOSE: '1' } });
    const out = run.stdout;
    const score = /score F1min=([\d.]+) items=([\d.]+) missing-resolution=([\d.]+) actions=([\d.]+) unattributed=([\d.]+) owner=([\d.]+)/.exec(out);
    assert.ok(score, `eval printed no score:\n${out}\n${run.stderr}`);
    const [, , items, missing, actions, unattributed, owner] = score.map(Number);
    const misses = out.split('\n').filter((l) => l.startsWith('  ')).join('\n');
    for (const [name, v] of Object.entries({ items, missing, actions, unattributed, owner })) assert.ok(v! >= 0.95, `${name} = ${v} < 0.95\n${misses}`);
  });
}
