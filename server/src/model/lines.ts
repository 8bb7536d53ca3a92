import { LineTable } from './text';
import { MAY_TASK, scanText } from './scan';

/** A character of who, in a column of actions: a letter of A–Z or a–z, ".", "'", "’", "&", "/", "-". */
function isWhoChar(c: number): boolean {
  return ((c | 0x20) - 0x61) >>> 0 < 26 || c === 0x2e || c === 0x27 || c === 0x2019 || c === 0x26 || c === 0x2f || c === 0x2d;
}
const isGapCode = (c: number): boolean => c === 0x20 || c === 0xa0 || c === 0x09;
/** A letter, or a bracket or quotation mark closing words: what a sentence's closing mark follows. */
const closesWords = (c: number): boolean => ((c | 0x20) - 0x61) >>> 0 < 26 || c === 0x29 || c === 0x22 || c === 0x27 || c === 0x2019 || c === 0x201d;

/**
 * Does the line's text [start, end) end with who, in the minutes' column of actions: a sentence's closing mark (". ! ?"
 * after a letter, or a bracket or quotation closing one), a wide gap (opening with a tab, or with four spaces), then up to
 * three words each opening with a capital ("Clerk", "Cllr Amos", "CA/BB")? Exactly as ACTION_COLUMN (language.ts) reads
 * it, but without a regular expression: the word gate asks it of every line it does not already let through for tasks,
 * and most lines answer at their last word's first small letter.
 */
export function rightColumnOwner(text: string, start: number, end: number): boolean {
  let k = end;
  for (let words = 1; ; words++) {
    let w = k;
    while (w > start && isWhoChar(text.charCodeAt(w - 1))) w--;
    const first = text.charCodeAt(w);
    if (w === k || first < 0x41 || first > 0x5a) return false;
    k = w;
    // One space (or a non-breaking one) before another such word: who goes on, up to three words.
    const sp = k - 1 >= start ? text.charCodeAt(k - 1) : 0;
    if (words < 3 && (sp === 0x20 || sp === 0xa0) && k - 2 >= start && isWhoChar(text.charCodeAt(k - 2))) {
      let v = k - 1;
      while (v > start && isWhoChar(text.charCodeAt(v - 1))) v--;
      const c = text.charCodeAt(v);
      if (c >= 0x41 && c <= 0x5a) {
        k--;
        continue;
      }
    }
    break;
  }
  let g = k;
  while (g > start && isGapCode(text.charCodeAt(g - 1))) g--;
  if (g === k || g === start) return false;
  // (A sentence's end, after a word or a bracket or quotation closing it: not a minute's number, "51.<TAB>Mayor's
  // Announcements", nor a recorded vote's bracket, "Councillor Ashdown (Deputy Mayor)<TAB>Against".)
  const mark = text.charCodeAt(g - 1);
  if ((mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) || g - 2 < start || !closesWords(text.charCodeAt(g - 2))) return false;
  if (text.charCodeAt(g) === 0x09) return true;
  if (k - g < 4) return false;
  for (let q = g; q < g + 4; q++) if (text.charCodeAt(q) === 0x09) return false;
  return true;
}


/**
 * What each physical line holds once its decoration is set aside: the content
 * bounds (after indentation, bullet, checkbox or Markdown heading marks, before
 * trailing white space), what that decoration was, and what the word gate
 * (scan.ts) found in it. Kept in typed arrays, one entry per line: a year of
 * minutes has a quarter of a million lines, and an object for each would cost
 * more than reading them.
 */
export class Lines {
  readonly count: number;
  /** Content start and end offsets (absolute). Equal when the line is blank. */
  readonly cs: Int32Array;
  readonly ce: Int32Array;
  /** BLANK | BULLET | CHECK_OPEN | CHECK_DONE | TABLE. */
  readonly flags: Uint8Array;
  /** Markdown heading level (1-6), or 0. */
  readonly heading: Uint8Array;
  /** The word gate's flags for each line, read when first asked for (see `gateOf`); UNSCANNED until then. */
  readonly gate: Uint8Array;
  /** The text, which the word gate reads a line at a time. */
  private readonly text: string;
  /** Some line opens with a deeper level's bullet (DEEP_BULLETS), with nothing before it. */
  deepBullets = false;

