/**
 * Line table over a text: where each line starts and where its content ends
 * (before "\r\n", "\r" or "\n"). Lines are counted the way LSP counts them.
 */
export class LineTable {
  /** Offset of the first character of each line. */
  readonly starts: Int32Array;
  /** Offset just past the last character of each line's content (before its line break). */
  readonly ends: Int32Array;
  readonly count: number;

  constructor(readonly text: string) {
    const n = text.length;
    // Over-allocate once, then trim: counting newlines first would read the text twice.
    let cap = 1024;
    let starts = new Int32Array(cap);
    let ends = new Int32Array(cap);
    let count = 0;
    let lineStart = 0;
    let i = 0;
    // The next "\r" and the next "\n" at or after i, each found once and reused: searching again for every line would be
    // quadratic in a text without one (lines ended by "\r" alone, as old Mac files are, hold no "\n").
    let nextCr = text.indexOf('\r');
    if (nextCr < 0) nextCr = n + 1;
    let nl = -1;
    while (true) {
      if (nl < i) {
        nl = text.indexOf('\n', i);
        if (nl < 0) nl = n;
      }
      if (nextCr < i) {
        nextCr = text.indexOf('\r', i);
        if (nextCr < 0) nextCr = n + 1;
      }
      const cr = nextCr < nl ? nextCr : -1;
      if (count === cap) {
        cap *= 2;
        const s = new Int32Array(cap);
        s.set(starts);
        starts = s;
        const e = new Int32Array(cap);
        e.set(ends);
        ends = e;
      }
      if (cr >= 0 && (cr + 1 < nl || nl === n)) {
        // A lone "\r" (not followed by "\n") ends a line on its own.
        starts[count] = lineStart;
        ends[count] = cr;
        count++;
        lineStart = i = cr + 1;
        continue;
      }
      starts[count] = lineStart;
      ends[count] = cr >= 0 ? cr : nl;
      count++;
      if (nl >= n) break;
      lineStart = i = nl + 1;
    }
    this.starts = starts.subarray(0, count);
    this.ends = ends.subarray(0, count);
    this.count = count;
  }

  /** The offset where line `n + 1` starts, or the text's end for the last line. */
  next(n: number): number {
    return n + 1 < this.count ? this.starts[n + 1]! : this.text.length;
  }

  /** The 0-based line holding `offset`. */
  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: offset - this.starts[line]! };
  }

  offset(line: number, character: number): number {
    if (line < 0) return 0;
    if (line >= this.count) return this.text.length;
    const start = this.starts[line]!;
    return Math.min(start + Math.max(0, character), this.ends[line]!);
  }
}

/** Where the line holding `at` starts: after the "\n" or "\r" before it, or 0. */
export function lineStartBefore(text: string, at: number): number {
  let s = at;
  while (s > 0 && text.charCodeAt(s - 1) !== 0x0a && text.charCodeAt(s - 1) !== 0x0d) s--;
  return s;
}

const LINE_BREAK = /[\r\n]/g;
/** Where the line holding `at` ends: at the "\r" or "\n" after it, or the text's end. */
export function lineEndFrom(text: string, at: number): number {
  LINE_BREAK.lastIndex = at;
  const m = LINE_BREAK.exec(text);
  return m ? m.index : text.length;
}

/** The line end to write into the text: its own ("\r\n", "\r" alone, or "\n"). */
export function eolOf(text: string): string {
  if (text.includes('\r\n')) return '\r\n';
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
}
