/**
 * An open document's text, kept so that a keystroke in a long document costs
 * what the keystroke touched, not the whole text.
 *
 * vscode-languageserver-textdocument rebuilds the whole string on every change
 * (a year of minutes is 20 MB of UTF-16 per keystroke) and the garbage that
 * leaves is what made a long document's memory and pauses grow while typing.
 * Here the text is a flat `base` string with one window of whole lines
 * [a, b) replaced by `mid`: typing edits `mid` only, and the base is rebuilt
 * only when the window grows large. The current text is handed out as
 * prefix + mid + suffix, which V8 keeps as a rope until someone reads across it.
 *
 * Positions follow LSP and TextDocument exactly: lines end at "\n", "\r\n" or a
 * lone "\r", and an offset inside a line break counts as the line's end. A test
 * compares both on random edits.
 *
 * Pure: no IO.
 */
import type { Position, Range as LspRange } from 'vscode-languageserver-types';
import { LineTable } from '../model/text';

export type TextChange = { range: LspRange; rangeLength?: number; text: string } | { text: string };

/** How long the window of changed lines may grow before the base is rebuilt. */
const MAX_WINDOW = 64 * 1024;

const isEol = (c: number): boolean => c === 0x0a || c === 0x0d;

/** [from, to) of the text base[0, a) + mid + base[b, end). */
function sliceOf(base: string, a: number, b: number, mid: string, from: number, to: number): string {
  const len = base.length + mid.length - (b - a);
  from = Math.max(0, Math.min(from, len));
  to = Math.max(from, Math.min(to, len));
  const m = a + mid.length;
  const delta = mid.length - (b - a);
  let out = '';
  if (from < a) out += base.slice(from, Math.min(to, a));
  if (to > a && from < m) out += mid.slice(Math.max(from, a) - a, Math.min(to, m) - a);
  if (to > m) out += base.slice(Math.max(from, m) - delta, to - delta);
  return out;
}

