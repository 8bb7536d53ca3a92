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
 */
import { parse } from './parse';
import type { Action, AgendaItem, Block, MinutesDocument, Motion, Outcome, Part, Range, Resolution, ResolutionBlock, Section } from './syntax';

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

export function reparse(prev: MinutesDocument, text: string, edit: Edit): ReparseResult {
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

  const start = block.range.start;
  const end = block.range.end + delta;
  const blockText = text.slice(start, end);
  // A line that sets a stronger style ("Agenda item", a Markdown heading) changes how the whole document reads.
  if (prev.style !== 'moderngov' && /^[ \t\u00a0]*agenda\s+item\s*[:.]?[ \t\u00a0]*\r?$/im.test(blockText)) return full();
  if (prev.style === 'plain' && /^[ \t\u00a0]*(?:#{1,6}[ \t]|\*\*(?:topic|item|agenda\s+item|subject)\b)/im.test(blockText)) return full();
  const sub = parse(blockText, { style: prev.style, people: prev.people });
  const shape = (it: AgendaItem): string => `${it.title}|${it.number}|${it.level}|${it.children.map(shape).join(',')}`;
  if (sub.blocks.length !== 2 || sub.blocks[0]!.range.end !== 0 || sub.blocks[1]!.type !== 'item' || sub.problems.length) return full();
  const item = sub.blocks[1] as AgendaItem;
  if (shape(item) !== shape(block)) return full();

  const newItem = shiftItem(item, start);
  const newBlocks: Block[] = blocks.slice(0, i);
  newBlocks.push(newItem);
  for (let k = i + 1; k < blocks.length; k++) newBlocks.push(shiftBlock(blocks[k]!, delta));
  const items: AgendaItem[] = [];
  const actions: Action[] = [];
  for (const b of newBlocks) {
    if (b.type === 'item') {
      items.push(b);
      collectActions(b, actions);
    } else if (b.type === 'section') actions.push(...b.actions);
  }
  return {
    doc: {
      text,
      style: prev.style,
      blocks: newBlocks,
      header: prev.header,
      items,
      actions,
      people: prev.people,
      problems: prev.problems.map((p) => (p.range.start >= block.range.end ? { ...p, range: r(p.range, delta) } : p)),
    },
    incremental: true,
  };
}

function collectActions(it: AgendaItem, out: Action[]): void {
  const all = [...it.actions];
  const stack = [...it.children];
  while (stack.length) {
    const c = stack.shift()!;
    all.push(...c.actions);
    stack.unshift(...c.children);
  }
  all.sort((a, b) => a.range.start - b.range.start);
  out.push(...all);
}

// ---------------------------------------------------------------- shifting

const r = (x: Range, d: number): Range => ({ start: x.start + d, end: x.end + d });
const rn = (x: Range | null, d: number): Range | null => (x ? r(x, d) : null);

function shiftAction(a: Action, d: number): Action {
  return { ...a, range: r(a.range, d), ownerRange: rn(a.ownerRange, d), dueRange: rn(a.dueRange, d) };
}

function shiftItem(it: AgendaItem, d: number): AgendaItem {
  if (d === 0) return it;
  return {
    ...it,
    range: r(it.range, d),
    titleRange: r(it.titleRange, d),
    outcomes: it.outcomes.map((o): Outcome => ({ kind: o.kind, range: r(o.range, d) })),
    resolutions: it.resolutions.map(
      (b): ResolutionBlock => ({ ...b, range: r(b.range, d), keyword: r(b.keyword, d), resolutions: b.resolutions.map((x): Resolution => ({ ...x, range: r(x.range, d) })) }),
    ),
    motions: it.motions.map((m): Motion => ({ ...m, range: r(m.range, d) })),
    actions: it.actions.map((a) => shiftAction(a, d)),
    parts: it.parts.map((p): Part => ({ kind: p.kind, range: r(p.range, d) })),
    children: it.children.map((c) => shiftItem(c, d)),
  };
}

function shiftBlock(b: Block, d: number): Block {
  if (d === 0) return b;
  if (b.type === 'item') return shiftItem(b, d);
  if (b.type === 'section') {
    const s: Section = {
      ...b,
      range: r(b.range, d),
      titleRange: rn(b.titleRange, d),
      actions: b.actions.map((a) => shiftAction(a, d)),
      attendance: b.attendance.map((a) => ({ ...a, range: r(a.range, d) })),
    };
    return s;
  }
  return { ...b, range: r(b.range, d) };
}
