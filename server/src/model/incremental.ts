/**
 * Incremental reparsing: after an edit inside one agenda item's body, parse
 * that top-level item again on its own and shift everything after it, instead
 * of parsing the whole document.
 *
 * Invariant: reparse(prev, text, edit) returns the same tree as parse(text).
 * The item's parse depends only on its own text, the document's style and the
 * people its header names, so this holds whenever the edit stays inside one
 * item's body and leaves that item's headings as they were. Everything this
 * cannot prove local (an edit in the header or a heading line, one that spans
 * items, one after which the item parses into a different shape) falls back
 * to a full parse. A test compares both on random edits.
 *
 * reparse takes ownership of `prev`: the nodes after the edit are moved in place, so
 * `prev` must not be used afterwards.
 */
import { INVISIBLE, detectStyle, hasHyphenBreak, hasSoftBreak, holdsHeaderLines, isAttendanceItem, isNumberAloneLine, isTaskTableHeader, isTopicLine, mayHoldDashTitle, nbspInWords, parse, TITLE_DOT_GOES_ON, withoutLoneCr } from './parse';
import { relink } from './decisions';
import { ACTION_LIST_LABEL, ACTIONS_SECTION, CAPITALS, DECISIONS_SECTION, LIST_NUMBER } from './lexicon';
import { DEEP_BULLETS } from './lines';
import { itemActions, type Action, type AgendaItem, type Block, type GarbledLine, type MinutesDocument, type Mutable, type Range } from './syntax';

/** Matches nothing: for editTouches where the text an edit deleted cannot matter. */
const NEVER = /(?!)/;

/** A line opening with a bare number and a capital: "3 Previous minutes". */
const BARE_NUMBER_OPENS_LINE = new RegExp(String.raw`^[\s>]*\d{1,3}[ \t]+[${CAPITALS}]`, 'u');
/**
 * A line a number opens with nothing after it but small letters, "3" or "3 to add a clinic": under it, "3.1", "3.2" in the
 * next item are that number's parts, not items of their own (parse.ts, the parts of the next number); an edit leaving one
 * may change how another item's lines read.
 */
const NUMBER_HEADS_PARTS = /^[\s>]*\d{1,3}[.)]?(?:[ \t]*\r?$|[ \t]+[a-z])/;
/** A line opening with a number as an item's or a sentence's ("2. The minutes ...", "2 net post ..."): see continuesItems (parse.ts). */
const NUMBER_OPENS_LINE = /^[\s>]*\d{1,3}(?:\.(?!\d)|[)\t ])/;
/** A line opening with a capital letter and a full stop or bracket: "B. Policies", "C) Grants". */
const LETTER_OPENS_LINE = /^[\s>]*[A-Z][.)][ \t]/;
/** A line that opens, perhaps after a number, with an attendance label: "3) Roll call: ...", "Present:". */
const ROLL_CALL_LINE = /^[ \t]*(?:[\w./()-]{1,10}[ \t]+)?(?:attendees|attendance|present|in\s+attendance|roll\s*call|participants|members\s+present)[ \t]*(?::|$)/im;
/** A line that opens with a deeper level's bullet ("o", "○", "■"), as lines.ts reads them. */
const LEVEL_TWO_LINE = new RegExp(`^[${DEEP_BULLETS}][ \\t\\u00a0]`, 'm');

/** One edit, in the previous text's offsets: [start, oldEnd) became [start, newEnd) in the new text. */
export interface Edit {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export interface ReparseResult {
  readonly doc: MinutesDocument;
  /** True when only one item was parsed again. */
  readonly incremental: boolean;
}

/** Where the text's n-th line break starts (a "\r\n" counted once), or -1 where it holds fewer. */
function nthLineBreak(s: string, n: number): number {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c === 0x0a || (c === 0x0d && s.charCodeAt(k + 1) !== 0x0a)) && --n === 0) return c === 0x0a && s.charCodeAt(k - 1) === 0x0d ? k - 1 : k;
  }
  return -1;
}

