import { LineTable } from './text';

/**
 * What one physical line holds once its decoration is set aside: the content
 * bounds (after indentation, bullet, checkbox or Markdown heading marks, before
 * trailing white space), and what that decoration was.
 */
export interface LineInfo {
  readonly n: number;
  readonly start: number;
  readonly end: number;
  /** Content start and end offsets (absolute). Equal when the line is blank. */
  readonly cs: number;
  readonly ce: number;
  readonly blank: boolean;
  readonly indent: number;
  /** A list bullet ("•", "·", "-", "*", "o", ...) preceded the content. */
  readonly bullet: boolean;
  /** "[ ]" → ' ', "[x]" → 'x', none → null. */
  readonly checkbox: ' ' | 'x' | null;
  /** Markdown heading level (1-6), or 0. */
  readonly heading: number;
  /** The content is a table row ("| a | b |"). */
  readonly table: boolean;
}

// Every white space a clerk's export may hold: NBSP, the thin and wide spaces, zero-width ones and the BOM.
export function isWsCode(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Bullets seen in exports: Word's "·" and "•", Markdown's "-", "*", "+", and the odd "o", "▪", "◦", "‣", "–". */
const BULLET = /^(?:[•·▪◦‣○●■□➢►→*+\-–—]|o(?=[\s\u00a0]))[\s\u00a0\u2000-\u200b\u202f]+/;
const CHECKBOX = /^\[([ xX✓✔])\][\s\u00a0]+/;
const MD_HEADING = /^(#{1,6})[ \t]+/;

export function classifyLines(table: LineTable): LineInfo[] {
  const text = table.text;
  const out: LineInfo[] = new Array(table.count);
  for (let n = 0; n < table.count; n++) out[n] = classify(text, n, table.starts[n]!, table.ends[n]!);
  return out;
}

function classify(text: string, n: number, start: number, end: number): LineInfo {
  let cs = start;
  while (cs < end && isWsCode(text.charCodeAt(cs))) cs++;
  let ce = end;
  while (ce > cs && isWsCode(text.charCodeAt(ce - 1))) ce--;
  const indent = cs - start;
  if (cs === ce) {
    return { n, start, end, cs, ce, blank: true, indent, bullet: false, checkbox: null, heading: 0, table: false };
  }
  let bullet = false;
  let checkbox: ' ' | 'x' | null = null;
  let heading = 0;
  const first = text.charCodeAt(cs);
  // Only look further at lines that start with a character that can begin a decoration.
  if (first < 0x30 || first > 0x7a || first === 0x6f /* o */ || first === 0x5b /* [ */) {
    const head = text.slice(cs, Math.min(ce, cs + 24));
    const h = MD_HEADING.exec(head);
    if (h) {
      heading = h[1]!.length;
      cs += h[0].length;
      // A closing run of "#" is decoration too.
      const tail = /[ \t]+#+$/.exec(text.slice(cs, ce));
      if (tail) ce -= tail[0].length;
    } else {
      const b = BULLET.exec(head);
      // A bullet needs content after it: a line of dashes alone is a rule, not an empty entry.
      if (b && cs + b[0].length < ce) {
        bullet = true;
        cs += b[0].length;
      }
      const c = CHECKBOX.exec(text.slice(cs, Math.min(ce, cs + 8)));
      if (c) {
        checkbox = c[1] === ' ' ? ' ' : 'x';
        cs += c[0].length;
      }
    }
    while (cs < ce && isWsCode(text.charCodeAt(cs))) cs++;
  }
  const isTable = text.charCodeAt(cs) === 0x7c; /* | */
  return { n, start, end, cs, ce, blank: cs >= ce, indent, bullet, checkbox, heading, table: isTable };
}
