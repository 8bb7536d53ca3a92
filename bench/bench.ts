/**
 * npm run bench: figures, not pass/fail. Each size runs in a fresh Node process
 * so that its peak memory is its own.
 *
 * Core: parse + every check (the rules in the registry) on generated minutes of 10 KB, 1 MB and 10 MB,
 * throughput in MB/s (the median of several runs after untimed warm-up runs, and
 * the first parse of the document on its own) and peak RSS over the baseline.
 */
import { spawnSync } from 'node:child_process';
import { getHeapSpaceStatistics } from 'node:v8';
import { join } from 'node:path';
import { generate } from './generate';
import { parse } from '../server/src/model/parse';
import { runRules } from '../server/src/rules';

function measureCore(bytes: number): void {
  const text = generate(bytes);
  const mb = Buffer.byteLength(text) / 1e6;
  const gc = (globalThis as { gc?: () => void }).gc;
  // Compile the parser first on a small document: its code is not the document's memory.
  runRules(parse(generate(10_000)));
  gc?.();
  gc?.();
  const base = process.memoryUsage().rss;
  // The heap's data (and buffers outside it) apart from its code: V8 compiles more of the parser during the first large
  // parse, and that code (about 1.5 MB, whatever the document's size) is not what the document keeps.
  const used = () => {
    let data = process.memoryUsage().external;
    let code = 0;
    for (const s of getHeapSpaceStatistics()) {
      if (s.space_name.startsWith('code')) code += s.space_used_size;
      else data += s.space_used_size;
    }
    return { data, code };
  };
  const used0 = used();
  // Memory: the peak of one parse and check, measured before the timed runs pile up garbage of their own, and what
  // the parsed document keeps once the garbage is collected.
  const c0 = process.hrtime.bigint();
  const kept = parse(text);
  runRules(kept);
  // The first parse of the document, as the editor meets it: after only the small run above, the parser's code is not
  // yet optimised.
  const cold = Number(process.hrtime.bigint() - c0) / 1e6;
  const firstPeak = process.resourceUsage().maxRSS * 1024;
  // Twice: the first collection leaves the parse's buffers to be freed by the next.
  gc?.();
  gc?.();
  const used1 = used();
  const retained = Math.max(0, used1.data - used0.data);
  const code = Math.max(0, used1.code - used0.code);
  if (kept.items.length < 0) console.log(kept.text.length); // keeps `kept` alive until here
  const runs = bytes >= 5e6 ? 5 : bytes >= 5e5 ? 15 : 200;
  // Warm-up runs, untimed: the median is of the parser once its code is optimised, as it is after a few edits.
  for (let i = 0; i < (bytes >= 5e6 ? 2 : bytes >= 5e5 ? 5 : 50); i++) runRules(parse(text));
  const times: number[] = [];
  let findings = 0;
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const doc = parse(text);
    findings = runRules(doc).length;
    items = doc.items.length;
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  const med = times[Math.floor(times.length / 2)]!;
  const over = Math.max(0, firstPeak - base);
  console.log(
    `core  ${label(bytes).padEnd(6)} ${(mb / (med / 1000)).toFixed(1).padStart(7)} MB/s  median ${med.toFixed(2).padStart(8)} ms  ` +
      `cold ${(mb / (cold / 1000)).toFixed(1).padStart(5)} MB/s (${cold.toFixed(1)} ms)  ` +
      `one parse: peak RSS over baseline ${(over / 1e6).toFixed(1).padStart(6)} MB (${(over / Buffer.byteLength(text)).toFixed(1)}x the document), ` +
      `the parsed document keeps ${(retained / 1e6).toFixed(2)} MB (${(retained / Buffer.byteLength(text)).toFixed(1)}x; ` +
      `the parser's code compiled meanwhile ${(code / 1e6).toFixed(2)} MB)  ${items} items, ${findings} findings`,
  );
}

function label(b: number): string {
  return b >= 1e6 ? `${b / 1e6} MB` : `${b / 1e3} KB`;
}

const arg = process.argv[2];
if (arg === 'core') {
  measureCore(Number(process.argv[3]));
} else {
  console.log('Minutes benchmark (figures, not pass/fail). Target: parse + the checks >= 100 MB/s, peak memory < 10x the document.');
  for (const size of [10_000, 1_000_000, 10_000_000]) {
    const r = spawnSync(process.execPath, ['--expose-gc', __filename, 'core', String(size)], { encoding: 'utf8' });
    process.stdout.write(r.stdout || r.stderr);
  }
  spawnSync(process.execPath, [join(__dirname, 'lsp-bench.js')], { stdio: 'inherit' });
}