/** Does a line from the one holding `from` to the one holding `to` open with a Markdown heading's "#"? */
function touchesHeading(get: (start: number, end: number) => string, from: number, to: number): boolean {
  const a = Math.max(0, from - 200);
  const s = get(a, to + 200);
  const ls = s.lastIndexOf('\n', from - a - 1) + 1;
  const le = s.indexOf('\n', to - a);
  return /^[ \t]*#/m.test(s.slice(ls, le < 0 ? s.length : le));
}

/**
 * `slice` reads part of the new text, `prevSlice` part of the previous one; an editor whose text is a rope passes ones
 * that do not flatten it.
 */
export function reparse(
  prev: MinutesDocument,
  text: string,
  edit: Edit,
  slice: (start: number, end: number) => string = (s, e) => text.slice(s, e),
  prevSlice: (start: number, end: number) => string = (s, e) => prev.text.slice(s, e),
): ReparseResult {
  const full = (): ReparseResult => ({ doc: parse(text), incremental: false });
  const delta = edit.newEnd - edit.oldEnd;
  if (edit.start < 0 || edit.oldEnd < edit.start || edit.newEnd < edit.start || prev.text.length + delta !== text.length) return full();

  // The top-level block holding the edit.
  const blocks = prev.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (blocks[mid]!.range.start <= edit.start) lo = mid;
    else hi = mid - 1;
  }
  const i = lo;
  const block = blocks[i]!;
  if (block.type !== 'item') return full();
  // An edit that reaches the next block, or ends a block that is last, may change a boundary.
  if (edit.oldEnd >= block.range.end && i + 1 < blocks.length) return full();
  if (edit.oldEnd > block.range.end) return full();
  // Heading lines (marker, number, title, purpose, "Minutes:") decide the item itself.
  let headEnd = block.range.start;
  for (const p of block.parts) {
    if (p.kind === 'marker' || p.kind === 'number' || p.kind === 'title' || p.kind === 'purpose' || p.kind === 'minutes') headEnd = p.range.end;
    else if (p.kind !== 'blank') break;
  }
  if (edit.start < headEnd) return full();
  // A numbered title's line that stops with no full stop reads the three lines after it for its text (parse.ts, runOn),
  // which may be this item's first lines ("1. Roads: it" / "4 — X" / "cuss." splits "1. Roads" from its text there): an
  // edit up to three lines after the title above may change that title, which this item read alone does not see.
  const above = blocks[i - 1];
  if (above && above.type === 'item') {
    let last: AgendaItem = above;
    while (last.children.length) last = last.children[last.children.length - 1]!;
    const fourth = nthLineBreak(prevSlice(last.titleRange.end, last.titleRange.end + 2000), 4);
    if (fourth < 0 || edit.start - last.titleRange.end <= fourth) return full();
  }
  // A Markdown heading's line that the edit touches, in the old text or the new, may change how the headings after it
  // nest: "to\n### Nov 20" made "to COUNCIL REPORTS\n**Nov 20" takes a sub-item away, and the items after it move up.
  if (touchesHeading(prevSlice, edit.start, edit.oldEnd) || touchesHeading(slice, edit.start, edit.newEnd)) return full();
  // The roll call names the people every item knows; so may a numbered roll call's line inside the item ("3) Roll call:
  // Ames, Boyle."), which the whole text's reading may take as a heading before it settles the items.
  if (isAttendanceItem(block.title)) return full();

  const start = block.range.start;
  const end = block.range.end + delta;
  // (Lines ended by "\r" alone read as the whole text reads them: as lines ended by "\n", parse.ts.)
  const blockText = withoutLoneCr(slice(start, end));
  if (ROLL_CALL_LINE.test(blockText)) return full();
  // A line of "=" or "-" under a title makes it a heading (lines.ts), and how deep a heading is decides how the headings
  // after it nest: an edit in the line after the title that may make one (a run of "=" or "-" now) or unmake one (the
  // line was blank, or read as blank, before) parses the whole text.
  const title = block.parts.findIndex((p) => p.kind === 'title');
  if (title >= 0) {
    const under = block.parts[title]!.range.end;
    const nl = blockText.indexOf('\n', under - start);
    const underEnd = nl < 0 ? blockText.length : nl;
    if (edit.start >= under && edit.start - start <= underEnd) {
      const after = block.parts[title + 1];
      if (/^[\s\u00a0]*(?:={3,}|-{3,})[\s\u00a0]*$/.test(blockText.slice(under - start, underEnd)) || (after && after.kind === 'blank' && after.range.start === under)) return full();
    }
  }
  // A list after the last item at the margin over indented lines ("Agreed actions" / "  Ifeoma   letter to ...") is the
  // meeting's own where the last item's title, too, stands over an indented line (parse.ts, trailingSections): an edit from
  // the end of the last item's title to the end of the line after it may unmake that, and the list is the item's again.
  // (Where it makes it so, the item read on its own finds the list, and the whole text is parsed below.)
  const next = blocks[i + 1];
  if (next && next.type === 'section' && (next.kind === 'actions' || next.kind === 'decisions') && lastItemBlock(blocks, i)) {
    let last: AgendaItem = block;
    while (last.children.length) last = last.children[last.children.length - 1]!;
    const t = last.parts.find((p) => p.kind === 'title');
    if (t && edit.oldEnd >= t.range.end) {
      const after = prevSlice(t.range.end, t.range.end + 400);
      if (edit.start <= t.range.end + lineBreakAfter(after, lineBreakAfter(after, 0))) return full();
    }
  }
  // The closing lines ("The meeting closed at 9pm.", "MAYOR") are found from the end of the text back, so an edit in the
  // last lines of the item before them may move where they start.
  // Does the edit reach into the item's last k lines, before it or after it? The text after the edit is the same before
  // and after it, so the old text's last lines are found in the new: they start in that tail, at p, exactly when the
  // tail holds them (p > 1), and the old text is not read (slicing it would copy the whole document).
  const nearEnd = (k: number): boolean => lastLinesStart(blockText.slice(edit.newEnd - start), k) <= 1 || edit.newEnd >= start + lastLinesStart(blockText, k) - 1;
  if (next && next.type === 'section' && next.kind === 'closing' && nearEnd(2)) return full();
  // A "DECISIONS" or "ACTIONS" label makes the "1.", "2." lines after it entries of a list, not items (parse.ts), until a
  // blank line and another line end it, and so does an "Actions:" label its bulleted lines in plain minutes: if the item's text now leaves such a list open, the next item's heading depends on
  // it. (The old text left none open, or the next heading would not have been one; its text is not read again here:
  // slicing it would copy the whole document, which an editor builds anew on each keystroke.)
  if (next && listLeftOpen(blockText, slice(end, Math.min(text.length, end + 80)).split(/\r|\n/)[0]!)) return full();
  // Nor may it end with the header of a table of tasks pasted from Word ("Action<TAB>Owner<TAB>Due"), or with rows under
  // one: the next item's numbered heading ("1<TAB>...") is then the table's next row.
  if (next && prev.style === 'plain' && blockText.includes('\t') && endsInTaskTable(blockText)) return full();
  // In plain minutes, a short title on the item's last line after a blank one ("Parking" / the next item's heading) may head
  // a topic of its own, the next line read as its text: read alone, the item has no next line.
  // (Under a heading that groups business, "NEW BUSINESS" / "Noise complaints – ..." / "Hiring": directly after a sub-item's
  // line too, as a sub-item's title over the next line's text.)
  if (prev.style === 'plain' && next && lastLineMayHeadTopic(blockText, /\b(?:business|items|matters)\b/i.test(block.title))) return full();
  // Nor may it end, before the edit or after it, on a title's full stop ("... Mr."): a heading lettered with a capital
  // right under it ("V. UNFINISHED BUSINESS") is then a name's initial, not a heading (parse.ts, TITLE_DOT_GOES_ON).
  if (prev.style === 'plain' && next && (TITLE_DOT_GOES_ON.test(blockText.slice(-10).trimEnd()) || TITLE_DOT_GOES_ON.test(prevSlice(Math.max(block.range.start, block.range.end - 10), block.range.end).trimEnd()))) return full();
  // Nor may it end with a minute's number alone ("Minute No. 101", "6."): the next item's title line is then its title.
  if (prev.style === 'plain' && next && isNumberAloneLine(blockText.slice(lastLinesStart(blockText, 1)))) return full();
  // Nor may the edited lines now hold one anywhere in the item ("TM/26/14" over "Draft Schedule", pasted into its text):
  // whether it heads an item of its own depends on the whole text's numbers.
  // (The edited lines, found once: a keystroke's check.)
  const edited = prev.style === 'plain' || prev.headings?.bare ? editedLines(blockText, edit.start - start, edit.newEnd - start) : [];
  // (And in plain minutes numbered otherwise, a line an edit leaves opening with a bare number and a capital, "3 Previous
  // minutes" split off by a line break typed before it: after "§ 2" it continues the items' numbers, which the item read
  // alone cannot see. So does a line opening with a capital letter and a full stop, "B. Policies": after "A." and "B."
  // under an earlier heading it goes on with their letters. One pass over the edited lines for the three.)
  if (prev.style === 'plain') {
    const bare = prev.headings?.bare === true;
    if (edited.some((l) => isNumberAloneLine(l) || LETTER_OPENS_LINE.test(l) || (!bare && BARE_NUMBER_OPENS_LINE.test(l)) || NUMBER_HEADS_PARTS.test(l))) return full();
    // (Where no numbered line heads an item yet, one an edit leaves opening with a number, "2 net post is loose", may be
    // the next number after a sentence numbered "1." in another item, which then heads one: parse.ts, continuesItems.)
    if (!prev.headings?.top && edited.some((l) => NUMBER_OPENS_LINE.test(l))) return full();
  }
  // Items numbered bare ("2 Repairs"): whether an edited line that opens with a number heads an item depends on the numbers
  // of the items around it ("2. The minutes were agreed." typed into one).
  if (prev.headings?.bare && edited.some((l) => /^[\s>]*\d/.test(l))) return full();
  // A line that opened with a number, deleted or joined to the line above it ("Hiring" / "1 pm." made "H."), may have
  // decided how the whole text's numbered lines read (a sentence numbered "1." heads an item where no other line opens so).
  if (prev.style === 'plain' && edit.oldEnd > edit.start) {
    const gone = prevSlice(edit.start, edit.oldEnd);
    if ((gone.includes('\n') || gone.includes('\r')) && editedLines(prevSlice(block.range.start, block.range.end), edit.start - block.range.start, edit.oldEnd - block.range.start).some((l) => /^[\s>]*\d/.test(l))) return full();
  }
  // Notes whose items are topic lines (parse.ts, topicLines): whether a line heads a topic depends on the line before it
  // and on how many the whole text holds. Such notes are short; they are parsed whole.
  if (prev.headings?.topics) return full();
  // So are minutes whose items are sub-numbered with no parent ("11.1 ...", "11.2 ..."): any numbered line elsewhere may
  // make a run of bare numbers ("4 Finance", "5 Roads") the document's items instead. They are one part of an agenda.
  if (prev.headings?.subNumbered) return full();
  // And so are minutes with no numbered items whose item holds a sub-numbered line ("3.1 Rents"): such lines head items
  // only by how many the whole document holds, and whose they are by the headings around them.
  if (prev.style === 'plain' && !prev.headings?.top && /^[ \t]*\d{1,3}\.\d{1,3}/m.test(blockText)) return full();
  // And so are minutes headed only by "Title:" lines: a numbered line typed anywhere may head them instead.
  if (prev.headings?.colonOnly) return full();
  // And plain minutes under a Markdown title: a line typed anywhere (a list nested under an entry, a bold topic) may
  // give Markdown's reading items of its own, which then stands.
  if (prev.headings?.underMarkdownTitle) return full();
  // And minutes whose paragraphs open with a dashed title: how many there are decides whether they head the items.
  if (prev.headings?.dashTitles) return full();
  // And plain minutes headed by none of those, whose item holds (after its title) a line that may open a paragraph with a
  // dashed title: typed, it may make three such, which then head the whole text's items.
  if (prev.style === 'plain' && !prev.headings?.top && !prev.headings?.bare && !prev.headings?.subNumbered && mayHoldDashTitle(blockText)) return full();
  // And minutes with a numbered line that is a sentence after the item numbered one before it ("1. Apologies: ..." / "2.
  // The minutes ... were agreed."): the next number, in any item, decides whether it heads an item (parse.ts,
  // continuesItems); and so, below, does one the item's text holds now.
  if (prev.headings?.sentenceItems) return full();
  // And notes that are Markdown only for their bold lines: an edit to one may make them plain text.
  if (prev.headings?.boldStyled) return full();
  // Lists pasted from Word or Google Docs keep their levels in their bullets: "o", "○", "■" stand as deep as indented
  // where the document has a "•" or "●" list anywhere (parse.ts, indentOf). An item holding such bullets, before the edit
  // or after it, reads as the whole text does; in a document that holds them, an edit on a line holding "•" or "●" (or
  // deleting one) may make the first or the last of those.
  // (The item's previous text is read only where the document held such bullets when last read whole: otherwise it held
  // none, as an edit that types one parses the whole text.)
  /** Does the edited line, as it now reads, match `now`, or the text the edit deleted match `gone`? */
  const editTouches = (now: RegExp, gone: RegExp): boolean => {
    const ls = blockText.lastIndexOf('\n', edit.start - start - 1) + 1;
    const nl = blockText.indexOf('\n', edit.newEnd - start);
    return now.test(blockText.slice(ls, nl < 0 ? blockText.length : nl)) || (edit.oldEnd > edit.start && gone.test(prevSlice(edit.start, edit.oldEnd)));
  };
  // Markdown notes with two lines or more holding a title in bold alone ("**Discussion**") read a bold title with its text
  // after it ("**Mural:** tabled") as a topic (parse.ts, boldTopicLines). Where the notes held two, an edit on a line in
  // bold may unmake one (anywhere on the line: "; Ken will review it" typed before "**Follow-ups**"); where they held
  // fewer, one may make another; where they were never counted, either.
  // (Counted wherever the notes were read as Markdown, whatever style the reading then took.)
  const bold = prev.headings?.boldTopics;
  if (bold !== undefined) {
    if (bold && editTouches(/\*\*|__|(?:^|\s)[*_](?=[^\s*_])/, /[*_]/)) return full();
    // (Only a line that now holds a title in bold alone: text deleted can only lower a count already under two.)
    if (bold === false && editTouches(/^[ \t>]*(\*\*|__|[*_])[^*_\s].*\1[ \t]*\r?$/m, NEVER)) return full();
  }
  if (LEVEL_TWO_LINE.test(blockText)) return full();
  if (prev.headings?.levelBullets) {
    if (LEVEL_TWO_LINE.test(prevSlice(block.range.start, block.range.end))) return full();
    if (editTouches(/[•●]/, /[•●]/)) return full();
  }
  // A table of items' header row stands in the item before its rows ("| Item | Discussion | Decision | Action by |"), and
  // decides how each row reads: an edit on a line of a table, before a block that is one of its rows, parses the whole text.
  // (The row's first character is read through \`slice\`: reading the new text itself would copy all of it.)
  if (next && next.type === 'item' && (slice(next.range.start + delta, next.range.start + delta + 1) === '|' || next.title.includes('\t'))) {
    // (Any bar on the edited line: text typed before a row's first bar, "asked for |---|---|", unmakes the row.)
    if (editTouches(/[|\t]/, /[|\t]/)) return full();
  }
  // Text with soft hyphens or zero-width spaces is read whole, without them (parse.ts).
  if (prev.headings?.invisible || INVISIBLE.test(blockText)) return full();
  // (Words parted by a hyphen at a line's end, read whole: likewise, and where the edit may have made one.)
  if (prev.headings?.hyphens || hasHyphenBreak(blockText) || editTouches(/-\r?$/m, NEVER)) return full();
  // (Soft line breaks, read as line ends: the whole text again, which reads them so.)
  if (prev.headings?.softBreaks || hasSoftBreak(blockText)) return full();
  // A non-breaking space typed between words makes the whole text read with each as a space (parse.ts).
  if (!prev.headings?.nbsp && nbspInWords(blockText)) return full();
  // And one deleted, or one whose neighbour the edit changed, may have been the last such.
  if (prev.headings?.nbsp && prevSlice(Math.max(0, edit.start - 1), edit.oldEnd + 1).includes('\u00a0')) return full();
  // And Markdown notes whose topics are list entries: numbered lines typed may make them plain minutes (parse.ts, run).
  if (prev.headings?.listTopics) return full();
  // The first numbered item sets the numbering the whole document's items take (parse.ts): up to it, a numbered line
  // typed may set another, which the item read on its own (taking the document's) would not see.
  if (prev.headings?.top) {
    let numberedBefore = false;
    for (let k = 1; k < i && !numberedBefore; k++) {
      const b = blocks[k]!;
      numberedBefore = b.type === 'item' && b.number !== null;
    }
    if (!numberedBefore) return full();
  }
  // Plain minutes read "PRESENT" (and the names under it) or "AGENDA" (and its list) as the header's until the first item
  // is found; read on its own, the item would be found only at its end when its heading is one kept aside ("TOWN CCTV").
  if (prev.style === 'plain' && holdsHeaderLines(blockText)) return full();
  // A line that sets a stronger style ("Agenda item", a Markdown heading) changes how the whole document reads: the
  // item read on its own shows it.
  if (prev.style !== 'moderngov') {
    // (Read as the whole text is: with its non-breaking spaces as spaces, where they stand between words. "##<NBSP>Title"
    // is a heading then.)
    const own = detectStyle(prev.headings?.nbsp ? blockText.replace(/\u00a0/g, ' ') : blockText);
    // (A topic in bold on a line of its own, "*Kit sponsor*", counts towards notes whose topics are such lines.)
    if (own === 'moderngov' || (prev.style === 'plain' && (own === 'markdown' || /^[ \t]*(\*\*|__|\*(?!\s))[^*_\n]{2,100}\1[ \t]*\r?$/m.test(blockText)))) return full();
  }
  const sub = parse(blockText, { style: prev.style, people: prev.people, headings: prev.headings });
  if (sub.headings?.sentenceItems) return full();
  const shape = (it: AgendaItem): string => `${it.title}|${it.number}|${it.level}|${it.children.map(shape).join(',')}`;
  if (sub.blocks.length !== 2 || sub.blocks[0]!.range.end !== 0 || sub.blocks[1]!.type !== 'item' || sub.problems.length) return full();
  const item = sub.blocks[1] as AgendaItem;
  if (shape(item) !== shape(block)) return full();

  const newItem = shiftItem(item, start);
  // The document's actions: those before the item and after it are the same objects (moved in place below); the item's are new.
  const firstAfter = (from: number, at: number) => {
    let lo = from;
    let hi = prev.actions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (prev.actions[mid]!.range.start < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const a0 = firstAfter(0, block.range.start);
  const a1 = firstAfter(a0, block.range.end);
  const actions = prev.actions.slice(0, a0).concat(itemActions(newItem), prev.actions.slice(a1));
  const newBlocks: Block[] = blocks.slice(0, i);
  newBlocks.push(newItem);
  for (let k = i + 1; k < blocks.length; k++) newBlocks.push(shiftBlock(blocks[k]!, delta));
  const items: AgendaItem[] = [];
  for (const b of newBlocks) if (b.type === 'item') items.push(b);
  const doc: MinutesDocument = {
    text,
    style: prev.style,
    blocks: newBlocks,
    header: prev.header,
    items,
    actions,
    people: prev.people,
    problems: prev.problems.map((p) => (p.range.start >= block.range.end ? { ...p, range: { start: p.range.start + delta, end: p.range.end + delta } } : p)),
    garbled: regarble(prev.garbled, sub.garbled, block.range, start, delta),
    headings: prev.headings,
  };
  // The new item does not know the "Decisions" entry that decides it (nor do its sub-items): link them again.
  relink(doc, block, newItem);
  return { doc, incremental: true };
}

// ---------------------------------------------------------------- shifting
//
// Everything after the edited item moves by the same delta. The previous tree is discarded by
// its owner once reparsed (see reparse's contract), so its nodes are shifted in place: copying
// every later node on every keystroke dominated the cost of typing in a long document.

const mv = (x: Range | null, d: number): void => {
  if (!x) return;
  const m = x as Mutable<Range>;
  m.start += d;
  m.end += d;
};

function shiftAction(a: Action, d: number): void {
  mv(a.range, d);
  mv(a.ownerRange, d);
  mv(a.dueRange, d);
}

function shiftItem(it: AgendaItem, d: number): AgendaItem {
  if (d === 0) return it;
  mv(it.range, d);
  mv(it.titleRange, d);
  for (const o of it.outcomes) mv(o.range, d);
  for (const b of it.resolutions) {
    mv(b.range, d);
    mv(b.keyword, d);
    for (const x of b.resolutions) mv(x.range, d);
  }
  for (const m of it.motions) mv(m.range, d);
  for (const a of it.actions) shiftAction(a, d);
  for (const p of it.parts) mv(p.range, d);
  for (const c of it.children) shiftItem(c, d);
  return it;
}

function shiftGarbled(g: GarbledLine, d: number): GarbledLine {
  if (d === 0) return g;
  mv(g.range, d);
  for (const r of g.runs) mv(r.range, d);
  return g;
}

/** The document's garbled lines: the item's own, read again at `start`, between those before it and those after it, moved by `delta`. */
function regarble(prev: readonly GarbledLine[], own: readonly GarbledLine[], block: Range, start: number, delta: number): readonly GarbledLine[] {
  if (prev.length === 0 && own.length === 0) return prev;
  const before = prev.filter((g) => g.range.start < block.start);
  const after = prev.filter((g) => g.range.start >= block.end);
  return before.concat(own.map((g) => shiftGarbled(g, start)), after.map((g) => shiftGarbled(g, delta)));
}

function shiftBlock(b: Block, d: number): Block {
  if (d === 0) return b;
  if (b.type === 'item') return shiftItem(b, d);
  mv(b.range, d);
  if (b.type === 'section') {
    mv(b.titleRange, d);
    for (const a of b.actions) shiftAction(a, d);
    for (const a of b.attendance) mv(a.range, d);
    // Items link to these entries (decidedIn) without owning them: they move here, once.
    for (const o of b.decisions) mv(o.range, d);
  }
  return b;
}

/** Do the text's last lines, each holding a tab and none blank, include the header of a table of tasks pasted from Word? */
function endsInTaskTable(s: string): boolean {
  // (Read from the end, a line at a time: this runs on a keystroke, and most of the item is not the table.)
  let end = s.length;
  while (end > 0 && (s[end - 1] === '\n' || s[end - 1] === '\r')) end--;
  while (end > 0) {
    const start = s.lastIndexOf('\n', end - 1) + 1;
    const line = s.slice(start, end).trim();
    if (!line || !line.includes('\t')) return false;
    if (isTaskTableHeader(line)) return true;
    end = start - 1;
    if (end > 0 && s[end - 1] === '\r') end--;
  }
  return false;
}

/**
 * Does a list under a "DECISIONS" or "ACTIONS" label run on to the end of s, and for an "Actions:" list, on into
 * `nextLine`, the first line after s? (As parse.ts reads such lists; it may say yes where the parser would not.)
 */
function listLeftOpen(s: string, nextLine: string): boolean {
  let open = false;
  // An "Actions:" label's list (plain minutes): its bulleted and numbered entries are tasks, and only a blank line and a
  // line that is neither ends it. (Read generously: a line left open here only costs a full parse.)
  let actions = false;
  let afterBlank = false;
  const lines = s.split(/\r\n?|\n/).map((l) => l.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, ''));
  // (The text's last line break ends its last line; it does not start a blank one.)
  if (lines.length > 1 && /[\r\n]$/.test(s)) lines.pop();
  for (let k = 0; k < lines.length; k++) {
    const c = lines[k]!;
    if (!c) {
      afterBlank = true;
      continue;
    }
    if (open && !LIST_NUMBER.test(c)) open = !afterBlank;
    if (actions && afterBlank && /^[A-Za-z]|^\d(?!\d*[.)]\s)/.test(c)) actions = false;
    // (Its bullet set aside, the odd "o" of a Word list included.)
    if (ACTION_LIST_LABEL.test(c.replace(/^(?:[^A-Za-z]|o(?=[\s\u00a0]))+/, ''))) actions = true;
    // (Its bullet or dash set aside: "— DECISIONS" is the label as the parser reads it.)
    const label = c.replace(/\*\*|__/g, '').replace(/^[^A-Za-z0-9]+/, '').replace(/:$/, '').trim();
    if (c.length <= 40 && (DECISIONS_SECTION.test(label) || ACTIONS_SECTION.test(label))) {
      // (A list that opens with "1.": or with the next item's heading, when the label ends the text.)
      let j = k + 1;
      while (j < lines.length && !lines[j]) j++;
      if (j === lines.length || /^1[.)]\s/.test(lines[j]!)) open = true;
    }
    // ("The Council agreed the following changes:" / "1. ...": a list numbered afresh under a sentence announcing it.)
    // (Or over the next item's heading, when it is the text's last line: "2. Roads" / ":" / "1. Verges".)
    if (/:$/.test(c) && (k + 1 < lines.length ? /^1[.)]\s/.test(lines[k + 1]!) : /^1[.)]\s/.test(nextLine.trim()))) open = true;
    afterBlank = false;
  }
  // The next item's heading after a blank line ends an "Actions:" list, as a line of text would.
  if (actions && afterBlank && /^[A-Za-z]/.test(nextLine.trim())) actions = false;
  return open || actions;
}

