/**
 * reparse(prev, text, edit) must give exactly what parse(text) gives, whether
 * it reparsed one item or fell back to a full parse. Random single edits
 * (typing, deleting, pasting, new lines) over the fixtures and shared documents.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/model/parse';
import { reparse } from '../server/src/model/incremental';
import { allItems } from '../server/src/model/syntax';
import { readFixture } from './support/fixture';
import { rng } from './support/random';
import { SHARED } from './support/shared';

const INSERTS = [
  'x', ' ', 'e', '.', '\n', '\r\n', 'RESOLVED: ', ' to be done', 'Clerk to write', '\nAgenda item\n9. New\n', ' noted', 'ACTION – ', '(a) ', 'Councillor Smith ', '## 3. Topic\n', '',
  // Lines whose meaning depends on the whole document: closing lines, a numbered ModernGov marker, capitals, lettered sub-items.
  'The meeting closed at 9pm.\n', 'MAYOR\n', 'Agenda item 5\n', '1. [ ] ', 'M/S/C ', '25/31 Apologies. ', 'NEW BUSINESS\n', 'A. Pool\n',
  'None.', 'ACTION: Clerk', 'Topic 4 — X\n', 'AI(@x): do it', "Principal's Report\n", '> ', '✅ ', '\n  - **Owner:** @ana\n',
  // Topic lines over their text (notes kept in a shared document), and lines added near an item's end.
  'Hiring\n', '\nBudget review\n', 'Pond clean-up\nWe talked about it at length today.\n', '\n\n',
  // Numbered lines of another numbering than the items', and a label that opens a list numbered afresh.
  '9.5 New item\n', '\n3.1 Sub title\n', 'DECISIONS\n1. ', 'ARTICLE 7. ',
];

function sources(): string[] {
  const out: string[] = [];
  const fx = join(__dirname, '..', '..', 'test', 'fixtures');
  for (const f of readdirSync(fx)) out.push(readFixture(readFileSync(join(fx, f), 'utf8')).text);
  const d = join(SHARED, 'corpus', 'dev');
  if (existsSync(d)) for (const f of readdirSync(d)) if (!f.endsWith('.json')) out.push(readFileSync(join(d, f), 'utf8'));
  out.push(longNotes());
  return out;
}

/** Notes long enough that a reparse takes the old item's "Decisions" links over instead of linking again (decisions.ts). */
function longNotes(): string {
  const long = ['# Notes', '', 'Attendees: @a, @b', ''];
  for (let n = 1; n <= 320; n++) long.push(`## ${n}. Widget ${n} review`, '', `We looked at widget ${n} and its numbers.`, '');
  long.push('## Decisions', '');
  for (let n = 1; n <= 320; n += 3) long.push(`- Widget ${n} review: ship it`);
  return long.join('\n') + '\n';
}

const strip = (doc: ReturnType<typeof parse>) => JSON.stringify({ ...doc, text: undefined });

test('incremental reparse equals a full parse after random edits', { timeout: 120_000 }, () => {
  let incremental = 0;
  let total = 0;
  for (const [i, src] of sources().entries()) {
    const r = rng(i + 7);
    let text = src;
    let doc = parse(text);
    for (let k = 0; k < 80; k++) {
      const start = Math.floor(r() * (text.length + 1));
      const del = r() < 0.5 ? 0 : Math.min(text.length - start, Math.floor(r() * 12));
      const ins = INSERTS[Math.floor(r() * INSERTS.length)]!;
      const next = text.slice(0, start) + ins + text.slice(start + del);
      const res = reparse(doc, next, { start, oldEnd: start + del, newEnd: start + ins.length });
      const want = parse(next);
      if (strip(res.doc) !== strip(want)) {
        assert.equal(strip(res.doc), strip(want), `source ${i}, edit ${k}: ${JSON.stringify({ start, del, ins })} (incremental: ${res.incremental})`);
      }
      if (res.incremental) incremental++;
      total++;
      text = next;
      doc = res.doc;
    }
  }
  // Most random edits land in item bodies: the fast path must actually be taken.
  assert.ok(incremental > total / 3, `only ${incremental} of ${total} edits were incremental`);
});

test('typing in the topics of long notes keeps the links from their "Decisions" entries', () => {
  const r = rng(99);
  let text = longNotes();
  let doc = parse(text);
  const linked = (d: ReturnType<typeof parse>) => allItems(d).filter((it) => it.decidedIn !== null).length;
  assert.equal(linked(doc), 107);
  let incremental = 0;
  for (let k = 0; k < 60; k++) {
    // Inside "We looked at widget N ...", mostly in the topics that a "Decisions" entry decides.
    const n = 1 + 3 * Math.floor(r() * 100);
    const at = text.indexOf(`We looked at widget ${n} `) + 3 + Math.floor(r() * 10);
    const ins = r() < 0.5 ? 'x' : ' noted';
    const next = text.slice(0, at) + ins + text.slice(at);
    const res = reparse(doc, next, { start: at, oldEnd: at, newEnd: at + ins.length });
    assert.equal(strip(res.doc), strip(parse(next)), `edit ${k} at ${at}`);
    if (res.incremental) incremental++;
    text = next;
    doc = res.doc;
  }
  assert.ok(incremental >= 40, `only ${incremental} of 60 edits were incremental`);
  assert.equal(linked(doc), 107);
});

