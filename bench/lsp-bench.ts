/**
 * The LSP section of `npm run bench`: drives the bundled server over stdio like
 * an editor, on generated minutes of 100 KB, 1 MB and 10 MB.
 *
 * - didOpen → first diagnostics, and → all of them (a long document's first publish holds the findings at its start:
 *   the server reads it in steps; the whole set is known from the model, run here);
 * - documentSymbol latency (median of 5);
 * - per keystroke: a single-character edit in an item's body every 30 ms, a few
 *   hundred times; latency = didChange sent → diagnostics published for that
 *   version or a later one; median and p95, and the p95 of the first and last
 *   thirds (the lag must not grow under continuous typing);
 * - the server's peak memory (VmHWM).
 */
import { readFileSync } from 'node:fs';
import { generate } from './generate';
import { LspClient, type PublishParams } from '../test/support/lsp';
import { parse } from '../server/src/model/parse';
import { runRules } from '../server/src/rules';

const uri = 'file:///bench/year.minutes';
const TYPING_MS = 30;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function run(bytes: number, keys: number): Promise<void> {
  const text = generate(bytes);
  const all = runRules(parse(text)).length;
  const c = new LspClient();
  // initialize includes the server's parser warm-up; it is reported so that first diagnostics are not flattered by it.
  const i0 = performance.now();
  await c.initialize();
  const init = performance.now() - i0;
  // Track the newest diagnostics version as it arrives.
  let newest = 0;
  const firstPublishes: Array<{ at: number; count: number }> = [];
  const waiters: Array<{ v: number; resolve: (t: number) => void }> = [];
  c.proc.stdout.on('data', () => undefined);
  const poll = setInterval(() => undefined, 1000);
  const onPublish = () => {
    for (const n of c.notifications.splice(0)) {
      if (n.method !== 'textDocument/publishDiagnostics') continue;
      const p = n.params as PublishParams;
      if (p.uri !== uri || p.version === undefined) continue;
      newest = Math.max(newest, p.version);
      if (p.version === 1) firstPublishes.push({ at: n.at, count: p.diagnostics.length });
      for (let i = waiters.length - 1; i >= 0; i--) if (waiters[i]!.v <= newest) waiters.splice(i, 1)[0]!.resolve(n.at);
    }
  };
  c.proc.stdout.on('data', () => setImmediate(onPublish));
  const published = (v: number) =>
    new Promise<number>((resolve) => {
      if (newest >= v) return resolve(performance.now());
      waiters.push({ v, resolve });
    });

  const t0 = performance.now();
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text } });
  const firstAt = await published(1);
  const first = firstAt - t0;
  // Then the whole set, before any request asks for the whole model.
  // (The server's count is the model's, here: were it not, the figure says so instead of waiting for ever.)
  while (!firstPublishes.some((f) => f.count === all) && performance.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 1));
  const whole = (firstPublishes.find((f) => f.count === all)?.at ?? NaN) - t0;
  const firstCount = firstPublishes[0]!.count;

  const sym: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    await c.request('textDocument/documentSymbol', { textDocument: { uri } });
    sym.push(performance.now() - s);
  }

  // Type into the body of an item in the middle of the document: after "The Corporate Director presented".
  const lines = text.split('\n');
  const target = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('The Corporate Director'));
  let col = 'The Corporate Director'.length;
  const lat: number[] = [];
  let version = 1;
  const pending: Array<Promise<void>> = [];
  for (let k = 0; k < keys; k++) {
    version++;
    const v = version;
    // Type a word, then delete it, so the text stays realistic.
    const typing = k % 12 < 6;
    const change = typing
      ? { range: { start: { line: target, character: col }, end: { line: target, character: col } }, text: 'x' }
      : { range: { start: { line: target, character: col - 1 }, end: { line: target, character: col } }, text: '' };
    col += typing ? 1 : -1;
    const sent = performance.now();
    c.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    pending.push(published(v).then((at) => void lat.push(at - sent)));
    await new Promise((r) => setTimeout(r, TYPING_MS));
  }
  await Promise.all(pending);
  const status = readFileSync(`/proc/${c.proc.pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  clearInterval(poll);
  await c.shutdown();

  const third = Math.floor(lat.length / 3);
  const label = bytes >= 1e6 ? `${bytes / 1e6} MB` : `${bytes / 1e3} KB`;
  console.log(
    `lsp   ${label.padEnd(6)} initialize ${init.toFixed(0).padStart(4)} ms  first diagnostics ${first.toFixed(0).padStart(5)} ms (${firstCount === all ? `all ${all}` : `${firstCount} of ${all}; all at ${whole.toFixed(0)} ms`})  documentSymbol ${pct(sym, 50).toFixed(1).padStart(6)} ms  ` +
      `keystroke median ${pct(lat, 50).toFixed(1).padStart(6)} ms p95 ${pct(lat, 95).toFixed(1).padStart(6)} ms ` +
      `(p95 first third ${pct(lat.slice(0, third), 95).toFixed(1)}, last third ${pct(lat.slice(-third), 95).toFixed(1)})  server peak ${hwm.toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  console.log(`LSP over stdio: ${'a key every ' + TYPING_MS} ms. Targets: keystroke p95 < 20 ms at 1 MB, < 150 ms at 10 MB; first diagnostics < 300 ms at 10 MB; server peak < 300 MB at 10 MB.`);
  const sizes = process.argv[2] ? [Number(process.argv[2])] : [100_000, 1_000_000, 10_000_000];
  for (const s of sizes) await run(s, s >= 5e6 ? 200 : 300);
}

void main();