/** Where the line holding offset `from` of s ends (at "\r\n", "\r" or "\n"), past its break; s's length if it has none. */
function lineBreakAfter(s: string, from: number): number {
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x0a) return k + 1;
    if (c === 0x0d) return s.charCodeAt(k + 1) === 0x0a ? k + 2 : k + 1;
  }
  return s.length;
}

/** Is blocks[i] the last agenda item among the top-level blocks? */
function lastItemBlock(blocks: readonly Block[], i: number): boolean {
  for (let k = blocks.length - 1; k > i; k--) if (blocks[k]!.type === 'item') return false;
  return true;
}

/** The lines of s that hold [from, to), the span an edit's new text fills. */
function editedLines(s: string, from: number, to: number): string[] {
  const a = Math.max(s.lastIndexOf('\n', from - 1), s.lastIndexOf('\r', from - 1)) + 1;
  // (The line's end found where it is, without copying the rest of the item to search it.)
  const lf = s.indexOf('\n', to);
  const cr = s.indexOf('\r', to);
  const b = lf < 0 ? (cr < 0 ? s.length : cr) : cr < 0 ? lf : Math.min(lf, cr);
  return s.slice(a, b).split(/\r\n|\r|\n/);
}

/** Where the last `k` lines holding anything but white space start in `s` (0 if it has fewer). */
function lastLinesStart(s: string, k: number): number {
  let end = s.length;
  let found = 0;
  while (end > 0) {
    const nl = Math.max(s.lastIndexOf('\n', end - 1), s.lastIndexOf('\r', end - 1));
    const lineStart = nl + 1;
    if (s.slice(lineStart, end).trim()) {
      found++;
      if (found === k) return lineStart;
    }
    if (nl < 0) break;
    end = nl;
  }
  return 0;
}

/** Is the text's last line a short title (see parse.ts, isTopicLine) with a blank line, or nothing, before it? */
function lastLineMayHeadTopic(t: string, underGroup = false): boolean {
  let e = t.length;
  while (e > 0 && /\s/.test(t[e - 1]!)) e--;
  const s = t.lastIndexOf('\n', e - 1) + 1;
  const line = t.slice(s, e).trim();
  // (In lower case too: a topic in lower case counts over text in lower case, which may be the next item's heading.)
  if (!line || !isTopicLine(line.charAt(0).toUpperCase() + line.slice(1))) return false;
  let p = s - 1;
  if (p > 0 && t[p - 1] === '\r') p--;
  const before = t.lastIndexOf('\n', p - 1) + 1;
  return p <= 0 || underGroup || /^[\s\u00a0]*$/.test(t.slice(before, p));
}