test('notes read by their topic lines: an edit that joins a topic line to the text above it parses as a full parse does', () => {
  const text = 'Park group notes\n\nAttendees: Rosa, Owen\n\nPlanting day\nWe agreed to plant on Saturday 25 October.\n\nPond clean-up\nOwen said the pond is silting up again.\n\nBenches\nDecision: apply for a grant for two benches.\n';
  const doc = parse(text);
  assert.deepEqual(allItems(doc).map((it) => it.title), ['Planting day', 'Pond clean-up', 'Benches']);
  // Replace the full stop and line break that end the planting day's text: the blank line under it is gone, and
  // "Pond clean-up" is now a line of that text.
  const at = text.indexOf('October.\n') + 'October'.length;
  const next = text.slice(0, at) + 'x' + text.slice(at + 2);
  const res = reparse(doc, next, { start: at, oldEnd: at + 2, newEnd: at + 1 });
  assert.equal(strip(res.doc), strip(parse(next)));
  assert.deepEqual(allItems(res.doc).map((it) => it.title), ['Planting day', 'Benches']);
});

/**
 * Replaces `del` characters after the first `after` in `text` with `ins`, reparses, and checks the result is a full
 * parse's; returns the new document's items as "title/level".
 */
function edit(text: string, after: string, ins: string, del = 0): string[] {
  const at = text.indexOf(after) + after.length;
  assert.ok(at >= after.length, `"${after}" is in the text`);
  const next = text.slice(0, at) + ins + text.slice(at + del);
  const res = reparse(parse(text), next, { start: at, oldEnd: at + del, newEnd: at + ins.length });
  assert.equal(strip(res.doc), strip(parse(next)));
  return allItems(res.doc).map((it) => `${it.title}/${it.level}`);
}

test('a sub-numbered title typed under "NEW BUSINESS" in minutes numbered otherwise is its sub-item, read alone or whole', () => {
  const text =
    'Harbour Rowing Club\n\nA. Minutes of the last meeting\nThe minutes were approved.\n\nB. Boat shed\nThe roof was discussed. Agreed to get two quotes.\n\nNEW BUSINESS\n\nC. Close\nThe meeting closed at 9pm.\n';
  assert.ok(edit(text, 'NEW BUSINESS\n', '4.1 Regatta entry fees\n').includes('4.1 Regatta entry fees/2'));
});

test('minutes whose items are sub-numbered with no parent: an edit anywhere parses as a full parse does', () => {
  const text = 'SHIRE OF EXAMPLE\n\n12.1 LIBRARY HOURS\n3 Opening hours options\nCOUNCIL RESOLUTION 2026/90\nThat the report be noted.\nCARRIED\n\n12.2 FOOTPATH PROGRAM\nDiscussion only.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['12.1 LIBRARY HOURS', '12.2 FOOTPATH PROGRAM']);
  // "3 Opening hours options" in the first item and "4 Footpath crews" typed in the second number on by one: bare-numbered
  // items, which a reparse of the second item alone would not see.
  assert.deepEqual(edit(text, 'FOOTPATH PROGRAM\n', '4 Footpath crews\n'), ['3 Opening hours options/1', '4 Footpath crews/1']);
});

test('a sub-numbered line typed under an unnumbered heading in numbered minutes is read, alone, as the whole document reads it', () => {
  const text = 'Club minutes\n\n1. Budget\nAgreed.\n\n2. Roads\nNoted.\n\nADJOURNMENT\nCllr Ray thanked everyone.\n';
  assert.deepEqual(edit(text, 'ADJOURNMENT\n', '9.5 Late item\n'), ['1. Budget/1', '2. Roads/1', 'ADJOURNMENT/1', '9.5 Late item/2']);
});

test('an edit that leaves a "DECISIONS" list open to the item\'s end: the next "3." is an entry of it, as in a full parse', () => {
  // (No heading stands in the list: a sub-item's, "2.1 Pond clean-up", would end it.)
  const text = 'Team notes\n\n1. Release\nDiscussed.\n\n2. Office move\nNo news.\nDECISIONS\n1. Release date: Friday.\n2. Move: June.\nWe talked.\nBudget review\n\nParking\n\n3. Hiring\nTwo candidates.\n';
  assert.ok(allItems(parse(text)).some((it) => it.title === '3. Hiring'));
  // Join "Parking" to the lines above it: no blank line and another line now end the list.
  assert.ok(!edit(text, 'review\n', '', 1).includes('3. Hiring/1'));
});

test('a line an edit leaves holding a number alone ("3") over another item\'s "3.3": read as a full parse reads it', () => {
  // (Found by the random-edit comparison: "3.3 Nurse rota" after "2.0", with no "3.0", is an item at the top; a line "3"
  // above it, made by a line break typed into "3.2 Agreed ...", heads it as its part instead, and the item after the edit
  // read alone could not see that.)
  const text = 'BOARD MEETING\n\n1.0 WELCOME\n1.1 KA welcomed all.\n\n2.0 MINUTES\n2.1 Approved.\n3.1 PD presented the waiting times.\n3.2 Agreed to add a clinic.\n3.3 Nurse rota\n\n4.0 ANY OTHER BUSINESS\n4.1 None.\n';
  assert.ok(allItems(parse(text)).some((it) => it.title === '3.3 Nurse rota'));
  assert.ok(!edit(text, 'waiting times.\n3', '\n', '.2 Agreed'.length).includes('3.3 Nurse rota/1'));
  edit(text, 'waiting times.\n3', '', '.2'.length);
});