export class TextBuffer {
  private base = '';
  private baseLines = new LineTable('');
  /** The window, in base offsets: base[a, b) is replaced by mid. Both are line starts (or the end of the base). */
  private a = 0;
  private b = 0;
  private mid = '';
  private midLines = new LineTable('');
  private full: string | null = null;
  /** The base's line where the window starts, and the line breaks the window adds (negative: removes); kept as the window changes. */
  private l0 = 0;
  private shift = 0;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.reset(text);
  }

  private reset(text: string): void {
    this.base = text;
    this.baseLines = new LineTable(text);
    this.a = this.b = 0;
    this.mid = '';
    this.midLines = new LineTable('');
    this.full = text;
    this.l0 = this.shift = 0;
  }

  get length(): number {
    return this.base.length + this.mid.length - (this.b - this.a);
  }

  get lineCount(): number {
    return this.baseLines.count + this.shift;
  }

  /** The whole text. Not flattened: slicing the result copies it once, so ask `slice` for parts. */
  getText(): string {
    if (this.full === null) this.full = this.base.slice(0, this.a) + this.mid + this.base.slice(this.b);
    return this.full;
  }

  /** text[from, to) without building the whole text. */
  slice(from: number, to: number): string {
    return sliceOf(this.base, this.a, this.b, this.mid, from, to);
  }

  /**
   * Reads parts of the text as it is now, after later changes too: the text a model was parsed from, read again when the
   * next edit is reparsed without building it whole (which `getText()` hands out as a rope, and slicing it would copy).
   */
  snapshot(): (from: number, to: number) => string {
    const { base, a, b, mid } = this;
    return (from, to) => sliceOf(base, a, b, mid, from, to);
  }

  charCodeAt(i: number): number {
    const { a, mid } = this;
    if (i < a) return this.base.charCodeAt(i);
    if (i < a + mid.length) return mid.charCodeAt(i - a);
    return this.base.charCodeAt(i - (mid.length - (this.b - this.a)));
  }


  /** Where line `k` starts in the current text (k within [0, lineCount)). */
  private lineStart(k: number): number {
    const l0 = this.l0;
    if (k <= l0) return this.baseLines.starts[k]!;
    if (k < l0 + this.midLines.count) return this.a + this.midLines.starts[k - l0]!;
    return this.baseLines.starts[k - this.shift]! + this.mid.length - (this.b - this.a);
  }

  /** The line holding `offset` (already within [0, length]). */
  private lineOf(offset: number): number {
    const { a, mid } = this;
    if (offset < a) return this.baseLines.lineAt(offset);
    if (offset < a + mid.length) return this.l0 + this.midLines.lineAt(offset - a);
    // Past the window. Its text ends with a line break unless it reaches the end of the text; then this is its last line.
    if (!endsWithBreak(mid) && this.b >= this.base.length && (mid.length > 0 || this.b > this.a)) return this.l0 + this.midLines.count - 1;
    return this.baseLines.lineAt(offset - (mid.length - (this.b - a))) + this.shift;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.length));
    const line = this.lineOf(offset);
    const start = this.lineStart(line);
    while (offset > start && isEol(this.charCodeAt(offset - 1))) offset--;
    return { line, character: offset - start };
  }

  offsetAt(position: Position): number {
    const count = this.lineCount;
    if (position.line >= count) return this.length;
    if (position.line < 0) return 0;
    const start = this.lineStart(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < count ? this.lineStart(position.line + 1) : this.length;
    let offset = Math.min(start + position.character, next);
    while (offset > start && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  /** Applies LSP content changes in order, as TextDocument.update does. */
  update(changes: readonly TextChange[], version: number): void {
    for (const c of changes) {
      if ('range' in c && c.range) {
        let { start, end } = c.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
        this.replace(this.offsetAt(start), this.offsetAt(end), c.text);
      } else this.reset(c.text);
    }
    this.version = version;
  }

  /** Replaces text[from, to) with `text`, widening the window to whole lines around it. */
  private replace(from: number, to: number, text: string): void {
    const len = this.length;
    const delta = this.mid.length - (this.b - this.a);
    // The new window in current offsets: the old one (if any) and the lines the change touches.
    const hasWindow = this.b > this.a || this.mid.length > 0;
    let ws = this.lineStart(this.lineOf(from));
    let we = this.lineOf(to) + 1 < this.lineCount ? this.lineStart(this.lineOf(to) + 1) : len;
    if (hasWindow) {
      ws = Math.min(ws, this.a);
      we = Math.max(we, this.a + this.mid.length);
    }
    // Keep "\r\n" pairs out of the window's edges.
    for (;;) {
      const before = ws > 0 ? this.charCodeAt(ws - 1) : 0;
      const after = we < len ? this.charCodeAt(we) : 0;
      const first = ws < from ? this.charCodeAt(ws) : text.length ? text.charCodeAt(0) : to < we ? this.charCodeAt(to) : after;
      const last = we > to ? this.charCodeAt(we - 1) : text.length ? text.charCodeAt(text.length - 1) : from > ws ? this.charCodeAt(from - 1) : before;
      if (before === 0x0d && first === 0x0a) ws = this.lineStart(this.lineOf(ws - 1));
      else if (last === 0x0d && after === 0x0a) we = this.lineOf(we) + 1 < this.lineCount ? this.lineStart(this.lineOf(we) + 1) : len;
      else break;
    }
    const mid = this.slice(ws, from) + text + this.slice(to, we);
    // Window edges in base offsets: before the old window the texts agree; after it they differ by delta.
    const a = hasWindow && ws >= this.a ? this.a : ws;
    const b = hasWindow && we <= this.a + this.mid.length ? this.b : we - delta;
    if (mid.length > MAX_WINDOW) {
      this.reset(this.base.slice(0, a) + mid + this.base.slice(b));
      return;
    }
    this.a = a;
    this.b = b;
    this.mid = flat(mid);
    this.midLines = new LineTable(this.mid);
    this.full = null;
    this.l0 = this.baseLines.lineAt(a);
    this.shift = this.midLines.count - 1 - (this.baseLines.lineAt(b) - this.l0);
  }
}

function endsWithBreak(s: string): boolean {
  return s.length > 0 && isEol(s.charCodeAt(s.length - 1));
}

/** A flat copy of a short string built from pieces, so that later reads do not walk a rope. */
function flat(s: string): string {
  if (s.length > 0) s.charCodeAt(0);
  return s;
}
