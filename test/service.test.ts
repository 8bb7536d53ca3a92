/** The language service in memory, for what the protocol tests do not reach: clients without snippet support. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Documents } from '../server/src/service/documents';
import { createLanguageService } from '../server/src/service/service';
import { applyEdits } from './support/lsp';

/** A document opened in its own store, and a service over it. */
function serve(uri: string, language: string, text: string, options: { snippets: boolean; markdown: boolean }) {
  const docs = new Documents();
  docs.open(uri, language, 1, text);
  return { docs, doc: docs.get(uri)!, service: createLanguageService(options) };
}

test('without snippet support, completions are plain text: no tab stops, placeholders or choices', () => {
  const text = ['4. Budget', 'Members discussed the budget.', ''].join('\n');
  const { doc, service } = serve('file:///plain.minutes', 'minutes', text, { snippets: false, markdown: false });
  const items = service.completions(doc, { line: 2, character: 0 });
  assert.ok(items.length >= 5, items.map((i) => i.label).join(', '));
  for (const i of items) {
    const t = (i.textEdit as { newText: string }).newText;
    assert.doesNotMatch(t, /\$\{|\$\d/, `${i.label}: ${t}`);
  }
  const motion = items.find((i) => i.label.startsWith('Motion'))!;
  // A choice becomes its first option.
  assert.equal((motion.textEdit as { newText: string }).newText, 'Motion: text. Moved by name, seconded by name. Motion carried.');
  const agenda = items.find((i) => i.label === 'Agenda item')!;
  assert.equal((agenda.textEdit as { newText: string }).newText, '5. Title\n');
});

test('a new agenda item is numbered as the minutes number theirs: "Item 10<TAB>", "Agenda Point 3: ", "TM/26/16" on its own line', () => {
  const cases: Array<[string[], string]> = [
    [['Trust Board', '', 'Item 8\tFinance report', 'The Board NOTED the report.', '', 'Item 9\tAny other business', 'None.', '', ''], 'Item 10\tTitle\n'],
    [['Residents', '', 'Agenda Point 1: Notes', 'Approved.', '', 'Agenda Point 2: Bins', 'Agreed to write to the agent.', '', ''], 'Agenda Point 3: Title\n'],
    // (The number on a line of its own, over the title: so is the new one's.)
    [['District meeting', '', 'TM/26/14', 'Draft schedule', 'Noted.', '', 'TM/26/15', 'Public lighting', 'Noted.', '', ''], 'TM/26/16\nTitle\n'],
    [['Parish meeting', '', 'Minute No. 101', 'Apologies', 'None.', '', 'Minute No. 102', 'Footpaths', 'Noted.', '', ''], 'Minute No. 103\nTitle\n'],
    // (The minute's number before the year's, "25/26", "26/26": the part that changes goes on, not the year.)
    [['Police and Crime Panel', '', '25/26 Apologies', 'None.', '', '26/26 Minutes', 'Approved.', '', ''], '27/26 Title\n'],
    [['Parish Council', '', '26/119 Highways', 'Noted.', '', '26/120 Date of next meeting', '21 December.', '', ''], '26/121 Title\n'],
  ];
  for (const [lines, want] of cases) {
    const { doc, service } = serve('file:///n.minutes', 'minutes', lines.join('\n'), { snippets: false, markdown: false });
    const agenda = service.completions(doc, { line: lines.length - 1, character: 0 }).find((i) => i.label === 'Agenda item')!;
    assert.equal((agenda.textEdit as { newText: string }).newText, want);
  }
});

test('a "Decisions" section: the item it decides says where, the entry says which item, and the outline lists it', () => {
  const text = [
    '# Team sync',
    '',
    '## 1. Release plan',
    'Walked through the milestones.',
    '',
    '## 2. Office move',
    'No news yet.',
    '',
    '## Decisions',
    '- Release plan: ship 2.3 on Friday.',
    '- Budget stays as planned.',
    '',
  ].join('\n');
  const { doc, service } = serve('file:///sync.md', 'markdown', text, { snippets: true, markdown: false });
  const value = (line: number, character: number) => (service.hover(doc, { line, character })?.contents as { value: string } | undefined)?.value;
  assert.match(value(2, 6)!, /Outcome: decision \(listed under “Decisions”, line 10\)/);
  assert.match(value(5, 6)!, /Outcome: none recorded/);
  assert.match(value(9, 5)!, /Decision\nAgenda item: 1\. Release plan/);
  assert.match(value(10, 5)!, /not linked/);
  const meeting = service.documentSymbols(doc)[0]!;
  const section = meeting.children!.find((s) => s.name === 'Decisions')!;
  assert.deepEqual(
    section.children!.map((c) => [c.name, c.detail]),
    [
      ['Decision: Release plan: ship 2.3 on Friday.', '1. Release plan'],
      ['Decision: Budget stays as planned.', ''],
    ],
  );
  assert.deepEqual(
    service.diagnostics(doc).map((d) => [d.code, d.range.start.line]),
    [['missing-resolution', 5]],
  );
});

test('a table of items: a missing outcome is fixed inside its row, and the table stays a table', () => {
  const text = [
    'Project Board',
    '',
    '| # | Item | Discussion | Decision | Owner | Due |',
    '|---|------|------------|----------|-------|-----|',
    '| 1 | Budget | Overspend of £20k. | Revised budget approved. | | |',
    '| 2 | Training plan | Draft circulated. |  | | |',
    '| 3 | Risks | Supplier delay. | — | | |',
    '',
  ].join('\n');
  const { docs, doc, service } = serve('file:///board.minutes', 'minutes', text, { snippets: true, markdown: false });
  const diags = service.diagnostics(doc);
  assert.deepEqual(diags.map((d) => [d.code, d.range.start.line]), [['missing-resolution', 5], ['missing-resolution', 6]]);
  const fixes = service.codeActions(doc, diags[0]!.range, diags);
  // Row 3's decision cell holds a dash: nothing is offered that would overwrite it or break the table.
  assert.deepEqual(fixes.map((f) => f.title), ['Record the decision in the table', 'Record that the item was noted']);
  const edits = fixes[1]!.edit!.changes!['file:///board.minutes']!;
  const after = applyEdits(text, edits);
  assert.equal(after.split('\n')[5], '| 2 | Training plan | Draft circulated. | Noted. | | |');
  // The Outline names a row's outcome by its cell, not the whole row.
  const budget = service.documentSymbols(doc)[0]!.children!.find((c) => c.name === '1. Budget')!;
  assert.deepEqual(budget.children!.map((c) => c.name), ['Approved: Revised budget approved.']);
  docs.open('file:///after.minutes', 'minutes', 1, after);
  assert.deepEqual(service.diagnostics(docs.get('file:///after.minutes')!).map((d) => d.range.start.line), [6]);
});

test('the Outline names an outcome by its words, without the list bullet or a repeated label', () => {
  const text = ['# Sync', '', '## 1. Release', '- **Decision:** ship on Friday.', '- Members noted the risks.', ''].join('\n');
  const { doc, service } = serve('file:///n.md', 'markdown', text, { snippets: true, markdown: true });
  const release = service.documentSymbols(doc)[0]!.children!.find((c) => c.name === '1. Release')!;
  assert.deepEqual(release.children!.map((c) => c.name), ['Decision: ship on Friday.', 'Noted: Members noted the risks.']);
});

test('the Outline names an outcome in a paragraph by the sentence that records it, not the paragraph\'s first words', () => {
  const text = [
    'Minutes of the Planning Committee',
    '',
    '1. Tree works',
    'The Clerk reported on the notice of works to the oak at Mill House. Members noted the notice. The Clerk to reply.',
    '- Dr. Patel asked about the roots; it was agreed to ask the tree officer.',
    '',
  ].join('\n');
  const { doc, service } = serve('file:///p.minutes', 'minutes', text, { snippets: true, markdown: true });
  const item = service.documentSymbols(doc)[0]!.children!.find((c) => c.name === '1. Tree works')!;
  const outcomes = item.children!.filter((c) => /^(?:Noted|Agreed):/.test(c.name)).map((c) => c.name);
  assert.deepEqual(outcomes, ['Noted: Members noted the notice.', 'Agreed: it was agreed to ask the tree officer.']);
});

test('the Outline names an outcome on the title\'s line by the words after the title, without bold marks', () => {
  const plain = ['Minutes of the club committee', '', '1. Minutes of last meeting – accepted as a true record.', '', '2. Budget', 'The budget was approved.', ''].join('\n');
  const a = serve('file:///t.minutes', 'minutes', plain, { snippets: true, markdown: true });
  const items = a.service.documentSymbols(a.doc)[0]!.children!;
  assert.deepEqual(items.map((c) => c.children!.map((k) => k.name)), [['Approved: accepted as a true record.'], ['Approved: The budget was approved.']]);
  const bold = ['**Sailing club committee**', '', '**46/26 Minutes of last meeting** – accepted as a true record.', '', '**47/26 Moorings**', 'Members agreed to raise the fee.', ''].join('\n');
  const b = serve('file:///b.md', 'markdown', bold, { snippets: true, markdown: true });
  const named = b.service.documentSymbols(b.doc)[0]!.children!.map((c) => c.children!.map((k) => k.name));
  assert.deepEqual(named, [['Approved: accepted as a true record.'], ['Agreed: Members agreed to raise the fee.']]);
});

test('the Outline names an item by its number as the minutes write it: "38. Apologies", "TM/26/14 Draft schedule"', () => {
  const refs = ['Minutes of the district meeting', '', 'TM/26/14', 'Draft schedule of works', 'Noted.', '', 'TM/26/15', 'Public lighting', 'Noted.', ''].join('\n');
  const a = serve('file:///r.minutes', 'minutes', refs, { snippets: true, markdown: true });
  assert.deepEqual(a.service.documentSymbols(a.doc)[0]!.children!.map((c) => c.name), ['TM/26/14 Draft schedule of works', 'TM/26/15 Public lighting']);
  const nums = ['Minutes of the parish meeting', '', '38.', 'Apologies', 'None.', '', '39.', 'Footpaths', 'Noted.', ''].join('\n');
  const b = serve('file:///n.minutes', 'minutes', nums, { snippets: true, markdown: true });
  assert.deepEqual(b.service.documentSymbols(b.doc)[0]!.children!.map((c) => c.name), ['38. Apologies', '39. Footpaths']);
});

test('the Outline and the warnings name an item by its words, without the Markdown of a link, bold or code around them', () => {
  const text = [
    '# TSC meeting',
    '',
    '### [#1412](https://example.org/issues/1412) Drop **Node 18** support',
    '- Consensus: drop it in v6.',
    '',
    '### [#1420](https://example.org/issues/1420 "Issue 1420") The `release` process',
    '- Discussed the embargo; no decision.',
    '',
  ].join('\n');
  const { doc, service } = serve('file:///tsc.md', 'markdown', text, { snippets: true, markdown: true });
  const names = service.documentSymbols(doc)[0]!.children!.map((c) => c.name);
  assert.deepEqual(names, ['#1412 Drop Node 18 support', '#1420 The release process']);
  const warned = service.diagnostics(doc).filter((d) => d.code === 'missing-resolution');
  assert.equal(warned.length, 1);
  assert.match(warned[0]!.message, /^Agenda item "#1420 The release process" records no outcome\./);
});

test('in notes exported from HTML, a missing outcome is added before the "<br>" line that parts the item from the next', () => {
  const text = ['Residents\' meeting<br>', '<br>', 'Parking permits<br>', 'Long discussion; we will do a survey.<br>', '<br>', 'Garden day<br>', 'Saturday 12th. Agreed to hire a skip.<br>', ''].join('\n');
  const { docs, doc, service } = serve('file:///br.minutes', 'minutes', text, { snippets: true, markdown: false });
  const before = service.documentSymbols(doc)[0]!.children!.map((c) => c.name);
  const d = service.diagnostics(doc).find((x) => x.code === 'missing-resolution')!;
  assert.ok(d, 'the item with no outcome is warned of');
  for (const fix of service.codeActions(doc, d.range, [d])) {
    const after = applyEdits(text, fix.edit!.changes!['file:///br.minutes']!);
    docs.open('file:///after.minutes', 'minutes', 1, after);
    const fixed = docs.get('file:///after.minutes')!;
    assert.deepEqual(service.documentSymbols(fixed)[0]!.children!.map((c) => c.name), before, `${fix.title}: ${JSON.stringify(after)}`);
    assert.equal(service.diagnostics(fixed).filter((x) => x.code === 'missing-resolution').length, 0, fix.title);
  }
});

test('a timed agenda: "19:15 Close" ends the meeting, so the last item folds before it and its noting lands above it', () => {
  const text = ['Site Committee', '', '18:35 Water troughs', 'Agreed to replace the troughs.', '', '18:50 Plot inspections', 'Three plots are neglected.', '', '19:15 Close', ''].join('\n');
  const { docs, doc, service } = serve('file:///site.minutes', 'minutes', text, { snippets: true, markdown: false });
  const diags = service.diagnostics(doc);
  assert.deepEqual(diags.map((d) => [d.code, d.range.start.line]), [['missing-resolution', 5]]);
  // The item's fold ends on its own text, not on the closing line.
  assert.ok(service.foldingRanges(doc).some((f) => f.startLine === 5 && f.endLine === 6));
  const noting = service.codeActions(doc, diags[0]!.range, diags).find((f) => f.title === 'Record that the item was noted')!;
  const after = applyEdits(text, noting.edit!.changes!['file:///site.minutes']!);
  assert.ok(after.indexOf('noted') < after.indexOf('19:15 Close'), after);
  docs.open('file:///after.minutes', 'minutes', 1, after);
  assert.deepEqual(service.diagnostics(docs.get('file:///after.minutes')!), []);
});

test('names are offered where a mover goes, after the first letters of any language typed', () => {
  const text = ['Present: Cllr Seán Ó Briain, Cllr Zoë Ćwikła', '', '2. Roof', 'Moved by Ó'].join('\n');
  const { doc, service } = serve('file:///names.minutes', 'minutes', text, { snippets: true, markdown: false });
  const items = service.completions(doc, { line: 3, character: 10 });
  const item = items.find((i) => i.label === 'Cllr Seán Ó Briain');
  assert.ok(item, items.map((i) => i.label).join(', '));
  // The letter typed is replaced by the name, not kept before it.
  assert.equal(applyEdits(text, [item.textEdit as never]).split('\n')[3], 'Moved by Cllr Seán Ó Briain');
  // With the title typed before it, the title is replaced too, not written twice.
  const titled = text.replace('Moved by Ó', 'Moved by Cllr Ó');
  const { doc: d2, service: s2 } = serve('file:///titled.minutes', 'minutes', titled, { snippets: true, markdown: false });
  const again = s2.completions(d2, { line: 3, character: 15 }).find((i) => i.label === 'Cllr Seán Ó Briain')!;
  assert.equal(applyEdits(titled, [again.textEdit as never]).split('\n')[3], 'Moved by Cllr Seán Ó Briain');
});