test('numbered resolutions that number on to the next item: an edit to a clause or the blank line reads as a full parse does', () => {
  const text = 'Committee\n\n1. Apologies\nNone.\n\n2. Housing\nRESOLVED:\n1. That the report be noted.\n2. That an update be brought.\n3. Work programme\nAgreed.\n\n4. Membership\nThe following changes were agreed:\n1. Cllr Ross to join.\n2. Cllr Diaz to leave.\n\n5. Close\nClosed.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['1. Apologies', '2. Housing', '3. Work programme', '4. Membership', '5. Close']);
  // A clause that no longer opens "That": the list goes on to "3.", a third entry.
  assert.ok(!edit(text, 'noted.\n2. ', 'Also', 'That'.length).includes('3. Work programme/1'));
  // The blank line under "4. Membership"'s list taken away, or one put between its entries.
  edit(text, 'Cllr Diaz to leave.\n', '', 1);
  edit(text, 'Cllr Ross to join.\n', '\n');
});

test('a row typed over the line that ended a table of tasks pasted from Word makes the next numbered line a row too, as in a full parse', () => {
  const text = 'Safety committee\n\n1. Apologies\nNone.\n\n2. Open actions\nNo\tAction\tOwner\tDue\n12\tRepaint the crossing\tJP\tFeb\nChecked.\n13\tOrder ear defenders\tKT\tMar\n';
  assert.deepEqual(edit(text, 'JP\tFeb\n', '14\tFix the gate\tJP\tApr', 'Checked.'.length), ['1. Apologies/1', '2. Open actions/1']);
});

test('a "DECISIONS" label typed after a dash opens its list as a full parse reads it: the next heading is an entry', () => {
  const text = 'Team notes\n\n1. Release\nDiscussed.\n\n2. Office move\nNo news.\n — X\nWe talked.\n5. Hiring\nTwo candidates.\n';
  assert.deepEqual(edit(text, ' — ', 'DECISIONS\n1. '), ['1. Release/1', '2. Office move/1']);
});

test('an edit that makes an "Actions" label of the lines above an unnumbered heading: its list runs on into that heading, as in a full parse', () => {
  const text = 'Rowing club\n\n1. Apologies\nNone.\n\n2. Boat shed\nThe roof leaks.\nActionz\n- Ann to get two quotes\nNEW BUSINESS\nA new trailer.\n\n3. Close\nThe meeting closed at 9pm.\n';
  assert.ok(allItems(parse(text)).some((it) => it.title === 'NEW BUSINESS'));
  assert.deepEqual(edit(text, 'Action', 's', 1), ['1. Apologies/1', '2. Boat shed/1', '3. Close/1']);
  // The label behind a Word bullet ("o Actions") opens the list too.
  assert.deepEqual(edit(text.replace('Actionz', 'o Actionz'), 'o Action', 's', 1), ['1. Apologies/1', '2. Boat shed/1', '3. Close/1']);
  // A list a blank line ends before the next heading leaves the next item alone: typing there parses one item.
  const closed = 'Rowing club\n\n1. Apologies\nNone.\n\n2. Boat shed\nThe roof leaks.\nActions:\n- Ann to get two quotes\n\nNEW BUSINESS\nA new trailer.\n\n3. Close\nClosed at 9pm.\n';
  const at = closed.indexOf('roof') + 4;
  const next = closed.slice(0, at) + 's' + closed.slice(at);
  assert.equal(reparse(parse(closed), next, { start: at, oldEnd: at, newEnd: at + 1 }).incremental, true);
});

test('a line of dashes typed under a topic\'s title makes it a heading, and the headings after it nest under it, as in a full parse', () => {
  const text = '# Notes\n\nIntro.\n\n**Roads**\nxx\nPotholes discussed.\n\n### Verges\nCut in May.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => `${it.title}/${it.level}`), ['Roads/1', 'Verges/1']);
  assert.deepEqual(edit(text, '**Roads**\n', '---', 2), ['Roads/1', 'Verges/2']);
  // And back: the underline taken away again.
  const under = '# Notes\n\nIntro.\n\n**Roads**\n---\nPotholes discussed.\n\n### Verges\nCut in May.\n';
  assert.deepEqual(edit(under, '**Roads**\n', 'xx', 3), ['Roads/1', 'Verges/1']);
});

test('a third topic line in bold typed into an item makes the notes read by their bold topics, as in a full parse', () => {
  const text = 'Club notes\n\n1. Pitches\n*Pitch hire*\nThe council wants more.\n\n2. Kit\n*Kit sponsor*\nTwo offers in.\n';
  assert.equal(parse(text).style, 'plain');
  edit(text, 'offers in.\n', '*Raffle*\nTom will do it.\n');
});

test('minutes headed only by "Title:" lines are parsed whole on an edit: a numbered title typed may head them instead', () => {
  const text = 'Bowls club\n\nGreen:\nThe mower is broken. Agreed to fix it.\n\nBar:\nStock is low.\n\n4.1 Fixtures list\nDrafted.\n';
  assert.equal(parse(text).headings?.colonOnly, true);
  edit(text, 'Stock is low.\n', '\n4.2 Kit order\n');
});

test('a numbered line typed before the first numbered item may set the document\'s numbering: the whole text is parsed again', () => {
  const text = 'Minutes\n\nNEW BUSINESS\nA letter from the school.\n\n25/01 Apologies\nNone.\n\n25/02 Budget\nAgreed.\n';
  assert.deepEqual(edit(text, 'school.\n', '4. Roads\n'), ['NEW BUSINESS/1', '4. Roads/1', '25/01 Apologies/2', '25/02 Budget/2']);
});