  constructor(table: LineTable) {
    const text = table.text;
    const count = table.count;
    this.count = count;
    this.cs = new Int32Array(count);
    this.ce = new Int32Array(count);
    this.flags = new Uint8Array(count);
    this.heading = new Uint8Array(count);
    this.gate = new Uint8Array(count).fill(UNSCANNED);
    this.text = text;
    const starts = table.starts;
    const ends = table.ends;
    for (let n = 0; n < count; n++) {
      const start = starts[n]!;
      const end = ends[n]!;
      let cs = start;
      let ce = end;
      // Most lines start with a letter and end with a non-space: nothing to trim or classify.
      const f = text.charCodeAt(cs);
      const plainStart = ((f | 0x20) - 0x61) >>> 0 < 26 && f !== 0x6f && f < 0x80;
      if (!plainStart) while (cs < ce && isWsCode(text.charCodeAt(cs))) cs++;
      while (ce > cs && isWsCode(text.charCodeAt(ce - 1))) ce--;
      // ("2. Boiler<br>": a line break of HTML left in text copied from a web page closes the line, as its end does.)
      if (text.charCodeAt(ce - 1) === 0x3e /* > */ && ce - cs >= 4) {
        const br = /<br\s*\/?>$/i.exec(text.slice(Math.max(cs, ce - 7), ce));
        if (br) {
          ce -= br[0].length;
          while (ce > cs && isWsCode(text.charCodeAt(ce - 1))) ce--;
        }
      }
      // Quoted lines ("> 1) Water bills ...", as minutes forwarded by e-mail or a Markdown block quote hold them): the
      // marks are decoration, and the line is read as what follows them.
      while (cs < ce && text.charCodeAt(cs) === 0x3e /* > */) {
        cs++;
        while (cs < ce && isWsCode(text.charCodeAt(cs))) cs++;
      }
      if (cs === ce) {
        this.flags[n] = BLANK;
        this.cs[n] = cs;
        this.ce[n] = cs;
        continue;
      }
      let flags = 0;
      const first = text.charCodeAt(cs);
      const cs0 = cs;
      // A numbered list entry with a checkbox ("1. [ ] @dana to post the summary") is a list entry, not a numbered heading.
      if (first >= 0x30 && first <= 0x39) {
        const nc = NUMBERED_CHECKBOX.exec(text.slice(cs, Math.min(ce, cs + 12)));
        if (nc) {
          flags |= BULLET | boxState(nc[1]!);
          cs += nc[0].length;
        }
      }
      // Only look further at lines that start with a character that can begin a decoration.
      else if (first < 0x30 || first > 0x7a || first === 0x6f /* o */ || first === 0x5b /* [ */ || first === 0x3e /* > */ || first === 0x3a /* : */) {
        const head = text.slice(cs, Math.min(ce, cs + 24));
        const h = MD_HEADING.exec(head);
        if (h) {
          this.heading[n] = h[1]!.length;
          cs += h[0].length;
          // ("##\u00a01. Release plan": a heading's space may be a non-breaking one, as text pasted from a web page or Word has.)
          // A closing run of "#" is decoration too; so is a heading's identifier, "## RFC 42 {#rfc-42}" (Pandoc, kramdown).
          const tail = /[ \t\u00a0]+#+$|[ \t\u00a0]+\{#[\w.:-]+(?:[ \t\u00a0]+[.#][\w-]+)*\}$/.exec(text.slice(cs, ce));
          if (tail) ce -= tail[0].length;
        } else {
          const bl = BULLET_RE.exec(head);
          // A bullet needs content after it: a line of dashes alone is a rule, not an empty entry.
          if (bl && cs + bl[0].length < ce) {
            flags |= BULLET | boxFlag(text.charCodeAt(cs));
            if (cs === start && deepBulletLevel(text.charCodeAt(cs)) !== 0) this.deepBullets = true;
            cs += bl[0].length;
            // A symbol after a list dash is decoration too: "- ☐ @Raj to pull the numbers", "- ✅ Decided: ...".
            if ((flags & (CHECK_OPEN | CHECK_DONE)) === 0 && text.charCodeAt(cs) >= 0x2190) {
              const g = GLYPH_MARK.exec(text.slice(cs, Math.min(ce, cs + 6)));
              if (g && cs + g[0].length < ce) {
                flags |= boxFlag(text.charCodeAt(cs));
                cs += g[0].length;
              }
            }
          }
          const c = CHECKBOX.exec(text.slice(cs, Math.min(ce, cs + 8)));
          if (c) {
            flags |= boxState(c[1]!);
            cs += c[0].length;
          } else if ((flags & BULLET) !== 0) {
            // ("- TODO book the external audit", "- LATER [[Sam Ito]] pull the data", "- DONE share the screenshots": a task's
            // state in capitals, as Logseq and org-mode notes write it, is its box.)
            const t = taskMarker(text, cs, ce, false);
            if (t) {
              flags |= t.box;
              cs += t.length;
            }
          }
        }
        while (cs < ce && isWsCode(text.charCodeAt(cs))) cs++;
      }
      // ("TODO book the external audit" opening a line of its own, likewise.)
      else if (first === 0x54 || first === 0x44) {
        const t = taskMarker(text, cs, ce, true);
        if (t) {
          flags |= t.box;
          cs += t.length;
        }
      }
      // A grid table's border ("+----+-----+", "├────┼────┤") or a row drawn with box lines ("│ 1 │ Call the water board │"):
      // a table's line, not a bullet or an entry.
      if (first === 0x2b /* + */ || (first >= 0x2500 && first <= 0x257f)) {
        if (first === 0x2502 || first === 0x2503 || GRID_BORDER.test(text.slice(cs0, ce))) {
          flags = TABLE;
          cs = cs0;
        }
      }
      if (cs >= ce) flags |= BLANK;
      else if (text.charCodeAt(cs) === 0x7c /* | */) flags |= TABLE;
      this.flags[n] = flags;
      this.cs[n] = cs;
      this.ce[n] = ce;
      // A line of "=" or "-" under a title underlines it as a heading (Markdown's setext headings, and plain text's):
      // "Kubernetes upgrade" / "------------------". A title is short and does not end as a sentence does; a field
      // ("tags: team") over "---" closes front matter instead. (Only the two lines decide: what stands above the title
      // does not, so an edit there leaves the heading as it is.)
      if ((first === 0x3d || first === 0x2d) && flags === 0 && ce - cs >= 3 && n > 0 && this.underlines(text, n, first)) {
        this.heading[n - 1] = first === 0x3d ? 1 : 2;
        this.flags[n] = BLANK;
        this.ce[n] = cs;
      }
    }
  }

