/**
 * Protocol tests for a long document (a year of minutes in one file): the server reads it in steps when it is
 * opened, publishing the findings at its start first and then the whole set, and answers requests and takes edits
 * meanwhile as if it had read it whole.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, type LspDiagnostic, type PublishParams } from './support/lsp';
import { parse } from '../server/src/model/parse';
import { runRules } from '../server/src/rules';

/** Item n: every third records no outcome and sets a task with nobody named; the rest are resolved. */
function item(n: number): string {
  const lines = ['Agenda item', `${n}.\tHighways programme, part ${n}`, 'Minutes:', `Members discussed the resurfacing of road ${n} and the budget for it at length.`];
  if (n % 3 === 0) lines.push('A report to be brought to a future meeting.');
  else lines.push('RESOLVED:', `1.1\tThat the programme for road ${n} be approved.`);
  return lines.join('\n') + '\n\n';
}

let LONG = 'Kettleby District Council\nHighways Committee\nPresent: Councillor Joan Wade (Chair), Councillors Amir Shah and Peter Lund\n\n';
for (let n = 1; LONG.length < 2_200_000; n++) LONG += item(n);
/** The model's findings, as "line code": what the server must publish in the end. */
const WHOLE = (() => {
  const doc = parse(LONG);
  const starts = [0];
  for (let i = 0; i < LONG.length; i++) if (LONG[i] === '\n') starts.push(i + 1);
  const lineOf = (o: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return runRules(doc).map((f) => `${lineOf(f.range.start)} ${f.code}`);
})();
const key = (d: LspDiagnostic) => `${d.range.start.line} ${d.code}`;

let c: LspClient;
before(async () => {
  c = new LspClient();
  await c.initialize();
});
after(async () => {
  assert.equal(await c.shutdown(), 0, `server exit code (stderr: ${c.stderr})`);
});

test('a long document: the findings at its start are published first, then all of them', async () => {
  const uri = 'file:///tmp/year.minutes';
  const since = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: LONG } });
  const first = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1, 20_000, since);
  assert.ok(first.diagnostics.length > 0 && first.diagnostics.length < WHOLE.length, `the first publish holds ${first.diagnostics.length} of ${WHOLE.length}`);
  // The first findings are the whole set's first ones, exactly.
  assert.deepEqual(first.diagnostics.map(key), WHOLE.slice(0, first.diagnostics.length));
  const all = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1 && p.diagnostics.length >= WHOLE.length, 20_000, since);
  assert.deepEqual(all.diagnostics.map(key), WHOLE);
  c.notify('textDocument/didClose', { textDocument: { uri } });
});

test('a long document: requests and edits while it is read are answered as for the whole text', async () => {
  const uri = 'file:///tmp/year-edited.minutes';
  const since = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: LONG } });
  // At once, before the reading can have ended: the Outline has every item.
  type Sym = { name: string; children?: Sym[] };
  const syms = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
  const items = parse(LONG).items.length;
  assert.equal(syms[0]!.children!.length, items);
  // An edit: item 3 records its outcome (its task line, line 4 of the item, becomes a noting and a task with an owner).
  const line = LONG.split('\n').indexOf('A report to be brought to a future meeting.');
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Members noted the report. The Clerk to write. ' }],
  });
  const p2 = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 20_000, since);
  const edited = LONG.split('\n');
  edited[line] = 'Members noted the report. The Clerk to write. ' + edited[line];
  const want = runRules(parse(edited.join('\n'))).length;
  assert.equal(p2.diagnostics.length, want);
  assert.equal(want, WHOLE.length - 1, 'the edit settles the item, and the task it added has an owner');
  assert.ok(!p2.diagnostics.some((d) => d.range.start.line === line - 3 && d.code === 'missing-resolution'));
});

test('a long document: an edit that arrives while it is read is read into it', async () => {
  const uri = 'file:///tmp/year-typed.minutes';
  const since = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: LONG } });
  // Near the end of the document, at once: the server has read its start at most.
  const lines = LONG.split('\n');
  const line = lines.lastIndexOf('A report to be brought to a future meeting.');
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'The Clerk to write to the county. RESOLVED: That the report be noted. ' }],
  });
  const p2 = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, 20_000, since);
  lines[line] = 'The Clerk to write to the county. RESOLVED: That the report be noted. ' + lines[line];
  const want = runRules(parse(lines.join('\n')));
  assert.equal(want.length, WHOLE.length - 1);
  assert.equal(p2.diagnostics.length, want.length);
  assert.ok(!p2.diagnostics.some((d) => d.range.start.line === line - 3));
});