test('an indented line typed under a bold topic does not make the list above that topic a list of topics', () => {
  const text = '# Team sync\n\n- Release 1.2 is on staging.\n- Prod planned for Tuesday.\n\n**Topic: Q1 planning**\n\n- Dana will share the OKRs.\n- Discussion deferred\nto the next sync.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['Q1 planning']);
  assert.deepEqual(edit(text, 'deferred\n', '  '), ['Q1 planning/1']);
});

test('a line in capitals typed into an item whose heading is a "Title:" line heads an item, as in a full parse', () => {
  const text = 'OAK COURT BOARD\n\nOLD BUSINESS:\nThe fence is mended.\n\nNEW BUSINESS:\nSwings ordered.\n\nTREE WORK: 2:\nThe crown is to be lifted.\n';
  assert.ok(allItems(parse(text)).some((it) => it.title === 'TREE WORK: 2'));
  assert.deepEqual(edit(text, 'lifted.\n', 'BENCHES\nTwo more.\n').slice(-2), ['TREE WORK: 2/1', 'BENCHES/1']);
});

test('a title line typed under an item in capitals that follows "NEW BUSINESS" is that item\'s text, read alone or whole', () => {
  const text = 'OAK COURT BOARD\n\nOLD BUSINESS\nThe fence is mended.\n\nNEW BUSINESS\nSwings ordered.\n\nPLAY AREA\nThe crown is to be lifted.\n\nADJOURNMENT\nClosed at 9.\n';
  assert.deepEqual(edit(text, 'lifted.\n\n', 'Bench Repairs\nTwo benches need new slats.\n'), ['OLD BUSINESS/1', 'NEW BUSINESS/1', 'PLAY AREA/1', 'ADJOURNMENT/1']);
});

test('plain minutes under a Markdown title: a list nested under an entry, typed, is read as a full parse reads it: by the numbered items', () => {
  const text = '# Rowing club committee\n\n1. Budget\n- Funds are low.\n\n2. Kit\n- Order new shirts.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['1. Budget', '2. Kit']);
  assert.deepEqual(edit(text, 'Funds are low.\n', '  - only £40 left\n'), ['1. Budget/1', '2. Kit/1']);
});

test('minutes whose paragraphs open with a dashed title: a fourth typed, or one unmade, reads as a full parse does', () => {
  const text = 'Grace Church Council\n\nOpening Prayer – Rev. Ames prayed.\n\nTreasurer\'s Report – Walt reported giving of $21,400.\n\nBuilding – The boiler passed its inspection.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['Opening Prayer', 'Treasurer\'s Report', 'Building']);
  assert.deepEqual(edit(text, 'inspection.\n', '\nYouth – Ida to plan the picnic.\n'), ['Opening Prayer/1', 'Treasurer\'s Report/1', 'Building/1', 'Youth/1']);
  assert.deepEqual(edit(text, 'Building ', '', 2), []);
});

test('a line typed in an item that makes a third paragraph open with a dashed title reads as a full parse does', () => {
  // (The line after a sub-item's title line opens a paragraph; the third such makes them head the whole text's items.)
  const text = 'APPROVAL – Minutes approved.\n\nFINANCIALS – Report received.\nNEW BUSINESS\n2026 Budget – Draft presented.CORRESPONDENCE – none.\n';
  assert.deepEqual(edit(text, 'Draft presented.', 'Kim to send it\n'), ['APPROVAL/1', 'FINANCIALS/1', 'NEW BUSINESS/1', '2026 Budget/2', 'CORRESPONDENCE/1']);
});

test('notes that are Markdown only for a bold "**Item:" line: an edit that unmakes it reads as a full parse does', () => {
  const text = 'Club notes 3 May\n\n**Regatta**\nEntries close Friday.\n**Item: Kit\nShirts are in.\n\n**Bar**\nStock is low.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['Regatta', 'Bar']);
  edit(text, 'close Friday', ' at noon');
  edit(text, '**I', 'x');
});

test('a short title typed on an item\'s last line, over the next heading in lower case, reads as a full parse does', () => {
  const text = 'Parish notes\n\nNEW BUSINESS\nThe hall roof leaks.\n\ntreasurer\'s report.\nbalance is £2,000 and rising slowly.\n';
  edit(text, 'leaks.\n', '\nparking\n');
  edit(text, 'leaks.\n', '\nParking\n');
});

test('Markdown notes whose topics are list entries: numbered lines typed that outnumber them make plain minutes, as in a full parse', () => {
  const text = '# Design review\n\n- Dark mode\n  - Contrast fails on buttons.\n- Icons\n  - Two sets compared.\n\nNotes end here.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['Dark mode', 'Icons']);
  edit(text, 'Notes end here.\n', '\n1. Budget\nFunds are low.\n\n2. Kit\nOrder shirts.\n\n3. Bar\nStock is low.\n');
});

test('a sub-numbered line typed under a heading in capitals, in minutes numbered nowhere else, reads as a full parse does', () => {
  const text = 'TOWN COUNCIL\n\nAPOLOGIES\nNone.\n\nNEW BUSINESS\n9.5 Roof\nThe roof leaks.\n\nALLOTMENT RENTS\nRents were discussed.\n\nCIL\nNoted.\n';
  assert.deepEqual(edit(text, 'Rents were discussed.\n', '\n3.1 Plot fees\nHeld at £38.\n'), ['APOLOGIES/1', 'NEW BUSINESS/1', '9.5 Roof/2', 'ALLOTMENT RENTS/1', '3.1 Plot fees/2', 'CIL/1']);
});