  /** Is line n, which starts with `mark` ("=" or "-"), a run of it alone under a title of one line? */
  private underlines(text: string, n: number, mark: number): boolean {
    for (let k = this.cs[n]!; k < this.ce[n]!; k++) if (text.charCodeAt(k) !== mark) return false;
    const t = n - 1;
    if (this.flags[t]! !== 0 || this.heading[t]! !== 0 || this.ce[t]! - this.cs[t]! > 80 || /[.!?:;,]/.test(text[this.ce[t]! - 1]!)) return false;
    // (Front matter closes with "---" alone; "Governance: new maintainer" over a longer rule is a heading.)
    return !(mark === 0x2d && this.ce[n]! - this.cs[n]! <= 3 && /^[\w-]+\s*:/.test(text.slice(this.cs[t]!, Math.min(this.ce[t]!, this.cs[t]! + 40))));
  }

  /** What the word gate (scan.ts) finds in line n's content: only lines the parser reads as text are scanned. */
  gateOf(n: number): number {
    let g = this.gate[n]!;
    if (g === UNSCANNED) {
      g = 0;
      if ((this.flags[n]! & BLANK) === 0) {
        g = scanText(this.text, this.cs[n]!, this.ce[n]!);
        // ("... the three quotes.        Clerk": who acts, in a column of actions at the line's right, sets a task.)
        if ((g & MAY_TASK) === 0 && rightColumnOwner(this.text, this.cs[n]!, this.ce[n]!)) g |= MAY_TASK;
      }
      this.gate[n] = g;
    }
    return g;
  }

  /** Tests only: every line as if the gate let everything through. */
  ungate(): void {
    this.gate.fill(0x7f);
  }

  blank(n: number): boolean {
    return (this.flags[n]! & BLANK) !== 0;
  }
  bullet(n: number): boolean {
    return (this.flags[n]! & BULLET) !== 0;
  }
  table(n: number): boolean {
    return (this.flags[n]! & TABLE) !== 0;
  }
  /** "[ ]" → ' ', "[x]" → 'x', none → null. */
  checkbox(n: number): ' ' | 'x' | null {
    const f = this.flags[n]!;
    return f & CHECK_OPEN ? ' ' : f & CHECK_DONE ? 'x' : null;
  }
}

/** A grid table's border line: "+----+------+", "+====+", "┌──┬──┐", "├──┼──┤". */
const GRID_BORDER = /^[+\u250c\u251c\u2514\u2554\u2560\u255a][-=:+\u2500\u2501\u2550\u252c\u253c\u2534\u2510\u2524\u2518\u2566\u256c\u2569\u2557\u2563\u255d]+[ \t]*$/;

const UNSCANNED = 0x80;
export const BLANK = 1;
export const BULLET = 2;
export const CHECK_OPEN = 4;
export const CHECK_DONE = 8;
export const TABLE = 16;

