/**
 * Protocol tests: the bundled server over stdio, driven like an editor drives it.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { LspClient, applyEdits, type LspDiagnostic, type PublishParams, type LspRange } from './support/lsp';

const MG = [
  'Kettleby District Council',
  'Licensing Committee',
  'Present: Councillor Joan Wade (Chair), Councillors Amir Shah and Peter Lund',
  '',
  'Agenda item',
  '1.\tApologies for Absence',
  'Minutes:',
  'Apologies were received from Councillor Dee Brook.',
  '',
  'Agenda item',
  '2.\tTaxi Licensing Policy',
  'Minutes:',
  'The Licensing Manager presented the draft policy. Members discussed the age limit for vehicles.',
  'A consultation summary to be brought to the next meeting.',
  '',
  'Agenda item',
  '3.\tStreet Trading Fees',
  'Minutes:',
  'It was MOVED by Councillor Shah, SECONDED by Councillor Lund and',
  'RESOLVED:',
  '1.1\tThat the fees be frozen for 2025/26.',
  'The Licensing Manager to write to all traders by 31 May.',
  '',
  'Supporting documents:',
  'Fees report, item 3 PDF 120 KB',
  '',
].join('\n');

let c: LspClient;
const uri = 'file:///tmp/kettleby.minutes';
let opened = 0;

before(async () => {
  c = new LspClient();
  const init = (await c.initialize()) as { capabilities: Record<string, unknown> };
  assert.equal((init.capabilities.textDocumentSync as { change: number }).change, 2, 'incremental sync');
  opened = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'minutes', version: 1, text: MG } });
});

after(async () => {
  const code = await c.shutdown();
  assert.equal(code, 0, `server exit code (stderr: ${c.stderr})`);
});

const diagsFor = (version: number) => c.waitFor<PublishParams>('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === version, 10_000, opened);
const at = (line: number, character: number) => ({ line, character });

test('didOpen publishes the checks with code, source and a link to the rule', async () => {
  const p = await diagsFor(1);
  const got = p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code}`);
  assert.deepEqual(got, ['10:0-24 missing-resolution', '13:0-57 unattributed-action']);
  for (const d of p.diagnostics) {
    assert.equal(d.source, 'minutes');
    assert.equal(d.severity, 2);
    assert.match(d.codeDescription!.href, new RegExp(`docs/rules/${d.code}\\.md$`));
  }
});

test('incremental didChange updates the diagnostics', async () => {
  await diagsFor(1);
  // Record the outcome of item 2: append "Members noted the report." after line 13.
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: at(13, 57), end: at(13, 57) }, text: '\nMembers noted the report.' }],
  });
  const p2 = await diagsFor(2);
  assert.deepEqual(p2.diagnostics.map((d) => d.code), ['unattributed-action']);
  // Take the owner away from the action in item 3 (line 22 now) by replacing "The Licensing Manager to ".
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 3 },
    contentChanges: [{ range: { start: at(22, 0), end: at(22, 25) }, text: 'Letters to be sent ' }],
  });
  const p3 = await diagsFor(3);
  assert.deepEqual(p3.diagnostics.map((d) => `${d.range.start.line} ${d.code}`), ['13 unattributed-action', '22 unattributed-action']);
  // And back, in two keystroke-sized changes in one notification.
  c.notify('textDocument/didChange', {
    textDocument: { uri, version: 4 },
    contentChanges: [
      { range: { start: at(22, 0), end: at(22, 19) }, text: '' },
      { range: { start: at(22, 0), end: at(22, 0) }, text: 'The Licensing Manager to ' },
    ],
  });
  const p4 = await diagsFor(4);
  assert.deepEqual(p4.diagnostics.map((d) => `${d.range.start.line} ${d.code}`), ['13 unattributed-action']);
});

test('documentSymbol: the meeting, its items, and their motions, resolutions and actions', async () => {
  await diagsFor(4);
  type Sym = { name: string; detail?: string; kind: number; range: LspRange; selectionRange: LspRange; children?: Sym[] };
  const syms = await c.request<Sym[]>('textDocument/documentSymbol', { textDocument: { uri } });
  assert.equal(syms.length, 1);
  assert.equal(syms[0]!.name, 'Kettleby District Council');
  const items = syms[0]!.children!;
  assert.deepEqual(items.map((s) => s.name), ['1. Apologies for Absence', '2. Taxi Licensing Policy', '3. Street Trading Fees']);
  assert.deepEqual(items[0]!.selectionRange, { start: at(5, 0), end: at(5, 24) });
  const three = items[2]!.children!.map((s) => s.name);
  assert.deepEqual(three, ['Motion carried', 'RESOLVED 1.1: That the fees be frozen for 2025/26.', 'The Licensing Manager: The Licensing Manager to write to all traders by 31 May.']);
  assert.equal(items[1]!.children!.find((s) => s.kind === 12)!.name, 'unassigned: A consultation summary to be brought to the next meeting.');
  for (const s of items) assert.ok(s.range.start.line <= s.selectionRange.start.line && s.range.end.line >= s.selectionRange.end.line);
});

test('folding ranges cover the items and their sections', async () => {
  const folds = await c.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri } });
  const pairs = folds.map((f) => `${f.startLine}-${f.endLine}`);
  for (const want of ['0-2', '4-7', '9-14', '16-25', '20-21', '24-25']) assert.ok(pairs.includes(want), `${want} in ${pairs.join(' ')}`);
});

test('completion offers sections where they fit', async () => {
  type Item = { label: string; insertTextFormat?: number; textEdit?: { newText: string } };
  // At the start of an empty line inside item 3: the item's sections first, with the next resolution number.
  c.notify('textDocument/didChange', { textDocument: { uri, version: 5 }, contentChanges: [{ range: { start: at(23, 0), end: at(23, 0) }, text: '\n' }] });
  await diagsFor(5);
  const inside = await c.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at(23, 0) });
  const labels = inside.map((i) => i.label);
  assert.deepEqual(labels.slice(0, 4), ['RESOLVED', 'Motion (moved/seconded)', 'Action point', 'NOTED']);
  const resolved = inside.find((i) => i.label === 'RESOLVED')!;
  assert.equal(resolved.insertTextFormat, 2);
  assert.match(resolved.textEdit!.newText, /^RESOLVED:\n\n1\.2\tThat \$\{1:resolution\}/);
  assert.ok(labels.includes('Agenda item'));
  const item = inside.find((i) => i.label === 'Agenda item')!;
  assert.match(item.textEdit!.newText, /^Agenda item\n\n4\.\t\$\{1:Title\}\n\nMinutes:/);
  // After "SECONDED by ": the people the minutes name.
  c.notify('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ range: { start: at(23, 0), end: at(23, 0) }, text: 'SECONDED by Cou' }] });
  await diagsFor(6);
  const names = await c.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at(23, 15) });
  assert.ok(names.some((i) => i.label === 'Councillor Shah'), names.map((i) => i.label).join(', '));
  assert.ok(!names.some((i) => i.label === 'RESOLVED'), 'no snippets in a name slot');
  // In the middle of a sentence: nothing.
  const mid = await c.request<Item[]>('textDocument/completion', { textDocument: { uri }, position: at(12, 20) });
  assert.deepEqual(mid, []);
  c.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [{ range: { start: at(23, 0), end: at(24, 0) }, text: '' }] });
  await diagsFor(7);
});

test('hover on an action and on an item title', async () => {
  type H = { contents: { kind: string; value: string } };
  const a = await c.request<H>('textDocument/hover', { textDocument: { uri }, position: at(13, 5) });
  assert.match(a.contents.value, /Owner: _unassigned_/);
  // "to the next meeting" names a target meeting, not a deadline (corpus conventions).
  assert.match(a.contents.value, /Due: _no date_/);
  assert.match(a.contents.value, /Agenda item: 2\. Taxi Licensing Policy/);
  const t = await c.request<H>('textDocument/hover', { textDocument: { uri }, position: at(17, 5) });
  assert.match(t.contents.value, /Outcome: resolved/);
  assert.match(t.contents.value, /Resolutions: 1 · Motions: 1 · Actions: 1/);
  assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: at(1, 3) }), null);
});

test('every quick fix removes its diagnostic and keeps every word', async () => {
  const fresh = 'file:///tmp/fix.minutes';
  const text = MG.replace('Councillor Dee Brook.', 'Councillor Dee Brook.\r').replace(/\r/g, '');
  const since = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'minutes', version: 1, text } });
  const p = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === fresh, 10_000, since);
  assert.equal(p.diagnostics.length, 2);
  let version = 1;
  for (const d of p.diagnostics) {
    const actions = await c.request<Array<{ title: string; edit: { changes: Record<string, Array<{ range: LspRange; newText: string }>> } }>>('textDocument/codeAction', {
      textDocument: { uri: fresh },
      range: d.range,
      context: { diagnostics: [d] },
    });
    assert.ok(actions.length >= 2, `${d.code}: ${actions.length} fixes`);
    for (const a of actions) {
      const edits = a.edit.changes[fresh]!;
      // Never drops a word: every edit only inserts, and the original text is still there, character by character, in order.
      for (const e of edits) assert.deepEqual(e.range.start, e.range.end, `${a.title} only inserts`);
      const after = applyEdits(text, edits);
      let i = 0;
      for (let k = 0; k < after.length && i < text.length; k++) if (after[k] === text[i]) i++;
      assert.equal(i, text.length, `${a.title} kept every character of the original`);
      version++;
      const s2 = c.notifications.length;
      c.notify('textDocument/didChange', { textDocument: { uri: fresh, version }, contentChanges: [{ text: after }] });
      const q = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === fresh && x.version === version, 10_000, s2);
      const still = q.diagnostics.filter((x: LspDiagnostic) => x.code === d.code && x.range.start.line === d.range.start.line);
      assert.deepEqual(still, [], `${a.title} removed ${d.code}`);
      // Back to the original for the next fix.
      version++;
      c.notify('textDocument/didChange', { textDocument: { uri: fresh, version }, contentChanges: [{ text }] });
    }
  }
  c.notify('textDocument/didClose', { textDocument: { uri: fresh } });
  const cleared = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === fresh && x.diagnostics.length === 0, 10_000, since);
  assert.deepEqual(cleared.diagnostics, []);
});

test('garbled text: the warning links its rule, and the repair replaces only the broken characters', async () => {
  const fresh = 'file:///tmp/garbled.minutes';
  const text = ['1. Finance', 'The Clerkâ€™s report was noted.', 'ACTION â€“ add the grant to the schedule', ''].join('\n');
  const since = c.notifications.length;
  c.notify('textDocument/didOpen', { textDocument: { uri: fresh, languageId: 'minutes', version: 1, text } });
  const p = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === fresh, 10_000, since);
  assert.deepEqual(
    p.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.code}`),
    ['1:9-12 mis-encoded-text', '2:7-10 mis-encoded-text'],
  );
  assert.match(p.diagnostics[0]!.codeDescription!.href, /docs\/rules\/mis-encoded-text\.md$/);
  const d = p.diagnostics[1]!;
  const actions = await c.request<Array<{ title: string; isPreferred?: boolean; edit: { changes: Record<string, Array<{ range: LspRange; newText: string }>> } }>>('textDocument/codeAction', {
    textDocument: { uri: fresh },
    range: d.range,
    context: { diagnostics: [d] },
  });
  assert.deepEqual(actions.map((a) => a.title), ['Repair "â€“" to "–"', 'Repair all 2 mis-encoded characters in the file']);
  assert.equal(applyEdits(text, actions[0]!.edit.changes[fresh]!), text.replace('â€“', '–'));
  const all = applyEdits(text, actions[1]!.edit.changes[fresh]!);
  assert.equal(all, text.replace('â€™', '’').replace('â€“', '–'));
  // Repaired, the label is an action again, and says it has nobody responsible.
  const s2 = c.notifications.length;
  c.notify('textDocument/didChange', { textDocument: { uri: fresh, version: 2 }, contentChanges: [{ text: all }] });
  const q = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === fresh && x.version === 2, 10_000, s2);
  assert.deepEqual(q.diagnostics.map((x) => `${x.range.start.line} ${x.code}`), ['2 unattributed-action']);
  c.notify('textDocument/didClose', { textDocument: { uri: fresh } });
});

test('settings turn a rule off or change its severity', async () => {
  const since = c.notifications.length;
  c.notify('workspace/didChangeConfiguration', { settings: { minutes: { rules: { 'unattributed-action': 'off', 'missing-resolution': 'error' } } } });
  // The server asks for workspace/configuration; this client answers {} (no overrides), so the defaults stay.
  const p = await c.waitFor<PublishParams>('textDocument/publishDiagnostics', (x) => x.uri === uri, 10_000, since);
  assert.ok(p.diagnostics.every((d) => d.severity === 2));
});