test('non-breaking spaces: an item read again on its own reads them as the whole text did, and one typed between words too', () => {
  const text = 'Minutes\n\n1.\u00a0Apologies\nNone.\n\n2.\u00a0Roads\nThe\u00a0Clerk to write to the county.\n\n3.\u00a0Bins\nNoted.\n';
  assert.deepEqual(edit(text, 'county.', ' Cllr Ray was away.'), ['1. Apologies/1', '2. Roads/1', '3. Bins/1']);
  const plain = text.replace('The\u00a0Clerk', 'The Clerk');
  assert.deepEqual(edit(plain, 'county.', ' Cllr\u00a0Ray was away.'), ['1. Apologies/1', '2. Roads/1', '3. Bins/1']);
  // The only one, deleted: the whole text reads as written again.
  assert.deepEqual(edit(text, 'The', '', 1), ['1.\u00a0Apologies/1', '2.\u00a0Roads/1', '3.\u00a0Bins/1']);
});

test('a list numbered afresh under "the following changes:": an edit that makes its entries number on to the next item\'s number makes that line an entry, as in a full parse', () => {
  const text =
    'Minutes\n\n1. Apologies\nNone.\n\n2. Committee membership\nThe Council agreed the following changes:\n1. Planning – Cllr Ash to replace Cllr Bell\n2. Finance – Cllr Dee to join\n3. Staffing – no change\n3. Allotments\nRents held.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['1. Apologies', '2. Committee membership', '3. Allotments']);
  // "3.Staffing" is no longer an entry: the list stops at "2.", and "3. Allotments" numbers it on.
  assert.deepEqual(edit(text, 'join\n3.', '', 1), ['1. Apologies/1', '2. Committee membership/1']);
});

test('a numbered line typed among the names under "PRESENT" in an item headed in capitals heads an item, read alone or whole', () => {
  // Read on its own, the item's heading ("TOWN COUNCIL", in capitals) is kept aside until the end, so "PRESENT" read as
  // the header's attendance there and the numbered line typed among the names did not head an item; the whole text,
  // with "Principal's Report" before it, reads "ARTICLE 7." as an item's heading.
  const text =
    "Principal's Report\nThe head reported on the term.\n\nTOWN COUNCIL\nPRESENT\nCllrs A. Bell (Mayor), P. Kemp, L. Ng\n\nMINUTES OF THE PREVIOUS MEETING\nThe minutes were approved.\n\nANY OTHER BUSINESS\nNone.\n";
  assert.ok(edit(text, 'PRESENT\n', 'ARTICLE 7. ').includes('ARTICLE 7. Cllrs A. Bell (Mayor), P. Kemp, L. Ng/1'));
});

test('a line break typed before "##<NBSP>Hall" in minutes read with their non-breaking spaces as spaces makes a Markdown heading, as in a full parse', () => {
  // The whole text reads "##<NBSP>Hall" as "## Hall", a heading that makes the minutes Markdown; the item's own text must
  // be read the same way when deciding whether it changes the style.
  const text = 'Minutes\n\n1. Roads\nThe verge was cut.\n\n2. Trees\nThe oak\u00a0is leaning. ##\u00a0Hall\nThe roof leaks.\n';
  const at = text.indexOf(' ##');
  const next = text.slice(0, at) + '\n' + text.slice(at + 1);
  const res = reparse(parse(text), next, { start: at, oldEnd: at + 1, newEnd: at + 1 });
  assert.equal(strip(res.doc), strip(parse(next)));
  assert.equal(res.doc.style, 'markdown');
});

test('a line ending in ":" typed as an item\'s last line, over the next item\'s "1.", opens a list numbered afresh, as in a full parse', () => {
  assert.deepEqual(edit('1. Parking\n2. Roads\nThe following changes were agreed\n1. Verges\n', 'agreed', ':'), ['1. Parking/1', '2. Roads/1']);
});

test('an item\'s last line made the header of a table of tasks ("Action<TAB>Owner<TAB>Due") makes the next "3<TAB>..." its first row, as in a full parse', () => {
  const text = 'Safety committee\n\n1. Minutes\nAgreed.\n\n2. Open actions\nReviewed.\nActionx\tOwner\tDue\n3\tPaint the gate\tFL\tMay\n';
  assert.ok(allItems(parse(text)).some((it) => it.title.startsWith('3\t')));
  assert.deepEqual(edit(text, 'Action', '', 1), ['1. Minutes/1', '2. Open actions/1']);
});

test('deleting a "DECISION" label whose list ran on into the next item re-reads that item, as a full parse does', () => {
  // "DECISION" / "1. Minutes approved." opens a list; under "Any other business" (a section name, kept aside), "9. New
  // bins ordered." is still read as its entry. With the label gone, it heads nothing and the next item reads it anew.
  const text = 'Call to order\nThe meeting opened at 7pm.\nDECISION\n1. Minutes approved.\nAny other business\n9. New bins ordered.\n';
  edit(text, 'DEC', 'X', 5);
  edit(text, '7pm.\n', '', 9);
});