// Every white space a clerk's export may hold: NBSP, the thin and wide spaces, zero-width ones and the BOM.
export function isWsCode(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Symbols used as markers: ballot boxes, arrows, ticks, emoji (with their variation selector). */
const GLYPH = '(?:[\\u2190-\\u21ff\\u2700-\\u27bf\\u2b00-\\u2bff\\u2600-\\u26ff]|\\ud83c[\\udf00-\\udfff]|\\ud83d[\\udc00-\\udeff]|\\ud83e[\\udd00-\\udeff])\\ufe0f?';
/** The space after a marker, NBSP and the thin spaces included. */
const MARK_SPACE = '[\\s\\u00a0\\u2000-\\u200b\\u202f]+';
/**
 * Bullets seen in exports and notes: Word's "·" and "•", Markdown's "-", "*", "+", the odd "o", "▪", "◦",
 * "‣", "–", and arrows, ticks and emoji used as markers ("✅ Decided: ...", "➡️ ..."); and a Symbol or Wingdings bullet
 * pasted from Word as the font's own character (U+F0B7 for "•", U+F0A7 for "▪", U+F0D8 for "➢").
 */
/**
 * Bullets a list pasted from Word or Google Docs gives its deeper levels: "o", "○", "◦" (second), "▪", "■" (third). Where
 * the text has a first level's bullet ("•", "●") too, they stand as deep as an indent would put them (parse.ts, indentOf).
 */
export const DEEP_BULLETS = 'o○◦▪■';
/** How deep a line opening with bullet `c` stands: 2 for "o", "○", "◦", 4 for "▪", "■", 0 for any other. */
export function deepBulletLevel(c: number): number {
  return c === 0x6f || c === 0x25cb || c === 0x25e6 ? 2 : c === 0x25aa || c === 0x25a0 ? 4 : 0;
}
// (And an emoji's short code, as notes pasted from Slack or GitHub keep it: ":white_check_mark: Decision: ...".)
// ("§ We should apply to the Lottery": a section sign as a bullet, before words; "§ 5" numbers an item.)
const BULLET_RE = new RegExp(`^(?:[•·▪◦‣○●■□➢►→*+\\-–—\\uf020-\\uf0ff]|o(?=[\\s\\u00a0])|§(?=[\\s\\u00a0]+[^\\d\\s\\u00a0])|${GLYPH}|:[a-z][a-z0-9_+-]{1,40}:)${MARK_SPACE}`);
const GLYPH_MARK = new RegExp(`^${GLYPH}${MARK_SPACE}`);
/** A ballot box used as a checkbox: "☐" open, "☑" and "☒" done. */
function boxFlag(c: number): number {
  return c === 0x2610 ? CHECK_OPEN : c === 0x2611 || c === 0x2612 ? CHECK_DONE : 0;
}
// ("[<NBSP>]", "[   ]": an open box whose space an editor made a non-breaking one, or a few.)
const BOX = String.raw`\[([ \u00a0]{0,4}|[xX✓✔])\][\s\u00a0]+`;
const CHECKBOX = new RegExp(`^${BOX}`);
const NUMBERED_CHECKBOX = new RegExp(String.raw`^\d{1,3}[.)][\s\u00a0]+` + BOX);
/** CHECK_OPEN or CHECK_DONE for what a box holds (its group 1). */
function boxState(inner: string): number {
  // ("- [] Book the hall": a box typed with nothing in it is open too.)
  return inner === '' || inner.charCodeAt(0) === 0x20 || inner.charCodeAt(0) === 0xa0 ? CHECK_OPEN : CHECK_DONE;
}
const MD_HEADING = /^(#{1,6})[ \t\u00a0]+/;
/**
 * A task's state in capitals after a list's bullet (Logseq, org-mode): "TODO", "LATER", "DOING", "WAITING" open; "DONE",
 * "CANCELED" done. (Not "TODO list for next week ...", nor Logseq's "NOW", which opens many a sentence in capitals.)
 */
const TASK_MARKER = /^(TODO|LATER|DOING|WAITING|DONE|CANCELED|CANCELLED)[ \t\u00a0]+(?!(?:list|lists|items?)\b)(?=\S)/;
/** After the marker, who and a colon ("TODO @lise: write up ...", "TODO Clerk: ..."): an action's label, read whole as one. */
const MARKER_LABEL = /^\S+(?:[ \t]+\S+){0,2}:(?:[ \t]|$)/;
/**
 * The task state opening the text at cs (after a bullet; `alone`: opening a line with none, where only "TODO" and
 * "DONE" say so in any notes): its box and length, or null.
 */
function taskMarker(text: string, cs: number, ce: number, alone: boolean): { box: number; length: number } | null {
  // (Every such word's second letter is "O" or "A": most lines, "The ...", are passed by at once.)
  const second = text.charCodeAt(cs + 1);
  if (second !== 0x4f && (alone || second !== 0x41)) return null;
  const t = TASK_MARKER.exec(text.slice(cs, Math.min(ce, cs + 20)));
  if (!t || (alone && t[1] !== 'TODO' && t[1] !== 'DONE') || cs + t[0].length >= ce) return null;
  if (MARKER_LABEL.test(text.slice(cs + t[0].length, Math.min(ce, cs + t[0].length + 60)))) return null;
  return { box: t[1] === 'DONE' || t[1]!.startsWith('CANCEL') ? CHECK_DONE : CHECK_OPEN, length: t[0].length };
}