test('a short title typed as the last line under "New Business:", over the next heading\'s line, heads a sub-item, as in a full parse', () => {
  // Read whole, "Hiring" over "Adjournment: The meeting adjourned at 7:15 PM." is a sub-item's title with text under it;
  // read alone, the item has no line after it.
  const text = 'New Business:\nNoise Complaints – Several complaints about the lifts. Management to write to the owners.\n\nAdjournment: The meeting adjourned at 7:15 PM.\n';
  assert.ok(edit(text, 'owners.\n', 'Hiring\n').includes('Hiring/2'));
});

test('a minute\'s number typed alone on an item\'s last line makes the next item\'s title line its title, as in a full parse', () => {
  // Read whole, "6." over "YOUTH COUNCIL" numbers that item (and a numbered item outranks the headings in capitals after
  // the procedural ones); read alone, the item ends with the number and no title after it.
  const text =
    'BRAMLEY TOWN COUNCIL\nMinutes of the meeting held on 14 May 2025\n\nAPOLOGIES\nCllr R. Varga.\n\nTOWN CENTRE CCTV\nMembers discussed the cost.\nClerk to obtain quotes by 30 June.\n\nALLOTMENT RENTS\nIt was agreed to hold rents at £38. 6.\n\nYOUTH COUNCIL\nThe youth council presented its survey.\n\nANY OTHER BUSINESS\nNone.\n';
  assert.deepEqual(edit(text, 'at £38. ', '\n'), ['APOLOGIES/1', 'YOUTH COUNCIL/1', 'ANY OTHER BUSINESS/1']);
});

test('a "•" list typed in one topic makes an "o" list in another nested, as in a full parse', () => {
  // Where the document has a first-level "•" list anywhere, "o" stands for a second level (a list pasted from Word):
  // "- Budget" over "o reserves are low" is then a topic with its notes.
  const text = '# Team notes\n\n- Budget\no reserves are low\n\n## 2. Hiring\nTwo roles open.\n';
  assert.deepEqual(allItems(parse(text)).map((it) => it.title), ['2. Hiring']);
  assert.deepEqual(edit(text, 'Two roles open.\n', '• interviews next week\n'), ['Budget/1', '2. Hiring/1']);
});

test('soft hyphens and zero-width spaces: typed, deleted or typed around, the text reads as a full parse reads it, without them', () => {
  const text = 'Minutes\n\n1. Skate park\nIt was RESOLVED to accept the quote.\n\n2. Bins\nThe Clerk to contact the depot.\n';
  // One typed into a word: the whole text is read again, without it.
  assert.deepEqual(edit(text, 'RE', '\u00ad'), ['1. Skate park/1', '2. Bins/1']);
  // Read whole, typed elsewhere in a text that holds them, and one deleted. (Ranges are the text's own: the task's text
  // runs from "The" to the full stop, its invisible character included.)
  readsWhole(text.replace('RESOLVED', 'RE\u00adSOLVED').replace('contact', 'con\u200btact'), 'The Clerk to con\u200btact the depot.', 'RE');
});

/**
 * `written`, the two-item minutes of the tests around it with characters the parser reads past: the first item resolved,
 * the second's task the Clerk's and running over `task` as written; typed elsewhere, and one character deleted after
 * `deleteAfter`, it reads as a full parse reads it.
 */
function readsWhole(written: string, task: string, deleteAfter: string): void {
  const doc = parse(written);
  assert.equal(allItems(doc)[0]!.outcome, 'resolved');
  assert.equal(doc.actions[0]!.owner, 'The Clerk');
  assert.equal(written.slice(doc.actions[0]!.range.start, doc.actions[0]!.range.end), task);
  assert.deepEqual(edit(written, 'Bins', 'x'), ['1. Skate park/1', '2. Binsx/1']);
  assert.deepEqual(edit(written, deleteAfter, '', 1), ['1. Skate park/1', '2. Bins/1']);
}

test('a word parted by a hyphen at a line\'s end: typed, deleted or typed around, the text reads as a full parse reads it, with the word whole', () => {
  const text = 'Minutes\n\n1. Skate park\nIt was resolved to accept the quote.\n\n2. Bins\nThe Clerk to contact the depot.\n';
  // Parted as a PDF's justified text parts it: the whole text is read again, the word whole.
  assert.deepEqual(edit(text, 'The Clerk to con', '-\n'), ['1. Skate park/1', '2. Bins/1']);
  assert.deepEqual(edit(text, 'It was re', '-\n'), ['1. Skate park/1', '2. Bins/1']);
  // (Ranges are the text's own: the task runs from "The" to the full stop, the hyphen and the line end included; the
  // break deleted after "re-".)
  readsWhole(text.replace('resolved', 're-\nsolved').replace('contact', 'con-\r\n  tact'), 'The Clerk to con-\r\n  tact the depot.', 'It was re-');
  // A line end typed after a hyphen.
  edit(text.replace('accept', 'ac-cept'), 'ac-', '\n');
  // A word the rules do not read keeps its hyphen: "well-" / "known" is not joined, and the item still has no outcome.
  const compound = 'Minutes\n\n1. Walks\nThe well-\nknown circular walk was discussed.\n';
  assert.equal(parse(compound).headings?.hyphens, undefined);
  assert.equal(allItems(parse(compound))[0]!.outcome, null);
});

test('an edit that takes a Markdown heading\'s "###" away inside an item reads as a full parse does', () => {
  // ("Potholes were discussed" / "### **Site visit 25 May**" becomes "... discussed at length." / "**Site visit 25 May**":
  // the sub-item's heading is gone, and with it the heading levels the item's text was read by.)
  const text = '## 1. Roads\nPotholes were discussed\n### **Site visit 25 May**\n### Conclusion\nAgreed to resurface Mill Lane.\n';
  edit(text, 'discussed', ' at length.\n', '\n### '.length);
  // And typed back.
  const joined = '## 1. Roads\nPotholes were discussed at length.\n**Site visit 25 May**\n### Conclusion\nAgreed to resurface Mill Lane.\n';
  edit(joined, 'discussed', '\n### ', ' at length.\n'.length);
});

test('an edit to the header row of a table of items, in the item before its rows, reads the rows as a full parse does', () => {
  const text = '- **Release status** (10 min)\n  - Two regressions left.\n| Min. | Item | Discussion | Decision | Action by |\n|---|---|---|---|---|\n| 1/26 | Bins | Full | Empty them | Clerk |\n### A. Pool\n';
  assert.equal(parse(text).actions.length, 1);
  // Typed into the header's last cell, which is then no longer "Action by": the row's name is no longer who acts.
  edit(text, '| Decision |', 'x ');
  // And "Action by" renamed.
  edit(text, '| Decision | ', 'Notes', 'Action by'.length);
});

test('a roll call\'s line inside an item ("3) Roll call: ...") and names typed after it: the people read as a full parse reads them', () => {
  // (Found by the random-edit comparison, in a document garbled by it; the whole text's reading takes the line as a roll
  // call for a while, and the names under it as people.)
  const text = 'Item 7 - Finance\nTopic 4 — X\n3) Roll call: Ames, Boyle.\nB- ~~Drop it~~ x, poster to be drafted. The meeting closed at 9pm.';
  edit(text, 'Boyle.\n', '\n  - **Owner:** @ana\n', 'B- ~~Drop '.length);
});

test('a line opening with a number, deleted with the line break before it, is read as a full parse reads the rest', () => {
  // (Found by the random edits above: with "1 pm." gone, "1. y, March 10, ..." is the text's only line opening with a number
  // and one, and heads an item of its own; read again alone, "CALL TO ORDER" kept the old reading.)
  const text = '1. y, March 10, 2026 at 6:30 pm, Suite 101\nCALL TO ORDER\norder at 6:3Hiring\n1 pm.\n02 pm';
  const start = text.indexOf('iring\n1 pm.');
  const next = text.slice(0, start) + '.' + text.slice(start + 'iring\n1 pm.'.length);
  const res = reparse(parse(text), next, { start, oldEnd: start + 'iring\n1 pm.'.length, newEnd: start + 1 });
  assert.equal(strip(res.doc), strip(parse(next)));
});

test('text typed before the first bar of a table\'s rule row unmakes the table, as a full parse reads it', () => {
  // (Found by random edits: "Bins", a row of the table of items, stayed an item when "asked for |---|..." was no rule row.)
  const text = '- Icon set (09:30)\n  - Two candidate s\n| Min. | Item | Discussion | Decision | Action by |\n|---|---|---|---|---|\n| 1/26 | Bins | Full | Empty them | Clerk |\n### Sprint goal';
  const start = text.indexOf('|---');
  const next = text.slice(0, start) + 'asked for ' + text.slice(start);
  const res = reparse(parse(text), next, { start, oldEnd: start, newEnd: start + 'asked for '.length });
  assert.equal(strip(res.doc), strip(parse(next)));
});

test('notes with titles in bold on lines of their own: a typo in a bold label, or text typed before such a title, parses as a full parse does', () => {
  const text = [
    '# Architecture review',
    '',
    '### ADR-7: Adopt Parquet',
    '',
    '**Discussion**',
    '* Everyone already writes it',
    '',
    '**Outcome:** Accepted.',
    '',
    '### ADR-8: Feature store',
    '',
    '**Follow-ups**',
    '* [ ] Mei – cost estimate',
    '',
  ].join('\n');
  // "**Outcomex:**" is no longer a label the notes use: among titles in bold on lines of their own, it heads a topic of
  // ADR-7, read alone or whole.
  assert.deepEqual(edit(text, '**Outcome'.slice(0, 9), 'x'), ['ADR-7: Adopt Parquet/1', 'Outcomex/2', 'ADR-8: Feature store/1']);
  // Text typed before "**Follow-ups**" leaves one such title: "**Outcome:**" with a typo heads nothing then.
  const typo = text.replace('**Outcome:**', '**Outcomex:**');
  assert.deepEqual(edit(typo, '### ADR-8: Feature store\n\n', 'Note: '), ['ADR-7: Adopt Parquet/1', 'ADR-8: Feature store/1']);
});

test('a line break typed before a bare number that continues the items\' numbers ("§ 2" / "3 Previous minutes") parses as a full parse does', () => {
  const text = [
    'Minutes of the board – Fjordvik Rowing Club',
    '',
    '§ 1 Opening',
    'The chair opened the meeting.',
    '',
    '§ 2 Election of two persons to check the minutes',
    'Lene Vik and Arne Moe were chosen. 3 Previous minutes',
    'The minutes of 15 October were placed on file.',
    '',
    '§ 4 Boathouse roof',
    'The board decided to accept the lower quote.',
    '',
  ].join('\n');
  const items = edit(text, 'were chosen.', '\n', 1);
  assert.deepEqual(items, allItems(parse(text.replace('chosen. 3', 'chosen.\n3'))).map((it) => `${it.title}/${it.level}`));
});

test('a line opening "B." typed under a later heading, after "A." and "B." under an earlier one, parses as a full parse does', () => {
  const text = [
    'PLANNING COMMISSION – MINUTES',
    '',
    'PUBLIC HEARINGS',
    'A. CUP 25-03 – Coffee kiosk',
    'MOTION: approve. VOTE: 4-1',
    'B. ZTA 25-01 – Accessory dwellings',
    'Continued to May 12.',
    '',
    'COMMISSION COMMENTS',
    'Staff reminded commissioners of the workshop.',
    '',
    'ADJOURNMENT',
    'The meeting was adjourned at 8:52 p.m.',
    '',
  ].join('\n');
  const items = edit(text, 'of the workshop.', '\nC. Policies');
  assert.deepEqual(items, allItems(parse(text.replace('workshop.', 'workshop.\nC. Policies'))).map((it) => `${it.title}/${it.level}`));
});

test('a short line typed right after a paragraph, in minutes headed otherwise, parses as a full parse does and heads no topic', () => {
  // (Notes read by their topic lines alone may take a topic line right under a paragraph; minutes whose items are headed
  // otherwise do not, so that an item read again on its own reads as the whole text does.)
  const text =
    'BOARD OF APPEALS\nMinutes – 2 February 2026\n\nCase No. ZBA-26-02: 7 Birch Road – variance for a rear deck.\nThe applicant asked for more time. Continued by consent.\n\nCase No. ZBA-26-03: 12 Canal Street – permit for a bakery.\nThe hearing was continued to March 2, 2026.\n';
  const before = allItems(parse(text)).map((it) => `${it.title}/${it.level}`);
  assert.equal(before.length, 2);
  assert.deepEqual(edit(text, 'Continued by consent.\n', 'Parking survey\nThe survey found 40 spaces in use at noon.\n'), before);
  assert.deepEqual(edit(text, 'Continued by consent.\n', 'ACTION – '), before);
});

test('a blank line typed under the last item\'s title, over a list of actions at the margin, parses as a full parse does', () => {
  // (A list at the margin over indented lines after the last item is the meeting's own only where the last item's title,
  // too, stands over an indented line: a blank line typed between them makes the list that item's.)
  const text = [
    'Orchard Lane Allotment Society – committee, 4 March 2027',
    'Present: Maeve (Chair), Tunde, Ros, Callum',
    '',
    '1 Water troughs',
    '  Two troughs leak at the joints. Agreed to replace both before May.',
    '',
    '2 Shed rota',
    '  The rota has gaps on Sundays and nobody has offered to fill them.',
    '',
    'Follow-up actions',
    '  Tunde        order two troughs               by 20 March',
    '  Ros          post the rota on the gate',
    '',
  ].join('\n');
  const blocks = (t: string) => parse(t).blocks.map((b) => b.type);
  assert.deepEqual(blocks(text), ['header', 'item', 'item', 'section']);
  edit(text, '2 Shed rota\n', '\n');
  edit(text, '2 Shed rota', '\r\n');
  edit(text, '2 Shed rota\n', '', 2);
  // (And back: the blank line deleted makes the list the meeting's again.)
  const spaced = text.replace('2 Shed rota\n', '2 Shed rota\n\n');
  assert.deepEqual(blocks(spaced), ['header', 'item', 'item']);
  edit(spaced, '2 Shed rota\n', '', 1);
});

test('a title\'s full stop typed on an item\'s last line, over a heading lettered with a capital, reads as a full parse does', () => {
  // ("... Trustee Stone opposed." / "Mr." / "V. UNFINISHED BUSINESS": under "Mr." the "V." is a name's initial, not a heading.)
  const text =
    'Board\n\nI. CALL TO ORDER\nThe meeting opened.\n\nIV. COMMITTEE REPORTS\nA. Finance Committee\nNo action required.\nB. Building Committee\nThe motion passed 5-1, Trustee Stone opposed.\n\nV. UNFINISHED BUSINESS\nA. Meeting room policy\nThe motion died for lack of a second.\n\nVI. NEW BUSINESS\nA. Sunday hours\nDiscussion followed.\n';
  assert.ok(!edit(text, 'opposed.\n', 'Mr.').includes('V. UNFINISHED BUSINESS/1'));
  // (And back: the title's full stop deleted.)
  assert.ok(edit(text.replace('opposed.\n\n', 'opposed.\nMr.\n'), 'opposed.\n', '', 3).includes('V. UNFINISHED BUSINESS/1'));
});

test('a full stop typed in the lines a title above reads on to, in the next item, reads that title as a full parse does', () => {
  // ("1. Footpaths: repairs near the mill" stops with no full stop, and its text is read on into the next three lines,
  // "2 — Hall" / "boiler serviced": the full stop typed there splits the title above at its colon.)
  const text = 'Parish Council\n\n1. Footpaths: repairs near the mill\n2 — Hall\nboiler serviced\n\n3. Close\nThe meeting closed.\n';
  assert.deepEqual(edit(text, 'serviced', '.'), ['1. Footpaths/1', '2 — Hall/1', '3. Close/1']);
  // (And back: the full stop deleted.)
  assert.deepEqual(edit(text.replace('serviced', 'serviced.'), 'serviced', '', 1), ['1. Footpaths: repairs near the mill/1', '2 — Hall/1', '3. Close/1']);
});
