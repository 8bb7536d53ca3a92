/**
 * parse(text) → MinutesDocument. Never throws: whatever the input, it returns a
 * tree that tiles the text, plus the problems it found.
 *
 * The work is done in three passes over the lines:
 * 1. classify each line (bullets, headings, blank lines holding only NBSP);
 * 2. find the agenda items' headings in the document's own style (ModernGov
 *    "Agenda item" markers, minute numbers, Markdown headings, section names);
 * 3. read each item's body: its outcomes, motions, resolutions and actions.
 * Pass 3 reads only the item's own lines, so an item can be re-read on its own.
 */
import { fromRoman, toRoman } from './numbering';
import { LineTable } from './text';
import { garbledLines } from './encoding';
import { HAS_BAR, HAS_TAB, MAY_IMPERATIVE, MAY_OUTCOME, MAY_TASK, MAY_VERB, scanText } from './scan';
import { CHECK_DONE, CHECK_OPEN, deepBulletLevel, isWsCode, Lines, TABLE } from './lines';
import {
  ACTION_LIST_LABEL,
  ACTIONS_SECTION,
  ATTENDANCE_SECTION,
  CLOSING_LINE,
  SIGNATURE_LINE,
  DECISIONS_SECTION,
  LIST_NUMBER,
  GROUP_SECTION,
  isPlaceholderOwner,
  MONTHS,
  PROCEDURAL_HINT,
  PROCEDURAL_TITLE,
  SECTION_NAME,
  TASK_VERBS,
  DECISION_VERBS,
  NARRATIVE_VERBS,
  ROLE_WORDS,
  NAME_TITLES,
  OWNER_FIELD_NAMES,
  DUE_FIELD_NAMES,
  CAPITALS,
  SMALLS,
  LETTERS,
  OPENS_CAPITAL,
  HAS_SMALL,
  MARKS,
  TITLE_CASE_WORD,
  BODY_WORDS,
} from './lexicon';
import { WHO_BY_WHEN, allInFavour, speakerRemark, entryTask, noDateYet, readOwnerAndDue, findAbstainers, findActions, findMotion, findOutcomes, findVotes, hasOwnerField, looksLikeOwner, opensOwnerTask, readWrappedDue, sentences, type FoundAction, type People, type TaskContext } from './language';
import type {
  Action,
  AgendaItem,
  Attendance,
  Block,
  GarbledLine,
  Header,
  Headings,
  MinutesDocument,
  Motion,
  Outcome,
  OutcomeKind,
  ParseProblem,
  Part,
  PartKind,
  Range,
  Resolution,
  ResolutionBlock,
  Section,
  Style,
  Mutable,
} from './syntax';
import { itemActions, strongestOutcome } from './syntax';
import { linkDecisions, namesTopic } from './decisions';

/** Hints for parsing one agenda item's text on its own (incremental reparsing): the whole document's style and the people its header names. */
export interface ParseOptions {
  readonly style?: Style;
  readonly people?: readonly string[];
  /** The whole document's heading forms (see MinutesDocument.headings). */
  readonly headings?: Headings;
  /** Tests only: run every rule on every line, as if the word gate (scan.ts) let everything through. */
  readonly ungated?: boolean;
}

/**
 * Does a non-breaking space stand between words anywhere in t ("Cllr<NBSP>Smith", "£<NBSP>500")? Not only on a line of its
 * own or after a bullet ("·<NBSP><NBSP>"), as Word's exports hold them everywhere and the lines module reads already.
 */
export function nbspInWords(t: string): boolean {
  // A letter or a digit (Latin-1 and beyond, roughly: what a word holds).
  const word = (c: number) => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
  for (let i = t.indexOf('\u00a0'); i >= 0; i = t.indexOf('\u00a0', i + 1)) {
    if (i > 0 && i + 1 < t.length && (word(t.charCodeAt(i - 1)) || t.charCodeAt(i - 1) === 0x2c) && (word(t.charCodeAt(i + 1)) || t.charCodeAt(i + 1) === 0x28)) return true;
  }
  return false;
}

/** The style a text reads in on its own (ModernGov, Markdown or plain), without parsing it further. */
export function detectStyle(text: string): Style {
  try {
    return new Parser(text, {}).style();
  } catch {
    return 'plain';
  }
}

/** Characters that take no room inside a word: a soft hyphen (as Word's optional hyphens and PDFs paste them), zero-width spaces and the word joiner. */
export const INVISIBLE = /[\u00ad\u200b\u200c\u2060]/;
const INVISIBLES = new RegExp(INVISIBLE.source, 'g');

/**
 * "It was RE<SHY>SOLVED", "The Clerk to con<SHY>tact ...": the text is read without the invisible characters, and every range
 * of what was read is moved back onto the text as written (a range that ends before one ends there; one that starts just
 * after one starts on it, so the blocks still tile the text).
 */
function parseWithoutInvisibles(t: string, options: ParseOptions): MinutesDocument {
  const removed: number[] = []; // where each removed character stood, as an offset into the text without them
  const clean = t.replace(INVISIBLES, (_c: string, at: number) => {
    removed.push(at - removed.length);
    return '';
  });
  return parseWithout(t, clean, removed, options, 'invisible');
}

/**
 * t read as `clean`, t without the characters `removed` says (each one's offset in `clean`, in order), every range of
 * what was read moved back onto t; `flag` marks the document's headings so that an edit reads the whole text again.
 */
function parseWithout(t: string, clean: string, removed: readonly number[], options: ParseOptions, flag: 'invisible' | 'hyphens'): MinutesDocument {
  const doc = parse(clean, options);
  const map = (o: number): number => {
    if (o >= clean.length) return t.length;
    let lo = 0;
    let hi = removed.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (removed[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return o + lo;
  };
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      // (A text of invisible characters only: its one block starts on the first of them, and ends after the last.)
      o.start = clean.length === 0 ? 0 : map(o.start);
      o.end = map(o.end);
    }
    for (const k in o) if (k !== 'text') walk(o[k]);
  };
  walk(doc);
  return { ...doc, text: t, headings: { ...(doc.headings ?? { caps: false, colon: false, bare: false }), [flag]: true } };
}

/**
 * A hyphen at a line's end, perhaps with a space after it, then the next line's indent: where a PDF's justified text parts
 * a word ("It was re-" / "solved that ...", "The Clerk to con-" / "tact the insurers", "Coun-" / "cillor Bell").
 */
const LINE_END_HYPHEN = /- ?\r?\n[ \t\u00a0]*/g;
/** Words the rules read whose halves a line end may part: outcomes, task verbs and their forms, roles. */
let joinable: Set<string> | null = null;
function joinableWords(): Set<string> {
  if (joinable) return joinable;
  const out = new Set<string>(ROLE_WORDS);
  const forms = (v: string) => {
    const e = v.endsWith('e');
    const y = /[^aeiou]y$/.test(v);
    for (const f of [v, v + 's', v + 'es', e ? v + 'd' : v + 'ed', e ? v.slice(0, -1) + 'ing' : v + 'ing', y ? v.slice(0, -1) + 'ied' : '', y ? v.slice(0, -1) + 'ies' : '']) if (f) out.add(f);
  };
  for (const v of [...TASK_VERBS, ...DECISION_VERBS, ...NARRATIVE_VERBS, 'carry', 'defeat', 'abstain', 'propose', 'decide', 'resolve', 'postpone', 'withdraw', 'action']) forms(v);
  for (const w of ['resolution', 'resolutions', 'decision', 'decisions', 'unanimous', 'unanimously', 'responsible', 'outstanding', 'withdrawn', 'agreement', 'approval', 'recommendation', 'recommendations', 'councillor', 'councillors']) out.add(w);
  return (joinable = out);
}
const isAsciiLetter = (c: number): boolean => ((c | 0x20) - 0x61) >>> 0 < 26;
/**
 * The words t parts with a hyphen at a line's end that the rules read whole: for each, where the hyphen stands and how
 * many characters go with it (the hyphen, spaces, the line end, the indent). The first part is two letters or more, the
 * second two small letters or more, and the word whole one of joinableWords ("well-" / "known" stays as it is).
 */
function hyphenBreaks(t: string): Array<{ at: number; length: number }> {
  const out: Array<{ at: number; length: number }> = [];
  LINE_END_HYPHEN.lastIndex = 0;
  for (let m = LINE_END_HYPHEN.exec(t); m; m = LINE_END_HYPHEN.exec(t)) {
    const at = m.index;
    let a = at;
    while (a > 0 && isAsciiLetter(t.charCodeAt(a - 1))) a--;
    const after = at + m[0].length;
    let b = after;
    while (b < t.length && t.charCodeAt(b) >= 0x61 && t.charCodeAt(b) <= 0x7a) b++;
    if (at - a < 2 || b - after < 2 || isAsciiLetter(t.charCodeAt(b)) || t.charCodeAt(b) === 0x2d) continue;
    if (joinableWords().has((t.slice(a, at) + t.slice(after, b)).toLowerCase())) out.push({ at, length: m[0].length });
  }
  return out;
}
/** hyphenBreaks(t), looked for only where a line ends with a hyphen. */
function lineEndHyphens(t: string): Array<{ at: number; length: number }> {
  // (Four searches for a hyphen closing a line, with a space after it or none, as LINE_END_HYPHEN has it, cost a third of
  // that pattern's one search over a year of minutes that holds none.)
  if (t.indexOf('-\n') < 0 && t.indexOf('-\r') < 0 && t.indexOf('- \n') < 0 && t.indexOf('- \r') < 0) return [];
  return hyphenBreaks(t);
}
/** Does t hold a word a line's end parts with a hyphen, that the rules read whole? */
export function hasHyphenBreak(t: string): boolean {
  return lineEndHyphens(t).length > 0;
}
/**
 * "It was re-" / "solved that the Clerk ...": the text is read with such words whole (`breaks`, from hyphenBreaks), and every
 * range moved back onto the text as written, as for invisible characters.
 */
function parseWithHyphensJoined(t: string, breaks: ReadonlyArray<{ at: number; length: number }>, options: ParseOptions): MinutesDocument {
  const removed: number[] = [];
  let clean = '';
  let from = 0;
  for (const h of breaks) {
    clean += t.slice(from, h.at);
    // Each character taken out, where it stood in the text without them.
    for (let k = 0; k < h.length; k++) removed.push(clean.length);
    from = h.at + h.length;
  }
  clean += t.slice(from);
  return parseWithout(t, clean, removed, options, 'hyphens');
}
/** Line breaks an editor does not count as line ends: a vertical tab, a form feed, U+2028 and U+2029. */
export const SOFT_BREAKS = /[\v\f\u2028\u2029]/g;
/** Does t hold one (four searches for a character: faster than one for a class over a year of minutes)? */
export function hasSoftBreak(t: string): boolean {
  return t.indexOf('\u2028') >= 0 || t.indexOf('\v') >= 0 || t.indexOf('\f') >= 0 || t.indexOf('\u2029') >= 0;
}

/** A carriage return that ends a line on its own, not followed by a line feed. */
const LONE_CR = /\r(?!\n)/g;
/** Does t end a line with a carriage return alone (the classic Mac OS's line end, which Word for Mac can still save)? */
export function hasLoneCr(t: string): boolean {
  for (let i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', i + 1)) if (t.charCodeAt(i + 1) !== 0x0a) return true;
  return false;
}
/** t with each line ended by a carriage return alone ended by a line feed instead: the same length, the same lines. */
export function withoutLoneCr(t: string): string {
  return hasLoneCr(t) ? t.replace(LONE_CR, '\n') : t;
}

export function parse(text: string, options: ParseOptions = {}): MinutesDocument {
  try {
    const t = typeof text === 'string' ? text : String(text ?? '');
    // Lines ended by "\r" alone are read as lines ended by "\n": the editor counts them as lines, and the rules read line
    // ends as "\n" (or "\r\n"). The same length, so every offset holds; the document keeps the text as written.
    if (hasLoneCr(t)) return { ...parse(t.replace(LONE_CR, '\n'), options), text: t };
    // "4. Planning<LS>The council considered ...": a line break the editor's lines do not count (U+2028, U+2029, a vertical
    // tab as Word's manual break, a form feed), read as the line end it is. The same length, so every offset holds.
    if (hasSoftBreak(t)) {
      const doc = parse(t.replace(SOFT_BREAKS, '\n'), options);
      return { ...doc, text: t, headings: { ...(doc.headings ?? { caps: false, colon: false, bare: false }), softBreaks: true } };
    }
    if (INVISIBLE.test(t)) return parseWithoutInvisibles(t, options);
    const breaks = lineEndHyphens(t);
    if (breaks.length) return parseWithHyphensJoined(t, breaks, options);
    // A non-breaking space reads as a space ("Cllr<NBSP>Smith to write", "10<NBSP>am"): Word puts them where the clerk
    // typed none. The same length, so every offset holds; the document keeps the text as written.
    // (Only where one stands in a line's words: lines holding nothing but one are blank lines already.)
    // (An item read again on its own reads as the whole document did: see MinutesDocument.headings.nbsp.)
    if (!(options.headings ? options.headings.nbsp : nbspInWords(t))) return new Parser(t, options).run();
    const doc = new Parser(t.replace(/\u00a0/g, ' '), options).run();
    // (Garbled characters are read in the text as written: a garbled non-breaking space is "Â" and one.)
    return withNbsp(doc, t, garbledLines(t));
  } catch (e) {
    // The parser is written not to throw; this is the last line of defence so that an editor never loses its document.
    const t = typeof text === 'string' ? text : '';
    const header: Header = { type: 'header', range: { start: 0, end: t.length }, title: null, date: null, attendance: [] };
    return {
      text: t,
      style: 'plain',
      blocks: [header],
      header,
      items: [],
      actions: [],
      people: [],
      problems: [{ code: 'internal-error', message: `Minutes could not read this document (${(e as Error)?.message ?? e}). Please report it.`, range: { start: 0, end: 0 } }],
      garbled: [],
    };
  }
}


/** A document read with its non-breaking spaces as spaces, given back with the text as written (`t`) and its garbled lines. */
function withNbsp(doc: MinutesDocument, t: string, garbled: readonly GarbledLine[]): MinutesDocument {
  return { ...doc, text: t, garbled, headings: { ...(doc.headings ?? { caps: false, colon: false, bare: false }), nbsp: true } };
}

/** A parse taken in steps (see parseInSteps). */
export interface SteppedParse {
  /** Reads on until the blocks whose headings start before `offset` are built, one at least; true while more remain. */
  advance(offset: number): boolean;
  /**
   * The part read so far whose reading is final, as a document: its findings are the whole document's that start before
   * `through`. Null where nothing is final yet, or where no part can be (see Parser.partial).
   */
  partial(): { doc: MinutesDocument; through: number } | null;
  /** The whole document, as parse(text) gives it. */
  finish(): MinutesDocument;
}

/**
 * parse(text) in steps, so that an editor can show the findings at the start of a long document while the rest is
 * read. Every block is read once, as parse reads it. Never throws: where a step fails, finish() parses the text whole.
 * Text whose offsets parse moves afterwards (invisible characters) or whose line ends it rewrites (lone carriage
 * returns, soft breaks) is read whole by finish(), with no part before it.
 */
export function parseInSteps(text: string): SteppedParse {
  const t = typeof text === 'string' ? text : String(text ?? '');
  let doc: MinutesDocument | null = null;
  const whole: SteppedParse = { advance: () => false, partial: () => null, finish: () => (doc ??= parse(t)) };
  if (hasLoneCr(t) || hasSoftBreak(t) || INVISIBLE.test(t) || hasHyphenBreak(t)) return whole;
  try {
    const nbsp = nbspInWords(t);
    const parser = new Parser(nbsp ? t.replace(/\u00a0/g, ' ') : t, {});
    const s = parser.begin();
    // (Garbled characters are read in the text as written, as parse reads them.)
    s.garbled = garbledLines(t);
    const asWritten = (d: MinutesDocument): MinutesDocument => (nbsp ? withNbsp(d, t, d.garbled) : d);
    let failed = false;
    return {
      advance(offset: number): boolean {
        if (failed || doc) return false;
        try {
          return parser.advance(s, offset);
        } catch {
          failed = true;
          return false;
        }
      },
      partial() {
        if (failed || doc) return null;
        try {
          const p = parser.partial(s);
          return p && { doc: asWritten(p.doc), through: p.through };
        } catch {
          failed = true;
          return null;
        }
      },
      finish(): MinutesDocument {
        if (doc) return doc;
        if (!failed) {
          try {
            parser.build(s, s.heads.length);
            return (doc = asWritten(parser.end(s)));
          } catch {
            // read whole below
          }
        }
        return (doc = parse(t));
      },
    };
  } catch {
    return whole;
  }
}

// ------------------------------------------------------------------ headings

/** A heading found in pass 2: where an item or section starts and what it is called. */
interface Head {
  kind: 'item' | 'section';
  sectionKind?: Section['kind'];
  /** The first line of the block (the "Agenda item" marker, or the title). */
  firstLine: number;
  titleLine: number;
  titleRange: Range;
  title: string;
  number: string | null;
  level: number;
  /** First line of the body. */
  bodyLine: number;
  /** For "Title: body" lines, where the body starts on the title line. */
  inlineBody: number | null;
  /** Lines that belong to the heading (marker, number, title, purpose, "Minutes:"), by part kind. */
  headParts: Array<{ kind: PartKind; line: number }>;
  /** Markdown heading depth, 0 for other styles. */
  md: number;
  /** An item that is one row of a table of items ("| 2 | Risks | Supplier delay | Escalate to sponsor | PM |"). */
  row?: { cells: Cell[]; cols: ItemColumns };
  /** Notes with no items at all: their text after the header, read for tasks (a section without a title). */
  loose?: boolean;
  /** A section whose list ends before the next heading: the line after its last entry (the rest is not read for tasks). */
  readTo?: number;
}

type Cell = { text: string; start: number };
/** A due column's entry that gives no date: "TBC", "n/a", "—". */
const NO_DATE_CELL = /^\s*(?:tbc|tbd|tba|n\/a|none|-+|–|—|\?+)\s*$/i;

/** A name in bold alone on its line, over a list of that person's tasks: "**Ana Lopez**", "**Bo Ng:**", "**Unassigned**". */
const OWNER_GROUP = new RegExp(String.raw`^(\*\*|__)((?:[${CAPITALS}][${LETTERS}.'’-]*)(?:\s+[${CAPITALS}][${LETTERS}.'’-]*){0,3}|[Uu]nassigned|@[\w.-]+)\s*:?\1:?$`, 'u');
/** A list's entry that is a name alone, over that person's tasks nested under it: "Grace", "Grace Lee:", "@grace". */
const NAME_ENTRY = new RegExp(String.raw`^((?:[${CAPITALS}][${LETTERS}.'’-]*)(?:\s+[${CAPITALS}][${LETTERS}.'’-]*){0,2}|[Uu]nassigned|@[\w.-]+)\s*:?$`, 'u');
/** A decision's label after a tick: "✅ Decided: ...", "✔ Agreed – ...". */
const TICKED_DECISION = /^(?:\*\*|__)?(?:decided|decisions?|agreed|resolved|outcome|approved|consensus|conclusion)\b/i;
/**
 * Text that records nothing: "None.", "No correspondence.", "Nothing to report", "There were no planning applications this
 * month.", "No changes.", "Reviewed. No changes.", "No issues.", "No problems reported.", "All in order."
 */
const NOTHING = /^(?:there\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?=no)|)(?:none|nil|n\/a|nothing\s+(?:new\s+|further\s+)?to\s+(?:report|discuss|add|update)(?:\s+(?:this|at\s+this)\s+(?:week|month|time|meeting|quarter))?|not\s+(?:discussed|taken|covered|reached)\b.*|skipped\b.*|out\s+of\s+time\b.*|none\s+(?:received|declared|reported)|no\s+(?:\w+\s+){0,2}(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:received|declared|submitted|given|to\s+report|this\s+(?:week|month|time))|no\s+(?:new\s+|further\s+|other\s+)?(?:updates?|reports?|progress|developments|changes?|correspondence|items|business|questions|matters\s+arising|declarations|apologies|applications|planning\s+applications|members\s+of\s+the\s+public(?:\s+present)?)(?:\s+(?:this|at\s+this)\s+(?:week|month|time|meeting|quarter))?|(?:reviewed|checked)(?:\s*[.,;–—-]\s*|\s+(?:and|with)\s+)no\s+changes?(?:\s+(?:needed|required|made|proposed))?|no\s+(?:new\s+|further\s+|other\s+|major\s+|significant\s+)?(?:issues|problems|concerns|complaints|incidents|faults|defects)(?:\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:reported|raised|identified|found|logged|recorded))?(?:\s+(?:this|at\s+this)\s+(?:week|month|time|meeting|quarter))?|all\s+in\s+order|nothing\s+of\s+note)\.?$/i;
/** A table cell with nothing in it: "—", "n/a", "TBC". */
const EMPTY_CELL = /^(?:[-–—.\s]*|n\/?a|none|nil|tbc|tbd|tba)$/i;

/** Where a table of items keeps what: each index is a column, or -1. */
interface ItemColumns {
  number: number;
  title: number;
  /** Discussion, notes, minutes: text that may record an outcome in words. */
  notes: number;
  /** Decision, outcome, resolution: any entry is the item's decision. */
  decision: number;
  /** Action, next steps: any entry is a task. */
  action: number;
  /** "Decision / action": an outcome when it reads as one, otherwise a task. */
  either: number;
  owner: number;
  /** The owner's column is headed as an action's ("Action by", "Actioned by", "Action owner"): who is named there acts. */
  actionBy: boolean;
  due: number;
}

/**
 * A table whose rows are the agenda items: a title column ("Item", "Topic", "Agenda item") and a column for what the
 * meeting said or decided about each. An action table ("Task | Owner | Due") has no such column, and stays one.
 */
/** A table's column of item numbers, and of due dates, by its header. */
const NUMBER_COLUMN = /^(?:#|no\.?|item\s+no\.?|ref\.?|minute(?:\s+no\.?)?|min\.?(?:\s+no\.?)?)$/i;
const DUE_COLUMN = /^(?:due(?:\s+(?:date|by))?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due|by)$/i;
function itemColumns(header: readonly Cell[]): ItemColumns | null {
  const find = (re: RegExp) => header.findIndex((c) => re.test(c.text.replace(/\*\*|__/g, '').trim()));
  const cols: ItemColumns = {
    number: find(NUMBER_COLUMN),
    title: find(/^(?:item|agenda\s+item|topic|subject|title|agenda)$/i),
    notes: find(/^(?:discussion|notes?|minutes|summary|comments?|update|discussion\s+points|key\s+points)$/i),
    decision: find(/^(?:decisions?|outcomes?|resolutions?|agreed|decisions?\s+made|resolved)$/i),
    // ("Action / Owner", "Actions (who)": a task column whose text names who.)
    action: find(/^(?:actions?|action\s+points?|next\s+steps?|follow[- ]?ups?)(?:\s*(?:\/|&|and|\()\s*(?:owners?|who|responsible)\)?)?$/i),
    // ("Recommendation / Action", as a clinical committee's table has it.)
    either: find(/^(?:decisions?|outcomes?|recommendations?|resolutions?)\s*(?:\/|&|and)\s*actions?$|^actions?\s*(?:\/|&|and)\s*(?:decisions?|outcomes?|recommendations?|resolutions?)$/i),
    owner: find(/^(?:owner|who|responsible|by\s+whom|lead|action(?:ed)?\s+by|action\s+owner|actionee|assigned(?:\s+to)?)$/i),
    actionBy: false,
    due: find(DUE_COLUMN),
  };
  if (cols.title < 0 || (cols.notes < 0 && cols.decision < 0 && cols.either < 0)) return null;
  cols.actionBy = cols.owner >= 0 && /^(?:action(?:ed)?\s+by|action\s+owner|actionee)$/i.test(header[cols.owner]!.text.replace(/\*\*|__/g, '').trim());
  return cols;
}

/**
 * A table's columns where one cell holds an item's title and its text, beside who acts on it ("No. | Item | Action by"):
 * the text's column is added to each row (see Parser.itemTable). Null where any column is another's.
 */
function titleAndTextColumns(header: readonly Cell[]): ItemColumns | null {
  const names = header.map((c) => c.text.replace(/\*\*|__/g, '').trim());
  const find = (re: RegExp) => names.findIndex((c) => re.test(c));
  const title = find(/^(?:items?|agenda\s+items?|business|subject|topic)$/i);
  const owner = find(/^(?:action(?:ed)?\s+by|action|owner|who|responsible|by\s+whom|lead)$/i);
  const number = find(NUMBER_COLUMN);
  const due = find(DUE_COLUMN);
  if (title < 0 || owner < 0 || names.some((c, i) => c !== '' && i !== title && i !== owner && i !== number && i !== due)) return null;
  return { number, title, notes: -1, decision: -1, action: -1, either: -1, owner, actionBy: true, due };
}
/** The business minutes open with: "Apologies ...", "Welcome and apologies", "Minutes of 7 October ...", "Matters arising". */
const OPENING_BUSINESS = /^(?:welcome|apologies|minutes\b|matters\s+arising|declarations?\s+of\s+interests?|present\b|attendance)/i;

/** A column's index one to the right, or still none. */
const rightOf = (i: number): number => (i < 0 ? i : i + 1);
/** An item's number alone in a table's cell: "3", "3.", "12a". */
const BARE_ITEM_NUMBER = /^\d{1,3}[a-z]?[.)]?$/;
/** The line that opens an item in a ModernGov export: "Agenda item", or with its number, "Agenda item 5". */
const AGENDA_MARKER = /^agenda\s+item\s*(?:(?:no\.?\s*)?(\d{1,4}[a-z]?)\.?)?\s*[:.]?$/i;
const MINUTES_MARKER = /^minutes\s*:?$/i;
/** A label without its emphasis and colon: "**Action items:**" → "Action items". */
const bareLabel = (c: string): string => c.replace(/^(?:\*\*|__)|(?:\*\*|__)?:?(?:\*\*|__)?$/g, '');
/** A label over one topic's tasks ("Action items:", "**Next steps**"), as opposed to the meeting's whole list. */
// ("Agreed actions", "Actions agreed", "Action points agreed": the list a tenants' association or a club closes with.)
const TOPIC_ACTIONS = /^(?:action\s+items?|(?:agreed\s+)?actions(?:\s+agreed)?|action\s+points(?:\s+agreed)?|follow[- ]?ups?(?:\s+(?:tasks|actions|items))?|(?:(?:suggested|agreed|proposed)\s+)?next\s+steps|new\s+action\s+items?|actions\s+arising|to[- ]?dos?|tasks)$/i;
/**
 * An item titled as the review of the tasks set before: "Review Outstanding Action Items", "Outstanding actions", "Action
 * log", "Actions from the previous meeting", "Review of the action tracker". Its entries restate the tasks still open.
 */
const ACTIONS_REVIEW_TITLE = /^(?:(?:review(?:\s+of)?|update\s+on)\s+(?:the\s+)?)?(?:(?:outstanding|open|previous|carried[- ]forward|ongoing)\s+)?(?:action(?:\s+(?:items?|points?|log|list|tracker|register|sheet))|actions)(?:\s+(?:from|arising\s+from)\s+(?:the\s+)?(?:previous|last|prior)\s+meetings?)?(?:\s+review)?$/i;
const SUPPORTING = /^supporting\s+documents?\s*:?/i;
/** "Action: AR", "ACTION BY – Clerk": a label and who has the task, alone on a line (group 1: who). */
const OWNER_LABEL_LINE = /^(?:\*\*|__)?action(?:\s+by)?\s*(?:\*\*|__)?\s*[:–—-]\s*(?:\*\*|__)?\s*(.+?)\s*$/i;
/** What ends the options under that label: another label ("Reasons for decision:", "Decision:") or the decision itself. */
const AFTER_ALTERNATIVES = /^(?:\*\*|__)?(?:(?!option\b)[A-Za-z][A-Za-z ()'’-]{1,60}:|(?:RESOLVED|DECISION|DECIDED|AGREED)\b)/i;
/** "Alternative options considered and rejected:", "Alternative Options Considered:", "Alternative options rejected – ...". */
const ALTERNATIVES = /^alternative\s+options?\b[^.:;]{0,40}?\b(?:considered|rejected|discounted)\b[^:]{0,20}(?::|\s[–—-]\s|$)/i;
const NUMBER_ONLY = /^(?:\d{1,4}(?:\.\d{1,3})*[a-z]?(?:\([a-z0-9]{1,3}\))?\.?|(?:[A-Z]{0,4}|[A-Z][A-Za-z]{1,5}\/|[A-Z]{1,2}&[A-Z]{1,3}[ /])\/?\d{1,4}\/\d{1,4})$/;
/** An attendance list's label, and the names after it: "Present: ...", "Apologies for absence:", "Directors present:". */
const ATTENDANCE_LINE =
  /^(?:(trustees|members|councillors|directors|governors|committee|board\s+members|committee\s+members|council\s+members|board|council)\s+)?(present|apologies(?:\s+for\s+absence)?|absent\s+with\s+apolog(?:y|ies)|absent|regrets|officers(?:\s+present)?|in\s+attendance|who|here|not\s+here|there|not\s+there|also\s+(?:present|in\s+attendance)|attendees|attendance|attending|participants|invited|invitees|people|sederunt|roll\s+call|guests|tsc|staff|trustees|directors|governors|councillors|committee\s+members|board\s+members|members|board|committee)\s*(?:\([^)]*\))?\s*(?::\s*(.*)|$)$/i;
/** An Obsidian-style callout's first line, its quote marks set aside: "[!decision] Decision", "[!todo]- Action". */
const CALLOUT = /^\[!([a-z]+)\][-+]?(?:\s.*)?$/i;
/** "Item 1", "Agenda item 4:", "Item No. 2" alone on a line. */
const ITEM_NUMBER_LINE = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,3}[a-z]?)\s*[:.]?$/i;
/**
 * "Minute No. 101", "Min. 45/26", "38.": a minute's number alone on its line, its title on the next ("Apologies for
 * absence"), as minutes pasted from a PDF whose number and title stood in two columns put them; or a reference alone
 * ("TM/26/14", "PC 45/25", "45/25"), as a table's first column reads once the page is text (not a date, "12/03/2026").
 */
const NUMBER_ALONE_LINE = /^(?:(?:minute|min\.?)\s+(?:no\.?\s*)?(\d{1,4}(?:\/\d{2,4})?[a-z]?)|(\d{1,3})\.|((?:[A-Z]{1,4}[ /]?)?\d{1,4}\/\d{2,4}|[A-Z]{1,4}\/\d{2,4}\/\d{1,4}))\s*[:.]?$/i;
/** The number of a line that holds only a minute's number ("Minute No. 101", "38.", "TM/26/14"), or null. */
function numberAlone(c: string): string | null {
  const m = c.length <= 24 ? NUMBER_ALONE_LINE.exec(c) : null;
  // (A reference's letters are capitals: "on 12/03" is no reference.)
  if (m === null || (m[3] !== undefined && /^[a-z]/.test(m[3]))) return null;
  return (m[1] ?? m[2] ?? m[3])!;
}
/** Does this line hold only a minute's number ("Minute No. 101", "38.")? Its title may follow on the next. */
export function isNumberAloneLine(line: string): boolean {
  return numberAlone(line.replace(/^[\s>]+/, '').trimEnd()) !== null;
}
/** "Topic: Significant event – delayed referral": the title of the item numbered on the line above. */
const TOPIC_FIELD = /^(?:\*\*|__)?(?:topic|subject|title|item\s+title)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\S.{0,150}?)\s*$/i;
/** A numbered entry of an attendance list: "1. Mr. Peter Kamau - Chairman", "2) Dr Mary Achieng, Member". */
const NUMBERED_NAME = new RegExp(String.raw`^\d{1,3}[.)]\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Rev|Revd|Prof|Cllr|Hon|Sr|Fr|Eng|Capt)\.?\s+[${CAPITALS}]|[${CAPITALS}][${LETTERS}'’.-]+(?:\s+[${CAPITALS}][${LETTERS}'’.-]+){1,3}\s*(?:[-–—,]\s*\S.{0,40})?$)`, 'u');
/** Who attended, as one field among others on a header line: "· **Participants:** Ravi, Sofia, Tanya". */
const PARTICIPANTS_FIELD = /(?:^|[·|•;]\s*)(?:\*\*|__)?(?:participants|attendees|present|attending|in\s+attendance|invited|invitees)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*([^·|•]+)/i;
/** A person on a line of an attendance list: "Ayaan (chair)", "Sam Patel", "Dr. Ruth Ng (notes)". */
const LISTED_NAME = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Cllr|Revd)\.?\s+)?[${CAPITALS}][${LETTERS}'’.-]*(?:\s+[${CAPITALS}][${LETTERS}'’.-]*){0,3}(?:\s*\([^()]{1,30}\))?$`, 'u');
/** A part in the meeting and who had it, in a header line: "Facilitator: Kofi", "Note-taker – Lena", "Chaired by: A. Patel", "**Notes:** Hal". */
const ROLE_LABEL = new RegExp(String.raw`(?:^|[·|•,;_*(]\s*|\s)(?:facilitator|facilitated\s+by|chair|chairperson|chaired\s+by|note[- ]?taker|notes\s+by|scribe|minute[- ]?taker|minutes\s+(?:taken\s+)?by|notes(?=\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*[${CAPITALS}@][${LETTERS}.'’@-]*\s*(?:$|[·|•,;]))|host|hosted\s+by|organi[sz]er|convene[ro]|moderator|recorder)\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*((?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Revd)\.?\s+)?[${CAPITALS}@][${LETTERS}.'’@-]*(?:\s+[${CAPITALS}][${LETTERS}.'’-]*){0,2})`, 'giu');
/** "ONE" ... "TWENTY" after "ITEM": a number written in words. */
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** The words as an item's number may be written: "Four", "four" or "FOUR". */
const NUMBER_WORD = NUMBER_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}|${w.toUpperCase()}`).join('|');
/** A minute number or reference opening a line: "§ 5", "Agenda 2:", "Agenda Item #2:", "4.", "5.1", "38.", "59(a)" (a space
 * after it is enough: the bracket says it is a reference), "7a.", "7.A.", "4.a" (a US council's), "F.1" (a US board's lettered section and its items), "B-1.", "25/012", "P/24/61", "P25/33", "P/101", "FGP 25/03", "F&GP/26/33", "BoD/25/101", "BoD 27/031", "S.26/27-04", "VI.", "A.", "(a)", "Item 5:". */
const NUMBERED = new RegExp(
  String.raw`^(?:§[ \t\u00a0]*(?=\d)|(?:(?:[Aa]genda|AGENDA)\s+(?:[Ii]tem|ITEM|[Pp]oint|POINT)|[Aa]genda|AGENDA|[Ii]tem|ITEM|[Aa]rticle|ARTICLE|[Pp]roposal|PROPOSAL|TOP|[Mm]inute|MINUTE|[Mm]in\.?|MIN\.?|[Tt]opic|TOPIC|[Ss]ection|SECTION|Ad|AD|[Dd]ecision\s+[Nn]o\.?|DECISION\s+NO\.?)\s+(?:[Nn]o\.?\s*|#\s?)?(?=\d|(?:${NUMBER_WORD})\b))?((?<=(?:[Ii]tem|ITEM)\s+)(?:${NUMBER_WORD})(?=[:.\-–—]|[ \t\u00a0]*$|[ \t\u00a0]{2,}|\t|[ \t\u00a0]+[–—-][ \t\u00a0])|(?<=(?:[Ii]tem|ITEM)\s+)\d{1,3}(?=[ \t]+of[ \t]+\d{1,3}[:.\-–—]?(?:[ \t\u00a0]|$))|(?<=§[ \t\u00a0]*)\d{1,3}[a-z]?(?=[:.]?(?:[ \t\u00a0]|$))|(?:(?:[A-Z]{1,4}|[A-Z][a-z]{1,2}[A-Z]{1,2})(?:[ \t\u00a0]+|[/.])|[A-Z][A-Za-z]{1,5}\/|[A-Z]{1,4}(?=\d{2,4}\/\d)|[A-Z]{1,2}&[A-Z]{1,3}[ /])?\d{1,4}\/\d{1,4}(?:\/\d{1,4})?(?:-\d{1,4})?(?:\.\d{1,2})?[a-z]?(?:\([a-z0-9]{1,3}\))?|[A-Z]{1,4}\/\d{1,4}[a-z]?(?=[ \t\u00a0])|\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?(?:\([a-z0-9]{1,3}\))?\.?|\d{1,3}\.[A-Z]\.?(?=[ \t\u00a0])|\d{1,3}\.[a-z](?=\.?[ \t\u00a0])|[A-Z]\.\d{1,2}(?:\.\d{1,2})?\.?(?=[ \t\u00a0])|\d{1,3}[a-z]?(?:\([a-z0-9]{1,3}\))?(?:\.|(?=[ \t\u00a0]{2,}|\t|:|[ \t\u00a0]+[–—-][ \t\u00a0]))|\d{1,3}[a-z]?\([a-z0-9]{1,3}\)(?=[ \t\u00a0])|\d{1,3}\)|[A-Z]-\d{1,3}[a-z]?(?:\.|(?=[ \t\u00a0]{2,}|\t|:|[ \t\u00a0]+[–—-][ \t\u00a0]))|[IVXLC]{1,6}\.(?:[ \u00a0]?[A-Z]\.)?|[A-Z]\.(?=[ \t\u00a0]+(?:[“\"‘']?[A-Z]|(?:19|20)\d\d\b))|[a-z]\.(?=[ \t\u00a0]+(?:[“\"‘']?[A-Z]|(?:19|20)\d\d\b))|(?:ii|iii|iv|vi|vii|viii|ix|xi|xii)\.(?=[ \t\u00a0]+[A-Z])|\([a-z]\)|[a-z]\)|[ivx]{2,5}\)|\([ivx]{1,5}\)|\(\d{1,3}\))(?:(?<=(?:[Ii]tem|ITEM)\s+\d{1,3})[ \t]+of[ \t]+\d{1,3})?[:.\-–—]?(?=[ \t\u00a0]|$)[ \t\u00a0]*`,
);
/** Words that make a line a sentence, not a title. Lower case only: "Report" in a title is a noun. */
const FINITE =
  /\b(?:was|were|is|are|had|has|have|been|would|will|should|could|can|did|does|reported|asked|said|stated|explained|advised|presented|discussed|felt|informed|thanked|introduced|outlined|highlighted|raised|welcomed|replied|responded|queried|requested|suggested|expressed|sought|gave|declared|attended|commented|wished|acknowledged|indicated|emphasised|emphasized|stressed|summarised|summarized|described|briefed|noted|agreed|resolved|moved|seconded|confirmed|(?<!\bbe\s)(?:considered|reviewed|debated|examined|circulated))\b/;

/** "Concerns raised about the garden", "Issues raised by residents", "Questions received from members": a title. */
const RAISED_TITLE =
  /^(?:[A-Z][\w'’-]*\s+){0,2}(?:concerns|matters|issues|points|questions|items|comments|complaints|queries|objections|requests|topics)\s+(?:raised|received|submitted|reported|requested)\s+(?:by|about|at|in|from|regarding|concerning|on|since|under)\b(?![^.]*\b(?:was|were|is|are|has|had|have|been|would|will|should|could|can|did|does)\b)[^.]*$/i;

/** A line that is only a task's field: "Owner: @ana", "**Due:** 2025-07-15", "Responsible: Clerk", "Lead: Sr J. Pike". */
const FIELD_LINE = new RegExp(String.raw`^(?:\*\*|__)?(owners|${OWNER_FIELD_NAMES}|assigned\s+to|assignee|${DUE_FIELD_NAMES}|status)(?:\*\*|__)?\s*[:=]\s*(?:\*\*|__)?\s*(\S.{0,60})$`, 'i');

/** A stand-up's field: "Yesterday: ...", "**Today:** ...", "Blockers: none". */
const STATUS_FIELD = /^(?:yesterday|today|tomorrow|this\s+week|last\s+week|next\s+week|blockers?|blocked(?:\s+by)?|impediments?|done|doing|next|plans?|progress|wins?|issues?|risks?|help\s+needed|shipped|working\s+on)(?:\*\*|__)?\s*:/i;
/** Headings over the notes' own text, which may set tasks: "Notes", "Summary", "Other", "Parking lot". */
const NOTES_GROUP = /^(?:notes|(?:meeting\s+)?notes|discussion(?:\s+(?:items|topics))?|topics|summary|updates|reports|other|details|(?:quick\s+)?recap|open\s+questions|parking\s+lot)$/i;

/** "1 Apologies", "Minute 101 Apologies", "(1) Apologies": a number then the title, read only where nothing else heads the items. */
// ("[3] Allotments" and "#3 Allotments" number so too.)
/** "II APPROVAL OF MINUTES": a Roman numeral, a single space, the title (group 3, as in BARE_NUMBERED). */
const BARE_ROMAN = /^([IVXLC]{1,6})()\s(?=[A-Z])(.+)$/;
/** A label over the list of the business to come: "AGENDA", "Contents", "Table of contents". */
const TOC_LABEL = /^(?:agenda|contents|table\s+of\s+contents)\s*:?$/i;

/** A line in capitals that heads no item: the attendance, the actions, the meeting's close, or an outcome's keyword. */
function notCapsTitle(t: string): boolean {
  return ATTENDANCE_SECTION.test(t) || ACTIONS_SECTION.test(t) || CLOSING_LINE.test(t) || /^(?:RESOLVED|UNRESOLVED|AGREED|NOTED|CARRIED|LOST|APPROVED|MINUTES|ACTION|DECISION|MOTION)\b/.test(t);
}

/** The line's Roman numeral (up to L), a space and its title, "III DIRECTOR'S REPORT" (as BARE_ROMAN reads it); or null. */
function romanNumbered(c: string): RegExpExecArray | null {
  const m = c.charCodeAt(0) <= 0x58 ? BARE_ROMAN.exec(c) : null;
  if (!m) return null;
  const v = fromRoman(m[1]!);
  return v <= 50 && toRoman(v) === m[1] ? m : null;
}
const BARE_NUMBERED = /^(?:(?:agenda\s+)?item\s+|minute\s+|min\.?\s+|section\s+|topic\s+)?(?:#?(\d{1,4})|[(\[](\d{1,3})[)\]])\s(?=[A-Z])(.+)$/i;

/** A bare number and a run of spaces or a tab before the title: "1   Welcome", "2<TAB>Repairs". */
const SPACED_BARE = /^\d{1,3}(?:[ \t\u00a0]{2,}|\t)/;
/** A bare number, one space and a title in capitals: "2 Repairs". */
const SINGLE_SPACED_BARE = new RegExp(String.raw`^(\d{1,3})[ \u00a0](?=[${CAPITALS}])(.+)$`, 'u');
/** "1 water", "2 rents", "4 shed break in": a number, a space and a topic of one to four words in small letters. */
const LOWER_TOPIC = /^(\d{1,2})[ \t\u00a0]+([a-z][a-z'’&-]*(?:[ \t\u00a0]+[a-z][a-z'’&-]*){0,3})$/;

/**
 * The council's response after an application's last dash or a colon: "– no objection.", "– support", "— Object
 * (overlooking).", ": No objection.", ": Comment – refer to the tree officer.";
 * or the planning authority's decision, as a list of decisions received gives it: "– Granted.", "– Refused.".
 */
const PLANNING_RESPONSE = String.raw`(?:no\s+(?:objections?|comments?|observations?)|objections?|objects?|supports?|supported|comments?(?=\s*(?:[.:;(]|\s[–—-]\s|$))|recommends?\s+(?:refusal|approval|rejection)|(?:granted|approved|permitted|refused|withdrawn|allowed|dismissed)(?=\s*(?:[.;(]|$|subject\b|with\b|\s[–—-]\s)))\b`;
// (After a colon, the response may go on past a dash: ": Object – overbearing on neighbours.")
// (Or in two languages, the second after a spaced slash: "– Dim gwrthwynebiad / No objection.")
const PLANNING_RESPONSE_TAIL = new RegExp(String.raw`\s+[–—-]\s+(?=(?:[^–—/]{1,40}\s\/\s+)?${PLANNING_RESPONSE}[^–—]*$)|(?<!\b(?:comments?|responses?|observations?|decision|recommendation|views?))\s*:\s+(?=(?:(?:the\s+)?(?:(?:parish|town|community|city|district)\s+)?(?:council|committee|members|cc|pc|tc)\s+)?${PLANNING_RESPONSE}(?![^:]*:\s))`, 'i');
/**
 * The last spaced dash of a line, where a sentence in small letters follows it ("... – members discussed the access.";
 * not "– Garage, Bryn Teg. Members noted the plans.", a description and then a sentence, read as such).
 */
const LAST_DASH_SENTENCE = new RegExp(String.raw`\s+[–—-]\s+(?=[a-z][^–—]*${FINITE.source}[^–—]*$)`);
/** Articles, prepositions and conjunctions: a phrase that stops on one is not finished. */
const OPEN_PHRASE_WORDS = 'a|an|the|of|to|and|or|by|for|with|in|on|at|from';
/** What opens a resolution's clause: its number or letter ("1.2", "(a)", "ii)"), or "That". */
const CLAUSE_OPENING = /^(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|\([ivx]+\)|\(\d+\))[\s\u00a0]+\S|^that\b/i;
/** Does this line resolve ("RESOLVED", "It was resolved that", "This Council resolves to", "ORDERED, that ...")? Its tasks are then in resolution form. */
function resolvesIn(c: string): boolean {
  return (/resol/i.test(c) && (/\bRESOLVED\b/.test(c) || /\bresolves\b|\bit\s+was\s+resolved\b|\bresolved\s+(?:that|to)\b/i.test(c))) || /^\W{0,4}ordered\s*,?\s+that\b/i.test(c);
}
/**
 * A line's last word that leaves its phrase open for a name or a noun in capitals, or for a verb in capitals after its
 * auxiliary: "... that the" / "Clerk should write", "... The Committee was" / "ASSURED by the progress".
 */
const PHRASE_GOES_ON = new RegExp(`\\s(?:${OPEN_PHRASE_WORDS}|that|be|is|are|was|were|been|has|have|had|will|would|should|shall|must)$`);
/** A surname opening a line, before a full stop, a comma or what the motion's sentence goes on with: "Ruiz.", "Mehta, carried". */
const SURNAME_OPENS = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}'’-]+(?=[.,;]|\s+(?:seconded|moved|proposed|to|and))`, 'u');
/** A line closing on a mover's or seconder's first name: "... seconded by Marta", "proposed by Pat". */
const MOVER_FIRST_NAME_ENDS = new RegExp(String.raw`\b(?:seconded|moved|proposed)(?:\s+by)?:?\s+[${CAPITALS}][${SMALLS}'’-]+$`, 'iu');
/** A line closing on a mover's or seconder's initials: "... Moved by R.", "seconded by Cllr J. K.". */
const MOVER_INITIAL_ENDS = /\b(?:seconded|moved|proposed)(?:\s+by)?:?\s+(?:(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z]\.\s*){1,2}$/i;
/** Words in capitals that open sentences, not names: "The", "Members", "Agreed", ... */
const SENTENCE_OPENERS = 'The|This|That|These|Those|It|Its|In|On|At|As|If|When|Then|Members|All|Any|Each|No|Our|Their|His|Her|We|They|He|She|There|Here|Some|Motion|Agreed|Resolved|Noted|Carried|Action|Item|Minutes';
/** A line closing on a sentence's first word, capitalised as a first name is: "... in December. Tom". */
const FIRST_NAME_OPENS_SENTENCE = new RegExp(`(?:^|[.!?]["”’)]?\\s+)(?!(?:${SENTENCE_OPENERS})$)[${CAPITALS}][${SMALLS}'’-]+$`, 'u');
/** A line closing on "the" and words in capitals, the start of a name: "... agreed that the Footpaths", "... the Playing Field". */
const THE_NAME_ENDS = new RegExp(`(?:^|\\s)the(?:\\s+[${CAPITALS}][${SMALLS}]+){1,3}$`, 'u');
/** Words in capitals opening a line as the rest of a name, then its sentence: "Officer should ...", "Working Group, prepare". */
const NAME_GOES_ON = new RegExp(`^(?!(?:${SENTENCE_OPENERS})\\b)[${CAPITALS}][${SMALLS}]+(?:\\s+[${CAPITALS}][${SMALLS}]+){0,2}(?:[,;]|\\s+[a-z])`, 'u');
/** A surname opening a line, then what the person does: "Webb to book the room", "Burns will send the notices". */
const SURNAME_THEN_VERB = new RegExp(`^[${CAPITALS}][${SMALLS}'’-]+\\s+(?:to|will|would|and|has|had|was|is|said|reported|agreed|asked|thanked|noted|explained|presented|confirmed|offered|volunteered)\\s`, 'u');
/** Words that open a line as what became of a motion, not as a surname: "Carried.", "Agreed, nem con". */
const NOT_A_SURNAME = /^(?:Carried|Agreed|Resolved|Lost|Defeated|Passed|Failed|Approved|Motion|Unanimous|Unanimously|All|The|This|That|It|Members|Council|Committee|Board|Noted|Seconded|Moved|Proposed|Abstained|Vote|Votes)$/;
/** A motion's field closing a line, its name on the next: "Moved: Grace Liu  Seconded:" / "Nina Petrova   Carried." */
const FIELD_GOES_ON = /(?:^|\s)(?:moved|seconded|proposed)(?:\s+by)?\s*:$/i;
/** A task's owner or deadline field closing a line, its value on the next: "... Owner: Andre Baptiste. Due:" / "January 24.". */
const FIELD_LEFT_OPEN = new RegExp(String.raw`(?:^|[\s*_(])(${OWNER_FIELD_NAMES}|${DUE_FIELD_NAMES})(?:\*\*|__)?:$`, 'i');
/** A word in capitals closing a line, after another word: "... to the County". */
const CAPITALISED_END = new RegExp(`\\s[${CAPITALS}][${SMALLS}]+$`, 'u');
/** A task's owner or deadline field opening the text: "Owner: Dev Lal. Due: 1 February.", "Responsible: Clerk". */
const TASK_FIELDS_AFTER = new RegExp(String.raw`^(?:\*\*|__)?(?:${OWNER_FIELD_NAMES}|${DUE_FIELD_NAMES}|assigned\s+to)(?:\*\*|__)?\s*:`, 'i');
/** A year or a day opening a line, after its month on the line above: "... — January" / "2025 board", "... November" / "30". */
const YEAR_OPENS = /^(?:(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?)(?![\d:./-])\b/;
/** A month's name, with its capital, closing a line (not "may"). */
const MONTH_ENDS = new RegExp(`(?:^|\\s)(?:${MONTHS.replace(/\b[a-z]/g, (c) => c.toUpperCase())})$`);
/** A title with its full stop closing a line, its name on the next: "... H&S rep Bro." / "Ellis to raise it". */
export const TITLE_DOT_GOES_ON = /(?:^|\s)(?:Cllrs?|Cr|Mr|Mrs|Ms|Mx|Dr|Revd?|Prof|Bro|Sis)\.$/;
/** A title closing a line, its name on the next: "... seconded by Cllr" / "Okafor, that the precept be set ...". */
const TITLE_GOES_ON = /(?:^|\s)(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Mx|Dr|Revd|Prof|Director|Trustee|Commissioner|Alderman|Supervisor|Member|Councilmember)$/;
/** A word no sentence ends with, closing a line: an article, a preposition, a conjunction, an auxiliary. */
export const MID_SENTENCE_END = /(?:^|[^\w'’-])(?:a|an|the|of|to|and|or|as|by|for|with|in|on|at|from|that|be|is|are|was|were|has|have|had|will|would|should)$/i;
/** A number whose first part counts ("3", "3/11/26"): the count (group 1) and the rest of a reference (group 2, "" for none). */
const COUNTING = /^(\d{1,3})((?:\/\d{1,4}){0,2})$/;
/**
 * A minute's reference, which PLANNING_REF would take for an application's: "2026/143", "25/012", "TB/26/101" (two parts,
 * the last of three digits or fewer; an application's serial has more, or a third part: "26/03104/FUL").
 */
const MINUTE_REF = /^(?:[A-Z][A-Za-z]{0,4}\/)?\d{2,4}\/\d{1,3}[.:]?$/;
/**
 * The council's comment on an application, after its label: "Comment – refer to the tree officer.", "Comments: the
 * council would like the conservation officer consulted." (not a placeholder: "Comments: none", "Response: –", "TBC").
 */
const COMMENT_LABEL = /^[\s>*_•·-]*((?:(?:the\s+)?(?:(?:parish|town|community)\s+)?(?:council|committee)['’]s\s+)?(?:comments?|responses?|observations?|recommendations?))(?:\*\*|__)?\s*(?::|\s[–—-]\s)\s*(?:\*\*|__)?\s*(?!(?:none|nil|n\/a|tbc|tbd|pending|to\s+follow)\b|[-–—?.…])\S/i;
/** The council's comment opening text[start, end), as a response whose range is its label; null where none opens it. */
function commentAt(text: string, start: number, end: number): Outcome | null {
  const m = COMMENT_LABEL.exec(text.slice(start, end));
  if (!m) return null;
  const at = start + m.index + m[0].indexOf(m[1]!);
  return { kind: 'response', range: { start: at, end: at + m[1]!.length } };
}
/** ModernGov's field for what became of a decision: "Decision status: Recommendations Approved". */
const DECISION_STATUS = /^decision\s+status\s*:/i;
/** A planning application's reference: "24/05602/PIP", "DC/25/0012", "P/24/0311/FUL". */
const PLANNING_REF = /\b(?:[A-Z]{1,4}\/)?\d{2,4}\/\d{3,6}(?:\/[A-Z]{2,5})?\b/;
/** A planning application's reference as a line's number, not a minute's: "P/26/0841", "26/05120/FUL", "DC/2026/0412". */
const OWN_PLANNING_REF = /^(?:[A-Z]{1,4}\/\d{2,4}\/\d{3,6}(?:\/[A-Z]{2,5})?|\d{2,4}\/\d{4,6}(?:\/[A-Z]{2,5})?|\d{2,4}\/\d{3,6}\/[A-Z]{2,5})$/;
/**
 * A sentence that says an item needed no decision: "No resolution was required", "For information only", "For
 * information." (a line of its own), "Item withdrawn by the applicant.", "Item pulled from the agenda.", "Nothing to decide", "No action needed.", "No follow-up needed" (a sentence of its own: not "no further action is required by the regulator").
 */
const NO_DECISION_NEEDED =
  /\b[Nn]o\s+(?:formal\s+|further\s+)?(?:resolutions?|decisions?|votes?)\s+(?:(?:was|were|is|are)\s+)?(?:required|needed|necessary|sought|requested)\b|\b[Nn]othing\s+(?:else\s+|further\s+|more\s+)?(?:for\s+(?:the\s+)?(?:group|committee|board|meeting|team|us)\s+)?to\s+decide\b|\b[Nn]o\s+(?:further\s+)?(?:action|follow[- ]?ups?)\s+(?:(?:is|was|being)\s+)?(?:needed|required|necessary)(?=\s*[.;)]|\s*$)|\b(?:[Ff]or|[Aa]s)\s+information\s+only\b|\b(?:item|report|update|paper|presentation)\s+(?:was|is)\s+(?:received\s+)?for\s+information\b|\b(?:was|is)\s+an?\s+information(?:al)?\s+(?:item|report)\b/;
/** The same, in an item's short text: "For information." on a line of its own, "Item withdrawn by the applicant.", "Item pulled from the agenda.", "Withdrawn." or "Withdrawn by the applicant." as a line of its own. */
// ("Information only. No action taken.", "Informational item; no action taken.": so a line opening with it, as a US board's
// minutes mark a report.)
const FOR_INFORMATION_LINE = /(?:^|\n)[ \t]*(?:(?:[Ff]or|FOR)[ \t]+(?:[Ii]nformation|INFORMATION)[ \t]*\.?[ \t]*(?=\r?\n|$)|(?:[Ii]nformation(?:al)?|INFORMATION(?:AL)?)[ \t]+(?:[Oo]nly|ONLY)\b|(?:[Ii]nformation(?:al)?|INFORMATION(?:AL)?)[ \t]+(?:[Ii]tem|ITEM)(?=[ \t]*(?:[;:.,–—(-]|[Oo]nly\b|\r?\n|$)))/;
const WITHDRAWN_ITEM = /\b(?:[Ii]tem|[Aa]pplication|[Rr]eport|[Pp]aper|[Pp]etition|[Mm]otion)\s+(?:was\s+|has\s+been\s+|WAS\s+)?(?:withdrawn|WITHDRAWN|pulled|removed\s+from\s+the\s+agenda)\b|(?:^|\n)[ \t]*(?:[Ww]ithdrawn|WITHDRAWN)(?:[ \t]+(?:by|at)[ \t]+(?:the[ \t]+)?(?:applicant|agent|proposer|mover|author|officers?|request|the\s+request)\b[^.\n]{0,60})?[ \t]*\.?[ \t]*(?=\r?\n|$)/;
// (Looked for in an item's short text only, where such a line is what the item says: reading every long undecided item
// for them cost a parse 1-2%.)
const noDecisionNeeded = (t: string): boolean => NO_DECISION_NEEDED.test(t) || (t.length <= 400 && (FOR_INFORMATION_LINE.test(t) || WITHDRAWN_ITEM.test(t)));
/** A consent agenda: its items are decided together, by one motion. */
const CONSENT_GROUP = /^consent\s+(?:agenda|calendar|items)[.:]?$/i;
/** One person's report, whose lettered points are what it reported: "Manager's Report", "Clerk's update", "Chair's report". */
const ONES_REPORT = new RegExp(String.raw`^[${LETTERS}.\s-]{1,40}?['’]s\s+(?:report|update)[.:]?$`, 'iu');
/** A heading over items taken for information only: "Information items", "Items for information", "For noting". */
const INFORMATION_GROUP = /^(?:information(?:al)?\s+(?:items?|reports?|only)|(?:items?|reports?|matters)\s+for\s+(?:information|noting)|for\s+(?:information|noting)|(?:items?\s+)?to\s+note)[.:]?$/i;
/** An item that lists the letters and e-mails received: "Correspondence", "8. Correspondence received", "Clerk's correspondence". */
export const CORRESPONDENCE_TITLE = /\bcorrespondence\b/i;
/** A line or cell that ends a sentence: its full stop (or "!", "?"), perhaps a closing quote or bracket after it. */
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
/** A list's numbering, not an item's: "(a)", "(ii)", "a)", "b.", "iv)". */
const LIST_NUMBERING = /^\(|^[a-z]{1,4}[.)]/;
/** Unnumbered headings that gather sub-items: "NEW BUSINESS", "Reports", "Planning applications", "Consent agenda". */
const GROUPING_TITLE = /\b(?:business|reports?|items|matters|consent|planning|applications|finance|correspondence|hearings|ordinances|resolutions|presentations|proclamations|delegations|petitions)\b/i;

type Family = 'ref' | 'dec' | 'dec2' | 'decsub' | 'roman' | 'romansub' | 'upper' | 'uppersub' | 'lower' | 'paren-num' | 'paren-roman' | 'dec-paren';
/**
 * Is the line's number a letter that does not open a list ("B.", "p)")? A letter opens a list only as its first, "A." or
 * "a)": "P. Ellis proposed ..." under "PUBLIC HEARINGS" is someone's initial.
 */
function letterMidList(fam: Family, num: string): boolean {
  return (fam === 'upper' || fam === 'lower') && !/^\(?[aAiI][.):]?$/.test(num);
}

const wordNumber = (n: string): string | null => {
  const k = /^[a-z]+$/i.test(n) ? NUMBER_WORDS.indexOf(n.toLowerCase()) : -1;
  return k < 0 ? null : String(k + 1);
};

function family(num: string): Family {
  // "1)" is a numbering of its own: top-level where a document numbers its items so, a list elsewhere.
  if (/^\d+\)$/.test(num)) return 'dec-paren';
  const n = num.replace(/[.:\-–—]$/, '');
  if (wordNumber(n) !== null) return 'dec';
  if (n.includes('/')) return 'ref';
  if (/^\d+(?:\.0)?$/.test(n)) return 'dec';
  if (/^\d+(?:\.\d+)+$/.test(n)) return 'dec2';
  if (/^\d+[a-z]$|^\d+\(|^\d+\.[A-Za-z]$/.test(n)) return 'decsub';
  if (/^[IVXLC]+(?:\.[ \u00a0]?|[ \u00a0])[A-Z]\.?$/.test(n)) return 'romansub';
  // "B-1.", "C-2.", "F.1": an American agenda's items under its lettered sections.
  if (/^[A-Z]-\d+[a-z]?$|^[A-Z]\.\d+$/.test(n)) return 'uppersub';
  if (/^[IVXLC]+$/.test(n) && n.length > 1) return 'roman';
  if (/^[A-Z]$/.test(n)) return 'upper';
  // ("ii)" after "i)", as "(ii)" after "(i)".)
  if (/^\(?[ivx]+\)$/.test(n) && n !== '(i)' && n !== 'i)') return 'paren-roman';
  if (/^\(\d+\)$/.test(n)) return 'paren-num';
  return 'lower';
}

/** "Reserves policy: Trustees approved the revised policy.": a label and a sentence, a numbered paragraph's text. */
const LABEL_SENTENCE = /^.{2,60}?[^\s:]:\s+\S.*[.!?]["”’)]?$/;

/** A reference's shape: its letters and how many numbers it has ("45/25" → "2", "FPL/2025/188" → "FPL3"). */
function refShape(num: string): string {
  // ("25/102.1" under "25/102": a sub-number of a reference has a shape of its own.)
  return (/^[A-Za-z]+/.exec(num)?.[0] ?? '').toUpperCase() + String(num.split('/').length) + (/\/\d+\.\d/.test(num) ? '.' : '');
}

/** Does reference `a` come before `b` in their numbering ("TB/26/058" before "TB/26/074", "25/99" before "26/01")? */
function refBefore(a: string, b: string): boolean {
  const x = a.match(/\d+/g) ?? [];
  const y = b.match(/\d+/g) ?? [];
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (+x[k]! !== +y[k]!) return +x[k]! < +y[k]!;
  return false;
}

/** The number a sub-number belongs under: "5.1" → "5", "59(a)" → "59", "7a" → "7", "7.A" → "7", "VI. A." → "VI". */
function parentNumber(num: string): string | null {
  const n = num.replace(/[.:\-–—]$/, '');
  let m = /^(\d+)\.\d+$/.exec(n);
  if (m) return m[1]!;
  // "25/102.1" → "25/102".
  m = /^(.*\d\/\d+)\.\d+$/.exec(n);
  if (m) return m[1]!;
  m = /^(\d+(?:\.\d+)*)\.\d+$/.exec(n);
  if (m) return m[1]!;
  m = /^(\d+)(?:[a-z]|\(.+\)|\.[A-Za-z])$/.exec(n);
  if (m) return m[1]!;
  m = /^([IVXLC]+)(?:\.[ \u00a0]?|[ \u00a0])[A-Z]\.?$/.exec(n);
  if (m) return m[1]!;
  // "C-2" → "C", "F.1" → "F".
  m = /^([A-Z])(?:-\d+[a-z]?|\.\d+)$/.exec(n);
  if (m) return m[1]!;
  return null;
}

const isLetterLike = (f: Family | null): boolean => f === 'upper' || f === 'roman';



/** A heading in capitals: letters all upper case, at least two words' worth of letters. */
const isAllCaps = (t: string): boolean => /[A-Z]{2}/.test(t) && !/[a-z]/.test(t) && /^[A-Z0-9][A-Z0-9 &'’,()/\-–—]*$/.test(t);

const normNumber = (num: string): string => {
  const n = num.replace(/[.:\-–—]$/, '').replace(/^(\d+)\)$/, '$1').replace(/\.0$/, '');
  return wordNumber(n) ?? n;
};

/** An item whose heading is one line and whose text starts on the next. */
function lineHead(n: number, title: string, titleRange: Range, number: string | null, level: number): Head {
  return { kind: 'item', firstLine: n, titleLine: n, titleRange, title, number, level, bodyLine: n + 1, inlineBody: null, headParts: [{ kind: 'title', line: n }], md: 0 };
}

/** "Decision:" alone on its line, as a cabinet's record of decisions heads what it decided. */
const DECISION_ALONE = /^[\s>]*(?:\*\*|__)?decisions?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$/i;
/** "Decision: That the update be noted, and that officers report back ...": the decision worded as a resolution. */
const DECISION_THAT = /^[\s>]*(?:\*\*|__)?decisions?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*that\s/i;
/** A clause under that label: "(1)<TAB>That ...", "a) That ...", "That ...". */
const DECISION_CLAUSE = /^(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][\s\u00a0]+)?that\s/i;

/** A table's column of decisions: "Decision", "Outcome", "Resolution", "Agreed". */
const DECISION_COLUMN = /^(?:decisions?(?:\s+(?:made|taken))?|outcomes?|resolutions?|agreed|decided)$/i;
/** A cell of that column that records none: "–", "n/a", "None", "TBC", "Pending". */
const BARE_OUTCOME_CELL = /^(?:noted|agreed|approved|accepted|adopted|received(?:\s+and\s+noted)?|resolved|carried|endorsed|ratified|no\s+(?:further\s+)?action(?:\s+(?:required|needed))?)\s*[.!]?$/i;
/** What a "Decisions" or "Conclusion" heading has under it when nothing was decided: "- None", "No consensus yet", "Update only". */
const NOTHING_DECIDED = /^(?:[-*•+]\s+)?(?:none(?:\s+yet)?|nil|n\/a|tbd|tbc|pending|not\s+yet|no\s+(?:decisions?|conclusions?|consensus|outcomes?|resolutions?)\b|(?:update|information|discussion|presentation)\s+only\b)/i;
// ("No decision, revisit in August", "No decision made – more data needed": what follows says why, or when it comes back.)
// ("Discussed, no decision", "Discussion only": talked about, nothing decided.)
const NO_DECISION_CELL = /^(?:[-–—?]+|n\/a|none(?:\s+yet)?|nil|tbc|tbd|pending|(?:(?:discussed|discussion(?:\s+only)?)\s*[,;:–—-]?\s*)?no\s+decision(?:\s+(?:yet|made|taken|reached))?(?:\s*[,;:–—]\s*\S.*|\s+-\s+\S.*)?|discussed(?:\s+only)?|discussion(?:\s+only)?|for\s+information(?:\s+only)?|not\s+yet|deferred\?)\.?$/i;

/** A line marked done at its end: "[done]", "(completed)", "– done", ": complete" (an action log's status), "✓". */
const MARKED_DONE = /(?:[([]\s*(?:done|completed?|closed|finished)\s*[)\]]|\s[–—-]\s*(?:done|completed?)|:\s*(?:done|completed?|closed|finished)|[✓✔])\s*\.?$/i;
/** "**45/26 Apologies** – none.", "**3. Finance**: ...": a minute's number and title in bold, then a dash or colon and its text (group 2: number and title). */
// ("**4a. 26/0912 – 11 High St – shopfront:** no objection.": a sub-item's, lettered, its colon inside the bold.)
const BOLD_NUMBERED_INLINE = /^(\*\*|__)((?:\d{1,3}(?:\.\d{1,3})*[a-z]?\.?|[A-Z]{0,4} ?\d{1,4}\/\d{1,4}(?:\/\d{1,4})?)[ \t\u00a0]+[^*_\s][^*_]{1,99}?)(?::\1|\1[ \t\u00a0]*(?:[–—-]|:))[ \t\u00a0]+(?=\S)/;
/** A sub-item's number opening a title: "4a. ...", "4.1 ...". */
const SUB_NUMBER_OPENS = /^\d{1,3}(?:[a-z]|\.\d{1,3})[.)]?\s/;

/**
 * A line in bold that heads a topic in Markdown notes: "**Topic:** Kubernetes upgrade", "**1. Pricing page**" (not a
 * label such as "**Decision:**"); its title and where the title starts in the line.
 */
/**
 * "**Approval of minutes** — October minutes approved", "**Financials:** Grace reviewed ...", "**Adjourn** 8:05 PM.": a title
 * in bold, then its text on the same line after a dash or a colon (or, for a procedural title, straight after it). The
 * title, and where the text starts; null for a label ("**Decision:** ...", "**Owner:** ...") or a phrase in bold.
 */
function boldInlineTitle(c: string): { title: string; body: number } | null {
  const m = /^(\*\*|__)([^*_\s][^*_:]{1,60}?)[ \t\u00a0]*(:?)\1(:?)[ \t\u00a0]*(?:([–—-])[ \t\u00a0]+)?(?=\S)/.exec(c);
  if (!m) return null;
  const title = m[2]!;
  if (title.split(/\s+/).length > 6 || !isTitleLike(title) || NOT_TOPIC_LABEL.test(title) || ATTENDANCE_LINE.test(title) || ATTENDANCE_SECTION.test(title) || FORM_OUTCOME.test(title + ':')) return null;
  if (!m[3] && !m[4] && !m[5] && !PROCEDURAL_TITLE.test(title)) return null;
  return { title, body: m[0].length };
}

/** Who was there or took the notes, as a label anywhere in a line of the meeting's details: "· present: Priya, Jonas". */
const MEETING_DETAILS = /(?:^|[·|•,;]\s*)(?:present|attendees|attendance|participants|in\s+attendance|apologies|absent|scribe|note[- ]?takers?|notes(?:\s+by)?|minutes\s+by|facilitator|host)\s*:/i;

function boldTitle(c: string): { title: string; at: number } | null {
  const b = /^\*\*(?:topic|item|agenda\s+item|subject)\s*:?\s*\*\*\s*:?\s*(\S.*)$/i.exec(c);
  if (b) {
    const title = b[1]!.trim();
    return { title, at: c.lastIndexOf(title) };
  }
  // ("*Pitch hire*": Slack and WhatsApp make bold with one asterisk.)
  const whole = /^(\*\*|__|\*(?!\s))([^*_]{2,100}?)\1$/.exec(c);
  if (!whole || /:\s*$/.test(whole[2]!) || /^\s|\s$/.test(whole[2]!)) return null;
  // ("*No decision — revisit in January.*": a sentence in emphasis, ending as a sentence does, is the text's, not a title.)
  if (/[.!?]$/.test(whole[2]!) && /\S\s+\S+\s+\S/.test(whole[2]!)) return null;
  // "**Topic: Kubernetes upgrade**": the label is not the title here either.
  const title = whole[2]!.trim().replace(/^(?:topic|item|agenda\s+item|subject)\s*:\s+(?=\S)/i, '');
  // ("**Nov 20, 2025**": the meeting's date in bold heads no topic.)
  if (DATE_ONLY.test(title)) return null;
  return { title, at: c.indexOf(title) };
}

/** Items that gather business and, left empty, say there was none: "New Business", "Correspondence". */
/** A form's outcome field and its value: "Outcome: Agreed to seek three quotes.", "**Decision:** Buy the van". */
const FORM_OUTCOME = /^(?:\*\*|__)?(?:outcome|decisions?|conclusions?|agreed(?:\s+action)?|next\s+steps?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?=\S)/i;
/** A form's owner or deadline field, opening a line: "Timeline:", "**Owner:**", "Person responsible:". */
const FORM_FIELD_HEAD = new RegExp(String.raw`(?:\*\*|__)?(?:${OWNER_FIELD_NAMES}|${DUE_FIELD_NAMES})(?:\*\*|__)?\s*:`, 'iy');
/** Does such a field open the text at `at`? (Read in place: most lines are not fields, and a copy of each would cost.) */
function formFieldAt(text: string, at: number): boolean {
  FORM_FIELD_HEAD.lastIndex = at;
  return FORM_FIELD_HEAD.test(text);
}
/**
 * A task's owner or deadline field ("Owner: P. Lam", "Due: by 31 March") with its value at `at`, where the task has
 * none yet ("by", "before", "until" are not part of a deadline; "TBC" names nobody).
 */
function setField(a: { owner: string | null; ownerRange: Range | null; due: string | null; dueRange: Range | null }, name: string, value: string, at: number): void {
  if (DUE_NAME.test(name)) {
    if (a.due === null && !noDateYet(value)) {
      const lead = DUE_VALUE_LEAD.exec(value)?.[0].length ?? 0;
      a.due = value.slice(lead);
      a.dueRange = { start: at + lead, end: at + value.length };
    }
  } else if (a.owner === null && a.ownerRange === null) {
    a.owner = isPlaceholderOwner(value) ? null : value;
    a.ownerRange = { start: at, end: at + value.length };
  }
}

/** "ACTION: Director of Adult Social Services" closing a line, after its text: who is to act. */
const ACTION_OWNER_CLOSING = /(?:^|[.;]\s+|\(\s*)(?:ACTION|Action)(?:\s+(?:BY|by))?\s*[:–—-]\s*([A-Z@][^.;:()]{1,60}?)\s*\)?\s*\.?$/;
/** A form's field and its value: "Owner: P. Lam", "Due: 30 June 2026" (an owner's of 41 characters at most). */
const FORM_VALUE = new RegExp(String.raw`^(?:\*\*|__)?(${OWNER_FIELD_NAMES}|${DUE_FIELD_NAMES})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(\S.{0,60}?)\s*$`, 'i');
/** A deadline's field after another on the same line, and what it holds: " · **Due:** end of Feb", ". Due: 30 June." (group 1). */
const SECOND_DUE_FIELD = new RegExp(String.raw`\s*(?:[·|;•]|\.(?=\s))\s*((?:\*\*|__)?(?:${DUE_FIELD_NAMES})(?:\*\*|__)?\s*:.*)$`, 'i');
const OWNER_NAME = new RegExp(String.raw`^(?:${OWNER_FIELD_NAMES})$`, 'i');
const DUE_NAME = new RegExp(String.raw`^(?:${DUE_FIELD_NAMES})$`, 'i');
/** What opens a deadline field's value and is not the deadline: "Timeline: until 20.12.2025", "Due: by Friday". */
const DUE_VALUE_LEAD = /^(?:by|before|until|till|(?:not|no)\s+later\s+than)\s+(?=\S)/i;
/** A form's outcome field with nothing after it: "Outcome:", "**Decision:**". */
const EMPTY_FIELD_LABEL = /^(?:\*\*|__)?(?:outcome|decisions?|result|resolution|conclusion)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?$/i;
/** A form's next field: "Owner:", "Due: 30 June", "Action by:". */
const FORM_FIELD = new RegExp(String.raw`^(?:\*\*|__)?(?:${OWNER_FIELD_NAMES}|${DUE_FIELD_NAMES}|action|status|notes?|discussion|next\s+steps?)(?:\*\*|__)?\s*:`, 'i');
/** "Case No. ZBA-2026-04: ...", "Appeal #26-3 – ...": the case's reference, its separator, then its text. */
const CASE_LINE = /^((?:case|application|appeal|docket|file|petition|variance\s+request)\s*(?:no\.?|number|#)\s*[A-Z0-9][\w./-]*[\w])\s*(?::|\s[–—-])\s*(?=\S)/i;
const EMPTY_MEANS_NONE = /^(?:(?:new|old|unfinished|other|general|further|any\s+other|urgent)\s+business|correspondence|(?:other|further)\s+matters|(?:discussion|information|new|other)\s+items|planning(?:\s+applications)?)$/i;

/** An item that records who attended: "2. Roll Call", "Attendance", "Members present". */
/**
 * Does an item's text hold, after its first line, a line that plain minutes read differently before their first item
 * ("PRESENT" and the names under it, "AGENDA" over its list)? Read on its own, the item has no item before it, so such
 * lines would be read as the header's (incremental.ts parses the whole text instead).
 */
export function holdsHeaderLines(text: string): boolean {
  // (Line by line without splitting the text into an array: this runs on each keystroke in plain minutes.)
  for (let at = text.indexOf('\n') + 1; at > 0 && at < text.length; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    const line = text.slice(at, nl);
    at = nl + 1;
    const c = line.replace(/\r$/, '').trim();
    if (c.length === 0 || c.length >= 300) continue;
    if (c.length <= 20 && TOC_LABEL.test(c)) return true;
    if (ATTENDANCE_LINE.test(c.replace(/\*\*|__/g, '')) && !SECTION_NAME.test(c.replace(/[:.]$/, '').trim())) return true;
  }
  return false;
}

export function isAttendanceItem(title: string): boolean {
  return ATTENDANCE_SECTION.test(title.replace(NUMBERED, '').replace(/[:.]$/, '').trim());
}

/** Short forms whose full stop ends no sentence in a title: "St. Mary's", "Mr. Hale", "Bro. Ortiz", "Acme Ltd.". */
const TITLE_ABBREVIATIONS = 'St|Mr|Mrs|Ms|Dr|No|Cllr|Rd|Ave|Revd|Prof|Co|Ltd|Inc|vs|Bro|Sr|Fr|Jr';
/** Two sentences, the first closed: "No reportable incidents. Scaffold inspection up to date." */
const TWO_SENTENCES = new RegExp(`\\S\\s+\\S*[a-z0-9)](?<!\\b(?:${TITLE_ABBREVIATIONS}))[.!]\\s+[A-Z]`);
/** A line's first sentence, and the one after it: not ended by a title's full stop ("Proposed Cllr. Moor, seconded ..."). */
const FIRST_SENTENCE = new RegExp(`^(.{2,150}?[^.\\s])(?<!\\b(?:${TITLE_ABBREVIATIONS}))\\.\\s+(?=[A-Z(“"])`);
/** A short title closed by a full stop, then a sentence: "B. Volunteer handbook. Tabled to November." */
/** A title in capitals, a full stop, then a sentence in lower case: "CORRESPONDENCE. A letter from a resident ...". */
const CAPS_THEN_SENTENCE = /^(?=[^a-z.]*[A-Z]{2})[^a-z.]*\.\s+(?:[A-Z][a-z]|[AI]\s+[a-z])/;
const TITLE_THEN_SENTENCE = new RegExp(`^.{3,60}?[^.\\s](?<!\\b(?:${TITLE_ABBREVIATIONS}|[A-Z]))\\.\\s+[A-Z]`);

/** How a paper came to the meeting, in brackets after its title: "(circulated)", "(previously circulated)", "(tabled)". */
const PAPER_ASIDE = /\s*\((?:previously\s+|already\s+|as\s+|to\s+be\s+|copy\s+)?(?:circulated|distributed|tabled|attached|enclosed|presented|appended|considered)(?:\s+(?:in\s+advance|with\s+the\s+agenda|at\s+the\s+meeting|before\s+the\s+meeting|to\s+(?:all\s+)?(?:members|councillors)))?\)/gi;

/** Words that open a sentence's subject, not a title: "The clerk ...", "Members ...", "It ...". */
const SUBJECT_OPENER = /^(?:the|a|an|this|these|that|those|our|their|his|her|its|it|he|she|they|we|i|there|members|councillors|cllrs?|councillor|mr|mrs|ms|miss|dr|everyone|all|some|several|residents|officers)$/i;
/**
 * A verb's past tense not after a word that makes it an adjective ("a detached garage", "of listed buildings"). (Not "-en":
 * "garden", "kitchen", "green" end so, and "taken", "written" are past tenses only after an auxiliary, which FINITE reads.)
 */
const PAST_AFTER = /(?:^|\s)(?!(?:a|an|the|of|for|to|and|or|with|at|on|in|its|their|newly|recently|partly|fully|two|three|four)\s)\S+\s+[a-z]{2,}ed\b/i;
/**
 * A title of nine to sixteen words before a sentence: a noun's phrase, as a planning application's description is
 * ("Change of use of the former bank on Main Street to a cafe"), not a sentence whose verb FINITE does not know: it opens
 * with no subject's word ("The", "Members", ...) and has no past tense after its first word ("Residents complained
 * about ...").
 */
function longNounTitle(t: string, response = false): boolean {
  const words = t.split(/\s+/);
  if (t.length > 100 || words.length > 16) return false;
  // ("3.2 A house on land east of the Old Manse. No objection.": an article may open it where the council's response
  // follows, as it follows a planning application's description, and no verb stands in it.)
  if (SUBJECT_OPENER.test(words[0]!.replace(/[^\w]+$/, '')) && !(response && ARTICLE.test(words[0]!) && !FINITE.test(t))) return false;
  return !PAST_AFTER.test(t);
}
const ARTICLE = /^(?:a|an|the)$/i;
/** A planning response opening the text: "No objection.", "Support.", "Object – overbearing." */
const RESPONSE_OPENS = new RegExp(String.raw`^\s*${PLANNING_RESPONSE}`, 'i');

/** Does the text's first "to" take a task's verb: "Clerk to write ...", "Goals at Field 3 – Jon to check the anchors."? */
function toTaskVerb(s: string): boolean {
  const to = /\sto\s+([a-z]+)\b/.exec(s);
  return to !== null && TASK_VERBS.has(to[1]!);
}

/** "of", "and", "for" or "to" and a capitalised word ending the text with a full stop: "... Report of the Clerk.". */
const ENDS_ON_NAMED_THING = new RegExp(String.raw`\b(?:of|and|for|to)\s+(?:the\s+)?[${CAPITALS}]\S*\.$`, 'u');
function isTitleLike(t: string): boolean {
  const s = t.replace(/^\*\*|\*\*$/g, '').trim();
  if (!s || s.length > 150) return false;
  // ("draft-ietf-dnsop-generalized-notify (Johan, 10 min)", "rust-lang/rfcs#3456": a document's or a project's name, in
  // lower case as it is written, titles an item; a word such as "co-op" does not make a lower-case line one.)
  if (/^[a-z]/.test(s) && !/^[a-z][a-z0-9]*(?:[-_./#][a-z0-9]+){2,}(?=\s|$)|^[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)*[/#][\w.-]+(?=\s|$)/.test(s)) return false;
  // ("IT", "IT strategy": information technology, in capitals, titles an item; "IT WAS AGREED ..." is a sentence.)
  if (/^(?:that|it|there|this|these|he|she|they|we|i)\b/i.test(s) && !/^IT\b(?!\s+(?:WAS|IS|WERE|HAS|HAD|WILL|WOULD)\b)/.test(s)) return false;
  if (/\?\s*$/.test(s)) return false;
  // Two sentences, each closed ("No reportable incidents. Scaffold inspection up to date."): a paragraph, not a title.
  if (/[.!]$/.test(s) && TWO_SENTENCES.test(s)) return false;
  // ("The green needs scarifying before April.": a sentence of its subject and what it says, closed by its full stop.)
  if (/^(?:The|A|An|This|These|Our|Their)\s+(?:\S+\s+){3,}\S*[a-z]\.$/.test(s) && !ENDS_ON_NAMED_THING.test(s)) return false;
  // A clause of a resolution runs on: "1. Endorse the Draft Playground Strategy for public exhibition; and".
  if (/(?:;|[;,]\s*(?:and|or))\s*$/.test(s)) return false;
  if (s.split(/\s+/).length > 22) return false;
  // ("Concerns raised about the garden", "Matters raised by members": what was raised, a noun's participle, is a title.)
  // ("Clerk's report (circulated)", "Accounts (previously circulated)": how the paper came, in brackets, is no verb.)
  if (FINITE.test(s) && !RAISED_TITLE.test(s) && !(s.includes('(') && !FINITE.test(s.replace(PAPER_ASIDE, '')))) return false;
  // "After careful consideration IT WAS RESOLVED THAT ...": a resolution in capitals is a paragraph too.
  if (/\b(?:WAS|WERE)\s+(?:RESOLVED|AGREED|NOTED|APPROVED|CARRIED)\b/.test(s)) return false;
  // A task is not a title: "Quotes to be obtained ...", "Clerk to write ...".
  if (/\bto\s+be\s+[a-z]+(?:ed|en|t)\b/.test(s)) return false;
  // Nor is a sentence that sets one: "Goals at Field 3 – Jon to check the anchors before Saturday." ("Request to fell a tree" is a title).
  if (/\.$/.test(s)) {
    if (toTaskVerb(s)) return false;
    // Nor what became of something: "Minutes of 5 February approved.", "Action log reviewed."
    if (/^(?:none|nil|n\/a|nothing)\b/i.test(s)) return false;
    if (/\b(?:approved|agreed|noted|adopted|accepted|received|deferred|endorsed|ratified|carried|signed|confirmed|reviewed|discussed|circulated)\b/i.test(s)) return false;
  }
  return true;
}

/**
 * A topic on a line of its own in notes without numbers or headings: short, a title, and not a label the notes use
 * for something else ("Notes", "Action items", "Attendees: ...", a date).
 */
export function isTopicLine(c: string): boolean {
  if (c.length < 2 || c.length > 60 || !/^[A-Z0-9]/.test(c) || /[.!?:;,]$/.test(c)) return false;
  if (c.split(/\s+/).length > 8 || !isTitleLike(c)) return false;
  // ("Chair: Ana" is a field; "Incremental font transfer: issue 212", a topic and what it concerns, is not.)
  const colon = /:\s/.exec(c);
  if (colon && (c.slice(0, colon.index).trim().split(/\s+/).length < 3 || NOT_TOPIC_LABEL.test(c.slice(0, colon.index).trim()))) return false;
  const label = bareLabel(colon ? c.slice(0, colon.index) : c).trim();
  if (GROUP_SECTION.test(label) || ACTIONS_SECTION.test(label) || DECISIONS_SECTION.test(label) || ATTENDANCE_LINE.test(label) || ATTENDANCE_SECTION.test(label)) return false;
  // ("Minutes", "Meeting notes", "Agenda" name the document or its parts; "Agenda review" is the meeting's business.)
  // ("Minutes of the AGM", "Minutes of the Planning Committee" over their approval are an item's topic.)
  if (CLOSING_LINE.test(c) || (/^(?:minutes|notes|agenda|meeting)\b/i.test(c) && !PROCEDURAL_TITLE.test(c) && !MINUTES_OF_BODY.test(c))) return false;
  return !DATE_LINE.test(c);
}
/** "Minutes of the AGM", "Minutes of the Planning Committee": another meeting's minutes, named by the meeting, not dated. */
const MINUTES_OF_BODY = /^(?:[Mm]inutes|MINUTES)\s+(?:of|OF)\s+(?:the\s+|THE\s+)?(?:last\s+|previous\s+)?(?:AGM|EGM|annual\s+general\s+meeting|(?:[A-Z][\w&'’-]*\s+){1,4}(?:Committee|Sub-?[Cc]ommittee|Group|Panel|Board|Forum))$/;
/** A date and nothing else: "Nov 20, 2025", "Thursday 4 March 2026", "2026-03-04", "04/03/2026". */
const DATE_ONLY = new RegExp(
  `^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?(?:\\s+\\d{4})?|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})$`,
  'i',
);
/** A line of wrapped text that opens with a month ("April.", "April 2025 and ..."): the rest of a date the line above began. */
const MONTH_OPENS = new RegExp(`^[ \\t]*(?:${MONTHS})\\b(?!['’-])`, 'i');
/** A date on its own line: "Oct 2, 2025", "Tuesday 4 March". */
const DATE_LINE = new RegExp(`^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|(?:${MONTHS})\\b\\.?\\s*\\d)`, 'i');

/** A paragraph that opens with its topic and a colon: "Treasurer's report: balance £1,842.17. ...". */
const TOPIC_LABEL = /^([A-Z][^:]{1,40}?)\s*:\s+(?=\S.{9})/;
/** What follows "Minutes:" when the label names the item that approves the last minutes. */
const MINUTES_APPROVAL = /^(?:(?:a\s+)?motion|moved|it\s+was\s+moved|the\s+minutes\b[^.]{0,80}\b(?:approved|adopted|confirmed|accepted|signed)|(?:approved|adopted|confirmed|accepted)\b)/i;
/** Labels that open a line without naming a topic: fields, outcomes, actions, the meeting's particulars. */
const NOT_TOPIC_LABEL =
  /^(?:action|actions|ai|todo|to do|note|notes|nb|decision|decisions|decided|outcome|result|resolved|resolution|agreed|approved|noted|motion|moved|seconded|proposed|vote|votes|owner|due|deadline|status|date|time|venue|location|place|chair|chairman|chairperson|secretary|minutes|minute taker|present|apologies|absent|attendees|in attendance|context|background|update|summary|question|answer|comment|response|reply|proposal|recommendation|conclusion|consensus|follow[- ]?up|next steps?|cc|re|subject|from|to)$/i;

/** An emoji or a symbol opening a title: "📌 Announcements", "📝 Action items", "✅ Decisions". */
const LEADING_GLYPH = /^(?:[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff]|\ud83c[\udc00-\udfff]|\ud83d[\udc00-\udeff]|\ud83e[\udd00-\udeff])\ufe0f?\s*/;

/** A heading over what the meeting or the team aims at: "Sprint goal", "Objectives", "Purpose of the meeting". */
const GOAL_TITLE = /^(?:(?:sprint|meeting|project|quarter(?:ly)?|team|our|the)\s+)?(?:goals?|objectives?|aims?|purpose|mission|vision|focus)(?:\s+(?:of|for)\s+(?:the\s+|this\s+)?(?:meeting|sprint|session|quarter|week|call))?$/i;
/** A numbered entry struck out: "4. ~~Move standup to 9:45~~ (dropped)". */
const STRUCK_NUMBERED = /^\d{1,3}[.)][\s\u00a0]+~~[^~]+~~/;
/** The same closing a title: "Actions 🎯", "What went well 🎉", "Decisions ✅". */
const TRAILING_GLYPH = /\s*(?:(?:[\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u25a0-\u27bf\u2b00-\u2bff]|\ud83c[\udc00-\udfff]|\ud83d[\udc00-\udeff]|\ud83e[\udd00-\udeff])\ufe0f?\s*)+$/;

/** A heading that is a meeting's date, as running notes head each meeting: "2025-12-02", "3 December 2025", "Dec 3, 2025". */
const DATE_HEADING = new RegExp(String.raw`^(?:(?:meeting|notes|minutes|sync|call)\s+(?:of\s+|on\s+|[–—-]\s*)?)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?,?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$`, 'i');

/** What a title says about its item: procedural (needs no outcome), or a summary of actions. */
function titleInfo(title: string): { procedural: boolean; summary: boolean } {
  // Titles repeat across a year of minutes under new numbers ("Apologies for absence"), so what the title without
  // its number says is kept.
  const rest = title.replace(LEADING_GLYPH, '').replace(TRAILING_GLYPH, '').replace(NUMBERED, '').replace(LONG_NUMBER, '');
  let info = titleCache.get(rest);
  if (!info) {
    // "Minute 45/25 – To receive apologies for absence": the title without its number, separator or agenda verb.
    const bare = PROCEDURAL_HINT.test(rest)
      ? rest
          .replace(BARE_NUMBERED, '$3')
          .replace(BARE_ROMAN, '$3')
          // ("A4 Close", "B2 Apologies": an agenda's code of a letter and a number.)
          .replace(/^[A-Z]\d{1,2}[.:)]?\s+/, '')
          .replace(/^#+\s*/, '')
          .replace(/\*\*/g, '')
          // ("09:30 – Welcome", "7.05pm Apologies": the time the programme gives it.)
          .replace(/^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?=[\s–—-])\s*(?:[–—-]\s*)?/i, '')
          .replace(/^[\s:.\-–—]+/, '')
          .replace(/^to\s+(?:receive|note|consider|approve|agree|confirm|discuss|record|accept|resolve)\s+(?:the\s+|any\s+)?/i, '')
          // ("Administrivia (chairs, 5 min)", "Welcome [2 mins]": who takes it and for how long, as an agenda gives them.)
          .replace(/\s*[([][^()[\]]{0,60}?\b\d{1,3}\s*(?:min(?:ute)?s?|m|hrs?|h)\.?\s*[)\]]$/i, '')
          // ("Adjournment – 7:42 pm", "Call to order 6.30pm": the time it happened.)
          .replace(/\s*(?:[–—-]\s*|\s)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?$/i, '')
          // ("Adjournment –", "Apologies -": a dash left at the end of a title.)
          .replace(/(?:[:.]|\s+[–—-])$/, '')
          .trim()
      : null;
    info = {
      // ("Opening and acknowledgement of country", "Call to order, roll call and quorum": procedural parts joined.)
      procedural: bare !== null && (PROCEDURAL_TITLE.test(bare) || proceduralParts(bare) || bilingualProcedural(bare)),
      // A numbered "ACTION ITEMS" heading gathers the meeting's actions.
      summary: /action|follow|next|to[- ]?do|task/i.test(rest) && ACTIONS_SECTION.test(rest.replace(/[:.]$/, '').trim()),
    };
    if (titleCache.size >= 4096) titleCache.clear();
    titleCache.set(rest, info);
  }
  return info;
}
/** Is every part of a joined title ("Opening and acknowledgement of country") procedural on its own? */
function proceduralParts(bare: string): boolean {
  if (!/\s(?:and|&)\s|,\s|\s\/\s/i.test(bare)) return false;
  const parts = bare.split(/\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s|\s\/\s)\s*/i).filter((p) => p !== '');
  return parts.length >= 2 && parts.every((p) => PROCEDURAL_TITLE.test(p));
}
/** Words of the other languages minutes are kept in beside English (Welsh, French, Irish, Māori), which no English title holds. */
const OTHER_LANGUAGE_WORD = /(?:^|\s)(?:y|yr|yn|ac|gan|ei|eu|ein|nesaf|cyfarfod|unrhyw|arall|fater|materion|busnes|dyddiad|datgan|buddiant|cofnodion|de|la|le|les|des|du|et|à|au|aux|agus|na|te|ngā|ki|mō|nau|mai|haere|mihi|whakatau|whakamihi)(?=\s|$)|[^\x00-\x7f]/i;
/**
 * "Dyddiad y cyfarfod nesaf / Date of next meeting", "Levée de la séance / Adjournment": a title in two languages, as
 * Welsh, Canadian, Irish and New Zealand minutes give it, is procedural when its English half is.
 */
function bilingualProcedural(bare: string): boolean {
  // (" | " too: "Nau mai | Welcome", as New Zealand boards write theirs.)
  const sep = / [/|] /.exec(bare);
  if (sep === null || / [/|] /.test(bare.slice(sep.index + 3))) return false;
  const a = bare.slice(0, sep.index).trim();
  const b = bare.slice(sep.index + 3).trim();
  const pa = PROCEDURAL_TITLE.test(a);
  const pb = PROCEDURAL_TITLE.test(b);
  if (pa === pb) return pa;
  const other = pa ? b : a;
  // ("Croeso / Welcome": a single word beside a procedural title is its translation.)
  return OTHER_LANGUAGE_WORD.test(other) || !/\s/.test(other);
}
/**
 * "Miller Farm.", "North Wing, Town Hall.": two to six words in capitals (a name, a place), joined by at most a small word,
 * none of them a result, a status or a date ("Motion Carried.", "Approved Unanimously.", "Tuesday 2 February.").
 */
const NAME_PART = new RegExp(String.raw`^[${CAPITALS}][${LETTERS}'’&-]*,?(?:\s+(?:(?:of|and|the|for|on|at|in|upon|under|de|la|&)\s+)?[${CAPITALS}][${LETTERS}'’&-]*,?){1,5}[.!]$`, 'u');
const RESULT_OR_STATUS =
  /\b(?:approved|agreed|noted|carried|deferred|adopted|accepted|rejected|refused|lost|defeated|passed|failed|tabled|postponed|withdrawn|received|resolved|completed?|done|ongoing|closed|none|nil|yes|no|pending|unanimous(?:ly)?|granted|declined|objection|support|comment|tbc|tbd|follow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
/**
 * "Police report – PCSO Harris reported two thefts.", "Minutes of 8th October – approved and signed.": a short title, a
 * dash, then the item's text, a sentence ("Local Plan Review – Preferred Options" is one title). The title, and where
 * the text starts in `rest`; null when the line is not so.
 */
/** Titles whose text is a list of people: "Apologies", "Apologies for absence", "Declarations of interest", "Present". */
const WHO_LISTED_TITLE = /^(?:apologies(?:\s+(?:for\s+absence|received))?|declarations?\s+of\s+(?:(?:pecuniary|personal|members['’]?)\s+)?interests?|(?:members\s+)?present|absent|in\s+attendance)$/i;
/** A sentence's full stop after a word, then a capital: two sentences. */
const SENTENCE_THEN_CAPITAL = new RegExp(String.raw`[a-z]\.\s+[${CAPITALS}]`, 'u');
/** A quotation opened and not closed: "“Slow", "'Adopt a bed". */
const OPEN_QUOTE = /^[^“"‘']*(?:“[^”]*|"[^"]*|‘[^’]*|(?<![\w])'[^']*)$/;
/** A date in a title: a month's name, or "3.11.2025". */
const DATE_IN_TITLE = new RegExp(`\\b(?:${MONTHS})\\b|\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b`, 'i');
function dashTitle(rest: string, colon = false, names = false): { title: string; body: number } | null {
  // With `colon`, a colon serves too: "1. Apologies: K. Fraser.", "2. Minute of previous meeting: approved, proposed F.
  // Rennie." (a top-level item's; under an item, "4.1 Bus shelter: the Secretary reported ..." is a paragraph).
  let dash = (colon ? /^(.{2,60}?[^\s:])(?:\s+[–—-]\s+|:\s+)(?=\S)/ : /^(.{2,60}?\S)\s+[–—-]\s+(?=\S)/).exec(rest);
  // ("A. “Slow – Children” signs on Shore Drive – Management to order two signs.": not a dash inside quotes.)
  if (dash && OPEN_QUOTE.test(dash[1]!)) dash = (colon ? /^(.{2,60}?[”"’][^–—:]{0,58}?[^\s:])(?:\s+[–—-]\s+|:\s+)(?=\S)/ : /^(.{2,60}?[”"’][^–—]{0,58}?\S)\s+[–—-]\s+(?=\S)/).exec(rest);
  // ("A. Freezer compressor. MOTION: To authorize ...": a full stop before the colon ends the title there; read below.)
  // ("25/103 Minutes of the meeting held on 3rd November 2025 – Proposed: ...": a date's words make a title longer.)
  if (!dash || !isTitleLike(dash[1]!) || dash[1]!.split(/\s+/).length > (DATE_IN_TITLE.test(dash[1]!) ? 11 : 8) || SENTENCE_THEN_CAPITAL.test(dash[1]!)) return null;
  const after = rest.slice(dash[0].length);
  // ("5.2 Field Trip Request – Grade 8 Washington D.C.": an abbreviation's full stop does not make a sentence of a title.)
  // (With `names`, on a numbered line, "3. Conservation Easement – Miller Farm.": nor does a full stop after a name, a
  // title's second part, after a dash; a paragraph's opening title, which has no number to make the line a heading, still
  // splits, as does a colon's: "1. Apologies: Jean Taylor, Bob Smith.")
  const stop = /[.!?]$/.test(after) && !/(?:\b[A-Z]\.){2,}$/.test(after) && !/\b(?:Inc|Ltd|Co|Corp|St|Jr|Sr|Bros|No|Rd|Ave)\.$/i.test(after) && !(names && !dash[0].includes(':') && NAME_PART.test(after) && !RESULT_OR_STATUS.test(after));
  // ("2.2 Baxter Logistics – increase of overdraft to £300,000": a lower-case description that says nothing happened
  // goes on the title.)
  const description = /^[a-z]/.test(after) && !FINITE.test(after) && !/^(?:no|none|nil|nothing|not|still|awaiting|pending|see|to|tbc|tbd|deferred|agreed|approved|noted|carried|done|complete|completed|ongoing|update|updates)\b/.test(after) && !/\bto\s+[a-z]+/.test(after.replace(/\bto\s+£?\d/g, ''));
  // ("2. Library books – Motion: That the P&C fund $400 ...": a motion's or a decision's label opens the item's text.)
  const labelled = /^(?:motion|moved|resolved|resolution|decision|outcome|action|proposed|vote|recommendation)\s*:/i.test(after);
  // ("1. Apologies – Cllr Lamb.", "Declarations of interest – none": who sent apologies or declared, after the item's title,
  // is its text, whatever that text is.)
  const listed = WHO_LISTED_TITLE.test(dash[1]!);
  // ("3. Heat in Buildings Bill: The Committee took evidence on the Bill at Stage 1 from—" / "Alan Brown, ...": the body's
  // sentence, leading into the list under it.)
  const leadsIn = LEADS_INTO_LIST.test(after) && BODY_OPENS_SENTENCE.test(after);
  return stop || labelled || listed || leadsIn || (!isTitleLike(after) && !description) ? { title: dash[1]!, body: dash[0].length } : null;
}

/** A sentence's end that leads into a list below it: "... from—", "... as follows:". */
const LEADS_INTO_LIST = /[a-z](?:\s?[–—]|:|\s-)$/;
/** A sentence whose subject is the meeting's body: "The Committee took ...", "Members raised ...". */
const BODY_OPENS_SENTENCE = new RegExp(String.raw`^(?:the\s+)?(?:${BODY_WORDS})\s+[a-z]`, 'i');

/**
 * Does a line's text, read with the lines it runs on to (`whole`, the line's own `len` characters first), set a task in a
 * sentence the line's end cut: "2. Request the Chief Executive Officer to report the submissions back to" / "Council."?
 * As isTitleLike says of a title closed by a full stop.
 */
function wrapsTask(whole: string, len: number): boolean {
  const stop = whole.search(/[.!?](?:\s|$)/);
  return stop >= len && toTaskVerb(whole.slice(0, stop));
}
/** A line's text stopping on a word in small letters ("... to approve the"; not "... the Budget Committee"). */
const LOWER_END = /(?:^|\s)[a-z][a-z'’-]*$/;
/** Does a line stop as a wrapped one does: long (50 characters, runs of spaces counted as one) and on a word in small letters? */
function stopsLikeAWrap(line: string): boolean {
  return LOWER_END.test(line) && line.replace(/\s+/g, ' ').length >= 50;
}
/** A line's text closing its sentence (or its label): "... Received.", "... (Vance/Cruz, 4-0).", "Due:". */
const SENTENCE_CLOSED = /[.!?:;]["”’)]?$/;
/** A line that may go on with the sentence above: in small letters, or a figure or a sum; not a list's "a)", "(ii)" or "2.". */
const GOES_ON_LINE = /^(?![a-z]{1,4}[.)]\s|\([a-z]{1,4}\)\s|\d{1,3}[.)]\s)[a-z0-9£$€]/;

/**
 * Does the text hold, after its first line, a line that may open a paragraph with a dashed title ("Snow removal – Contract
 * renewed.")? As Parser's reading of such titles takes them (dashTitles), but for where the paragraph starts, which only
 * the whole text shows: an item read again on its own asks this.
 */
export function mayHoldDashTitle(text: string): boolean {
  // (Only the lines that hold a spaced dash are looked at: this runs on a keystroke.)
  const first = text.indexOf('\n');
  if (first < 0) return false;
  DASHED_LINE.lastIndex = first + 1;
  for (let m = DASHED_LINE.exec(text); m !== null; m = DASHED_LINE.exec(text)) {
    const c = m[0].trim();
    if (/^[-*•·o]\s/.test(c)) continue;
    // (With its text's run-on on the next lines, up to three, as Parser's reading takes it: see runOn.)
    let joined = c;
    if (openingDashTitle(joined) !== null) return true;
    if (!SENTENCE_CLOSED.test(c)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1200).split(/\r?\n/);
      for (let k = 1; k <= 3 && k < after.length; k++) {
        const l = after[k]!.trim();
        // (Or a capital, which goes on with a sentence left open in more ways than are worth repeating here (capitalGoesOn):
        // every line Parser may join is joined, and each join asked about, so this says yes wherever Parser may find one.)
        if (!GOES_ON_LINE.test(l) && !OPENS_CAPITAL.test(l)) break;
        joined += ' ' + l;
        if (openingDashTitle(joined) !== null) return true;
        if (SENTENCE_CLOSED.test(l)) break;
      }
    }
  }
  return false;
}
/** A line holding a spaced dash. */
const DASHED_LINE = /^.*[^\S\r\n][–—-][^\S\r\n].*$/gm;

/** A paragraph's first line that opens with a short title and a dash ("Treasurer's Report – Jim reported ..."): its parts. */
function openingDashTitle(c: string): { title: string; body: number } | null {
  if (NUMBERED.test(c) || ATTENDANCE_LINE.test(c)) return null;
  const d = dashTitle(c);
  return d && d.title.split(/\s+/).length <= 6 && OPENS_CAPITAL.test(d.title) ? d : null;
}

/** A capitalised word, or one in capitals: "Ana", "ANA". */
const NAME_OR_CAPS_WORD = new RegExp(String.raw`^[${CAPITALS}](?:[${SMALLS}'’-]+|[${CAPITALS}'’-]+)$`, 'u');
/** A user name after "@", alone. */
const HANDLE_WORD = new RegExp(String.raw`^@[${LETTERS}0-9_.-]+$`, 'u');
/**
 * Is the item one person's update ("## @alice", "## Chen Wu" where Chen Wu attends, "Update from Priya", "Bob's
 * update")? Like a report for information, it records news, not a decision the minutes owe.
 */
function personUpdate(title: string, people: People, roleOnly: ReadonlySet<string>): boolean {
  const t = title.replace(NUMBERED, '').replace(/[:.]$/, '').trim();
  const said = /^(?:update|updates|report|news)\s+from\s+(.+)$/i.exec(t)?.[1] ?? /^(.+?)(?:['’]s)?(?:\s*[–—:-]\s*|\s+)(?:update|updates|report|news)$/i.exec(t)?.[1];
  const who = said ?? t;
  if (HANDLE_WORD.test(who)) return true;
  const words = who.split(/\s+/);
  // (A title that is only a word of an office the attendance lists, "Welfare", names the subject, not the officer; "Branch
  // Secretary's report" is the officer's.)
  if (said === undefined && words.every((w) => roleOnly.has(w.toLowerCase()))) return false;
  // (In capitals too, as minutes whose titles are all in capitals write it: "3. PROPS" where "Props (Dev)" attends.)
  return words.length <= 3 && words.every((w) => NAME_OR_CAPS_WORD.test(w) && people.has(w.toLowerCase()));
}

/** Does a sentence set someone a task: "Jon to check the anchors before Saturday."? */
function setsTask(s: string): boolean {
  // A subject of a few words, then "to" and a verb ("Jon to check the anchors"); "Council reviewed the report's
  // recommendation to replace the roof" is a sentence that tells what happened.
  const to = /^(\S.{0,60}?)\sto\s+(be\s+)?([a-z]+)/.exec(s);
  return to !== null && (to[2] !== undefined || TASK_VERBS.has(to[3]!)) && to[1]!.split(/\s+/).length <= 5 && !FINITE.test(to[1]!) && !BREAK_IN_SUBJECT.test(to[1]!);
}
/** A sentence's or a clause's end in a task's subject: not a title's full stop or an initial's ("Cllr. Moss", "J. Ray"). */
const BREAK_IN_SUBJECT = new RegExp(`[:;]\\s|(?<!\\b(?:${TITLE_ABBREVIATIONS}|[A-Z]))\\.\\s`);

/** A minute number past 999 opening a title: a year of minutes in one file may count on ("1204. Apologies"). */
const LONG_NUMBER = /^(\d{4,6})[.)]?[ \t\u00a0]+/;
const titleCache = new Map<string, { procedural: boolean; summary: boolean }>();

// ------------------------------------------------------------------ parser

/** What an owner's field may hold: a name, a role, a team or a handle, up to 41 characters. */
const OWNER_FIELD_VALUE = new RegExp(String.raw`^[${CAPITALS}@][${LETTERS}\d.&'’/ -]{0,40}$`, 'u');
/** Parts of a list of people separated by commas, each a few capitalised words or a count ("6 stewards"), perhaps with a bracket. */
const LIST_PARTS = new RegExp(String.raw`^(?:(?:[${CAPITALS}][${LETTERS}${MARKS}.'’-]*|\d{1,3})(?:\s+[${LETTERS}${MARKS}.'’-]+){0,3}(?:\s*\([^()]{1,40}\))?\s*(?:,\s*|\s+and\s+|\s*&\s*|[.]?$))+$`, 'u');
/** An initial and its full stop ending the text: "Mr. A." stops inside a name. */
const ENDS_ON_LONE_INITIAL = new RegExp(String.raw`(?:^|\s)[${CAPITALS}]\.$`, 'u');
/** A line of names: capitalised words (and brackets) separated by commas, "and" or "&". */
const NAMES_LINE = new RegExp(String.raw`^[${CAPITALS}(][${LETTERS}${MARKS}.'’() -]*(?:(?:,|\s+and|\s*&)\s*[${CAPITALS}(][${LETTERS}${MARKS}.'’() -]*)*[,.]?$`, 'u');
/** A parse under way (see Parser.begin, build, end and partial). */
interface RunState {
  readonly text: string;
  readonly style: Style;
  readonly heads: readonly Head[];
  readonly closingLine: number | null;
  readonly attendance: Attendance[];
  readonly header: Header;
  /** Whether a list of decisions may link an entry to any item (see decisions.ts): no part is final before the end. */
  readonly decisions: boolean;
  /** The next heading to build. */
  next: number;
  /** The range of the top-level item the last one built stands in. */
  root: Range | null;
  /** The top-level blocks built, and the items open for sub-items with their levels. */
  readonly roots: Array<AgendaItem | Section>;
  readonly stack: Array<{ item: AgendaItem; level: number }>;
  /** How many roots are settled (see finishRoots). */
  finished: number;
  garbled: GarbledLine[] | null;
}

class Parser {
  private readonly table: LineTable;
  private readonly L: Lines;
  private readonly problems: ParseProblem[] = [];
  private people = new Set<string>();
  private names: string[] = [];
  /** Words the attendance lists only inside an office ("Welfare" of "Welfare Officer"): not a person's name. */
  private readonly roleOnly = new Set<string>();
  /** Whether the document's lists use a first-level bullet (see firstLevelBullets). */
  private bulletLevels: boolean | null = null;
  /** Markdown only by its bold lines, with no heading (see style()). */
  private byBold = false;
  /** Where the body being read ends: a sentence wrapped onto its next line is read no further. */
  private bodyLimit = 0;
  private readonly peopleByBlock = new Map<number, People>();
  private headings: Headings = { caps: false, colon: false, bare: false };
  /** See boldTopicLines; -1 until counted. */
  private boldTopicCount = -1;

  constructor(
    private readonly text: string,
    private readonly options: ParseOptions,
  ) {
    this.table = new LineTable(text);
    this.L = new Lines(this.table);
    if (options.ungated) this.L.ungate();
  }

  private content(n: number): string {
    const l = n;
    return this.text.slice(this.L.cs[l]!, this.L.ce[l]!);
  }

  private nextNonBlank(n: number, limit = this.L.count): number {
    while (n < limit && this.L.blank(n)) n++;
    return n;
  }

  /** The last line at or before n that is not blank, or -1. */
  private prevNonBlank(n: number): number {
    while (n >= 0 && this.L.blank(n)) n--;
    return n;
  }

  /** For each line, whether it stands under a Markdown heading over the meeting's tasks or decisions ("## Next steps"). */
  private underListHeadings(): Uint8Array {
    const out = new Uint8Array(this.L.count);
    let under = 0;
    for (let k = 0; k < this.L.count; k++) {
      out[k] = under;
      if (!this.L.heading[k]) continue;
      const label = bareLabel(this.content(k).replace(/^#+\s*/, '')).trim();
      under = ACTIONS_SECTION.test(label) || DECISIONS_SECTION.test(label) ? 1 : 0;
    }
    return out;
  }

  /** Parses the whole text: begin, build every heading's block, end (parseInSteps takes the same steps one by one). */
  run(): MinutesDocument {
    const s = this.begin();
    this.build(s, s.heads.length);
    return this.end(s);
  }

  /** The document's style, its headings, attendance, people and header: what every block's reading depends on. */
  begin(): RunState {
    const text = this.text;
    let style = this.options.style ?? this.style();
    let heads = style === 'moderngov' ? this.moderngovHeads() : style === 'markdown' ? this.markdownHeads() : this.plainHeads();
    // Minutes whose only Markdown heading is their title ("# Ashford Parish Council", or the title underlined with "="),
    // over items numbered as plain minutes number them: the items are read as plain minutes' are.
    // (So are they when Markdown's reading finds only list entries for topics, and the plain reading two numbered items:
    // "1. Budget" / "- Funds are low." / "  - only £40 left".)
    const fromHeadings = (h: Head) => h.kind === 'item' && h.md < 8;
    if (style === 'markdown' && !this.options.style && !heads.some(fromHeadings)) {
      const headings = this.headings;
      const found = heads.some((h) => h.kind === 'item');
      const plain = this.plainHeads();
      // (Not the numbered entries under "## Next steps" or "## Decisions": tasks and decisions, whatever else the notes hold.)
      const underList = this.underListHeadings();
      const plainItems = plain.filter((h) => h.kind === 'item' && !underList[h.titleLine]);
      const numbered = plainItems.filter((h) => h.number !== null).length;
      if (found ? numbered >= 2 && numbered >= heads.filter((h) => h.kind === 'item').length : plainItems.length > 0) {
        style = 'plain';
        heads = plain;
        this.headings = { ...this.headings, underMarkdownTitle: true };
      } else this.headings = found ? { ...headings, listTopics: true } : headings;
    }
    if (style === 'markdown' && this.byBold && !this.options.style) this.headings = { ...this.headings, boldStyled: true };
    // "Quick notes" / "Talked about the fence. Ann to get quotes.": notes with no items at all still set tasks; their text
    // after the title and the attendance is read for them (it records no item, so no outcome is asked of it).
    if (heads.length === 0 && !this.options.headings) {
      const k = this.looseTextStart();
      if (k < this.L.count) {
        const cs = this.L.cs[k]!;
        heads.push({ kind: 'section', sectionKind: 'group', firstLine: k, titleLine: k, titleRange: { start: cs, end: cs }, title: '', number: null, level: 1, bodyLine: k, inlineBody: null, headParts: [], md: 0, loose: true });
      }
    }
    const closingLine = this.findClosing(heads);

    // The header: everything before the first heading.
    const firstStart = heads.length ? this.table.starts[heads[0]!.firstLine]! : closingLine !== null ? this.table.starts[closingLine]! : text.length;
    const attendance: Attendance[] = [];
    this.readAttendance(0, heads.length ? heads[0]!.firstLine : closingLine ?? this.L.count, attendance);
    // (And items that are the roll call: "## 2. Roll Call" / "Directors Present:" / "* Ana Ribeiro".)
    for (const h of heads) if ((h.kind === 'section' && h.sectionKind === 'attendance') || (h.kind === 'item' && isAttendanceItem(h.title))) this.readAttendance(h.bodyLine, this.endLineOf(heads, h, closingLine), attendance);
    // (And the attendance of each meeting in running notes, "## 2025-12-02" / "Attendees: Xing Yang, ...": who may be
    // named in that meeting's tasks, though the header lists nobody.)
    const later: Attendance[] = [];
    for (const h of heads) if (h.kind === 'section' && (h.sectionKind ?? 'group') === 'group' && h.title !== null && DATE_HEADING.test(h.title)) this.readAttendance(h.bodyLine, this.endLineOf(heads, h, closingLine), later);
    this.collectPeople(later.length ? [...attendance, ...later] : attendance);

    const header: Header = {
      type: 'header',
      range: { start: 0, end: firstStart },
      title: this.headerTitle(heads.length ? heads[0]!.firstLine : this.L.count),
      date: this.headerDate(heads.length ? heads[0]!.firstLine : this.L.count),
      attendance: attendance.filter((a) => a.range.end <= firstStart),
    };

    return { text, style, heads, closingLine, attendance, header, decisions: heads.some((h) => h.kind === 'section' && h.sectionKind === 'decisions'), next: 0, root: null, roots: [], stack: [], finished: 0, garbled: null };
  }

  /** Builds the items and sections whose headings come before heads[upTo], with their sub-items. */
  build(s: RunState, upTo: number): void {
    const { heads, closingLine, attendance, roots, stack } = s;
    const text = this.text;
    const endOf = (i: number): number => {
      const h = heads[i]!;
      for (let j = i + 1; j < heads.length; j++) {
        const k = heads[j]!;
        if (k.kind === 'section' || k.level <= h.level) return this.table.starts[k.firstLine]!;
      }
      return closingLine !== null ? this.table.starts[closingLine]! : text.length;
    };
    const ownEnd = (i: number): number => {
      const j = i + 1;
      if (j < heads.length) return this.table.starts[heads[j]!.firstLine]!;
      return closingLine !== null ? this.table.starts[closingLine]! : text.length;
    };
    for (let i = s.next; i < upTo && i < heads.length; i++) {
      const h = heads[i]!;
      if (h.kind === 'section') {
        // A section closes the items open before it.
        stack.length = 0;
        roots.push(this.buildSection(h, ownEnd(i), attendance));
        continue;
      }
      const range = { start: this.table.starts[h.firstLine]!, end: endOf(i) };
      if (h.level === 1 || !s.root) s.root = range;
      const b = this.buildItem(h, range, ownEnd(i), this.blockPeople(s.root));
      // Nest: an item's children are the items that follow it at a deeper level, up to its end.
      while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
      if (stack.length) (stack[stack.length - 1]!.item.children as AgendaItem[]).push(b);
      else roots.push(b);
      stack.push({ item: b, level: h.level });
    }
    s.next = Math.max(s.next, Math.min(upTo, heads.length));
  }

  /** Builds on until the blocks whose headings start before `offset` are built, one at least; true while more remain. */
  advance(s: RunState, offset: number): boolean {
    let upTo = s.next + 1;
    while (upTo < s.heads.length && this.table.starts[s.heads[upTo]!.firstLine]! < offset) upTo++;
    this.build(s, upTo);
    return s.next < s.heads.length;
  }

  /** The document, once build has read every heading. */
  end(s: RunState): MinutesDocument {
    const { text, style, header, closingLine } = s;
    this.finishRoots(s, s.roots.length);
    const { blocks, items, actions } = this.assemble(s, s.roots.length);
    if (closingLine !== null) {
      const start = this.table.starts[closingLine]!;
      blocks.push({ type: 'section', kind: 'closing', range: { start, end: text.length }, titleRange: null, title: null, actions: [], attendance: [], decisions: [] });
    }
    if (this.L.deepBullets && !this.options.headings) this.headings = { ...this.headings, levelBullets: true };
    const doc: MinutesDocument = { text, style, blocks, header, items, actions, people: this.names, problems: this.problems, garbled: s.garbled ?? garbledLines(text), headings: this.headings };
    linkDecisions(doc);
    return doc;
  }

  /**
   * The part of the document built so far whose reading is final: the header and the blocks before the last one built
   * (which may still take sub-items), as a document whose findings are the whole document's before `through`; null
   * where nothing is final yet, or where a list of decisions elsewhere may still give an item its outcome.
   */
  partial(s: RunState): { doc: MinutesDocument; through: number } | null {
    const closed = s.next >= s.heads.length ? s.roots.length : s.roots.length - 1;
    if (s.decisions || closed <= 0) return null;
    this.finishRoots(s, closed);
    const { blocks, items, actions } = this.assemble(s, closed);
    const through = closed < s.roots.length ? s.roots[closed]!.range.start : s.closingLine !== null ? this.table.starts[s.closingLine]! : s.text.length;
    const garbled = (s.garbled ??= garbledLines(s.text)).filter((g) => g.range.end <= through);
    const doc: MinutesDocument = { text: s.text, style: s.style, blocks, header: s.header, items, actions, people: this.names, problems: [...this.problems], garbled, headings: this.headings };
    return { doc, through };
  }

  /** The header and the first `count` top-level blocks, with their items, and their actions in document order. */
  private assemble(s: RunState, count: number): { blocks: Block[]; items: AgendaItem[]; actions: Action[] } {
    const blocks: Block[] = [s.header];
    const items: AgendaItem[] = [];
    const actions: Action[] = [];
    for (let k = 0; k < count; k++) {
      const b = s.roots[k]!;
      blocks.push(b);
      if (b.type === 'item') {
        items.push(b);
        actions.push(...itemActions(b));
      } else actions.push(...b.actions);
    }
    return { blocks, items, actions };
  }

  /** Settles the first `upTo` roots (see finish), each once. */
  private finishRoots(s: RunState, upTo: number): void {
    const finish = (list: readonly AgendaItem[]): void => {
      for (const it of list) {
        finish(it.children);
        // "V. INFORMATION ITEMS" / "A. Enrollment Update": what the minutes file under information needs no outcome.
        // Nor do the report-backs under a procedural item ("Matters arising" / "a) Bus shelter – the Clerk reported ..."), nor
        // the points of one officer's report ("4. Manager's Report" / "a. Pool heater replaced under warranty.").
        if (it.children.length && (INFORMATION_GROUP.test(it.title.replace(NUMBERED, '').trim()) || titleInfo(it.title).procedural || ONES_REPORT.test(it.title.replace(NUMBERED, '').trim()))) {
          for (const c of it.children) if (c.outcome === null) (c as { procedural: boolean }).procedural = true;
        }
        // "5. CONSENT CALENDAR" / "a. Minutes of ..." / "b. Payment of claims ...": one motion decides them all.
        if (it.children.length && CONSENT_GROUP.test(it.title.replace(NUMBERED, '').trim())) {
          const decided = strongestOutcome([...it.outcomes, ...it.children.flatMap((c) => c.outcomes)]);
          if (decided !== null) for (const c of it.children) if (c.outcome === null) (c as { outcome: OutcomeKind | null }).outcome = decided;
        }
        // A numbered "ACTION ITEMS" heading gathers the meeting's actions; like a group heading, it records no outcome of its own.
        if (it.outcomes.length !== 0) continue;
        const summary = titleInfo(it.title).summary;
        if ((it.children.length || summary) && (summary || it.actions.length === 0)) (it as { container: boolean }).container = true;
        // "PUBLIC HEARINGS" / "3. Zoning Code Amendment ...": a heading in capitals that names a kind of business, with
        // nothing under it, groups the numbered items after it, though their numbers run on without nesting under it.
        else if (it.number === null && it.actions.length === 0 && (GROUPING_TITLE.test(it.title) || /\bAGENDA\b/.test(it.title)) && !HAS_SMALL.test(it.title) && it.parts.every((p) => p.kind === 'title' || p.kind === 'blank'))
          (it as { container: boolean }).container = true;
      }
    };
    const list: AgendaItem[] = [];
    for (let k = s.finished; k < upTo; k++) if (s.roots[k]!.type === 'item') list.push(s.roots[k] as AgendaItem);
    finish(list);
    s.finished = Math.max(s.finished, upTo);
  }

  private endLineOf(heads: Head[], h: Head, closing: number | null): number {
    const i = heads.indexOf(h);
    return i + 1 < heads.length ? heads[i + 1]!.firstLine : closing ?? this.L.count;
  }

  // ---------------------------------------------------------------- style

  style(): Style {
    let markers = 0;
    let md = 0;
    let bold = 0;
    let boldLines = 0;
    const L = this.L;
    for (let l = 0; l < L.count; l++) {
      if (L.blank(l)) continue;
      if (L.heading[l]!) md++;
      const cs = L.cs[l]!;
      const ce = L.ce[l]!;
      const f = this.text.charCodeAt(cs);
      if (ce - cs <= 24 && (f | 0x20) === 0x61 && AGENDA_MARKER.test(this.text.slice(cs, ce))) markers++;
      else if (f === 0x2a && /^\*\*(?:topic|item|agenda\s+item|subject)\b/i.test(this.text.slice(cs, Math.min(ce, cs + 24)))) bold++;
      // Topics in bold on lines of their own ("**Pitch hire**", "*Kit sponsor*"), with no heading anywhere: notes too.
      // ("**45/26 Apologies** – none.": a numbered one with its text after it.)
      else if ((f === 0x2a || f === 0x5f) && !L.bullet(l) && ((ce - cs <= 104 && boldTitle(this.text.slice(cs, ce)) !== null) || BOLD_NUMBERED_INLINE.test(this.text.slice(cs, Math.min(ce, cs + 140))))) boldLines++;
    }
    if (markers > 0) return 'moderngov';
    this.byBold = md === 0;
    if (md > 0 || bold > 0 || boldLines >= 3) return 'markdown';
    return 'plain';
  }

  // ---------------------------------------------------------------- ModernGov

  private moderngovHeads(): Head[] {
    const heads: Head[] = [];
    const byNumber = new Map<string, Head>();
    for (let n = 0; n < this.L.count; n++) {
      const l = n;
      if (this.L.blank(l) || this.L.ce[l]! - this.L.cs[l]! > 24 || (this.text.charCodeAt(this.L.cs[l]!) | 0x20) !== 0x61) continue;
      const marker = AGENDA_MARKER.exec(this.content(n));
      if (!marker) continue;
      const headParts: Head['headParts'] = [{ kind: 'marker', line: n }];
      let t = this.nextNonBlank(n + 1);
      let number: string | null = marker[1] ?? null;
      if (number === null && t < this.L.count && NUMBER_ONLY.test(this.content(t))) {
        number = this.content(t);
        headParts.push({ kind: 'number', line: t });
        t = this.nextNonBlank(t + 1);
      }
      let titleLine = t;
      let title: string;
      let titleRange: Range;
      // "Minutes:" with its colon is the marker; "Minutes" alone is the title of the item that approves them.
      if (t >= this.L.count || /^minutes\s*:$/i.test(this.content(t)) || AGENDA_MARKER.test(this.content(t))) {
        titleLine = n;
        title = number ?? 'Agenda item';
        titleRange = { start: this.L.cs[l]!, end: this.L.ce[l]! };
        // Its own range object: incremental reparsing moves ranges in place, and a shared one would move twice.
        this.problems.push({ code: 'item-without-title', message: 'This agenda item has no title: add the title on the line after "Agenda item".', range: { ...titleRange } });
      } else {
        const tl = t;
        titleRange = { start: this.L.cs[tl]!, end: this.L.ce[tl]! };
        title = this.content(t);
        headParts.push({ kind: 'title', line: t });
        if (!number) {
          const m = NUMBERED.exec(title) ?? LONG_NUMBER.exec(title);
          if (m) number = m[1]!;
        }
      }
      // Purpose lines sit between the title and "Minutes:".
      let body = titleLine + 1;
      for (let k = this.nextNonBlank(titleLine + 1); k < this.L.count && k < titleLine + 8; k = this.nextNonBlank(k + 1)) {
        const c = this.content(k);
        if (AGENDA_MARKER.test(c)) break;
        // ("PDF 201 KB" / "Decision:" / "That the freehold ... be transferred" / "Minutes:": a record of the executive's
        // decision, published before the minutes of the debate, opens the body; the lines above it are the purpose's.)
        if (c.length <= 24 && DECISION_ALONE.test(c)) {
          for (let p = titleLine + 1; p < k; p++) if (!this.L.blank(p)) headParts.push({ kind: 'purpose', line: p });
          body = k;
          break;
        }
        if (MINUTES_MARKER.test(c)) {
          for (let p = titleLine + 1; p < k; p++) if (!this.L.blank(p)) headParts.push({ kind: 'purpose', line: p });
          headParts.push({ kind: 'minutes', line: k });
          body = k + 1;
          break;
        }
      }
      const num = number ? normNumber(number) : null;
      const parent = num ? parentNumber(num) : null;
      const level = parent && byNumber.has(parent) ? byNumber.get(parent)!.level + 1 : 1;
      const h: Head = { kind: 'item', firstLine: n, titleLine, titleRange, title: title.trim(), number: num, level, bodyLine: body, inlineBody: null, headParts, md: 0 };
      heads.push(h);
      if (num) byNumber.set(num, h);
      n = Math.max(n, body - 1);
      const subs = this.letteredSubItems(h);
      if (subs.length) {
        heads.push(...subs);
        n = subs[subs.length - 1]!.titleLine;
      }
    }
    return heads;
  }

  /**
   * "(a)<TAB>Motion from Councillor Hughes – Pavement parking" / its text / "(b)<TAB>Motion from ...": an export's item whose
   * body heads its parts by letter, each a title with text of its own under it. Two such titles in a row of letters at
   * least; not a resolution's clauses ("(a) That the report be noted", "(b) asks for future reports ...", a list after
   * "RESOLVED:" or any line ending with a colon, or clauses one after another with no text between).
   */
  private letteredSubItems(h: Head): Head[] {
    const subs: Head[] = [];
    let afterIntro = false;
    const text = this.text;
    for (let k = h.bodyLine; k < this.L.count; k++) {
      if (this.L.blank(k)) continue;
      // (Read from the line's bounds: this runs over every line of every item of an export, most of them long text.)
      const cs = this.L.cs[k]!;
      const ce = this.L.ce[k]!;
      const c0 = text.charCodeAt(cs);
      if (ce - cs <= 24 && (c0 | 0x20) === 0x61 && AGENDA_MARKER.test(this.content(k))) break;
      const c = c0 === 0x28 ? this.content(k) : '';
      const m = c0 === 0x28 ? /^\(([a-z])\)[\t \u00a0]+(\S.{1,98})$/.exec(c) : null;
      const letter = m ? m[1]!.charCodeAt(0) - 0x61 : -1;
      if (m && letter === subs.length && !afterIntro && isTitleLike(m[2]!) && /^[A-Z]/.test(m[2]!) && !/[.:;,]$/.test(m[2]!)) {
        const next = this.nextNonBlank(k + 1);
        if (next < this.L.count && !/^\(?[a-z]\)/.test(this.content(next)) && !AGENDA_MARKER.test(this.content(next))) {
          subs.push({ kind: 'item', firstLine: k, titleLine: k, titleRange: { start: cs, end: ce }, title: c, number: `(${m[1]!})`, level: h.level + 1, bodyLine: k + 1, inlineBody: null, headParts: [{ kind: 'title', line: k }], md: 0 });
          continue;
        }
      }
      // (A line ending with a colon, or "RESOLVED", introduces a list of clauses: lettered lines after it are those.)
      const f = c0 | 0x20;
      const resolved = (f === 0x72 || f === 0x75 || c0 === 0x2a || c0 === 0x5f) && /^(?:\*\*|__)?(?:UN)?RESOLVED\b/i.test(text.slice(cs, Math.min(ce, cs + 16)));
      afterIntro = text.charCodeAt(ce - 1) === 0x3a || resolved ? true : m ? afterIntro : false;
    }
    return subs.length >= 2 ? subs : [];
  }

  // ---------------------------------------------------------------- Markdown

  private markdownHeads(): Head[] {
    const heads: Head[] = [];
    // (Counted now, not when a line first asks: the count is kept in the document's headings for an item read again on
    // its own, and must not depend on which lines asked.)
    if (!this.options.headings) this.boldTopicLines();
    let firstContent = true;
    let openItemMd = 0; // the Markdown level of the topic heading whose text this is, or 0
    let region: 'top' | 'group' | 'item' | 'other' = 'top'; // what the last heading opened
    let inActions = false; // the last heading opened a list of tasks ("## Action items")
    let listTopics: boolean | null = null; // whether this part's list entries are topics (decided at its first entry)
    let labelTopics: boolean | null = null; // whether they are "**Topic**: notes" entries, each a topic (idem)
    let paragraphTopics = false; // a paragraph opening with a topic in bold and a colon has been taken as one
    // YAML front matter ("---" / "title: ..." / "---") is the file's metadata, not its text.
    let from = 0;
    const top = this.nextNonBlank(0);
    if (top < this.L.count && this.content(top) === '---') {
      // Only "key: value" lines (and their indented or listed values) sit between; a "---" rule opening notes is not it.
      for (let k = top + 1; k < Math.min(this.L.count, top + 60); k++) {
        const c = this.content(k);
        if (c === '---' || c === '...') {
          from = k + 1;
          break;
        }
        // (A Markdown heading is the notes' text, not a YAML comment.)
        if (this.L.heading[k]! || (!this.L.blank(k) && !/^[\w-]+\s*:|^-\s/.test(c) && this.L.cs[k]! === this.table.starts[k])) break;
      }
    }
    let sawTitle = false;
    for (let n = from; n < this.L.count; n++) {
      const l = n;
      if (this.L.blank(l)) continue;
      const c = this.content(n);
      // A rule ("---") is neither a heading nor content: the title after one is still the notes' own.
      // (Nor a line of "=" over a title, as IRC meeting bots frame theirs.)
      if (/^(?:-{3,}|\*{3,}|_{3,}|={3,})$/.test(c)) continue;
      const wasFirst = firstContent;
      firstContent = false;
      // (Whether the notes opened with a title of their own, "# ...": a subtitle with the date may follow it.)
      if (wasFirst && this.L.heading[l]! === 1) sawTitle = true;
      // A table whose rows are the items: each row is one.
      if ((region === 'top' || region === 'group') && (this.L.table(l) || this.content(n).includes('\t'))) {
        const rows = this.itemTable(n);
        if (rows) {
          heads.push(...rows.heads);
          n = rows.last;
          continue;
        }
      }
      // Topics written as a list, each with its notes nested under it ("- **0.9 release status** (10 min)" / "  - Outcome:
      // ..."), where no heading has opened a topic: under "### Agenda" or "## Notes", or with no headings at all.
      if (this.L.heading[l]!) listTopics = labelTopics = null;
      else if ((region === 'top' || region === 'group') && this.L.bullet(l) && this.L.checkbox(l) === null && this.indentOf(n) <= 1) {
        if (listTopics === null) listTopics = this.hasNestedList(n);
        const t = listTopics ? this.listTopicTitle(n) : null;
        if (t) {
          heads.push({ kind: 'item', firstLine: n, titleLine: n, titleRange: t.range, title: t.title, number: null, level: 1, bodyLine: n + 1, inlineBody: null, headParts: [{ kind: 'title', line: n }], md: 8 });
          continue;
        }
        // "### Details" / "* **Warehouse move**: Hana confirmed the lease ..." / "* **Holiday rota**: ...": under a heading
        // that groups the notes, entries that each open with a topic in bold and a colon are the topics, their notes after it.
        // ("- **Alert noise**: 40 percent of pages were noise." / "  - Ben to tune the disk alerts": so too where the entries
        // have notes nested under them.)
        if (region === 'group') {
          if (labelTopics === null) labelTopics = this.labelTopic(n) !== null && this.labelTopic(this.nextEntry(n)) !== null;
          const lt = labelTopics ? this.labelTopic(n) : null;
          if (lt) {
            const cs = this.L.cs[l]!;
            heads.push({ kind: 'item', firstLine: n, titleLine: n, titleRange: { start: cs + lt.at, end: cs + lt.at + lt.title.length }, title: lt.title, number: null, level: 1, bodyLine: n + 1, inlineBody: cs + lt.body, headParts: [{ kind: 'title', line: n }], md: 8 });
            continue;
          }
        }
      }
      // "## Discussion" / "**Pricing page**: we keep the current tiers ..." / "**Mobile nav**: ...": the same, as paragraphs.
      else if (region === 'group' && !this.L.bullet(l) && (c.charCodeAt(0) === 0x2a || c.charCodeAt(0) === 0x5f)) {
        const lt = this.labelTopic(n, true);
        if (lt && (paragraphTopics || this.nextBoldLabel(n))) {
          paragraphTopics = true;
          const cs = this.L.cs[l]!;
          heads.push({ kind: 'item', firstLine: n, titleLine: n, titleRange: { start: cs + lt.at, end: cs + lt.at + lt.title.length }, title: lt.title, number: null, level: 1, bodyLine: n + 1, inlineBody: cs + lt.body, headParts: [{ kind: 'title', line: n }], md: 8 });
          continue;
        }
      }
      let title: string | null = null;
      let titleRange: Range | null = null;
      let inlineBody: number | null = null;
      let md = 0;
      if (this.L.heading[l]!) {
        md = this.L.heading[l]!;
        if (wasFirst && md === 1) continue; // the notes' own title
        // ("## 2026-05-20 SIG Node meeting" opening the notes is their title too.)
        if (wasFirst && md === 2 && !/^\d+[.)]\s/.test(c.replace(/^#+\s*/, '')) && (TITLE_DATE.test(c) || /\b(?:meeting|minutes|notes|sync|standup|stand-up|retro)\b/i.test(c))) continue;
        // ("# Greenway Land Trust — Board of Directors" / "## Meeting minutes, November 16, 2026": a subtitle with the
        // date under the title, before any topic; not "## Minutes of 12 October", the last minutes' approval.)
        if (heads.length === 0 && md >= 2 && sawTitle && !/^\d+[.)]\s/.test(c.replace(/^#+\s*/, '')) && TITLE_DATE.test(c) && /\b(?:meeting|minutes|notes)\b/i.test(c) && !/\bminutes\s+of\b|\b(?:last|previous|prior)\b/i.test(c)) continue;
        // "## Ops weekly" / "Invited Hana Kim Leo Brandt": a heading over who was there, before any topic, titles the meeting.
        if (heads.length === 0 && !/^\d/.test(c)) {
          const k = this.nextNonBlank(n + 1);
          if (k < this.L.count && !this.L.heading[k]! && /^(?:invited|attendees|participants|present|attendance)\b\s*:?\s*\S/i.test(this.content(k))) continue;
        }
        const inner = /^(\*\*|__)?(.*?)\1?$/.exec(c)!;
        // "## Topic: Storage access prompts": the label is not the title.
        title = inner[2]!.replace(/\*\*|__/g, '').trim().replace(/^(?:topic|item|agenda\s+item|subject)\s*:\s+(?=\S)/i, '');
        const off = c.indexOf(title);
        titleRange = { start: this.L.cs[l]! + Math.max(0, off), end: this.L.cs[l]! + Math.max(0, off) + title.length };
      } else if (!this.L.bullet(l)) {
        const bt = boldTitle(c);
        // "**Harbour FC committee – 3 March**" opening the notes: their title, as a first "# ..." is.
        if (bt && wasFirst && (NOTES_TITLE_WORD.test(bt.title) || TITLE_DATE.test(bt.title))) continue;
        // ("**November 19, 2026 · Clubhouse · 6:30 PM**" under the notes' title: when and where, before any topic; so is
        // "*2025-05-14 · notes: Priya · present: Priya, Jonas*", who took the notes and who was there.)
        if (bt && heads.length === 0 && (DATE_LINE.test(bt.title) || /^\d{4}-\d{2}-\d{2}\b/.test(bt.title) || MEETING_DETAILS.test(bt.title))) continue;
        // ("## Action items" / "**Ana Lopez**" / "- Send the supplier list ...": under a list of tasks, a name in bold groups
        // that person's tasks, as AI note-takers set them out; it heads no topic.)
        if (bt && inActions && OWNER_GROUP.test(c)) continue;
        if (bt) {
          title = bt.title;
          titleRange = { start: this.L.cs[l]! + bt.at, end: this.L.cs[l]! + bt.at + title.length };
          md = 7;
        } else if (c.charCodeAt(0) === c.charCodeAt(1) && (c.charCodeAt(0) === 0x2a || c.charCodeAt(0) === 0x5f)) {
          // "**45/26 Apologies** – none.": a numbered title in bold, then its text on the same line after a dash or colon.
          const m = BOLD_NUMBERED_INLINE.exec(c);
          // ("**Approval of minutes** — October minutes approved ...", "**Adjourn** 8:05 PM.": among topics in bold on lines
          // of their own, one with its text after it on the same line.)
          const inline = m ? null : this.boldTopicLines() >= 2 ? boldInlineTitle(c) : null;
          if (m) {
            title = m[2]!.trim();
            titleRange = { start: this.L.cs[l]! + 2, end: this.L.cs[l]! + 2 + title.length };
            inlineBody = this.L.cs[l]! + m[0].length;
            // (A sub-item's number, "**4a. ...:**" under "**4. Planning**", a level below.)
            md = SUB_NUMBER_OPENS.test(title) ? 7.5 : 7;
          } else if (inline) {
            title = inline.title;
            titleRange = { start: this.L.cs[l]! + 2, end: this.L.cs[l]! + 2 + title.length };
            inlineBody = this.L.cs[l]! + inline.body;
            md = 7;
          }
        }
      }
      if (title === null || titleRange === null) continue;
      const unglyphed = title.replace(LEADING_GLYPH, '').replace(TRAILING_GLYPH, '');
      const bare = unglyphed.replace(/^\d+(?:\.\d+)*\.?\s+/, '').replace(/[:.]$/, '').trim();
      const numbered = bare !== unglyphed.replace(/[:.]$/, '').trim();
      let sectionKind: Section['kind'] | undefined;
      if (!numbered) {
        if (ATTENDANCE_SECTION.test(bare)) sectionKind = 'attendance';
        else if (ACTIONS_SECTION.test(bare)) sectionKind = 'actions';
        else if (DECISIONS_SECTION.test(bare)) sectionKind = 'decisions';
        // ("## Contents": the list of the topics below, as "## Agenda" is.)
        // ("## 2025-11-25": a running document's meeting, whose topics are below it.)
        else if (GROUP_SECTION.test(bare) || TOC_LABEL.test(bare) || DATE_ONLY.test(bare)) sectionKind = 'group';
      }
      // "### Decisions" or "### Action items" under "## 1. Search index" is a part of that topic, read with its text.
      // ("### Action items from last meeting" is still the meeting's own list, whatever its level.)
      // (So is "**Decisions**" in bold alone on its line under a topic's Markdown heading: a label of the topic's, a level below.)
      if (sectionKind && sectionKind !== 'attendance' && (sectionKind !== 'actions' || TOPIC_ACTIONS.test(bare)) && (md <= 6 || (md === 7 && openItemMd <= 6)) && openItemMd > 0 && md > openItemMd) continue;
      if (sectionKind) openItemMd = md <= openItemMd ? 0 : openItemMd;
      else if (md <= 6) openItemMd = md;
      region = sectionKind === 'group' ? 'group' : sectionKind ? 'other' : 'item';
      inActions = sectionKind === 'actions';
      const num = /^(\d+(?:\.\d+)*[a-z]?)\.?\s/.exec(title);
      heads.push({
        kind: sectionKind ? 'section' : 'item',
        ...(sectionKind ? { sectionKind } : {}),
        firstLine: n,
        titleLine: n,
        titleRange,
        title,
        number: num ? num[1]! : null,
        level: 1,
        bodyLine: n + 1,
        inlineBody: sectionKind ? null : inlineBody,
        headParts: [{ kind: 'title', line: n }],
        md,
      });
    }
    // "**GREENFIELD HOUSING CO-OPERATIVE**" / "**Minutes of the Management Committee**" / "**1. Minutes of the last
    // meeting**": where the topics in bold are numbered, the bold lines before the first are the minutes' title lines.
    const firstNumbered = heads.findIndex((h) => h.md === 7 && h.number !== null);
    if (firstNumbered > 0 && heads.filter((h) => h.md === 7 && h.number !== null).length >= 2 && heads.slice(0, firstNumbered).every((h) => h.kind === 'item' && h.md === 7 && h.number === null)) {
      heads.splice(0, firstNumbered);
    }
    // Levels: an item under a shallower item heading is its sub-item.
    const open: Head[] = [];
    for (const h of heads) {
      if (h.kind === 'section') {
        while (open.length && open[open.length - 1]!.md >= h.md) open.pop();
        continue;
      }
      while (open.length && open[open.length - 1]!.md >= h.md) open.pop();
      const parent = [...open].reverse().find((o) => o.kind === 'item');
      h.level = parent ? parent.level + 1 : 1;
      open.push(h);
    }
    return heads;
  }

  /**
   * A table of items from its header line n: one head for each row with a title, and the table's last line; null when
   * the table is not one (see itemColumns).
   */
  private itemTable(n: number): { heads: Head[]; last: number } | null {
    const L = this.L;
    // A Markdown table ("| Item | Discussion |" / "|---|---|"), or one pasted from Word with a tab between cells.
    const piped = L.table(n);
    if (piped ? n + 2 >= L.count || !L.table(n + 1) || !/^[\s|:-]+$/.test(this.content(n + 1)) : !this.content(n).includes('\t')) return null;
    let columns = 0;
    // The columns of rows under a header cell merged over two (see below), or null.
    let merged: ItemColumns | null = null;
    // (A row pasted from Word keeps its empty cells, a tab each, when it has as many as the header, or one more under a
    // merged header cell: "Falls<TAB>...<TAB><TAB>Jan meeting" has no one responsible and is due at the January meeting.)
    const cellsOf = (k: number): Cell[] => {
      const c = this.content(k);
      const tabs = piped ? 0 : c.split('\t').length;
      const raw = piped ? splitCells(c) : columns > 0 && (tabs === columns || (merged !== null && tabs === columns + 1)) ? cellsBetweenTabs(c) : tabCells(c);
      return raw.map((x) => ({ text: x.text, start: x.start + L.cs[k]! }));
    };
    const header = cellsOf(n);
    columns = header.length;
    let cols = header.length >= 2 ? itemColumns(header) : null;
    // ("No.<TAB>Item<TAB>Action by" / "1<TAB>Apologies: Dave Kirk." / "3<TAB>Boiler: second quote received. Agreed to accept
    // it.<TAB>Bill": minutes kept as a table of two or three columns, the item's title and its text in one cell.)
    const isRow = (k: number) => (piped ? L.table(k) : !L.blank(k) && this.content(k).includes('\t'));
    const inOneCell = !cols && header.length >= 2 ? titleAndTextColumns(header) : null;
    if (inOneCell) {
      const first: string[] = [];
      for (let r = piped ? n + 2 : n + 1; r < L.count && first.length < 3 && isRow(r); r++) first.push(cellsOf(r)[inOneCell.title]?.text ?? '');
      if (first.some((t) => OPENING_BUSINESS.test(t))) cols = inOneCell;
    }
    if (!cols) return null;
    const heads: Head[] = [];
    let k = piped ? n + 2 : n + 1;
    // ("Item<TAB>Discussion<TAB>Action<TAB>Owner" over "3<TAB>Finance report<TAB>...": a header cell merged over the number's
    // column and the title's, as Word tables head them; a row that opens with a bare number has both.)
    // (Only where some row has the one cell more: "Item" over the number alone, its text in "Discussion", is no merged cell.)
    let widerRow = false;
    if (!piped && cols.number < 0 && cols.title === 0) {
      for (let r = k; r < L.count && isRow(r) && !widerRow; r++) {
        const cells = tabCells(this.content(r));
        widerRow = cells.length === columns + 1 && BARE_ITEM_NUMBER.test(cells[0]!.text);
      }
    }
    if (widerRow) merged = { number: 0, title: 1, notes: rightOf(cols.notes), decision: rightOf(cols.decision), action: rightOf(cols.action), either: rightOf(cols.either), owner: rightOf(cols.owner), actionBy: cols.actionBy, due: rightOf(cols.due) };
    for (; k < L.count && isRow(k); k++) {
      const cells = cellsOf(k);
      // (A bare number is no title: the row opens with the number's column, whatever cells it leaves out at its end.)
      let rowCols = merged !== null && cells.length >= 2 && BARE_ITEM_NUMBER.test(cells[0]!.text) ? merged : cols;
      let t = cells[rowCols.title];
      if (!t || !t.text) continue;
      if (inOneCell && rowCols === inOneCell) {
        // The title up to its colon or dash ("Boiler: ...", "Car park potholes – get quotes."), the rest the item's text; a
        // cell with neither is both ("Minutes of 7 October agreed and signed.").
        const d = dashTitle(t.text, true);
        const text = d ? { text: t.text.slice(d.body), start: t.start + d.body } : t;
        if (d) t = { text: d.title, start: t.start };
        // (After the row's own cells, one for each column, empty where the line ends early: "1<TAB>Apologies: none.".)
        while (cells.length < columns) cells.push({ text: '', start: L.ce[k]! });
        rowCols = { ...rowCols, title: cells.length, notes: cells.length + 1 };
        cells.push(t, text);
      }
      const numCell = rowCols.number >= 0 ? (cells[rowCols.number]?.text ?? '') : '';
      const num = numCell || (NUMBERED.exec(t.text)?.[1] ?? '');
      const titleRange = { start: t.start, end: t.start + t.text.length };
      heads.push({ kind: 'item', firstLine: k, titleLine: k, titleRange, title: t.text.replace(/\*\*|__/g, ''), number: num ? normNumber(num) : null, level: 1, bodyLine: k + 1, inlineBody: null, headParts: [{ kind: 'title', line: k }], md: 8, row: { cells, cols: rowCols } });
    }
    return heads.length ? { heads, last: k - 1 } : null;
  }

  /** What one row of a table of items records: its decision, what its notes say, its task. */
  private readRow(row: { cells: Cell[]; cols: ItemColumns }, people: People, sink: { outcomes: Outcome[]; motions: Motion[]; actions: Action[] }): void {
    const { cells, cols } = row;
    const cell = (i: number): Cell | null => (i >= 0 && cells[i] && !EMPTY_CELL.test(cells[i]!.text) && !NOTHING.test(cells[i]!.text) ? cells[i]! : null);
    const span = (c: Cell): Range => ({ start: c.start, end: c.start + c.text.length });
    const ctx = { resolution: undefined, actionList: false, ownLine: true, people };
    /** Does the cell's text record an outcome in words (read into the sink)? */
    const records = (c: Cell): boolean => {
      const before = sink.outcomes.length;
      for (const sent of sentences(this.text, c.start, c.start + c.text.length)) findOutcomes(this.text, sent, sink.outcomes);
      return sink.outcomes.length > before;
    };
    /** The notes' last sentence, as a cell of its own. */
    const lastSentence = (c: Cell): Cell | null => {
      const ss = sentences(this.text, c.start, c.start + c.text.length);
      const last = ss[ss.length - 1];
      return last ? { start: last.start, text: this.text.slice(last.start, last.end).replace(/\s+$/, '') } : null;
    };
    const notes = cell(cols.notes);
    let notesTasks = 0;
    if (notes) {
      records(notes);
      // "14 open postmortems. Ben to close the five oldest by 16 Apr.": a task in the notes is one too.
      const found: FoundAction[] = [];
      findActions(this.text, span(notes), { resolution: false, actionList: false, ownLine: false, people }, found);
      for (const a of found) sink.actions.push(toAction(this.text, a));
      notesTasks = found.length;
    }
    // ("| Mentorship pilot | ... | No decision, revisit in August |": a decision's column that says none was made.)
    const decisionCell = cell(cols.decision);
    const decision = decisionCell && !NO_DECISION_CELL.test(decisionCell.text) ? decisionCell : null;
    const decisionInWords = decision !== null && records(decision);
    if (decision && !decisionInWords) sink.outcomes.push({ kind: 'decision', range: span(decision) });
    // "Decision / action": an outcome when it reads as one ("Approved revised budget"), otherwise a task ("Escalate to sponsor").
    const either = cell(cols.either);
    let task = cell(cols.action);
    if (either && !records(either)) task ??= either;
    // "| Pager noise | 40% of pages are non-actionable. Tune alerts. | | @dana | 2025-09-16 |": who and by when, both, in a
    // row with no action column of its own, give the row a task: its decision ("Run a restore drill monthly"), else the
    // last sentence of its notes, else its title. (Not where the notes already set one, "HR to confirm."; nor from who
    // alone: a "Who" or "Owner" beside a decision may be who presented it or owns the decision, "Deferred | Priti Rao".)
    if (!task && notesTasks === 0 && cols.action < 0 && cols.either < 0 && cell(cols.owner) !== null && cell(cols.due) !== null && !NO_DATE_CELL.test(cells[cols.due]!.text)) {
      // ("Approved | Sam | Oct": an outcome in words is no task.)
      if (decision) task = decisionInWords ? null : decision;
      else if (notes) task = lastSentence(notes);
      if (!decision) task ??= cell(cols.title);
    }
    // "| Water supply | Trough leaking | Accept Aqua quote | Treasurer |" under "Action by": who is named there acts on the
    // row's decision (else the last sentence of its notes, else its title); "Secretary to contact police" there is the task.
    if (!task && notesTasks === 0 && cols.actionBy && cols.action < 0 && cols.either < 0 && cell(cols.owner) !== null) {
      const by = cell(cols.owner)!;
      const own = entryTask(this.text, span(by), { ...ctx, resolution: false, actionList: true });
      if (own && own.owner !== null && own.range.start === by.start) {
        sink.actions.push(toAction(this.text, own));
        return;
      }
      if (decision) task = decision;
      else if (notes) task = lastSentence(notes);
      task ??= cell(cols.title);
    }
    if (!task) return;
    const owner = cells[cols.owner];
    const due = cells[cols.due];
    if (cols.owner < 0) {
      // No owner column: the task says who ("Clerk to write ...").
      const a = entryTask(this.text, span(task), { ...ctx, resolution: false, actionList: true });
      if (a) sink.actions.push(toAction(this.text, a));
      return;
    }
    const found = { range: span(task), owner: null as string | null, ownerRange: null as Range | null, due: null as string | null, dueRange: null as Range | null, source: 'table' as const };
    if (owner && owner.text) {
      found.owner = isPlaceholderOwner(owner.text) ? null : owner.text;
      found.ownerRange = span(owner);
    }
    if (due && !EMPTY_CELL.test(due.text)) {
      found.due = due.text;
      found.dueRange = span(due);
    }
    sink.actions.push(toAction(this.text, found));
  }

  /**
   * How far line n is indented: the columns its white space before any bullet takes, a tab to the next multiple of four
   * (as Markdown counts it: notes kept in Obsidian nest their lists with tabs, "- Release status" / "<TAB>- Two regressions
   * left").
   */
  private indentOf(n: number): number {
    const start = this.table.starts[n]!;
    let i = start;
    let col = 0;
    for (; i < this.L.ce[n]!; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x20) col++;
      else if (c === 0x09) col += 4 - (col % 4);
      else break;
    }
    // A list pasted from Google Docs or Word keeps its levels in its bullets, not its indent: "●" / "○" / "■", "•" / "o" /
    // "▪". Where the document's lists use a first-level bullet, the others stand as deep as they would be indented.
    if (i === start && this.L.bullet(n)) {
      const deep = deepBulletLevel(this.text.charCodeAt(i));
      if (deep !== 0 && this.firstLevelBullets()) return deep;
    }
    return col;
  }

  /** Does the document hold a list whose bullet is a first level's ("●", "•")? Read once. */
  private firstLevelBullets(): boolean {
    if (this.bulletLevels === null) this.bulletLevels = /^[ \t]*[●•][ \t\u00a0]/m.test(this.text);
    return this.bulletLevels;
  }

  /**
   * Up to the next heading from line n: does a top-level list entry have lines nested under it? A list that a label
   * introduces ("Attendees:" / "- Maria Gonzalez" / "  - joined late") is that label's, unless the label names topics.
   */
  private hasNestedList(n: number): boolean {
    const L = this.L;
    const p = this.prevNonBlank(n - 1);
    if (p >= 0 && !L.heading[p] && !L.bullet(p)) {
      const label = /^(?:\*\*|__)?(.{1,40}?)(?:\*\*|__)?\s*:(?:\*\*|__)?$/.exec(this.content(p));
      if (label && !GROUP_SECTION.test(label[1]!.trim())) return false;
    }
    for (let k = n; k < L.count && k < n + 500 && !L.heading[k]; k++) {
      if (L.blank(k)) continue;
      // (A bold topic line, "**Topic: Q1 planning**", heads the next topic as a heading does: the list ends there.)
      if (!L.bullet(k) && (this.text.charCodeAt(L.cs[k]!) === 0x2a || this.text.charCodeAt(L.cs[k]!) === 0x5f) && boldTitle(this.content(k)) !== null) break;
      if (!L.bullet(k) || this.indentOf(k) > 1) continue;
      const j = this.nextNonBlank(k + 1);
      if (j < L.count && !L.heading[j] && this.indentOf(j) >= 2 && this.nestedUnder(k, j)) return true;
    }
    return false;
  }

  /**
   * Is line j, indented under the list's entry on line k, nested under it: an entry of its own (a bullet, a box, a number),
   * or text under an entry that reads as a topic's title ("- Budget" / "  Reviewed the figures."); not the rest of an
   * entry's sentences, wrapped there ("* **Sign-in app**: Ruth showed the demo and answered questions about data." / "
   * Pilot to start on 1 December.").
   */
  private nestedUnder(k: number, j: number): boolean {
    const L = this.L;
    if (L.bullet(j) || L.checkbox(j) !== null || /^(?:\d{1,3}|[a-z])[.)]\s/.test(this.content(j))) return true;
    if (this.entryRunsOn(k, j)) return false;
    const c = this.content(k);
    return c.length <= 70 || !/[.!?;,]$/.test(c);
  }

  /**
   * Is line j, right under the list's entry on line k, the rest of that entry's text, wrapped there ("* **Office move**: ...
   * The group decided to move" / "  on 4 May."), not an entry nested under it? It has no bullet, opens in small letters,
   * and the entry stops with no full stop.
   */
  private entryRunsOn(k: number, j: number): boolean {
    const L = this.L;
    if (j !== k + 1 || L.bullet(j) || L.checkbox(j) !== null) return false;
    const c0 = this.text.charCodeAt(L.cs[j]!);
    const last = this.text.charCodeAt(L.ce[k]! - 1);
    return c0 >= 0x61 && c0 <= 0x7a && ((last >= 0x61 && last <= 0x7a) || last === 0x2c);
  }

  /** "**Warehouse move**: Hana confirmed ..." on line n: the topic in bold (where it is, and where its notes start), or null. */
  private labelTopic(n: number, paragraph = false): { title: string; at: number; body: number } | null {
    if (n >= this.L.count || this.L.bullet(n) === paragraph || this.L.checkbox(n) !== null) return null;
    const c = this.content(n);
    const m = /^(\*\*|__)([^*_:]{2,60}?)(?::\1|\1\s*:)\s+(?=\S)/.exec(c);
    if (paragraph && !m) return null;
    // ("- Roadmap Q3: the team reviewed ...": without bold, a title of two words or more, and not who spoke.)
    const plain = m ? null : /^([A-Z][^:*_]{2,40}?):\s+(?=\S)/.exec(c);
    if (!m && !(plain && /\s/.test(plain[1]!.trim()) && !looksLikeOwner(plain[1]!, NOBODY))) return null;
    const title = (m ? m[2]! : plain![1]!).trim();
    if (NOT_TOPIC_LABEL.test(title) || !isTitleLike(title)) return null;
    // ("**Recording**: https://...": a link, not a topic's notes.)
    if (/^<?(?:https?:\/\/|www\.)\S*>?\s*$|^\[[^\]]*\]\([^)]*\)\s*$/.test(c.slice((m ?? plain)![0].length))) return null;
    return { title, at: c.indexOf(title), body: (m ?? plain)![0].length };
  }

  /** Up to the next heading, another paragraph after line n that opens with a topic in bold and a colon? */
  private nextBoldLabel(n: number): boolean {
    for (let k = n + 1; k < this.L.count && !this.L.heading[k]; k++) if (!this.L.blank(k) && this.labelTopic(k, true)) return true;
    return false;
  }

  /**
   * The next list entry after line n at its depth or shallower (blank lines, nested entries and text indented under it
   * skipped), or the line count.
   */
  private nextEntry(n: number): number {
    const depth = this.indentOf(n);
    for (let k = n + 1; k < this.L.count; k++) {
      if (this.L.blank(k)) continue;
      // (Nor the entry's own text, wrapped onto the lines under it and indented there.)
      if (!this.L.heading[k]! && !this.L.bullet(k) && this.indentOf(k) > depth && this.L.checkbox(k) === null) continue;
      if (this.L.heading[k]! || !this.L.bullet(k) || this.indentOf(k) <= depth) return k;
    }
    return this.L.count;
  }

  /** A list entry's title as a topic: its bold opening ("**[Maria] 0.9 release status** (10 min)"), or the entry. */
  private listTopicTitle(n: number): { title: string; range: Range } | null {
    const c = this.content(n);
    const cs = this.L.cs[n]!;
    const bold = /^(\*\*|__)(.+?)\1/.exec(c);
    let title: string;
    let off: number;
    if (bold) {
      title = bold[2]!.trim();
      off = c.indexOf(title);
      // "**Decision:** ..." is a label, not a topic.
      if (/:$/.test(title) || c.slice(bold[0].length).trimStart().startsWith(':')) return null;
    } else {
      // "Open floor (5 min)": the time it was given is not its title; "Release: shipped" is a note, not a topic.
      // ("Pricing page (12:40)": nor is where it starts in a recording.)
      // ("#3455 Change: Drop i686 (zbyszek, 17:05:12)": an IRC meeting bot's topic, who set it and when.)
      title = c.replace(/\s*[(\[]\s*(?:[\w.-]+,\s*)?(?:\d+\s*(?:min(?:ute)?s?|m|h|hrs?)|\d{1,2}:\d{2}(?::\d{2})?)\s*[)\]]\s*$/i, '').trim();
      off = 0;
      // (A topic with its notes nested under it may hold a colon: "Change: Drop i686 support".)
      if (title.includes(': ')) {
        const k = this.nextNonBlank(n + 1);
        if (!(k < this.L.count && this.L.bullet(k) && this.indentOf(k) >= 2)) return null;
      }
    }
    if (!title || title.split(/\s+/).length > 12 || !isTitleLike(title)) return null;
    return { title, range: { start: cs + off, end: cs + off + title.length } };
  }

  // ---------------------------------------------------------------- numbered and plain

  private plainHeads(): Head[] {
    const heads: Head[] = [];
    // (An item read again on its own takes the whole document's numbering: its lines are then read as they were there.)
    let topFamily: Family | null = (this.options.headings?.top?.family as Family | undefined) ?? null;
    // Minute references have one shape ("45/25"); an application's ("FPL/2025/188") under "50/25 Planning" is a sub-item.
    let topShape = this.options.headings?.top?.shape ?? '';
    let current: Head | null = null; // the current top-level item
    let currentHasBody = false;
    let currentHasSubs = false;
    let last: Head | null = null;
    let lastFamily: Family | null = null;
    let inActions = false;
    let listLabel = false; // in a list numbered afresh under "DECISIONS" or "ACTIONS" after the items
    let listNum = 0; // the last number of that list
    let listLabelLine = -1; // the line whose label opened it
    let listThat = true; // every entry of that list so far opens "That ...", as a resolution's clauses do
    let listGap = false; // a blank line stood between two of its entries
    let listColon = false; // the list is an item's own, announced by a line ending in a colon (not "DECISIONS" after the items)
    /** A heading, pushed or kept aside, on line n after a list numbered afresh ends it: the "1.", "2." after it are its item's. */
    const headingAt = (n: number): void => {
      if (n !== listLabelLine) listLabel = false;
    };
    let afterBlank = false;
    const colonKnown: Head[] = [];
    // (`early`: found before any other heading, and taken only where the item is read on its own or none is found.)
    const pendingColon: Array<{ n: number; title: string; range: Range; early: boolean }> = [];
    const pendingCaps: Array<{ n: number; title: string; range: Range; body?: number }> = [];
    let capsKnown = 0;
    // Sub-numbered titles with no parent item ("11.1 DRAFT LOCAL PLANNING STRATEGY", "11.2 ROAD NAMING"): minutes of one
    // part of an agenda. Kept aside until the end: where nothing else heads the items, they do.
    const orphans: Array<{ n: number; num: string; split?: { titleEnd: number; body: number } }> = [];
    let orphan: { num: string; split?: { titleEnd: number; body: number } } | null = null;

    const push = (n: number, title: string, range: Range, number: string | null, level: number, inlineBody: number | null): Head => {
      const h: Head = { kind: 'item', firstLine: n, titleLine: n, titleRange: range, title, number, level, bodyLine: n + 1, inlineBody, headParts: [{ kind: 'title', line: n }], md: 0 };
      heads.push(h);
      last = h;
      // (A new item's sub-items are numbered afresh: the family of the last one's does not carry over.)
      if (level === 1) {
        current = h;
        lastFamily = null;
      }
      currentHasBody = false;
      // Once an item has sub-items, a relative number continues them only as a sibling in the same numbering.
      currentHasSubs = level > 1;
      inActions = false;
      headingAt(n);
      return h;
    };

    /** Does a sub-item numbered in `fam` continue the last one's numbering? ("(i)" and "i)" read as a letter until "(ii)" or "ii)" follows.) */
    const sameFamily = (fam: Family): boolean => lastFamily === fam || (fam === 'paren-roman' && lastFamily === 'lower' && /^\(?i\)/.test((last as Head | null)?.number ?? ''));

    /**
     * Does a numbered line that is a sentence, not a title, continue the items' numbers? "1. Apologies: Mrs S. Hurst." /
     * "2. Minutes of the last meeting (14 September) were agreed and signed." / "3. Matters arising: ...": the next number
     * after the item before and before the next one, so an item in its own right, its line its title.
     */
    const continuesItems = (numText: string, n: number): boolean => {
      const cur = current as Head | null;
      const num = COUNTING.exec(normNumber(numText));
      if (!num) return false;
      const paren = numText.endsWith(')');
      if (!cur && heads.length === 0 && topFamily === null && num[2] === '') {
        // ("1. Welcome by the Chairman, who chaired the meeting." / "2. Minutes of the 2025 meeting were read and approved."
        // / "3. Chairman's report ...": before any heading, a line numbered on from the numbered line above it.)
        let k = n - 1;
        while (k >= 0 && (this.L.blank(k) || !/^\d{1,3}[.)\t ]/.test(this.content(k)))) k--;
        const above = k >= 0 ? /^(\d{1,3})(?:\.(?!\d)|[\t )])/.exec(this.content(k)) : null;
        // (The first of them, "1.", with no numbered line of any kind above it: it heads an item where "2." follows, as
        // checked below.)
        if (above ? +above[1]! + 1 !== +num[1]! : k >= 0 || +num[1]! !== 1) return false;
      } else {
        if (!cur || cur.level !== 1 || cur.number === null) return false;
        // The number's first part counts on from the item before, the rest of a reference staying the same: "3." after
        // "2.", and "3/11/26 MINUTES of 24 September were agreed and signed." after "2/11/26 ...".
        const before = COUNTING.exec(cur.number);
        if (!before || num[2] !== before[2] || +num[1]! !== +before[1]! + 1 || (num[2] === '' && topFamily !== (paren ? 'dec-paren' : 'dec'))) return false;
      }
      // (Whether it heads an item depends on the next number, which may be in any item after it: incremental.ts reads the
      // whole text again after an edit to a document holding one.)
      if (!this.headings?.sentenceItems) this.headings = { ...this.headings, sentenceItems: true };
      // (Not a sub-number, "2.1 ...".)
      // (Numbered as this one is: "3." after "2.", "3)" after "2)".)
      const nextNumber = num[2] !== '' ? /^(\d{1,3})(\/\d{1,4}(?:\/\d{1,4})?)\s/ : paren ? /^(\d{1,3})()\)[\t ]/ : /^(\d{1,3})()(?:\.(?!\d)|[\t ])/;
      for (let k = n + 1; k < Math.min(this.L.count, n + 200); k++) {
        if (this.L.blank(k)) continue;
        const next = nextNumber.exec(this.content(k));
        if (next) return +next[1]! === +num[1]! + 1 && next[2] === num[2];
      }
      return false;
    };

    /**
     * Is a line numbered `num` (of family `fam`) a sub-item of the current heading, one that groups others ("NEW BUSINESS" /
     * "A. Road equipment") and has no text yet, or whose sub-items it goes on with? Asked where the items have no numbers.
     */
    const underGrouping = (fam: Family, num: string): boolean => {
      const cur = current as Head | null;
      const prev = last as Head | null;
      return cur !== null && cur.number === null && GROUPING_TITLE.test(cur.title) && ((!currentHasBody && !currentHasSubs && !letterMidList(fam, num)) || (prev !== null && prev !== cur && prev.level === 2 && sameFamily(fam)));
    };
    /**
     * Is this numbered line an item heading, and at which level? Top-level numbers share the family of
     * the first one ("25/012" → "25/013"); "5.1" sits under "5.0"; a relative "(a)" is a sub-item only
     * under a heading with no body of its own yet, or after a sibling.
     */
    const numberedLevel = (c: string, n: number): { level: number; num: string; fam: Family; explicit: boolean; split?: { titleEnd: number; body: number } } | null => {
      const m = NUMBERED.exec(c);
      // ("F. Gomez, Secretary" signs the minutes: an initial is not a lettered heading.)
      if (!m || SIGNATURE_LINE.test(c)) return null;
      // ("2. Action items" / "1. Renew the insurance. Owner: Dev Lal." / "2. Replace the noticeboard. Owner: Tom Webb." / "3.
      // Order new chairs.": a number right under the entry before it in a list that is no heading goes on with that list,
      // not with the agenda's numbers.)
      if (n > 0 && /^\d{1,3}[.)]?$/.test(m[1]!) && !this.L.blank(n - 1) && (last as Head | null)?.titleLine !== n - 1) {
        const k = parseInt(m[1]!, 10);
        const above = /^(\d{1,3})[.)][ \t]/.exec(this.content(n - 1));
        if (k > 1 && above && parseInt(above[1]!, 10) === k - 1 && TASK_FIELDS_AFTER.test(this.content(n - 1).replace(/^\d{1,3}[.)]\s+[^.]*\.\s+/, ''))) return null;
      }
      // (Nor is a name's initial on the line after its title, where the line's end split them: "Members Present: Mr. S.
      // Menon (President), Mr." / "A. Khan (Treasurer)".)
      if (n > 0 && /^[A-Z]\.$/.test(m[1]!) && !this.L.blank(n - 1) && TITLE_DOT_GOES_ON.test(this.text.slice(Math.max(this.L.cs[n - 1]!, this.L.ce[n - 1]! - 8), this.L.ce[n - 1]!))) return null;
      // ("a) Mill Lane footpath: the Clerk to report it.<spaces>Clerk": the owner's column is not part of what the line says.)
      const rest = withoutOwnerColumn(c.slice(m[0].length));
      if (!rest) return null;
      // ("6    | Circulate the policy | Kwame | Done": a row of a table set out with bars; "7<TAB>January 2027.": a date.)
      if (rest.charCodeAt(0) === 0x7c || (/^\d{1,2}$/.test(m[1]!) && MONTH_OPENS.test(rest))) return null;
      // ("Item 6   (safeguarding training): all governors have now completed ...": a reference to an earlier item, its topic
      // in brackets, then what became of it, however many spaces the export left after the number; not a title.)
      if (rest.charCodeAt(0) === 0x28 && /^\([^()]{1,60}\)\s*[:–—-]\s*\S/.test(rest)) return null;
      let split: { titleEnd: number; body: number } | undefined;
      // (The lines the line's text runs on to, read once, where it is asked for: see runOn.)
      let runOnText: string | undefined;
      const runOnOf = (): string => (runOnText ??= this.runOn(n));
      // "B. Volunteer handbook. Tabled to November.": a title, then a sentence of text; a title does not end with a full stop.
      // "ARTICLE 2. To see if the Town will vote to raise ...": a town meeting's warrant article is titled by its whole text.
      const warrant = /^article\s/i.test(c);
      // ("4. CORRESPONDENCE. A letter from a resident about dog fouling on Church Walk" / "was discussed.": a title in
      // capitals, then a sentence the page wraps, as minutes copied from a PDF run them on.)
      const sentenceAfter = !warrant && ((/[.!?]$/.test(rest) && TITLE_THEN_SENTENCE.test(rest)) || CAPS_THEN_SENTENCE.test(rest));
      // (Read with its run-on where it stops as a wrapped line does: "2. Request the Chief Executive Officer to report the
      // submissions back to" / "Council." sets a task, as the line whole would; it is no title.)
      const whole = !SENTENCE_CLOSED.test(rest) && stopsLikeAWrap(rest) ? `${rest} ${runOnOf()}`.trimEnd() : rest;
      const titled = warrant || (isTitleLike(rest) && (whole === rest || !wrapsTask(whole, rest.length)));
      // "3. Police report – PCSO Harris reported two thefts.": see dashTitle. Not a planning application's line, which keeps
      // its description (below), nor, in a lettered list, "a) Goals at Field 3 – Jon to check the anchors.", a task.
      const listFamily = LIST_NUMBERING.test(m[1]!);
      // (Its text may run on to the next lines: "B. Park clean-up – Volunteers signed up for April 18. No further action" /
      // "required.")
      const dashRun = warrant ? null : dashTitle(SENTENCE_CLOSED.test(rest) ? rest : `${rest} ${runOnOf()}`.trimEnd(), !listFamily && parentNumber(normNumber(m[1]!)) === null, true);
      // (The title and the text's start on this line.)
      const dash = dashRun && dashRun.body < rest.length ? dashRun : null;
      // (But "b. Gate access – Management to obtain a third bid." after "a. Pool resurfacing – ..." went on as a sub-item: the
      // lettered sequence of sub-items goes on; and under a heading that groups business, "NEW BUSINESS" / "a) Landscaping
      // contract renewal — Kim to get three bids.", the first is a sub-item too.)
      const prevSub = last as Head | null;
      const goesOn = listFamily && prevSub !== null && prevSub.level >= 2 && prevSub !== current && sameFamily(family(m[1]!));
      // "a) 26/01502/FUL – 3 Mill Row – no objection.": a planning application, then the council's response after the last
      // dash; the application is the title, the response its text.
      // ("d) 26/03130/FUL – Land at Quarry Lane, two dwellings – members discussed the access.": or a sentence about it.)
      // (The application's reference after the line's own number or letter, not as that number: "WND/2025/0211 – ...".)
      // ("P/26/0841 – 4 Mill Close – rear extension: No objection.": or the reference is the line's own number, where a dash
      // follows it; a reference as no minute is numbered, with letters before it, a serial of four digits or a kind after it.)
      const ownRef = OWN_PLANNING_REF.test(m[1]!) && /^[–—-]\s/.test(rest);
      // (There, only a response: "WND/2025/0211 – The Old Forge – rear extension. The Council has no objection." is titled up
      // to its first sentence's end, below.)
      const tail = PLANNING_REF.test(rest) ? (PLANNING_RESPONSE_TAIL.exec(rest) ?? LAST_DASH_SENTENCE.exec(rest)) : ownRef ? PLANNING_RESPONSE_TAIL.exec(rest) : null;
      // ("Unfinished Business" / "a. Strategic Plan 2027–2030: Discussion continued. ..." / "b. Meeting Room Policy: Motion by
      // Reyes to adopt ...": under a heading that groups business, where the items have no numbers, a lettered line's label
      // before its colon is the sub-item's title and the rest its text.)
      const colonLabel = !tail && topFamily === null && listFamily ? /^([^:.;]{2,60}?[^\s:]):[ \t]+(?=\S)/.exec(rest) : null;
      if (tail && (ownRef || PLANNING_REF.test(rest.slice(0, tail.index)))) {
        split = { titleEnd: m[0].length + tail.index, body: m[0].length + tail.index + tail[0].length };
      } else if (colonLabel && colonLabel[1]!.split(/\s+/).length <= 8 && isTitleLike(colonLabel[1]!) && underGrouping(family(m[1]!), normNumber(m[1]!))) {
        split = { titleEnd: m[0].length + colonLabel[1]!.length, body: m[0].length + colonLabel[0].length };
      } else if (dash && !PLANNING_REF.test(MINUTE_REF.test(m[1]!) ? rest.slice(0, dash.title.length) : c.slice(0, m[0].length + dash.title.length)) && !(listFamily && !goesOn && setsTask(rest.slice(dash.body)) && !underGrouping(family(m[1]!), normNumber(m[1]!)))) {
        split = { titleEnd: m[0].length + dash.title.length, body: m[0].length + dash.body };
      } else if (!titled || sentenceAfter) {
        // (A line that reads as a title whole stays one when its first part does not: no split, but still a heading.)
        const first = FIRST_SENTENCE.exec(rest);
        if (!first || !isTitleLike(first[1]!)) {
          if (!titled) {
            // (Or a few sentences, the first of them its subject and its verb: "2. Minutes of the last General Meeting were
            // read. Moved Jones / seconded Patel that they be adopted. Carried.")
            const verb = FINITE.exec(first ? first[1]! : rest);
            if ((first && (rest.length > 300 || !verb || verb.index === 0)) || rest.length > (first ? 300 : 160) || !continuesItems(m[1]!, n)) return null;
            // (Its subject is the title, its verb on the item's text: "2. Minutes of the last meeting" / "were agreed".)
            // (Not where the words before the verb stop mid-phrase: "2. The Chair opened the meeting at 19:30 and welcomed ...".)
            // ("1. Welcome by the Chairman, who thanked everyone for coming.": the title ends before its relative clause.)
            const rel = verb ? /,\s+(?:who|which|whom|whose|where)\b/.exec(rest.slice(0, verb.index)) : null;
            if (rel && rel.index > 0) split = { titleEnd: m[0].length + rel.index, body: m[0].length + rel.index + rel[0].search(/\w/) };
            else if (verb && verb.index > 0 && !MID_SENTENCE_END.test(rest.slice(0, verb.index).trimEnd())) split = { titleEnd: m[0].length + rest.slice(0, verb.index).trimEnd().length, body: m[0].length + verb.index };
          }
        }
        // "7.2 24/05602/PIP – Two holiday lets, Lochside. Members were concerned about access.": a planning application
        // and the council's comment on one line; the application is the title, the line its text.
        else if (!PLANNING_REF.test(first[1]!)) {
          // ("1. Renew the insurance. Owner: Dev Lal. Due: 1 February.": a task and its fields, an entry of a list of tasks,
          // not an item.)
          if (TASK_FIELDS_AFTER.test(rest.slice(first[0].length)) && TASK_VERBS.has(first[1]!.split(/\s/)[0]!.toLowerCase())) return null;
          // "25/31 Apologies. Cllr J. Harte (work). Apologies were accepted.": a short title, then the item's text.
          const t = first[1]!;
          // ("2.2 Car park lines: still waiting for a quote. Carried forward.": a label and its sentence, as "2.1 Fire doors:
          // the contractor fitted ..." is, not a title.)
          // ("6.2 Erection of a two-storey extension to the rear of 14 Mill Lane. No objection.": a planning application's
          // description may be longer, a noun's phrase with no verb.)
          if (((t.length > 60 || t.split(/\s+/).length > 8) && !longNounTitle(t, RESPONSE_OPENS.test(rest.slice(first[0].length)))) || /^(?:noted|agreed|resolved|approved|carried|accepted|none|nil|no|yes|n\/a)\b/i.test(t) || (parentNumber(normNumber(m[1]!)) !== null && /:\s+[a-z]/.test(t))) {
            if (!titled) return null;
          } else split = { titleEnd: m[0].length + t.length, body: m[0].length + first[0].length };
        }
      }
      const fam = family(m[1]!);
      const num = normNumber(m[1]!);
      const parent = parentNumber(num);
      // "4.2 Reserves policy: Trustees approved the revised policy.": under an item, a label and a sentence make a paragraph,
      // as "4.1 Bus shelter: the Secretary reported ..." does.
      // ("b) Appeals: none." under "7. Planning": so a lettered line, as "7.2 Appeals: none." is; not a planning application's,
      // "a) 26/00112/HOUS – 3 Pond Lane – garden room. Comments: none.", which heads a part of the item.)
      // ("2.1 Management accounts to 30 September: surplus of £12,400 against" / "budget. Received.": its sentence may run on
      // to the next line, as a PDF's text wraps it.)
      if (!split && (parent !== null || (fam === 'lower' && topFamily !== null && !PLANNING_REF.test(rest))) && (LABEL_SENTENCE.test(rest) || (!SENTENCE_CLOSED.test(rest) && LABEL_SENTENCE.test(`${rest} ${runOnOf()}`)))) return null;
      if (topFamily === null) {
        // Under an unnumbered heading that groups others and has no body yet ("NEW BUSINESS" / "A. Road equipment"),
        // lettered and numbered lines are its sub-items, as are their siblings.
        if (underGrouping(fam, num)) return { level: 2, num, fam, explicit: false, split };
        // (Nor does a letter that is not a list's first head an item: it may be someone's initial.)
        if (parent === null && fam !== 'lower' && fam !== 'paren-num' && fam !== 'paren-roman' && !letterMidList(fam, num)) return { level: 1, num, fam, explicit: true, split };
        if (parent !== null && fam === 'dec2') orphan = { num, split };
        return null;
      }
      if (isLetterLike(fam) && isLetterLike(topFamily)) {
        // "I." and "C." are letters in one document and numerals in another; the sequence decides:
        // after "IV." comes "V." (a section), after "A." comes "B."; a letter that continues neither is a sub-item ("IV. OLD BUSINESS" / "A. Pool").
        const prevTop = (current as Head | null)?.number?.replace(/\.$/, '') ?? '';
        if (fam === 'roman') {
          if (topFamily === 'upper') topFamily = 'roman';
          return { level: 1, num, fam: 'roman', explicit: true, split };
        }
        const letter = num.replace(/\.$/, '');
        const nextLetter = /^[A-Z]$/.test(prevTop) ? String.fromCharCode(prevTop.charCodeAt(0) + 1) : null;
        const nextRoman = /^[IVXLC]+$/.test(prevTop) ? toRoman(fromRoman(prevTop) + 1) : null;
        if (topFamily === 'roman' ? letter === nextRoman : letter === nextLetter || nextLetter === null || letter > prevTop) return { level: 1, num, fam: topFamily!, explicit: true, split };
      } else if (fam === topFamily && !(fam === 'ref' && refShape(num) !== topShape)) {
        // "TB/26/058 (safer staffing) – complete." under "TB/26/074 Action log": an earlier minute's reference, reported on.
        const cur = current as Head | null;
        if (fam === 'ref' && cur?.number && refShape(cur.number) === topShape && refBefore(num, cur.number)) return null;
        return { level: 1, num, fam, explicit: true, split };
      }
      const cur = current as Head | null;
      if (parent !== null && cur && cur.number !== null && normNumber(cur.number) === parent) return { level: 2, num, fam, explicit: true, split };
      // "(8) Date of next meeting" after "Item 7 – Finance": the next number of the sequence, in another dress (not the
      // eighth of a list the item holds, "(7) ..." / "(8) ...").
      const curN = cur?.level === 1 && cur.number !== null ? /^\(?(\d+)\)?$/.exec(cur.number) : null;
      if (topFamily === 'dec' && (fam === 'paren-num' || fam === 'dec-paren') && curN && +num.replace(/\D/g, '') === +curN[1]! + 1) {
        const k = this.prevNonBlank(n - 1);
        const before = k >= 0 ? /^\(?(\d{1,3})\)/.exec(this.content(k)) : null;
        if (k >= 0 && !(before && +before[1]! === +curN[1]!)) return { level: 1, num, fam, explicit: true, split };
      }
      // "Agenda Item 3(a) – Allotments: rent review" after item 2, with no item 3: the parts of the next number in the
      // sequence, each an item at the top (not "2(a)" under item 2, read above, nor "7(a)" after item 2).
      // (Likewise "Agenda Item 3.1: Finance Report" / "Agenda Item 3.2: Treasury" after "Agenda Item 2.0", with no 3.0.)
      if ((fam === 'decsub' || fam === 'dec2') && topFamily === 'dec' && parent !== null && /^\d+$/.test(parent) && cur?.level === 1 && cur.number !== null) {
        const at = parseInt(normNumber(cur.number), 10);
        const p = parseInt(parent, 10);
        // (Not where a line since the current item opens with that number, "2 REPORTS" over "2.1 ...": its heading, which
        // the reading of items numbered bare finds later.)
        let headed = false;
        if (p === at + 1) {
          const ps = String(p);
          for (let k = cur.firstLine + 1; k < n && !headed; k++) {
            const line = this.content(k);
            headed = line.startsWith(ps) && /^[.)]?(?:[ \t]|$)/.test(line.slice(ps.length));
          }
        }
        if (!headed && (p === at + 1 || (p === at && family(normNumber(cur.number)) === fam))) return { level: 1, num, fam, explicit: true, split };
      }
      const prev = last as Head | null;
      // "9.1 CORPORATE SERVICES" / "9.1.1 Monthly Financial Report" / "9.1.2 Rates Exemption": a number one level under a
      // sub-item's of this item is that sub-item's part, one level deeper (as deep as the numbers go).
      if (cur && parent !== null && prev && prev.level >= 2) {
        for (let k = heads.length - 1; k >= 0 && heads[k] !== cur; k--) {
          const h = heads[k]!;
          if (h.kind === 'item' && h.level >= 2 && h.number !== null && normNumber(h.number) === parent) return { level: h.level + 1, num, fam, explicit: true, split };
        }
      }
      // ("IV. NEW BUSINESS" / "A. Facilities" / "1. Roof replacement" / "2. Playground resurfacing" / "B. Personnel": an
      // American board's outline three levels deep. Numbers straight under a lettered part are its parts; the next letter
      // after them goes on with the lettered parts.)
      if (cur && prev && prev !== cur && topFamily !== 'dec') {
        if (prev.level === 2 && !currentHasBody && fam === 'dec' && /^1\.?$/.test(num) && prev.number !== null && family(normNumber(prev.number)) === 'upper') return { level: 3, num, fam, explicit: false, split };
        if (prev.level === 3 && fam === 'dec' && sameFamily(fam)) return { level: 3, num, fam, explicit: false, split };
        if (prev.level === 3 && fam === 'upper') {
          for (let k = heads.length - 1; k >= 0 && heads[k] !== cur; k--) {
            const h = heads[k]!;
            if (h.level !== 2) continue;
            const hn = h.number === null ? '' : normNumber(h.number).replace(/\.$/, '');
            if (/^[A-Z]$/.test(hn) && num.replace(/\.$/, '') === String.fromCharCode(hn.charCodeAt(0) + 1)) return { level: 2, num, fam, explicit: false, split };
            break;
          }
        }
      }
      if (cur && prev && prev.level === 2 && sameFamily(fam)) return { level: 2, num, fam, explicit: false, split };
      // ("1. Plot inspections" / "P. Ellis proposed inspections twice a year.": a letter opens a list of parts only as its
      // first, "A." or "a)"; any other is someone's initial.)
      if (cur && !currentHasBody && !currentHasSubs && !((fam === 'upper' || fam === 'lower') && !/^\(?[aAiI][.):]?$/.test(num))) return { level: 2, num, fam, explicit: false, split };
      // ("7. Planning" / "The following applications were considered:" / "a) 26/01877/HH – 4 Mill Lane – ...": planning
      // applications under a line that introduces them are the item's parts, as they are straight under its title.)
      if (cur && !currentHasSubs && fam === 'lower' && /^\(?a[.)]$/.test(num) && PLANNING_REF.test(c) && /:\s*$/.test(this.content(this.prevNonBlank(n - 1)))) return { level: 2, num, fam, explicit: false, split };
      return null;
    };

    for (let n = 0; n < this.L.count; n++) {
      const l = n;
      if (this.L.blank(l)) {
        afterBlank = true;
        continue;
      }
      const c = this.content(n);
      const wasAfterBlank = afterBlank;
      afterBlank = false;
      // Before any item, an attendance list and the names under it ("PRESENT:<TAB>R. Ashcroft" / "<TAB>M. Ashcroft"): an
      // initial is not a lettered heading.
      if (current === null && c.length < 300) {
        const att = ATTENDANCE_LINE.exec(c.replace(/\*\*|__/g, ''));
        // ("APOLOGIES" alone is the procedural item of that name.)
        if (att && !SECTION_NAME.test(c.replace(/[:.]$/, '').trim())) {
          const alone = !(att[3] ?? '').trim();
          while (n + 1 < this.L.count && this.continuesAttendance(n + 1, alone)) n++;
          continue;
        }
      }
      // Before any item: "AGENDA" over its numbered list ("1. Preliminaries" / "2. Confirmation of previous minutes" / ...),
      // one line after another, as minutes that then head each item ("MIN. 01/03/2026: PRELIMINARIES") open.
      // ("Contents" over the same list, as the W3C's minutes open.)
      if (current === null && c.length <= 20 && TOC_LABEL.test(bareLabel(c).trim())) {
        let k = n + 1;
        while (k < this.L.count && !this.L.blank(k) && (this.L.bullet(k) || LIST_NUMBER.test(this.content(k))) && this.content(k).length <= 80) k++;
        if (k - n - 1 >= 2) {
          n = k - 1;
          continue;
        }
      }
      // Before any item: a table whose rows are the items ("| Item | Discussion | Action | Owner |", or tab-separated).
      if (current === null && (this.L.table(l) || c.includes('\t'))) {
        const rows = this.itemTable(n);
        if (rows) {
          heads.push(...rows.heads);
          last = rows.heads[rows.heads.length - 1]!;
          n = rows.last;
          continue;
        }
      }
      // A table of tasks pasted from Word ("Ref<TAB>Action<TAB>Owner<TAB>Due" / "34<TAB>Replace first aid kits<TAB>JP<TAB>Oct"):
      // its rows are the item's tasks, not items, whatever number opens them (readBody reads them).
      if (isTaskTableHeader(c)) {
        n = this.taskTableEnd(n);
        continue;
      }

      // "Item 1" alone, then "Topic: Significant event – delayed referral": the item's number on one line, its title on the
      // next, as a form of fields sets them out.
      const itemNo = c.length <= 20 && !this.L.bullet(l) ? ITEM_NUMBER_LINE.exec(c) : null;
      if (itemNo && (topFamily === null || topFamily === 'dec')) {
        const t = n + 1 < this.L.count ? TOPIC_FIELD.exec(this.content(n + 1)) : null;
        if (t) {
          const cs = this.L.cs[n + 1]! + t[0].length - t[1]!.length;
          const h = push(n + 1, t[1]!, { start: cs, end: cs + t[1]!.length }, itemNo[1]!, 1, null);
          h.firstLine = n;
          h.headParts = [{ kind: 'number', line: n }, { kind: 'title', line: n + 1 }];
          h.bodyLine = n + 2;
          topFamily ??= 'dec';
          lastFamily = 'dec';
          n++;
          continue;
        }
      }
      // "Minute No. 101" / "Apologies for absence": the number alone, then the title (two blank lines between at most, as a
      // Word export with an empty paragraph after each, or an e-mail double-spaced, leaves them).
      const num = !this.L.bullet(l) && !this.L.table(l) ? numberAlone(c) : null;
      if (num !== null) {
        const fam = family(num);
        const t = this.nextNonBlank(n + 1);
        const title = t < this.L.count && t - n <= 3 ? this.content(t) : '';
        if ((topFamily === null || topFamily === fam) && title.length <= 100 && isTitleLike(title) && !/[.!?;:]$/.test(title) && !NUMBERED.test(title) && !this.L.bullet(t)) {
          const cs = this.L.cs[t]!;
          const h = push(t, title, { start: cs, end: this.L.ce[t]! }, num, 1, null);
          h.firstLine = n;
          h.headParts = [{ kind: 'number', line: n }, { kind: 'title', line: t }];
          h.bodyLine = t + 1;
          if (topFamily === null) {
            topFamily = fam;
            topShape = refShape(num);
          }
          lastFamily = fam;
          n = t;
          continue;
        }
      }
      orphan = null;
      // ("**5. Budget**": a numbered title in bold, as notes typed with Markdown's emphasis set a few of them.)
      const em = c.length > 5 && (c.charCodeAt(0) === 0x2a || c.charCodeAt(0) === 0x5f) ? /^(\*\*|__)(\d[^*_]*?)\1$/.exec(c) : null;
      const hc = em ? em[2]! : c;
      const ho = em ? 2 : 0;
      let level = this.L.bullet(l) || this.L.table(l) ? null : numberedLevel(hc, n);
      // ("26/08 Correspondence" / "i) Herts Highways – road closure" / "ii) CPRE newsletter.": the letters a council lists
      // under its correspondence are its entries, not items of their own, each with no outcome of its own to record.)
      if (level !== null && level.level >= 2 && LIST_NUMBERING.test(level.num) && current !== null && CORRESPONDENCE_TITLE.test((current as Head).title)) level = null;
      if (orphan) orphans.push({ n, ...(orphan as { num: string; split?: { titleEnd: number; body: number } }) });
      // Inside an "Action items" list, entries are tasks, not headings: only the next item's heading, or a blank line and a non-entry, ends it.
      if (inActions) {
        // (Not an action log's own reference where the items are not numbered by reference: "A25/21 Colin – draft budget"
        // under "Actions:" after items "1 MATTERS ARISING", "2 FINANCE"; a blank line and a heading still end the list.)
        const logRef = level !== null && level.fam === 'ref' && topFamily !== 'ref';
        if (level && !logRef && (level.level === 1 || level.explicit)) inActions = false;
        else if (wasAfterBlank && !this.L.bullet(l) && !/^\d+[.)]\s/.test(c)) inActions = false;
        else continue;
      }
      if (ACTION_LIST_LABEL.test(c)) {
        inActions = true;
        if (current) currentHasBody = true;
        continue;
      }
      // "DECISIONS" / "1. Release date: Friday." after the items: a list numbered afresh is entries, not items.
      // "3. Committee membership" / "The Council agreed the following changes:" / "1. Planning Committee – ...": a list
      // numbered afresh under a sentence that announces it, in an item numbered past 1, is the item's text too.
      const cur = current as Head | null;
      const curNum = cur !== null && cur.number !== null && /^\d+$/.test(cur.number) ? +cur.number : null;
      if (!listLabel && /^1[.)]\s/.test(c) && curNum !== null && curNum > 1 && n > 0 && n - 1 !== cur!.titleLine && !this.L.blank(n - 1) && /:$/.test(this.content(n - 1))) {
        listLabel = true;
        listNum = 0;
        listLabelLine = n - 1;
        listThat = true;
        listGap = false;
        listColon = true;
      }
      // (The next item's number ends it: "DECISIONS" / "1. Cllr Shaw to replace Cllr Moss" / "4. Speeding" under "3. ...".)
      if (listLabel) {
        // (Not where the list numbers on to it: "1. ...", "2. ...", "3. Staffing Committee – no change" under "2. ...".)
        const num = /^(\d{1,3})[.)]/.exec(c);
        // ("RESOLVED:" / "1. That the report be noted." / "2. That a further update be brought ..." / "3. Work programme":
        // where it numbers on to the next item too, a line after clauses that each open "That" that does not is that item;
        // so is one after a blank line, in an item's own list whose entries no blank line parted.)
        const entryThat = /^\d{1,3}[.)][\s\u00a0]+(?:that|That|THAT)\b/.test(c);
        const nextItem =
          level !== null && level.level === 1 && curNum !== null && level.num === String(curNum + 1) && (!(num !== null && +num[1]! === listNum + 1) || (listNum > 0 && ((listThat && !entryThat) || (listColon && wasAfterBlank && !listGap))));
        if (!LIST_NUMBER.test(c)) listLabel = !wasAfterBlank;
        else if (nextItem) listLabel = false;
        else {
          // (A list numbered afresh, "1." again under the next label, starts over.)
          if (num !== null && +num[1]! === 1) {
            listThat = entryThat;
            listGap = false;
          } else {
            if (!entryThat) listThat = false;
            if (wasAfterBlank) listGap = true;
          }
          listNum = num ? +num[1]! : listNum;
          continue;
        }
      }
      if (current && c.length <= 40 && (DECISIONS_SECTION.test(bareLabel(c).trim()) || ACTIONS_SECTION.test(bareLabel(c).trim()))) {
        const next = this.nextNonBlank(n + 1);
        if (next < this.L.count && /^1[.)]\s/.test(this.content(next)) && (current as Head).number !== '1') {
          listLabel = true;
          listNum = 0;
          listLabelLine = n;
          listThat = true;
          listGap = false;
          listColon = false;
        }
      }

      if (level) {
        if (topFamily === null && level.level === 1) {
          topFamily = level.fam;
          topShape = refShape(level.num);
        }
        const cs = this.L.cs[l]! + ho;
        if (level.split) push(n, hc.slice(0, level.split.titleEnd), { start: cs, end: cs + level.split.titleEnd }, level.num, level.level, cs + level.split.body);
        else push(n, hc, { start: cs, end: cs + hc.length }, level.num, level.level, null);
        lastFamily = level.fam;
        continue;
      }
      // A numbered paragraph or a list entry is body text; other lines may be unnumbered headings.
      if (!this.L.bullet(l) && !this.L.table(l) && !NUMBERED.test(c)) {
        // "Case No. ZBA-2026-04: Petition of John Hart ...", "Application No. PL/26/11 – ...": a board of appeals' or
        // a planning board's cases, each an item (under "PUBLIC HEARINGS", its sub-item), in minutes numbered otherwise none.
        const cas = topFamily === null ? CASE_LINE.exec(c) : null;
        if (cas) {
          const cs = this.L.cs[l]!;
          const under = current as Head | null;
          const level = under && under.level === 1 && under.number === null && /\b(?:hearings?|business|cases|applications|appeals|petitions)\b/i.test(under.title) ? 2 : 1;
          push(n, cas[1]!, { start: cs, end: cs + cas[1]!.length }, null, level, cs + cas[0].length);
          continue;
        }
        // Unnumbered headings: section names ("Call to order", "OLD BUSINESS", "Approval of minutes:").
        const own = /^(.{2,80}?)\s*:?$/.exec(c);
        // ("A.O.B." keeps the full stop its last letter is closed by.)
        const bare = (c.charCodeAt(1) === 0x2e && /^(?:[A-Za-z]\.){2,5}$/.test(c) ? c : c.replace(/[:.]$/, '')).trim();
        // (Not "III DIRECTOR'S REPORT": a Roman numeral numbers it, and the numbered lines are read below.)
        if (own && SECTION_NAME.test(bare) && !ACTIONS_SECTION.test(bare) && romanNumbered(c) === null) {
          const h = push(n, bare, { start: this.L.cs[l]!, end: this.L.cs[l]! + bare.length }, null, 1, null);
          if (/:$/.test(c)) colonKnown.push(h);
          if (isAllCaps(bare)) capsKnown++;
          continue;
        }
        // "TOWN CENTRE CCTV" alone on a line, in a document whose known headings are in capitals too. (One item read again
        // on its own, after an edit, starts with its heading, which the whole document's had other headings before:
        // "ADJOURNMENT: 8:", a colon heading not yet accepted here, is one.)
        if ((heads.length || this.options.headings) && isAllCaps(bare) && bare.length <= 80 && bare.split(/\s+/).length <= 10 && !/[.!?]$/.test(c) && !notCapsTitle(bare)) {
          pendingCaps.push({ n, title: bare, range: { start: this.L.cs[l]!, end: this.L.cs[l]! + bare.length } });
          headingAt(n);
          continue;
        }
        // "Title:" alone on a line, in a document whose known headings take that form too (or, below, one with no other).
        // ("Minutes:" / "Last meeting's minutes agreed.": the item approving them, among other such headings; not the
        // ModernGov marker under an item's title.)
        const minutesItem = /^minutes$/i.test(bare) && this.minutesHeading(n, (last as Head | null)?.titleLine ?? -1);
        if (/:$/.test(c) && c.length <= 70 && isTitleLike(bare) && (minutesItem || (!/^(?:minutes|present|apologies|officers|resolved|unresolved|decision|motion|owner|due|note|notes|attendees|in attendance|also present|action|actions|supporting documents?)$/i.test(bare) && !NOT_TOPIC_LABEL.test(bare))) && bare.split(/\s+/).length <= 8) {
          pendingColon.push({ n, title: bare, range: { start: this.L.cs[l]!, end: this.L.cs[l]! + bare.length }, early: heads.length === 0 && !minutesItem });
          headingAt(n);
          continue;
        }
        // "Call to order: 7:32 p.m." — a known section name with its body on the same line.
        const inline = /^([A-Z][^:]{2,40}):\s+(\S.*)$/.exec(c);
        // "Apologies: Catriona Ross" in the header names who sent apologies: attendance, not an item; "Quorum: a quorum was
        // present" says the meeting could decide.
        if (inline && SECTION_NAME.test(inline[1]!.trim()) && topFamily === null && !/^(?:apolog|quorum)/i.test(inline[1]!)) {
          const t = inline[1]!.trim();
          push(n, t, { start: this.L.cs[l]!, end: this.L.cs[l]! + t.length }, null, 1, this.L.cs[l]! + c.indexOf(inline[2]!));
          continue;
        }
        // "READING AND ADOPTION OF PREVIOUS MINUTES: The minutes of the last meeting were read ...": a title in capitals and its
        // text on the same line, in a document whose known headings are in capitals too (as "TOWN CENTRE CCTV" alone is).
        if (inline) {
          const t = inline[1]!.trim();
          // (Not a field of the header, "STRATA MANAGER: Dana Whitfield": the text is a sentence of a few words.)
          if (isAllCaps(t) && t.split(/\s+/).length <= 8 && inline[2]!.trim().split(/\s+/).length >= 4 && !LISTED_NAME.test(inline[2]!.trim()) && !NOT_TOPIC_LABEL.test(t) && !notCapsTitle(t) && !/^(?:NOTE|NB|PROPOSED|SECONDED|MOVED|VOTE|RESULT|PRESIDING|OFFICIATING|RECORDER|CLERK)\b/.test(t)) {
            pendingCaps.push({ n, title: t, range: { start: this.L.cs[l]!, end: this.L.cs[l]! + t.length }, body: this.L.cs[l]! + c.indexOf(inline[2]!) });
            headingAt(n);
            continue;
          }
        }
        // "OLD BUSINESS" / "Pool heater replacement. Bids from two firms were reviewed.": under an unnumbered heading that
        // groups business, a short title without a verb and a full stop open each sub-item, its text on the same line.
        const cur = current as Head | null;
        const prevHead = last as Head | null;
        // (Not after a line that may yet head an item of its own, "W ITEM" in capitals or "Parking:": read alone, that item
        // has no such heading over it.)
        const pendingLine = Math.max(pendingCaps.length ? pendingCaps[pendingCaps.length - 1]!.n : -1, pendingColon.length ? pendingColon[pendingColon.length - 1]!.n : -1);
        if (cur && cur.level === 1 && cur.number === null && /\b(?:business|items|matters)\b/i.test(cur.title) && (prevHead === cur || (prevHead?.level === 2 && prevHead.number === null)) && pendingLine < (prevHead as Head).titleLine) {
          // ("Pool Resurfacing – Two bids were received.": a dash serves as the full stop does.)
          // ("Teacher Appreciation Week (May 4-8): Volunteers needed ...": a colon too, after a title that is not a label.)
          // ("2026 Budget – Draft presented.": a year may open the title.)
          const sub = /^((?:[A-Z]|(?:19|20)\d\d\s+[A-Z])[^.!?:;–—]{2,60}?)(?:(?:\.|\s+[–—-])\s+(?=[A-Z])|:\s+(?=\S))/.exec(c);
          const t = sub ? sub[1]!.trim() : '';
          // ("Lobby Repainting – Unit Owner Request" over its text is a title whole: see below.)
          const wholeTitle = sub !== null && !sub[0].trimEnd().endsWith('.') && isTopicLine(c.slice(sub[0].length));
          // (Not a label, nor who spoke: "Treasurer: reported ...", "Jen Ortiz: asked ...".)
          // (Who spoke goes on in lower case, "Jen Ortiz: asked ..."; "Gallery Lighting Upgrade: Director Chen moved ..." is a title.)
          const label = sub !== null && sub[0].trimEnd().endsWith(':') && (NOT_TOPIC_LABEL.test(t) || SECTION_NAME.test(t) || t.split(/\s+/).length < 2 || (looksLikeOwner(t, NOBODY) && !/^[A-Z]/.test(c.slice(sub[0].length))));
          // (Nor the rest of a sentence the line above wraps: "... held on November 20. Kelly" / "Burns to mail notices by
          // October 20.", "... Motion by Tom Bell to accept" / "Option B, second by Joy Park.")
          if (sub && !wholeTitle && !label && t.split(/\s+/).length <= 8 && isTitleLike(t) && !/^(?:motion|moved|seconded|second|carried|approved|agreed|noted|resolved|decision|action|no|none|nothing|discussion|information|update|mr|mrs|ms|dr|cllr|councillor|st|bro|w\.?\s?bro|sr|fr|rev|revd|prof|hon)\b/i.test(t) && !(n > 0 && !this.L.blank(n - 1) && (this.capitalGoesOn(n) || this.wrapsInto(n)))) {
            const cs = this.L.cs[l]!;
            push(n, t, { start: cs, end: cs + t.length }, null, 2, cs + sub[0].length);
            continue;
          }
          // "NEW BUSINESS" / "Landscaping Contract Renewal" / "MOTION by Director Chen to renew ...": a title in capitals on a
          // line of its own, after a blank line or the heading, with the sub-item's text under it.
          // ("Approve one-day liquor license – Birchfield Historical Society, Dec 12": in ordinary case too, where a dash joins
          // two titles, what and whose.)
          const joined = wholeTitle && c.length <= 100 && t.split(/\s+/).length <= 8 && isTitleLike(t);
          // (Or after a sub-item's text that ends its sentence: "... Motion passed." / "Window Washing" / "MOTION by ...".)
          if ((wasAfterBlank || (n - 1 === (prevHead as Head).titleLine && !this.wrapsInto(n)) || (c.length <= 40 && /[.!?)]$/.test(this.content(n - 1)))) && (joined || (/^[A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|[–—-]))?(?:\s|$)/.test(c) && isTopicLine(c))) && !/^(?:motion|moved|seconded|second|carried|approved|agreed|noted|resolved|decision|action|no|none|nothing|discussion|information|update|mr|mrs|ms|dr|cllr|councillor|director|st)\b/i.test(c)) {
            const body = this.nextNonBlank(n + 1);
            if (body < this.L.count && body - n <= 2 && !this.L.bullet(body) && /[.!?)]$|^.{61,}/.test(this.content(body)) && !NUMBERED.test(this.content(body))) {
              push(n, c, { start: this.L.cs[l]!, end: this.L.ce[l]! }, null, 2, null);
              continue;
            }
          }
        }
      }
      if (current) currentHasBody = true;
    }

    // Colon and capital headings count only where the document's known headings are written the same way.
    const accept = (pending: Array<{ n: number; title: string; range: Range; body?: number }>) => {
      for (const p of pending) heads.push({ ...lineHead(p.n, p.title, p.range, null, 1), inlineBody: p.body ?? null });
    };
    if (topFamily === null) {
      const colon = colonKnown.length > 0 || !!this.options.headings?.colon;
      const caps = capsKnown >= 2 || !!this.options.headings?.caps;
      this.headings = { caps, colon, bare: false };
      if (pendingColon.length && colon) accept(pendingColon.filter((p) => !p.early || this.options.headings?.colon));
      if (pendingCaps.length && caps) accept(pendingCaps);
      heads.sort((a, b) => a.firstLine - b.firstLine);
    } else if ((capsKnown >= 2 || this.options.headings?.caps) && !heads.some((h) => h.number !== null && isAllCaps(h.title.replace(NUMBERED, '')))) {
      // "PUBLIC COMMENT" / "CONSENT AGENDA" / "Item 7. Zoning amendment" / "BOARD AND STAFF REPORTS": among numbered items
      // titled in small letters, a heading in capitals alone on its line after a blank one, where the document's known
      // headings are in capitals too (a US board's agenda). Under numbered titles in capitals ("1. PLANNING" /
      // "APPLICATIONS RECEIVED"), such a line heads a part of the item.
      this.headings = { ...this.headings, caps: true };
      const own = pendingCaps.filter((p) => p.body === undefined && (p.n === 0 || this.L.blank(p.n - 1)));
      if (own.length) {
        accept(own);
        heads.sort((a, b) => a.firstLine - b.firstLine);
      }
    }
    // "1   Welcome" / "2 Repairs" / "3  Funding": items numbered bare, the space after the number typed once in some and
    // several times (or as a tab) in others. The spaced ones are headings by their spaces; a single space's line between
    // them that numbers on is one too, as is one that fills the gap between "7." and "9." ("8 Cemetery").
    const plain = heads.length > 0 && !this.options.headings ? this.plainNumbers(heads) : null;
    if (plain !== null) this.bareBetween(heads, plain === 'spaced');
    // "1 Apologies", "Minute 101 Apologies": a number and a single space. Prose starts so too ("3 members attended"), so
    // such lines count only where the document has no other headings and they number on in sequence (1, 2, 3 ...).
    if (heads.length === 0 || this.options.headings?.bare) {
      const found: Array<{ n: number; num: number; title: string; range: Range; prefixed: boolean; body: number | null }> = [];
      for (let n = 0; n < this.L.count; n++) {
        if (this.L.blank(n) || this.L.bullet(n) || this.L.table(n)) continue;
        const c = this.content(n);
        // ("II APPROVAL OF MINUTES": a Roman numeral and a single space, numbering on as the digits do.)
        const roman = romanNumbered(c);
        const m = roman ?? BARE_NUMBERED.exec(c);
        if (!m) continue;
        const h = this.bareHeading(n, c, m[3]!);
        if (h) found.push({ n, num: roman ? fromRoman(m[1]!) : Number(m[1] ?? m[2]), title: h.title, range: h.range, prefixed: !roman && !/^[\d(]/.test(c), body: h.body });
      }
      // The numbers that run on from the first (a "3 quotes received" in between is text); an item parsed again on its
      // own takes only its own heading.
      const bareKnown = !!this.options.headings?.bare;
      // Headings in capitals or with a "Min." or "Item" before the number may skip numbers, as agendas drop items not
      // taken ("3 CONFIRMATION OF MINUTES" / "6 PLANNING REPORTS"); other lines must number on by one.
      const strong = (f: (typeof found)[number]): boolean => f.prefixed || isAllCaps(f.title.replace(/^[^A-Za-z]+/, ''));
      const chain = (from: number): typeof found => {
        const out = [found[from]!];
        for (let k = from + 1; k < found.length && out.length < 500; k++) {
          const prev = out[out.length - 1]!;
          const f = found[k]!;
          if (f.num === prev.num + 1 || (f.num > prev.num && f.num <= prev.num + 4 && strong(f) && strong(prev))) out.push(f);
        }
        return out;
      };
      let run: typeof found = [];
      if (bareKnown) {
        // An item parsed again on its own: its heading, and any line that numbers on from it.
        // (Or, where the item's own heading was read above, "3  Funding" among items numbered bare, any such line: the
        // whole text decides whether it fills the numbers.)
        const first = this.nextNonBlank(0);
        if (found.length && found[0]!.n === first) run = chain(0);
        else if (found.length && heads.some((h) => h.titleLine === first)) run = [found[0]!];
        // Any other numbered line may make another run the document's longest: it is taken too, so that the item no longer
        // reads as one and the whole text is parsed again.
        if (run.length) for (const f of found) if (!run.includes(f)) run.push(f);
        run.sort((a, b) => a.n - b.n);
      } else {
        for (let k = 0; k < found.length && k < 50; k++) {
          const c = chain(k);
          if (c.length > run.length) run = c;
        }
        // ("1 water" / "troughs leaking again. agreed raj gets 2 quotes" / "2 rents" / ...: notes typed in small letters on
        // a phone number their topics so, each a word or two; three or more numbering on from 1 are the items.)
        if (found.length < 2) {
          const lower: typeof found = [];
          for (let n = 0; n < this.L.count; n++) {
            if (this.L.blank(n) || this.L.bullet(n) || this.L.table(n)) continue;
            const m = LOWER_TOPIC.exec(this.content(n));
            if (m && !FINITE.test(m[2]!)) lower.push({ n, num: Number(m[1]), title: this.content(n), range: { start: this.L.cs[n]!, end: this.L.ce[n]! }, prefixed: false, body: null });
          }
          if (lower.length >= 3) {
            found.splice(0, found.length, ...lower);
            for (let k = 0; k < found.length && k < 50; k++) {
              const c = chain(k);
              if (c.length >= 3 && c.length > run.length && c[0]!.num === 1) run = c;
            }
          }
        }
      }
      if (run.length >= 2 || (run.length && bareKnown)) {
        for (const f of run) heads.push({ ...lineHead(f.n, f.title, f.range, String(f.num), 1), inlineBody: f.body });
        // (An item read again on its own does not know the document's other numbers: it takes any such line, and the whole
        // text is parsed again when that changes the item's shape.)
        heads.push(...this.subItemsOf(new Set(run.map((f) => String(f.num))), run[0]!.n + 1, bareKnown));
        heads.sort((a, b) => a.firstLine - b.firstLine);
        this.headings = { ...this.headings, bare: true };
      }
    }
    // "11.1 DRAFT LOCAL PLANNING STRATEGY" / "11.2 ROAD NAMING": where nothing else heads the items, sub-numbered titles
    // with no parent are the items, those one level deeper ("11.1.1 ...") their sub-items. Two are needed, or one in an
    // item read again on its own.
    if (topFamily === null && !this.headings.bare && (heads.length === 0 || this.options.headings?.subNumbered) && (orphans.length >= 2 || (orphans.length && this.options.headings?.subNumbered))) {
      const depth = (num: string): number => num.split('.').length;
      const top = depth(orphans[0]!.num);
      const tops = new Set<string>();
      for (const o of orphans) {
        const d = depth(o.num);
        const level = d === top ? 1 : d === top + 1 && tops.has(parentNumber(o.num) ?? '') ? 2 : 0;
        if (!level) continue;
        if (level === 1) tops.add(o.num);
        const cs = this.L.cs[o.n]!;
        const end = o.split ? cs + o.split.titleEnd : this.L.ce[o.n]!;
        heads.push({ ...lineHead(o.n, this.text.slice(cs, end), { start: cs, end }, o.num, level), inlineBody: o.split ? cs + o.split.body : null });
      }
      heads.sort((a, b) => a.firstLine - b.firstLine);
      this.headings = { ...this.headings, subNumbered: true };
    }
    // "10.1 ROAD RESERVE LEASE" / "10.2 COMMUNITY GRANTS" in minutes numbered "11.", "12." after them: sub-numbered titles
    // whose parent number heads nothing are items of that number's place in the sequence (two or more of one parent).
    if (topFamily === 'dec' && orphans.length >= 2 && !this.options.headings) {
      const numbers = new Set(heads.map((h) => h.number));
      const byParent = new Map<string, typeof orphans>();
      for (const o of orphans) {
        const p = parentNumber(o.num);
        if (p === null || numbers.has(p) || o.num.split('.').length !== 2) continue;
        const t = o.split ? this.content(o.n).slice(0, o.split.titleEnd) : this.content(o.n);
        if (!isTitleLike(t.replace(NUMBERED, ''))) continue;
        byParent.set(p, [...(byParent.get(p) ?? []), o]);
      }
      let added = false;
      for (const group of byParent.values()) {
        if (group.length < 2) continue;
        for (const o of group) {
          const cs = this.L.cs[o.n]!;
          const end = o.split ? cs + o.split.titleEnd : this.L.ce[o.n]!;
          heads.push({ ...lineHead(o.n, this.text.slice(cs, end), { start: cs, end }, o.num, 1), inlineBody: o.split ? cs + o.split.body : null });
          added = true;
        }
      }
      if (added) {
        heads.sort((a, b) => a.firstLine - b.firstLine);
        this.headings = { ...this.headings, subNumbered: true };
      }
    }
    // "Water supply:" / "The main tap is leaking. ...": where nothing else heads the items, two or more titles with a colon
    // on lines of their own, each over its text, do.
    if (topFamily === null && heads.length === 0 && !this.headings.bare && !this.headings.subNumbered && !this.options.headings) {
      const loose = pendingColon.filter((p) => {
        const k = this.nextNonBlank(p.n + 1);
        return k < this.L.count && !/:$/.test(this.content(k));
      });
      if (loose.length >= 2) {
        for (const p of loose) heads.push(lineHead(p.n, p.title, p.range, null, 1));
        this.headings = { ...this.headings, colon: true, colonOnly: true };
      }
    }
    // "Treasurer's Report – Jim reported receipts of ..." / "Pastor's Report – Pastor Lind reported ...": minutes without
    // numbers whose paragraphs each open with a short title and a dash. Three or more, at the start of a paragraph.
    if (topFamily === null && !this.headings.bare && !this.headings.subNumbered && !this.headings.colonOnly) {
      const known = new Set(heads.map((x) => x.titleLine));
      const found: Head[] = [];
      for (let n = 0; n < this.L.count; n++) {
        if (known.has(n) || this.L.blank(n) || this.L.bullet(n) || this.L.table(n) || (n > 0 && !this.L.blank(n - 1) && !known.has(n - 1))) continue;
        // (Its text may run on to the next line: "APPROVAL OF MINUTES – December minutes approved as written (Vance/Cruz," /
        // "unanimous).")
        const c = this.content(n);
        const d = openingDashTitle(SENTENCE_CLOSED.test(c) ? c : `${c} ${this.runOn(n)}`.trimEnd());
        // (The title and its dash on the paragraph's first line: "Opening Devotion" / "s – Rev. Ames read ..." is no title.)
        if (!d || d.body > c.length) continue;
        const cs = this.L.cs[n]!;
        const h = lineHead(n, d.title, { start: cs, end: cs + d.title.length }, null, 1);
        h.inlineBody = cs + d.body;
        found.push(h);
      }
      if (found.length >= 3) {
        heads.push(...found);
        heads.sort((a, b) => a.firstLine - b.firstLine);
        this.headings = { ...this.headings, dashTitles: true };
      }
    }
    // "Outline" / "- Onboarding funnel (00:02)" / "  - Drop-off at the workspace step ...": notes whose topics are list
    // entries with their notes nested under them, as an AI summary writes them. Read only where nothing else heads the
    // items; such notes are parsed whole on each edit, as notes read by their topic lines are.
    let listTopics = false;
    if (topFamily === null && heads.length === 0 && !this.headings.bare && !this.headings.subNumbered && !this.options.headings) {
      const found = this.nestedListTopics();
      if (found.filter((x) => x.kind === 'item').length >= 2) {
        heads.push(...found);
        this.headings = { ...this.headings, topics: true };
        listTopics = true;
      }
    }
    // "Q4 roadmap" / "Maya walked through the draft ...": notes kept in a shared document put each topic on a short line
    // of its own over its paragraph. Read only where nothing else heads the items.
    // (Section names such as "Any other business" may stand among them.)
    // An item read again on its own (`options.headings` given) takes any it finds: the whole document may now hold two.
    const h = this.headings;
    if ((topFamily === null && !h.bare && !h.caps && !h.colon && !h.subNumbered && !h.dashTitles && !listTopics) || this.options.headings?.topics) {
      const known = new Set(heads.map((x) => x.titleLine));
      const topics = this.topicLines(!!this.options.headings?.topics, heads.length === 0 && !this.options.headings).filter((x) => !known.has(x.titleLine));
      // (Among two or more section names written the same way, one is enough.)
      if (topics.length >= 2 || (topics.length && (this.options.headings || (heads.length >= 1 && !heads.some((x) => x.row))))) {
        heads.push(...topics);
        heads.sort((a, b) => a.firstLine - b.firstLine);
        this.headings = { ...this.headings, topics: true };
        // A sub-item read under a heading that groups business ("NEW BUSINESS" / "Pool heater. Bids ...") is text of a
        // topic that now stands between them, as it is when that topic is read again on its own.
        const isTopic = new Set(topics);
        let parent: Head | null = null;
        for (let i = 0; i < heads.length; i++) {
          const x = heads[i]!;
          if (x.level === 1) parent = x;
          else if (x.number === null && parent && isTopic.has(parent)) heads.splice(i--, 1);
        }
      }
    }
    if (topFamily !== null) this.headings = { ...this.headings, top: { family: topFamily, shape: topShape } };
    this.trailingSections(heads);
    this.leadingActions(heads);
    return heads;
  }

  /**
   * "Next steps" / "• Marcus will draft the proposal by Friday." above the first item, as AI meeting summaries put their
   * tasks before the topics: the meeting's tasks, not the header's text (which is not read for them).
   */
  private leadingActions(heads: Head[]): void {
    const L = this.L;
    const first = heads.length ? heads[0]!.firstLine : -1;
    if (first < 0 || this.options.headings) return;
    for (let n = 0; n < first; n++) {
      if (L.blank(n) || L.bullet(n) || L.ce[n]! - L.cs[n]! > 40) continue;
      const label = bareLabel(this.content(n)).replace(/:$/, '').trim();
      if (!ACTIONS_SECTION.test(label)) continue;
      const next = this.nextNonBlank(n + 1);
      if (next >= first || !this.isEntry(next)) continue;
      // The list runs to a blank line that a line other than an entry follows ("Summary", the topics' text).
      let k = next;
      while (k < first) {
        if (L.blank(k)) {
          const j = this.nextNonBlank(k);
          if (j >= first || !this.isEntry(j)) break;
          k = j;
        } else k++;
      }
      const cs = L.cs[n]!;
      const off = this.content(n).indexOf(label);
      heads.unshift({ kind: 'section', sectionKind: 'actions', firstLine: n, titleLine: n, titleRange: { start: cs + off, end: cs + off + label.length }, title: label, number: null, level: 1, bodyLine: n + 1, inlineBody: null, headParts: [{ kind: 'title', line: n }], md: 0, readTo: k });
      return;
    }
  }

  /**
   * Top-level list entries with lines nested under them, as topics; and, after them, the labels of the meeting's
   * action or decision list ("Action Items", "Decisions") with entries under them, as sections.
   */
  private nestedListTopics(): Head[] {
    const L = this.L;
    const out: Head[] = [];
    // How deep an entry may stand and be at the top: at the margin, or under a heading written as an entry, as an
    // outliner's page holds its headings ("- ## Design review" / "<TAB>- ### 1. Onboarding flow" / "<TAB><TAB>- its notes").
    let margin = 1;
    for (let n = 0; n < L.count; n++) {
      if (L.blank(n)) continue;
      const depth = this.indentOf(n);
      // (An entry back at the margin ends the heading's entries; a line of text there, "RESOLVED:" typed under one of them, does not.)
      if (depth <= 1 && L.bullet(n)) margin = 1;
      if (depth > margin) continue;
      const j = this.nextNonBlank(n + 1);
      if (L.bullet(n)) {
        if (depth <= 1 && j < L.count && L.bullet(j) && this.indentOf(j) > depth && this.text.charCodeAt(L.cs[n]!) === 0x23 && /^#{1,6}[ \t\u00a0]/.test(this.content(n))) {
          margin = this.indentOf(j);
          continue;
        }
        if (L.checkbox(n) !== null || j >= L.count || !L.bullet(j) || this.indentOf(j) <= margin) continue;
        const t = this.listTopicTitle(n);
        if (t) out.push(lineHead(n, t.title, t.range, null, 1));
        continue;
      }
      const label = bareLabel(this.content(n)).trim();
      const kind = ACTIONS_SECTION.test(label) ? 'actions' : DECISIONS_SECTION.test(label) ? 'decisions' : null;
      if (kind && out.length && j < L.count && this.isEntry(j)) {
        const off = this.content(n).indexOf(label);
        out.push({ ...lineHead(n, label, { start: L.cs[n]! + off, end: L.cs[n]! + off + label.length }, null, 1), kind: 'section', sectionKind: kind });
      }
    }
    return out;
  }

  /**
   * Short topic lines, each standing after a blank line (or a "Notes" label) with its text right under it; where `loose`,
   * also right after a line that ends a sentence (see `ended` below). The first line of a document is its title, except
   * when the text is one item read again on its own (`fragment`).
   */
  private topicLines(fragment: boolean, loose: boolean): Head[] {
    const out: Head[] = [];
    const first = this.nextNonBlank(0);
    let opens = true; // after a blank line or a label such as "Notes"
    // After a line that ends a sentence, in notes read by their topic lines alone (`loose`: nothing else heads their items,
    // so that an edit anywhere reads them whole) once one is read: "Pricing test" / "Results are inconclusive ..." right
    // under the paragraph of the topic before, as notes copied out of a shared document lose the blank lines their
    // headings had.
    let ended = false;
    for (let n = first; n < this.L.count; n++) {
      if (this.L.blank(n)) {
        opens = true;
        ended = false;
        continue;
      }
      const c = this.content(n);
      const label = bareLabel(c).trim();
      // (A table of tasks pasted from Word, "Ref<TAB>Action<TAB>Owner", holds the tasks of the topic above it.)
      if (isTaskTableHeader(c)) {
        n = this.taskTableEnd(n);
        opens = false;
        continue;
      }
      const afterParagraph = loose && ended && !opens && out.length > 0 && c.length <= 40 && !/[–—-]\s*$/.test(c) && this.paragraphUnder(n);
      ended = false;
      if ((opens || afterParagraph || this.outdented(n)) && (fragment || n !== first) && !this.L.bullet(n) && !this.L.table(n) && this.L.checkbox(n) === null) {
        // (Quick notes typed in lower case, "kit order" over "- kev to sort out ...": a topic in lower case over text in lower
        // case. Read from the lines around it alone, so that an item read again on its own reads it the same.)
        const lower = /^[a-z]/.test(c) && this.lowerUnder(n);
        if ((isTopicLine(lower ? c.charAt(0).toUpperCase() + c.slice(1) : c) || this.bodyTopic(n, c)) && this.bodyUnder(n)) {
          out.push(lineHead(n, c, { start: this.L.cs[n]!, end: this.L.ce[n]! }, null, 1));
          opens = false;
          continue;
        }
        // ("Business:" alone over its bullets, among "Treasurer: Balance £1,342." and the like: a topic and its colon.)
        // (A word that groups topics, "Business:", heads its own item where bullets, not topics, stand under it.)
        const alone = c.length > 3 && c.charCodeAt(c.length - 1) === 0x3a ? c.slice(0, -1).trimEnd() : null;
        const next = alone ? this.nextNonBlank(n + 1) : n;
        if (alone && (isTopicLine(alone) || (GROUP_SECTION.test(alone) && next < this.L.count && this.L.bullet(next))) && !NOT_TOPIC_LABEL.test(alone) && this.bodyUnder(n)) {
          out.push(lineHead(n, alone, { start: this.L.cs[n]!, end: this.L.cs[n]! + alone.length }, null, 1));
          opens = false;
          continue;
        }
        // "Item: Outdoor play area" (then "Discussion: ...", "Decision: ..."): a form's field that names the topic.
        const field = /^(?:item|topic|subject|agenda\s+item)\s*:\s+(?=\S)/i.exec(c);
        if (field && isTopicLine(c.slice(field[0].length)) && this.bodyUnder(n)) {
          const cs = this.L.cs[n]! + field[0].length;
          out.push({ ...lineHead(n, c.slice(field[0].length), { start: cs, end: this.L.ce[n]! }, null, 1) });
          opens = false;
          continue;
        }
        // "Correspondence: a letter from the Federation about ...": a paragraph that opens with its topic.
        // ("READING AND ADOPTION OF PREVIOUS MINUTES: The minutes ... were read ...": a title in capitals may be longer.)
        // ("Minutes: Motion by Zeller, second by Kraus to approve the October 13 minutes.": the last minutes' approval;
        // "Driveway Permit – Jensen, W4410 Oak Rd: Motion by ...": a title with its particulars after a dash.)
        const inline = TOPIC_LABEL.exec(c);
        const minutes = inline !== null && /^minutes$/i.test(inline[1]!) && MINUTES_APPROVAL.test(c.slice(inline[0].length));
        if (
          inline &&
          (minutes || (isTopicLine(inline[1]!) && !NOT_TOPIC_LABEL.test(inline[1]!) && inline[1]!.split(/\s+/).length <= (/\s[–—-]\s/.test(inline[1]!) || isAllCaps(inline[1]!) ? 8 : 5)))
        ) {
          const cs = this.L.cs[n]!;
          out.push({ ...lineHead(n, inline[1]!, { start: cs, end: cs + inline[1]!.length }, null, 1), inlineBody: cs + inline[0].length });
          opens = false;
          continue;
        }
      }
      opens = c.length <= 40 && GROUP_SECTION.test(label);
      ended = !this.L.bullet(n) && ENDS_SENTENCE.test(c);
    }
    return out;
  }

  /** Is the line under line n a sentence of the paragraph a topic heads (not a name or a short line of a list)? */
  private paragraphUnder(n: number): boolean {
    const k = n + 1;
    if (k >= this.L.count || this.L.blank(k) || this.L.bullet(k)) return false;
    const c = this.content(k);
    return /^[A-Z]/.test(c) && (c.length >= 40 || (ENDS_SENTENCE.test(c) && c.split(/\s+/).length >= 4));
  }

  /** Does the text under line n (right below it) open in lower case, as notes typed in lower case do? */
  private lowerUnder(n: number): boolean {
    const k = n + 1;
    if (k >= this.L.count || this.L.blank(k)) return false;
    return /^[a-z]/.test(this.content(k));
  }

  /**
   * "Committee" / "Sam is standing down as treasurer ...": a word that names the body, which alone over a list of names
   * labels who attended, heads a topic over a sentence that tells something of it.
   */
  private bodyTopic(n: number, c: string): boolean {
    if (!/^(?:Committee|Board|Council|Trustees|Membership|Members|Officers|Staff|Governors|Directors|Volunteers)$/.test(c)) return false;
    const k = n + 1 < this.L.count && this.L.blank(n + 1) ? n + 2 : n + 1;
    return k < this.L.count && !this.L.blank(k) && FINITE.test(this.content(k));
  }

  /**
   * Does line n stand at the margin between indented lines ("Rate limiting on /search" under "  Agreed: ship the bucket
   * today." and over "  Aiyana: 429s spiking ...")? Notes that indent each topic's text under it need no blank line
   * between topics.
   */
  private outdented(n: number): boolean {
    return n > 0 && !this.L.blank(n - 1) && this.indented(n - 1) && this.indentedUnder(n);
  }

  /** Does line n stand at the margin with an indented line right under it? */
  private indentedUnder(n: number): boolean {
    return n + 1 < this.L.count && !this.L.blank(n + 1) && !this.indented(n) && this.indented(n + 1);
  }

  /** Does line n open with a space or a tab? */
  private indented(n: number): boolean {
    const c = this.text.charCodeAt(this.table.starts[n]!);
    return c === 0x20 || c === 0x09;
  }

  /** Line n has text under it: a paragraph or a list, right below or after one blank line. */
  private bodyUnder(n: number): boolean {
    let k = n + 1;
    // (Two blank lines, where a Word export leaves an empty paragraph after each, or an e-mail is double-spaced.)
    for (let b = 2; b > 0 && k < this.L.count && this.L.blank(k); b--) k++;
    if (k >= this.L.count || this.L.blank(k)) return false;
    if (this.L.bullet(k)) return true;
    const c = this.content(k);
    // ("ana_r: no changes to the agenda": a line of a scribe's chat log, who said what.)
    return c.length >= 40 || ENDS_SENTENCE.test(c) || /^[a-z][\w.-]{1,30}:\s+\S/.test(c);
  }

  /**
   * "DECISIONS" / "- Release date: Friday 21 November." after the last item: the meeting's decisions, kept apart from
   * its items (decisions.ts links them), and an "ACTIONS" list right after them. Only after the last item: a
   * "Decisions:" list inside an item is that item's.
   */
  private trailingSections(heads: Head[]): void {
    const L = this.L;
    let lastItem = -1;
    for (const h of heads) if (h.kind === 'item') lastItem = Math.max(lastItem, h.titleLine);
    if (lastItem < 0) return;
    let decisions = false;
    for (let n = lastItem + 1; n < L.count; n++) {
      if (L.blank(n) || L.bullet(n) || L.ce[n]! - L.cs[n]! > 40) continue;
      const label = bareLabel(this.content(n)).trim();
      // ("Summary of resolutions" / "Summary of action items", as the W3C's minutes end: the whole meeting's, in any order.)
      const summary = /^summary\s+of\b/i.test(label);
      // ("TODOs" at the margin over its indented lines, as the topics above stand over theirs: a list of the same rank.)
      const outline = this.indentedUnder(n) && this.indentedUnder(lastItem);
      const kind: 'decisions' | 'actions' | null = DECISIONS_SECTION.test(label) ? 'decisions' : (decisions || summary || outline) && ACTIONS_SECTION.test(label) ? 'actions' : null;
      const next = this.nextNonBlank(n + 1);
      if (!kind || next >= L.count || !(this.isEntry(next) || outline)) continue;
      // The meeting's list is headed in capitals, or its entries name their topics ("- Hiring: make offers"); otherwise
      // it is the last item's ("3. Budget" / "Decisions:" / "- Freeze travel spend.").
      if (kind === 'decisions' && !summary && !isAllCaps(label) && !this.entriesNameTopics(next)) continue;
      const cs = L.cs[n]!;
      const off = this.content(n).indexOf(label);
      heads.push({ kind: 'section', sectionKind: kind, firstLine: n, titleLine: n, titleRange: { start: cs + off, end: cs + off + label.length }, title: label, number: null, level: 1, bodyLine: n + 1, inlineBody: null, headParts: [{ kind: 'title', line: n }], md: 0 });
      decisions ||= kind === 'decisions';
    }
    heads.sort((a, b) => a.firstLine - b.firstLine);
  }

  /** How many lines hold a title in bold and nothing else ("**Financials**"), counted once (two at most). */
  private boldTopicLines(): number {
    if (this.boldTopicCount < 0) {
      // (An item read again on its own counts as the whole document did: its own lines may hold none of them.)
      if (this.options.headings) return (this.boldTopicCount = this.options.headings.boldTopics ? 2 : 0);
      let k = 0;
      for (let n = 0; n < this.L.count && k < 2; n++) {
        const f = this.text.charCodeAt(this.L.cs[n]!);
        if ((f === 0x2a || f === 0x5f) && !this.L.blank(n) && !this.L.bullet(n) && boldTitle(this.content(n)) !== null) k++;
      }
      this.boldTopicCount = k;
      // (Kept when counted, either way: an edit to an item can then tell whether it may change the count's answer.)
      this.headings = { ...this.headings, boldTopics: k >= 2 };
    }
    return this.boldTopicCount;
  }

  /** Is line n a list entry: a bullet, or numbered "1." / "2)"? */
  private isEntry(n: number): boolean {
    return this.L.bullet(n) || LIST_NUMBER.test(this.text.slice(this.L.cs[n]!, this.L.cs[n]! + 8));
  }

  /** Does a list from line n have an entry that opens with a topic and a colon ("- Hiring: make offers ...")? */
  private entriesNameTopics(n: number): boolean {
    for (let k = n; k < this.L.count && this.isEntry(k); k = this.nextNonBlank(k + 1)) {
      const topic = /^(?:\d{1,3}[.)]\s+)?(?:\*\*|__)?([^:*_]{1,40}?)(?:\*\*|__)?:\s/.exec(this.content(k));
      if (topic && namesTopic(topic[1]!.trim())) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- closing

  /** The line where the closing lines ("The meeting ended at 7.52 pm.", "MAYOR") start, if the document ends with them. */
  private findClosing(heads: Head[]): number | null {
    const lastHead = heads.length ? heads[heads.length - 1]!.bodyLine : 0;
    let first: number | null = null;
    for (let n = this.L.count - 1; n >= lastHead; n--) {
      const l = n;
      if (this.L.blank(l)) continue;
      const c = this.content(n);
      if (CLOSING_LINE.test(c) || (first !== null && /^[A-Z][A-Z .]{1,30}$/.test(c) && c.length < 30)) first = n;
      else break;
    }
    if (first === null) return null;
    // Keep the closing words inside a last item that has nothing else ("10. Closure / The meeting closed at 9pm.").
    if (heads.length) {
      const h = heads[heads.length - 1]!;
      let body = false;
      for (let n = h.bodyLine; n < first; n++) if (!this.L.blank(n) && !MINUTES_MARKER.test(this.content(n))) body = true;
      if (h.inlineBody !== null) body = true;
      if (!body) return null;
    }
    return first;
  }

  // ---------------------------------------------------------------- header

  private headerTitle(limit: number): string | null {
    let n = this.nextNonBlank(0, limit);
    // ("– DRAFT –", "CONFIDENTIAL", a line of "=": a mark over the title, not the title.)
    while (n < limit && /^(?:[-–—=*_\s]*(?:draft|confidential|unconfirmed|unapproved|provisional|restricted)[-–—=*_\s]*|[=\-_*]{3,})$/i.test(this.content(n))) n = this.nextNonBlank(n + 1, limit);
    if (n >= limit) return null;
    // ("**Greenfield Housing Co-operative**", as a document converted from Word sets its title in bold.)
    return this.content(n).replace(/^#+\s*/, '').replace(/^(\*\*|__)(.+)\1$/, '$2').trim() || null;
  }

  private headerDate(limit: number): string | null {
    const re = new RegExp(
      `\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS}),?\\s+\\d{4}|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
      'i',
    );
    for (let n = 0; n < limit && n < 40; n++) {
      const m = re.exec(this.content(n));
      if (m) return m[0];
    }
    return null;
  }

  /**
   * Line n goes on the attendance list above it: the list's label stood alone ("Present:", names below up to a blank
   * line), or the line is indented under it ("PRESENT:<TAB>R. Ashcroft (Chairman)" / "<TAB>M. Ashcroft").
   * `labelAlone` says which; a numbered line under a bare label is an item after all.
   */
  private continuesAttendance(n: number, labelAlone: boolean): boolean {
    if (this.L.blank(n)) return false;
    if (labelAlone) {
      const c = this.content(n);
      // ("1. Mr. Peter Kamau - Chairman": a numbered list of names is still the list.)
      return !(/^\d/.test(c) && NUMBERED.test(c)) || NUMBERED_NAME.test(c);
    }
    return this.L.cs[n]! > this.table.starts[n]! && isWsCode(this.text.charCodeAt(this.table.starts[n]!));
  }

  /** Does line n go on with the attendance list the line above it ends, wrapped at the line's end? */
  private wrapsAttendance(n: number): boolean {
    if (this.L.blank(n) || this.L.bullet(n) || this.L.heading[n]! || this.L.blank(n - 1)) return false;
    const above = this.content(n - 1);
    const c = this.content(n);
    // (A line opening "B." is a lettered heading's, not an initial's, unless a title or an initial ends the line above.)
    const initialNext = TITLE_DOT_GOES_ON.test(above.slice(-8)) || /(?:^|\s)[A-Z]\.$/.test(above);
    if (c.length > 200 || ATTENDANCE_LINE.test(c.replace(/\*\*|__/g, '')) || (NUMBERED.test(c) && !(initialNext && /^[A-Z]\.\s/.test(c)))) return false;
    // ("Present: Branch Secretary, Branch Chair, Welfare" / "Officer, Education Officer, 6 stewards": a long line of the list
    // cut inside a name, the next going on with that name's last words and more of the list, each part a capital's or a
    // count's.)
    if (/,/.test(c) && !/[.;:]$/.test(above) && /,/.test(above) && above.replace(/\s+/g, ' ').length >= 60 && LIST_PARTS.test(c)) return true;
    // (A list of names: capitalised words, initials, titles and brackets, commas and "and", no sentence.)
    if (!NAMES_LINE.test(c)) return false;
    // (Or after a title with its full stop: "... Mrs." / "B. Hart".)
    return /(?:,|\band|&)$/.test(above) || c.startsWith('(') || ENDS_ON_LONE_INITIAL.test(above) || initialNext;
  }

  private readAttendance(from: number, to: number, out: Attendance[]): void {
    for (let n = from; n < to && n < this.L.count; n++) {
      const l = n;
      if (this.L.blank(l)) continue;
      const m = ATTENDANCE_LINE.exec(this.content(n).replace(/\*\*|__/g, ''));
      if (!m) continue;
      const word = m[2]!.toLowerCase();
      const kind: Attendance['kind'] = word.startsWith('apolog') || word === 'regrets' || /apolog/.test(word) || m[1] && /absent/i.test(word) ? 'apologies' : word === 'absent' || /^not\s/.test(word) ? 'absent' : word.startsWith('officers') || word === 'staff' ? 'officers' : word === 'guests' ? 'guests' : word.startsWith('also') || word === 'in attendance' ? 'attendance' : 'present';
      let end = this.L.ce[l]!;
      // ("attendees: [kofi, lena, raj]": a YAML list, as a Markdown file's front matter gives it.)
      let listText = (m[3] ?? '').replace(/^\s*\[(.*)\]\s*$/, '$1');
      // "Present:" alone: the names follow on the lines below, up to a blank line; or they go on, indented, below the first.
      const alone = !listText.trim();
      let k = n + 1;
      const parts: string[] = alone ? [] : [listText];
      while (k < to && this.continuesAttendance(k, alone)) {
        parts.push(this.content(k));
        end = this.L.ce[k]!;
        k++;
      }
      listText = parts.join(', ');
      // ("Present: Linda Park (President), Mark Hughes (Vice President)," / "Joan Diaz (Treasurer), Ray Chen": a list that
      // the line's end wraps, ending on a comma or "and", or going on in a bracket or with a name's last part ("J." /
      // "Tindall, W. Ogden"), goes on the next line, its words joined as one line's.)
      if (!alone) {
        while (k < to && this.wrapsAttendance(k)) {
          listText += ' ' + this.content(k);
          end = this.L.ce[k]!;
          k++;
        }
      }
      n = k - 1;
      out.push({ kind, range: { start: this.L.cs[l]!, end }, names: splitNames(listText) });
    }
    // "_Facilitator: Kofi · Note-taker: Lena · 14 Oct 2025_", "Chair: Cllr Ray": the people the header names by their part.
    if (from === 0) {
      for (let n = 0; n < to && n < 30 && n < this.L.count; n++) {
        if (this.L.blank(n)) continue;
        const c = this.content(n);
        if (c.length > 200 || !/:|[–—]/.test(c) || ATTENDANCE_LINE.test(c.replace(/\*\*|__/g, ''))) continue;
        const names: string[] = [];
        ROLE_LABEL.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = ROLE_LABEL.exec(c))) names.push(m[1]!);
        // ("**Date:** Nov 24 · **Duration:** 32 mins · **Participants:** Ravi, Sofia, Tanya": the list among other fields.)
        const listed = /[·|•]/.test(c) ? PARTICIPANTS_FIELD.exec(c) : null;
        if (listed) names.push(...splitNames(listed[1]!.replace(/\*\*|__/g, '')));
        if (names.length) out.push({ kind: 'present', range: { start: this.L.cs[n]!, end: this.L.ce[n]! }, names });
      }
    }
    // Markdown attendance sections hold the names on their own lines ("* Ayaan (chair)", "- @bo"), as does a bare label's
    // list ("## Attendees" / "* Ayaan (chair)").
    const labelAlone = out.find((a) => a.names.length === 0);
    if (out.length === 0 || from > 0 || labelAlone) {
      const after = from > 0 ? from : labelAlone ? this.table.lineAt(labelAlone.range.start) + 1 : this.L.count;
      for (let n = after; n < to && n < this.L.count; n++) {
        const l = n;
        if (this.L.heading[l]!) break;
        if (this.L.blank(l)) continue;
        const c = this.content(n);
        if (/@[\w-]/.test(c) && !ATTENDANCE_LINE.test(c)) out.push({ kind: 'present', range: { start: this.L.cs[l]!, end: this.L.ce[l]! }, names: splitNames(c) });
        // ("* zbyszek (120)": a nickname, as IRC meeting bots list who spoke, under an attendance heading.)
        else if (this.L.bullet(l) && (LISTED_NAME.test(c) || (from > 0 && /^[a-z][\w.-]{1,30}(?:\s*\([^()]{1,30}\))?$/.test(c)))) out.push({ kind: 'present', range: { start: this.L.cs[l]!, end: this.L.ce[l]! }, names: [c.replace(/\s*\([^()]*\)\s*$/, '')] });
        else if (from === 0) break;
      }
    }
  }

  /** The people the header and attendance sections name: known to every item, so "Pearce to check ..." reads as a person. */
  private collectPeople(attendance: Attendance[]): void {
    const seen = new Set<string>();
    const add = (name: string) => {
      const clean = name.trim().replace(/[.,;:]+$/, '');
      if (!clean || clean.length > 60 || seen.has(clean.toLowerCase())) return;
      seen.add(clean.toLowerCase());
      this.names.push(clean);
      // ("Welfare Officer", "Branch Secretary", as a union branch lists who came by office: a role, whose words name
      // nobody; an item titled "Welfare" is on welfare, not that officer's update. Kept apart for that.)
      const words = clean.split(/\s+/);
      const role = words.length >= 2 && ROLE_WORDS.has(words[words.length - 1]!.toLowerCase()) && words.every((w) => TITLE_CASE_WORD.test(w)) && !NAME_TITLES.has(words[0]!.toLowerCase());
      for (const w of words) {
        const lw = w.toLowerCase();
        if (role && !this.people.has(lw)) this.roleOnly.add(lw);
        else if (!role) this.roleOnly.delete(lw);
      }
      addNameWords(clean, this.people);
      // "Present: alice, bob, carol": nicknames, as chat-style minutes write them ("ACTION: bob to file an issue").
      if (/^[a-z][\w.-]{1,30}$/.test(clean) && !/^(?:none|nil|all|everyone|others?|tbc|tbd|n\/a|apologies|and)$/.test(clean)) {
        this.people.add(clean);
        this.people.add('@' + clean);
      }
    };
    for (const a of attendance) for (const n of a.names) add(n);
    for (const n of this.options.people ?? []) add(n);
  }

  /**
   * The people known inside one top-level block: the header's, and those the block itself mentions
   * ("Councillor X", "Mr X", "moved by X", "@x"). The block is read for names only if a one-word subject needs them.
   */
  private blockPeople(range: Range): People {
    const cached = this.peopleByBlock.get(range.start);
    if (cached) return cached;
    const header = this.people;
    const text = this.text;
    let known: Set<string> | null = null;
    const people: People = {
      inHeader: (word: string): boolean => header.has(word),
      has(word: string): boolean {
        if (header.has(word)) return true;
        if (!known) {
          known = new Set();
          for (const name of mentionedPeople(text, range.start, range.end)) {
            addNameWords(name, known);
            // ("<fantasai>", "<TabAtkins>": a chat log's speaker is known by that nickname, as by a handle.)
            if (name[0] !== '@' && !/\s/.test(name)) known.add(name.toLowerCase()).add('@' + name.toLowerCase());
          }
        }
        return known.has(word);
      },
    };
    this.peopleByBlock.set(range.start, people);
    return people;
  }

  // ---------------------------------------------------------------- items

  /**
   * Does "Minutes:" on line n head the item that approves the last minutes: its next line says they were agreed, and the
   * line before it is no item's title (under which it would be ModernGov's marker)?
   */
  private minutesHeading(n: number, lastTitleLine: number): boolean {
    const next = this.nextNonBlank(n + 1);
    if (next >= this.L.count || !/^(?:(?:the\s+|last\s+meeting['’]?s\s+|previous\s+)?minutes\b[^.]{0,80}\b(?:agreed|approved|signed|confirmed|accepted|adopted)\b|(?:agreed|approved|signed|confirmed|accepted|adopted)\b)/i.test(this.content(next))) return false;
    let prev = n - 1;
    while (prev >= 0 && this.L.blank(prev)) prev--;
    return prev < 0 || prev !== lastTitleLine;
  }

  /** Where notes with no items start saying something: after their title, date and attendance lines. */
  private looseTextStart(): number {
    let k = this.nextNonBlank(0);
    if (k >= this.L.count) return k;
    // ("Notes of the residents meeting, 30 Nov. About 25 people came. ... Kamal to set it up by Friday. ...": notes written
    // as one paragraph, with no title line over them, are all text.)
    const first = this.content(k);
    if (first.length > 150 && TWO_SENTENCES.test(first)) return k;
    k = this.nextNonBlank(k + 1);
    while (k < this.L.count) {
      const c = this.content(k).replace(/\*\*|__/g, '');
      if (!ATTENDANCE_LINE.test(c) && !DATE_LINE.test(c) && !/^(?:date|time|venue|location|place|chair|minutes|notes|attendees|present|apologies)\s*:/i.test(c)) break;
      k = this.nextNonBlank(k + 1);
      while (k < this.L.count && this.continuesAttendance(k, false)) k = this.nextNonBlank(k + 1);
    }
    return k;
  }

  private buildSection(h: Head, end: number, attendance: Attendance[]): Section {
    const start = this.table.starts[h.firstLine]!;
    const actions: Action[] = [];
    let decisions: Outcome[] = [];
    const endLine = end > start ? this.table.lineAt(Math.max(start, end - 1)) + 1 : h.bodyLine;
    // Notes with no items, and "## Notes" / "- Marco to ping the infra team about log retention": a task written under a
    // heading that only groups the notes is a task (not under "## Agenda", whose entries name the business, nor "## Links").
    if (h.loose || ((h.sectionKind ?? 'group') === 'group' && h.title !== null && NOTES_GROUP.test(bareLabel(h.title).replace(/[:.]$/, '').trim()))) {
      this.readBody(h.bodyLine, endLine, false, { outcomes: [], resolutions: [], motions: [], actions }, [], this.blockPeople({ start, end }));
      if (h.loose) return { type: 'section', kind: 'group', range: { start, end }, titleRange: null, title: null, actions, attendance: [], decisions };
    }
    if (h.sectionKind === 'actions' || h.sectionKind === 'decisions') {
      // A decision may set a task too ("Go with option B; Alice to draft the RFC"): those are read as anywhere else.
      const people = this.blockPeople({ start, end });
      this.readBody(h.bodyLine, Math.min(endLine, h.readTo ?? endLine), h.sectionKind === 'actions', { outcomes: [], resolutions: [], motions: [], actions }, [], people, undefined, h.sectionKind === 'decisions');
      if (h.sectionKind === 'decisions') {
        // "- Hiring: make offers to both candidates" names the topic it decides, not someone called Hiring.
        const topicLabel = (a: Action) => a.ownerRange !== null && a.owner !== null && this.text[a.ownerRange.end] === ':' && !a.owner.startsWith('@') && !a.owner.split(/\s+/).some((w) => people.has(w.toLowerCase()));
        // ("1. add a version byte to the patch format": what was decided, in the words of a resolution, is not a task.)
        const decided = (a: Action) => a.owner === null && a.ownerRange === null && (a.source === 'imperative' || a.source === 'list');
        for (let i = actions.length - 1; i >= 0; i--) if (topicLabel(actions[i]!) || decided(actions[i]!)) actions.splice(i, 1);
        decisions = this.decisionEntries(h.bodyLine, endLine, actions);
      }
    }
    return {
      type: 'section',
      kind: h.sectionKind ?? 'group',
      range: { start, end },
      titleRange: h.titleRange,
      title: h.title,
      actions,
      attendance: attendance.filter((a) => a.range.start >= start && a.range.end <= end),
      decisions,
    };
  }

  /**
   * The entries of a "Decisions" section, lines [from, to): each list entry (with the lines that continue it) or
   * paragraph is one decision. An entry that is a task ("Alice to draft the RFC") is an action, and "None" records
   * nothing.
   */
  private decisionEntries(from: number, to: number, actions: readonly Action[]): Outcome[] {
    const out: Outcome[] = [];
    const L = this.L;
    let cur: { start: number; end: number } | null = null;
    const close = () => {
      if (!cur) return;
      const body = this.text.slice(cur.start, cur.end);
      const task = actions.some((a) => a.range.start >= cur!.start && a.range.start <= cur!.start + 8);
      if (!task && !EMPTY_CELL.test(body) && !NOTHING.test(body) && !/^no\s+decisions?(?:\s+\w+){0,2}[.!]?$/i.test(body)) out.push({ kind: 'decision', range: cur });
      cur = null;
    };
    let decisionCol = -1; // in a table of decisions, the column that holds them ("| # | Decision | Owner | Date |")
    for (let n = from; n < to; n++) {
      if (L.blank(n)) {
        close();
        continue;
      }
      // ("| D-14 | Budget re-baseline approved at £2.4m | Priya | 2 Dec |": each row of a table is its own decision, its
      // decision's cell where the header names one.)
      if (L.table(n)) {
        close();
        const c = this.content(n);
        if (TABLE_RULE.test(c)) continue;
        const cells = splitCells(c);
        if (n === from || !L.table(n - 1)) {
          decisionCol = cells.findIndex((x) => DECISION_COLUMN.test(x.text.replace(/\*\*|__/g, '').trim()));
          continue;
        }
        const d = decisionCol >= 0 ? cells[decisionCol] : undefined;
        cur = d && d.text ? { start: L.cs[n]! + d.start, end: L.cs[n]! + d.start + d.text.length } : { start: L.cs[n]!, end: L.ce[n]! };
        close();
        continue;
      }
      const entryStart = L.checkbox(n) !== null || this.isEntry(n);
      if (cur && !entryStart) cur.end = L.ce[n]!;
      else {
        close();
        // (A numbered entry's number is not its text: "1. Release date: Friday.")
        const num = LIST_NUMBER.exec(this.text.slice(L.cs[n]!, L.cs[n]! + 8));
        cur = { start: L.cs[n]! + (num ? num[0].length : 0), end: L.ce[n]! };
      }
    }
    close();
    return out;
  }

  private buildItem(h: Head, range: Range, ownEnd: number, people: People): AgendaItem {
    const parts: Part[] = [];
    const sink = { outcomes: [] as Outcome[], resolutions: [] as ResolutionBlock[], motions: [] as Motion[], actions: [] as Action[] };
    // Parts for the heading lines, then the body.
    const lastLine = Math.min(this.L.count - 1, Math.max(h.firstLine, this.table.lineAt(Math.max(range.start, ownEnd - 1))));
    const bodyFrom = h.bodyLine;
    for (let n = h.firstLine; n < Math.min(bodyFrom, lastLine + 1); n++) {
      let kind: PartKind = 'blank';
      if (!this.L.blank(n)) for (const p of h.headParts) if (p.line === n) kind = p.kind;
      parts.push({ kind, range: { start: this.table.starts[n]!, end: this.table.next(n) } });
    }
    if (h.row) this.readRow(h.row, people, sink);
    // ("Decision status: Deferred" between the title and "Minutes:", as ModernGov's records of decisions give it: what
    // became of the item, read as a line of its text is.)
    for (const p of h.headParts) {
      if (p.kind !== 'purpose' || !DECISION_STATUS.test(this.content(p.line))) continue;
      const span = { start: this.L.cs[p.line]!, end: this.L.ce[p.line]! };
      this.analyseLine(span, scanText(this.text, span.start, span.end), { resolution: undefined, actionList: false, ownLine: true, people }, sink);
    }
    // "Title: body" items: the title line also holds the body's first words.
    if (h.inlineBody !== null) {
      const l = h.titleLine;
      this.analyseLine({ start: h.inlineBody, end: this.L.ce[l]! }, scanText(this.text, h.inlineBody, this.L.ce[l]!), { resolution: undefined, actionList: false, ownLine: true, people }, sink);
    }
    // Planning responses on the title line itself: "(c) 25/00058/HOU – 2 Church Row – replacement windows. No comment."
    // And the tasks there: "4.2 FPL/2025/121 – Change of use, Yr Hen Efail. Objection. Clerk to inform the county."
    // (Not the number's own full stop: "4. ACTION ITEM: APPROVE CONTRACT ..." is one sentence, a US agenda's kind of item and
    // its title, not a task.)
    const numEnd = h.number !== null ? (NUMBERED.exec(h.title)?.[0].length ?? 0) : 0;
    const titleText = h.title.slice(numEnd);
    // (Where the title's second sentence starts, if it has one.)
    let secondSentence = -1;
    if (/[.!?;]["”’)\]]*[\s\u00a0]/.test(titleText)) {
      const titleSentences = sentences(this.text, h.titleRange.start + numEnd, h.titleRange.end);
      if (titleSentences.length > 1) {
        secondSentence = titleSentences[1]!.start;
        const end = h.titleRange.end;
        this.analyseLine({ start: secondSentence, end }, scanText(this.text, secondSentence, end), { resolution: undefined, actionList: false, ownLine: false, people }, sink);
      }
    }
    // (The title line's text, where the body's first line may go on with its last sentence: "c) Hallway Carpet – Council
    // chose the grey sample; Sam Osei to order it" / "by March 31.")
    const textAbove = bodyFrom === h.titleLine + 1 ? (h.inlineBody ?? (secondSentence >= 0 ? secondSentence : -1)) : -1;
    // ("7. Actions" / "- Renew the insurance. Owner: Dev Lal.": under an item that is a list of tasks, its entries are tasks.)
    // ("9. Review Outstanding Action Items" / "* Dana: Ask Gears for a report": or the tasks still open, restated.)
    const bareTitle = titleText.replace(/\*\*|__/g, '').replace(/[:.]\s*$/, '').trim();
    const tasksItem = TOPIC_ACTIONS.test(bareTitle) || ACTIONS_REVIEW_TITLE.test(bareTitle);
    if (bodyFrom <= lastLine) this.readBody(bodyFrom, lastLine + 1, false, sink, parts, people, ownEnd, false, textAbove, tasksItem);
    // ("b) 27/00355/TPO – The Old Rectory – fell one beech tree" / "Comment – refer to the tree officer.": under a planning
    // application's line, the council's comment in its own words is its response, whatever it says.)
    // (Or after the application on its own line: "c) 25/03412/TPO – The Old Rectory – fell one beech: Comment – refer to the
    // tree officer.", "e) 25/03412/TPO The Old Rectory, fell one beech. Comment – refer to the tree officer.")
    if (sink.outcomes.length === 0 && PLANNING_REF.test(titleText)) {
      const comment =
        h.inlineBody !== null
          ? commentAt(this.text, h.inlineBody, this.L.ce[h.titleLine]!)
          : secondSentence >= 0
            ? commentAt(this.text, secondSentence, h.titleRange.end)
            : null;
      if (comment) sink.outcomes.push(comment);
      else {
        for (let n = bodyFrom; n <= lastLine; n++) {
          const c = this.L.blank(n) ? null : commentAt(this.text, this.L.cs[n]!, this.L.ce[n]!);
          if (!c) continue;
          sink.outcomes.push(c);
          break;
        }
      }
    }
    // ("### Sprint goal" / "Ship the new onboarding flow behind a flag.": under a goal's heading, an instruction states the
    // goal; it is nobody's task.)
    if (sink.actions.length && GOAL_TITLE.test(h.title.replace(LEADING_GLYPH, '').replace(NUMBERED, '').replace(/[:.]$/, '').trim())) {
      for (let k = sink.actions.length - 1; k >= 0; k--) if (sink.actions[k]!.source === 'imperative' && sink.actions[k]!.owner === null) sink.actions.splice(k, 1);
    }
    // Ensure the parts tile the item's own text exactly.
    fixTiling(parts, range.start, ownEnd);

    // Procedural by its title, or with nothing to record: an item whose only text is "None." needs no outcome.
    // Motions take their result from the outcome that follows them.
    // The item's outcome is the strongest it records: a RESOLVED block outranks a passing "it was noted" in the discussion.
    const outcome = strongestOutcome(sink.outcomes);
    // (One person's update is asked about only when it records nothing: it needs no outcome, and that is all it changes.)
    const procedural =
      titleInfo(h.title).procedural || this.saysNothing(h, bodyFrom, lastLine, ownEnd === range.end) || (outcome === null && (personUpdate(h.title, people, this.roleOnly) || this.statusOnly(bodyFrom, lastLine) || this.noDecisionNeeded(bodyFrom, lastLine, h)));
    return {
      type: 'item',
      range,
      titleRange: h.titleRange,
      // ("1. **Apologies**": the emphasis is not the title's.)
      title: h.title.includes('**') || h.title.includes('__') ? h.title.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim() : h.title,
      number: h.number,
      level: h.level,
      procedural,
      container: false,
      outcome,
      outcomes: sink.outcomes,
      decidedIn: null,
      resolutions: sink.resolutions,
      motions: sink.motions,
      actions: sink.actions,
      parts,
      children: [],
    };
  }

  /**
   * Reads body lines [from, to): parts, outcomes, resolution blocks, motions,
   * actions. `actionsSection` says every entry is a task (an "Action items" section); `decisionsSection` that the lines
   * are a "Decisions" section's, where a table's column of decisions holds decisions, not tasks ("## Decision log" /
   * "| D-14 | Re-baseline approved | Priya | 2 Dec |": Priya owns the decision).
   */
  private readBody(
    from: number,
    to: number,
    actionsSection: boolean,
    sink: { outcomes: Outcome[]; resolutions: ResolutionBlock[]; motions: Motion[]; actions: Action[] },
    parts: Part[],
    people: People,
    ownEnd?: number,
    decisionsSection = false,
    textAbove = -1,
    tasksItem = false,
  ): void {
    const text = this.text;
    this.bodyLimit = Math.min(ownEnd ?? text.length, to < this.L.count ? this.table.starts[to]! : text.length);
    let inList = actionsSection; // an "Action items:" list
    let groupOwner: { name: string; range: Range } | null = null; // a list of tasks grouped under its owner's name in bold
    // The last entry of a list of tasks read, its line, where its text starts and the task it set: a PDF's text may wrap
    // it onto the next line.
    let entry: { line: number; start: number; action: Action | null } | null = null;
    let listAfterBlank = false;
    let actionPoint = false; // the next paragraph is an "Action Point"
    let pendingOwner: { name: string; range: Range } | null = null; // "Action: AR" names the owner of the next line's task
    let formTask: { range: Range; before: number } | null = null; // a form's "Outcome: ..." line, which an "Owner:" field below may make a task
    /**
     * Line l is a form's "Outcome: Agreed to seek three quotes." that set no task itself (`before`: the actions before
     * it), or a line that recorded an outcome in a sentence (`outcomes`: the outcomes before it), "It was decided to add
     * the Treasurer as a signatory.", over which an owner's field ("Responsible person: Chairman") may stand.
     */
    const formTaskOf = (l: number, before: number, outcomes: number): { range: Range; before: number } | null => {
      if (sink.actions.length !== before) return null;
      const out = FORM_OUTCOME.exec(text.slice(this.L.cs[l]!, this.L.ce[l]!));
      if (out) return { range: { start: this.L.cs[l]! + out[0].length, end: this.L.ce[l]! }, before };
      if (sink.outcomes.length > outcomes) return { range: { start: this.L.cs[l]!, end: this.L.ce[l]! }, before };
      // ("Decision: The plan is adopted and will be published on" / "the website." / "Responsible: –": a form's line that
      // wraps onto the next keeps its fields below.)
      return formTask !== null && joinedAbove && sink.actions.length === formTask.before ? { range: { start: formTask.range.start, end: this.L.ce[l]! }, before } : null;
    };
    let joinedAbove = false; // the last line read as text went on with the sentence of the line above
    let supporting = false;
    // Under "Alternative options considered and rejected:" (an executive decision's record, as English councils' cabinets
    // must keep it), the options set aside: "To close the centre for a year; rejected because of the lost income." is no
    // outcome of the item. 1 after the label, 2 once its text has begun; a blank line after the text ends it.
    let alternatives = 0;
    let block: { keyword: Range; unresolved: boolean; resolutions: Resolution[]; start: number; end: number } | null = null;
    let blockAfterBlank = false;
    let motionOpen: { m: Motion; after: number } | null = null;
    // The line of a "Decision:" label standing alone, or of the last clause under it ("(1) That the position be noted."):
    // its clauses are the decision's, worded as resolutions are.
    let decisionAfter = -1;
    // (By where each task starts: a task the next line reads whole, where its sentence wraps, takes its place in the list.)
    const motionTasks: Array<{ motion: number; starts: number[] }> = [];
    let table: TaskColumns | null = null;
    // The column of the table being read that records decisions ("| Topic | Decision | Owner |"), or -1.
    let decisionCol = -1;
    let barRowEnd = -1; // the last line of a row set out with bars that wrapped onto the lines under it
    let fieldLine = -1; // the last line read as a field ("Owner: @ana") of the task above it
    // Consecutive lines of one kind make one part, and blank lines join the part before them: an item has a handful of parts, not one per line.
    // The part being extended is kept in locals and written out when the kind changes, so a line costs no allocation.
    let curKind: PartKind | null = null;
    let curStart = 0;
    let curEnd = 0;
    const last = parts.length ? parts[parts.length - 1] : undefined;
    if (last && last.kind !== 'title') {
      parts.pop();
      curKind = last.kind;
      curStart = last.range.start;
      curEnd = last.range.end;
    }
    const flushPart = () => {
      if (curKind !== null) parts.push({ kind: curKind, range: { start: curStart, end: curEnd } });
      curKind = null;
    };
    const starts = this.table.starts;
    const pushPart = (kind: PartKind, n: number) => {
      const start = starts[n]!;
      const end = ownEnd !== undefined && n === to - 1 ? Math.max(ownEnd, start) : n + 1 < starts.length ? starts[n + 1]! : text.length;
      if (curKind !== null && (curKind === kind || kind === 'blank') && curEnd === start) curEnd = end;
      else {
        flushPart();
        curKind = kind;
        curStart = start;
        curEnd = end;
      }
    };
    const L = this.L;
    /** A line of body text: a motion's quoted text and clauses just after it are part of the resolution when it is adopted; otherwise the line decides. */
    const analyseText = (n: number, span: Range, ownLine: boolean, gate?: number, resolves?: boolean): void => {
      const inMotion = motionOpen !== null && n - motionOpen.after <= 4 && /^[“"(]|^\(?(?:[a-z]|[ivx]{1,4})\)|^(?:and\s+(?:further\s+|also\s+)?|further\s+)?that\s/i.test(text.slice(span.start, span.start + 20));
      // (Its clauses run on: "a) approve ...", "i) ...", "ii) ...", "b) decline ...", "c) request staff report back ...".)
      if (inMotion) motionOpen!.after = n;
      // (Looked at only where the line may open with the label: most lines of text do not.)
      const ch = text.charCodeAt(span.start);
      const label = (ch | 0x20) === 0x64 /* d */ || ch === 0x2a || ch === 0x5f || ch === 0x3e;
      const inDecision =
        !inMotion &&
        ((decisionAfter >= 0 && n - decisionAfter <= 2 && DECISION_CLAUSE.test(text.slice(span.start, span.start + 16))) || (label && DECISION_THAT.test(text.slice(span.start, span.start + 24))));
      decisionAfter = inDecision || (label && span.end - span.start <= 24 && DECISION_ALONE.test(text.slice(span.start, span.end))) ? n : -1;
      // Most lines hold nothing the rules read: the gate says so without a sentence being split.
      let g = gate ?? L.gateOf(n);
      // (A bullet that opens with a verb is read when it holds an owner field: "- Write up the questions (owner: tmandry)".
      // Found here, it is passed on as a task the line may hold, so that analyseLine does not look for it again.)
      if (!ownLine && (g & (MAY_OUTCOME | MAY_TASK)) === 0 && (g & MAY_IMPERATIVE) !== 0 && hasOwnerField(text.slice(span.start, span.end))) g |= MAY_TASK;
      if (!inMotion && !inDecision && !resolves && (g & (MAY_OUTCOME | MAY_TASK)) === 0 && !(ownLine && (g & MAY_IMPERATIVE) !== 0)) {
        // Such a line records nothing itself, but may still count the votes on a motion above it ("(For 5, against 2)").
        if (sink.motions.length) this.settleMotion(span, sink, sink.outcomes.length);
        trackMotion(n);
        return;
      }
      const before = sink.actions.length;
      this.analyseLine(span, g, { resolution: inMotion || inDecision || resolves ? true : undefined, actionList: false, ownLine, people }, sink);
      // A motion's text sets tasks only if it is adopted: see the end of the body.
      if (inMotion && sink.actions.length > before) motionTasks.push({ motion: sink.motions.length - 1, starts: sink.actions.slice(before).map((a) => a.range.start) });
      trackMotion(n);
    };
    /** A line of text read for what it records; a task on a line its tick marks done ("✅ Rob: order the valves") is none. */
    const analyseLineText = (n: number, span: Range, ownLine: boolean): void => {
      const a0 = sink.actions.length;
      readLineText(n, span, ownLine);
      if (sink.actions.length > a0 && this.ticked(n)) sink.actions.length = a0;
    };
    /**
     * A line of text, and the sentence it goes on with from the line above when a PDF's text wraps there ("... Cllr Hart
     * to" / "contact the county council about repairs."): that sentence is read whole, from where it starts above.
     */
    const readLineText = (n: number, span: Range, ownLine: boolean): void => {
      const c0 = text.charCodeAt(span.start);
      // (The first line of the body goes on from the title line's text, if the title line has text after the title.)
      // (Or a task read on the line above runs to its end, stopping on a name in capitals: "Clerk to report the blocked drain
      // to the County" / "Council by 14th March.")
      // (Or a bracket opens the line after one with no full stop: "Cllr Dent to report it to the county council" / "(ACTION:
      // Cllr Dent).")
      const cut = n > from && ((c0 >= 0x41 && c0 <= 0x5a && this.taskCutAt(n - 1, sink.actions) && this.opensText(n)) || (c0 === 0x28 && this.bracketGoesOn(n)));
      // (In minutes written all in capitals, a line that goes on with the one above in capitals is as one in small letters
      // is in others: "... WRITE-OFFS TOTALLING" / "£1,240 WERE AUTHORISED.")
      const lower = (c0 >= 0x61 && c0 <= 0x7a) || (n > from && this.capsRunOn(n));
      const capital = !lower && (cut || this.capitalGoesOn(n));
      const goesOnBelow = (n > from || (n === from && textAbove >= 0)) && (lower || capital);
      let wrapped = goesOnBelow ? this.wrappedFrom(n, n === from ? textAbove : -1, capital) : -1;
      joinedAbove = wrapped >= 0;
      // (From the line above that, where the sentence runs over three lines or more: "Clerk to send it to the" / "parish by
      // 30" / "November.")
      for (let p = n - 1, hops = 0; wrapped >= 0 && wrapped === this.L.cs[p] && p > from && hops < 3; p--, hops++) {
        const c = text.charCodeAt(this.L.cs[p]!);
        const lowUp = (c >= 0x61 && c <= 0x7a) || this.capsRunOn(p);
        const capUp = !lowUp && this.capitalGoesOn(p);
        const up = lowUp || capUp ? this.wrappedFrom(p, -1, capUp) : -1;
        if (up < 0) break;
        wrapped = up;
      }
      // ("... be approved and signed as a" / "correct record.": a line that goes on with a sentence too long to read whole
      // from above is no paragraph of its own, whose opening verb would be an instruction.)
      // (Nor is the body's first line in small letters under a title that runs on to it: "b. Mailbox replacement – tabled
      // until further notice pending the postal" / "service survey.")
      if (wrapped < 0) return analyseText(n, span, ownLine && !(goesOnBelow && this.endsMidSentence(n - 1)) && !(n === from && c0 >= 0x61 && c0 <= 0x7a && this.titleRunsOn(n - 1)));
      let o0 = sink.outcomes.length;
      let a0 = sink.actions.length;
      const joined = { start: wrapped, end: span.end };
      // (Its own paragraph, unless the sentence starts a line that itself goes on from the one above it.)
      const w0 = text.charCodeAt(wrapped);
      const goesOn = wrapped === this.L.cs[n - 1] && w0 >= 0x61 && w0 <= 0x7a && n - 1 > from && this.endsMidSentence(n - 2);
      // (A resolution wrapped after its keyword's sentence has begun, '"RESOLVED THAT the limit be raised to Rs. 5 crore
      // and that' / 'the Company Secretary do file the return.': the sentence read whole is still the resolution's.)
      analyseText(n, joined, !goesOn, scanText(this.text, joined.start, joined.end), wrapped > this.L.cs[n - 1]! && resolvesIn(this.content(n - 1)));
      // (The line above was read on its own: what it found there is not counted twice. Only what it found from where the
      // sentence starts is looked at, so a long item's many wrapped lines cost no more than their own.)
      const seen = (found: ReadonlyArray<{ range: Range }>, upto: number, at: number): boolean => {
        for (let k = upto - 1; k >= 0 && found[k]!.range.start >= wrapped; k--) if (found[k]!.range.start === at) return true;
        return false;
      };
      for (let k = sink.outcomes.length - 1; k >= o0; k--) if (sink.outcomes[k]!.range.start < span.start && seen(sink.outcomes, o0, sink.outcomes[k]!.range.start)) sink.outcomes.splice(k, 1);
      // (So is an outcome read in the sentence's first words that the whole sentence does not record: "Proposed Cllr Bell,
      // seconded Cllr Gill, all in favour, that the minutes" / "be signed as a correct record." approves the minutes; it
      // does not carry a motion of its own.)
      if (sink.outcomes.length > o0) o0 = dropUnread(sink.outcomes, o0, wrapped, () => false);
      // (A task for nobody that the line above found in the sentence's first words alone, and the sentence read whole does
      // not set, was misread: "... Audit results for" / "pain assessment were 96% compliant." sets no task "Audit results
      // for". One with an owner stays: the line may have given it what the sentence alone does not, "- Next steps: Priya
      // will draft the notes; Ken will review them" / "before 20 June.")
      a0 = dropUnread(sink.actions, a0, wrapped, (a) => a.owner !== null);
      for (let k = sink.actions.length - 1; k >= a0; k--) {
        const a = sink.actions[k]!;
        if (a.range.start >= span.start || !seen(sink.actions, a0, a.range.start)) continue;
        // (The task read on the line above has that line's words only, "the Clerk should report it to": it takes the whole
        // sentence's, "... to County Highways.", and what the sentence gives it that the line did not.)
        for (let q = a0 - 1; q >= 0 && sink.actions[q]!.range.start >= wrapped; q--) {
          const old = sink.actions[q]!;
          if (old.range.start !== a.range.start) continue;
          // (And its owner or deadline where the line's was cut short by the line's end: "ACTION: Head of" / "Engagement".)
          // (Or one that ran to the line's end and reads otherwise whole: "ACTION: Head of Internal Audit (by 31" / "January)".)
          const longer = (o: Range | null, w: Range | null): boolean => w !== null && (o === null || (w.start === o.start && w.end > o.end) || (o.end === this.L.ce[n - 1]! && w.end < o.end));
          const owner = (a.text.length > old.text.length && old.ownerRange === null) || longer(old.ownerRange, a.ownerRange) ? { owner: a.owner?.replace(/\s+/g, ' ') ?? null, ownerRange: a.ownerRange } : {};
          // (A deadline the line alone gave that the whole sentence does not is none: the line's end made a clause of it,
          // "... before the vehicles" / "are ordered.")
          const cut = a.dueRange === null && old.dueRange !== null && a.text.length > old.text.length;
          const due = (a.text.length > old.text.length && old.dueRange === null) || longer(old.dueRange, a.dueRange) || cut ? { due: a.due?.replace(/\s+/g, ' ') ?? null, dueRange: a.dueRange } : {};
          if (a.text.length > old.text.length || 'owner' in owner || 'due' in due) sink.actions[q] = { ...old, text: a.text.length > old.text.length ? a.text : old.text, ...owner, ...due };
          break;
        }
        sink.actions.splice(k, 1);
      }
    };
    /** The motion the clauses after line n may belong to: the last one read, from the first line of text after it. */
    const trackMotion = (n: number): void => {
      const lastMotion = sink.motions.length ? sink.motions[sink.motions.length - 1] : undefined;
      if (lastMotion && (!motionOpen || motionOpen.m !== lastMotion)) motionOpen = { m: lastMotion, after: n };
    };
    /**
     * The last line of a resolution's clause that opens on line n: the lines after it that go on with its sentence, as
     * text wrapped at a line's end sets them out ("1.2  That the Head of Waste Services report the take-up figures to the"
     * / "Committee in September."). A line goes on with the one above where that one stops mid-sentence (on "the", "to",
     * "at", ...) or the line opens in small letters, a figure or a sum, and is no clause of its own.
     */
    const clauseEnd = (n: number): number => {
      let k = n;
      while (k + 1 < to && !L.blank(k + 1) && !L.bullet(k + 1) && !L.table(k + 1) && !L.heading[k + 1]) {
        const next = this.content(k + 1);
        if (/[.;:!?)"”]$/.test(this.content(k)) || CLAUSE_OPENING.test(next) || /^(?:\*\*|__)?(?:UN)?RESOLVED\b/i.test(next)) break;
        if (!this.endsMidSentence(k) && !/^[a-z0-9£$€]/.test(next) && !this.capitalGoesOn(k + 1)) break;
        k++;
      }
      return k;
    };
    /** Lines n..last of a clause, its first line's text given, as one line. */
    const joinLines = (first: string, n: number, last: number): string => {
      let out = first;
      for (let k = n + 1; k <= last; k++) out += ' ' + this.content(k);
      return out;
    };
    /** A resolution's clause on lines n..last, read as one sentence where it wraps. */
    const readClause = (n: number, last: number, ctx: TaskContext): void => {
      for (let k = n; k <= last; k++) pushPart('resolution', k);
      const clause = { start: this.L.cs[n]!, end: this.L.ce[last]! };
      this.analyseLine(clause, last === n ? this.L.gateOf(n) : scanText(text, clause.start, clause.end), { ...ctx, resolution: true }, sink);
    };
    const closeBlock = () => {
      if (block) {
        sink.resolutions.push({ range: { start: block.start, end: block.end }, keyword: block.keyword, unresolved: block.unresolved, resolutions: block.resolutions });
        block = null;
      }
    };

    for (let n = from; n < to; n++) {
      const l = n;
      if (this.L.blank(l)) {
        pushPart(supporting ? 'supporting' : 'blank', n);
        if (alternatives === 2) alternatives = 0;
        if (inList) listAfterBlank = true;
        if (block) blockAfterBlank = true;
        continue;
      }
      const cs = this.L.cs[l]!;
      const ce = this.L.ce[l]!;
      const span = { start: cs, end: ce };
      // (A label after them ends them, "Reasons for decision:", "RESOLVED that ...", as a blank line does; not "Option 2: ...".)
      if (alternatives === 2 && AFTER_ALTERNATIVES.test(text.slice(cs, Math.min(ce, cs + 80)))) alternatives = 0;
      if (alternatives !== 0 || ((text.charCodeAt(cs) | 0x20) === 0x61 && ALTERNATIVES.test(text.slice(cs, ce)))) {
        const label = alternatives === 0;
        if (!label) alternatives = 2;
        // (The label alone on its line opens them; with its text after it, "...: none.", it holds them.)
        else if (/:\s*(?:\*\*|__)?\s*$/.test(text.slice(cs, ce))) alternatives = 1;
        pushPart('text', n);
        continue;
      }
      // Fast path: a discussion line (long, no list or block open, not a marker) is only text to analyse.
      // (Not a form's owner or deadline field, which may make the outcome above it a task: see formField below.)
      // (Not a line under an entry of a list of tasks, which may go on with it: see entryGoesOn below.)
      if (!supporting && !inList && !tasksItem && !actionPoint && block === null && table === null && ce - cs > 40 && (this.L.flags[l]! & (TABLE | CHECK_OPEN | CHECK_DONE)) === 0 && (entry === null || entry.line !== n - 1)) {
        // Not "Supporting documents", and no RESOLVED block opening (r/R, u/U, t/T, * and _ with an outcome word in the line).
        const f = text.charCodeAt(cs) | 0x20;
        // (A line with a tab that opens so is read below too: it may head a table of tasks pasted from Word ("TODO<TAB>Owner"),
        // as it would be were the gate to let every line through.)
        const mayOpen = (L.gateOf(l) & (MAY_OUTCOME | HAS_TAB)) !== 0 && (f === 0x72 || f === 0x75 || f === 0x74 || f === 0x2a || f === 0x7f);
        // (Nor a line with a tab or a bar, which may head a table of tasks, "Sl. No. | Points Discussed | Responsibility |
        // Timeline": the tables are read below.)
        const mayHeadTable = (L.gateOf(l) & (HAS_TAB | HAS_BAR)) !== 0;
        // (Nor a callout of Markdown notes, "> [!decision] Use layout B for the April launch and drop C", read below.)
        const callout = text.charCodeAt(cs) === 0x5b && text.charCodeAt(cs + 1) === 0x21;
        // A line just under a task may hold its fields ("**Owner:** @ana"): those are read below.
        // (A last element read only when there is one: reading index -1 of an array is a slow property lookup.)
        const lastA = sink.actions.length ? sink.actions[sink.actions.length - 1] : undefined;
        const underTask = fieldLine === n - 1 || (lastA !== undefined && n > from && lastA.range.start >= starts[n - 1]!);
        // (A form's field, "Timeline: until 20.12.2025 ...", is read below, whatever the gate found in it; so is an owner's
        // field under a form's outcome, "Responsible: ...", which makes that outcome a task.)
        const formField = formFieldAt(text, cs);
        // (Nor an entry struck out, "- ~~Replace the CI provider~~ (dropped) ...": below, it is read as done, whatever follows it.)
        if (!mayOpen && !mayHeadTable && !callout && !underTask && !formField && f !== 0x7e && !(f === 0x73 && SUPPORTING.test(text.slice(cs, ce))) && !(formTask !== null && f >= 0x61 && f <= 0x7a)) {
          listAfterBlank = false;
          pushPart('text', n);
          const before = sink.actions.length;
          const outcomes = sink.outcomes.length;
          analyseLineText(n, span, !this.L.bullet(l));
          // (A form's "Outcome: ..." or "Conclusion: ..." line, or one that recorded an outcome: see formTask below. O, D, C, A,
          // N or emphasis first.)
          formTask =
            f === 0x6f || f === 0x64 || f === 0x63 || f === 0x61 || f === 0x6e || f === 0x2a || f === 0x7f || sink.outcomes.length > outcomes ? formTaskOf(l, before, outcomes) : null;
          continue;
        }
      }
      const c = text.slice(this.L.cs[l]!, this.L.ce[l]!);
      if (supporting) {
        pushPart('supporting', n);
        continue;
      }
      // Most body lines are discussion: the markers below are short lines or start with one of a few letters.
      const short = c.length <= 40;
      const f0 = c.charCodeAt(0) | 0x20; // lower-cased first letter
      const mayResolve = f0 === 0x72 /* r */ || f0 === 0x75 /* u */ || f0 === 0x74 /* t */ || f0 === 0x2a /* * */ || f0 === 0x5f /* _ */ || c.includes('RESOLVED');
      if (f0 === 0x73 /* s */ && SUPPORTING.test(c)) {
        closeBlock();
        supporting = true;
        pushPart('supporting', n);
        continue;
      }
      if (short && MINUTES_MARKER.test(c)) {
        pushPart('minutes', n);
        continue;
      }
      // A "### Decisions" heading within a topic records that the meeting decided, as "Decisions:" does (not over "- None
      // yet" or "- Update only; no decisions."); so does "**Decisions**" in bold alone on its line, as a heading.
      if (short && (L.heading[l]! || ((f0 === 0x2a || f0 === 0x5f) && /^(\*\*|__)[^*_]+\1$/.test(c))) && DECISIONS_SECTION.test(bareLabel(c))) {
        closeBlock();
        const next = this.nextNonBlank(n + 1);
        if (next >= this.L.count || !NOTHING_DECIDED.test(this.content(next))) sink.outcomes.push({ kind: 'decision', range: { ...span } });
        pushPart('text', n);
        continue;
      }

      // Tables: "| Task | Owner | Status |", or one pasted from Word with a tab between cells ("No.<TAB>Action<TAB>Who").
      const piped = this.L.table(l);
      const tabbed = !piped && c.includes('\t') && (table ? table.tabs > 0 : tableColumns(tabCells(c).map((x) => x.text), 0) !== null);
      // ("No. | Action | Owner | Due | Status" / "13 | Order the bench | RFO | Jan | Open": a table as plain text sets it out,
      // bars between the cells and none around them.)
      const barred = !piped && !tabbed && c.includes(' | ') && (table ? table.bars === true : tableColumns(barCells(c).map((x) => x.text), 1) !== null);
      if (piped || tabbed || barred) {
        pushPart('text', n);
        // (A row of Word's table keeps its empty cells, a tab each, when it has as many as the header: "Book venue<TAB><TAB>Feb".)
        const single = tabbed && table ? c.split('\t') : null;
        const raw = piped ? splitCells(c) : barred ? barCells(c) : single && single.length === table!.tabs ? cellsBetweenTabs(c) : tabCells(c);
        let cells = raw.map((x) => ({ text: x.text, start: x.start + this.L.cs[l]! }));
        if (piped && TABLE_RULE.test(c)) continue;
        // ("14 | Share the plan with the school | Cllr Ross | 12 Dec | In" / "progress": a row set out with bars that wraps
        // onto the next lines has the rest of its cells there, the last cell going on where the line does not end with a
        // bar.)
        if (barred && table?.bars && n > 0 && this.content(n - 1).includes(' | ')) {
          const width = table.tabs;
          let row = cells.length && cells[cells.length - 1]!.text === '' && /\|\s*$/.test(c) ? cells.slice(0, -1) : cells;
          let k = n;
          while (row.length < width && k + 1 < to && !L.blank(k + 1) && !L.table(k + 1) && !L.heading[k + 1]) {
            const next = this.content(k + 1);
            const ks = this.L.cs[k + 1]!;
            let more = barCells(next).map((x) => ({ text: x.text, start: x.start + ks }));
            if (more.length && more[more.length - 1]!.text === '' && /\|\s*$/.test(next)) more = more.slice(0, -1);
            const goesOn = !/\|\s*$/.test(this.content(k)) && more.length > 0;
            if (row.length + more.length - (goesOn ? 1 : 0) > width) break;
            if (goesOn) {
              const last = row[row.length - 1]!;
              row = [...row.slice(0, -1), { text: `${last.text} ${more[0]!.text}`.trim(), start: last.text ? last.start : more[0]!.start }, ...more.slice(1)];
            } else row = [...row, ...more];
            k++;
            pushPart('text', k);
          }
          // (Its last cell's words in small letters alone on the next line: "... | 12 Dec | In" / "progress".)
          if (row.length === width && k + 1 < to && !/\|\s*$/.test(this.content(k)) && !L.blank(k + 1) && !L.table(k + 1) && !L.heading[k + 1] && !L.bullet(k + 1)) {
            const next = this.content(k + 1);
            if (next.length <= 40 && !next.includes('|') && /^[a-z]/.test(next)) {
              const last = row[row.length - 1]!;
              row = [...row.slice(0, -1), { text: `${last.text} ${next}`, start: last.start }];
              k++;
              pushPart('text', k);
            }
          }
          if (k > n) {
            cells = row;
            n = k;
            barRowEnd = k;
          }
        }
        // (A table after a blank line, or after text, starts with its own header: "| # | Action | Owner | Status |"; a grid
        // table's header row stands under its top border.)
        const topBorder = piped && n > 0 && this.L.table(n - 1) && TABLE_RULE.test(this.content(n - 1)) && (n < 2 || !this.L.table(n - 2));
        const header = n === 0 || this.L.blank(n - 1) || topBorder || (piped ? !this.L.table(n - 1) : barred ? !this.content(n - 1).includes(' | ') && barRowEnd !== n - 1 : !this.content(n - 1).includes('\t'));
        // "| Hiring | Hire two contractors | Sam |" under "| Topic | Decision | Owner |": the row records a decision.
        if (header) decisionCol = cells.findIndex((x) => DECISION_COLUMN.test(x.text.replace(/\*\*|__/g, '').trim()));
        else if (decisionCol >= 0) {
          const d = cells[decisionCol];
          if (d && d.text && !NO_DECISION_CELL.test(d.text)) sink.outcomes.push({ kind: 'decision', range: { start: d.start, end: d.start + d.text.length } });
        }
        if (table && header) table = null;
        if (!table) {
          table = tableColumns(cells.map((x) => x.text), tabbed || barred ? cells.length : 0);
          if (table && barred) table.bars = true;
          continue;
        }
        if (!(decisionsSection && table.decides)) this.tableRow(cells, table, sink.actions);
        continue;
      }
      table = null;
      decisionCol = -1;

      // Callouts of Markdown notes ("> [!decision] Decision" / "> Ship v3 behind a flag."): a decision's callout records the
      // decision, its text included; a to-do's ("> [!todo] Action") holds one task, as "Action Point" does.
      const callout = c.charCodeAt(0) === 0x5b ? CALLOUT.exec(c) : null;
      if (callout) {
        closeBlock();
        pushPart(/^(?:todo|action|task)/i.test(callout[1]!) ? 'actions' : 'text', n);
        if (/^(?:todo|actions?|tasks?)$/i.test(callout[1]!)) {
          // ("> [!todo] Ask finance for the headcount budget": a title that says more than "Action" is the task itself.)
          const title = /^\[![a-z]+\][-+]?\s*(.*)$/i.exec(c)![1]!;
          const at = this.L.ce[l]! - title.length;
          if (title && !ACTIONS_SECTION.test(bareLabel(title).trim())) {
            const a = entryTask(text, { start: at, end: this.L.ce[l]! }, { resolution: false, actionList: true, ownLine: true, people });
            if (a) sink.actions.push(toAction(text, a));
          } else {
            actionPoint = true;
            pendingOwner = null;
          }
        } else if (/^(?:decisions?|outcome|resolved|agreed|consensus)$/i.test(callout[1]!)) {
          sink.outcomes.push({ kind: /^consensus$/i.test(callout[1]!) ? 'consensus' : 'decision', range: { start: this.L.cs[l]!, end: this.L.cs[l]! + callout[0].length } });
          // Its text is the decision: an instruction there ("Ship v3 ...") is what was decided, not a task of its own.
          while (n + 1 < to && !this.L.blank(n + 1)) {
            n++;
            pushPart('text', n);
          }
        }
        continue;
      }

      // Action labels on their own line: "Action Point" (one task follows), "Action items:" (a list follows).
      // ("Action points" over several lines is a list of them, read below.)
      if (short && /^(?:\*\*|__)?(?:action\s*points?|action|agreed\s+action)(?:\*\*|__)?\s*:?(?:\*\*|__)?$/i.test(c) && !(/points/i.test(c) && this.severalLinesUnder(n, to))) {
        actionPoint = true;
        pendingOwner = null;
        closeBlock();
        pushPart('actions', n);
        continue;
      }
      // "Action: AR" alone, with the task on the next line: one action, owned by AR.
      const ownerLabel = short ? OWNER_LABEL_LINE.exec(c) : null;
      // The task may follow after blank lines, as exports space their paragraphs.
      const next = ownerLabel ? this.nextNonBlank(n + 1, to) : to;
      if (ownerLabel && next < to && next - n <= 3 && looksLikeOwner(ownerLabel[1]!, people) && !isPlaceholderOwner(ownerLabel[1]!)) {
        // (Not over a label of its own: "Action: Cllr Dale (next meeting)" / "Action: Clerk (ongoing)" are two.)
        if (!NUMBERED.test(text.slice(this.L.cs[next]!, this.L.ce[next]!)) && !OWNER_LABEL_LINE.test(this.content(next)) && startsWithTaskVerb(text, { start: this.L.cs[next]!, end: this.L.ce[next]! })) {
          actionPoint = true;
          pendingOwner = { name: ownerLabel[1]!, range: { start: this.L.cs[l]! + c.lastIndexOf(ownerLabel[1]!), end: this.L.cs[l]! + c.lastIndexOf(ownerLabel[1]!) + ownerLabel[1]!.length } };
          closeBlock();
          pushPart('actions', n);
          continue;
        }
      }
      // ("New bins to be ordered." / "Action: DM": or under the task, on the next line, naming who has it, perhaps with its
      // deadline, "Action: DM   Due: 12/12"; not a second task.)
      const labelDue = ownerLabel ? WHO_BY_WHEN.exec(ownerLabel[1]!) : null;
      const labelWho = labelDue ? labelDue[1]! : ownerLabel?.[1];
      const labelWhen = labelDue ? (labelDue[2] ?? labelDue[3])! : null;
      if (labelWho && n > 0 && !this.L.blank(n - 1) && sink.actions.length && looksLikeOwner(labelWho, people) && !isPlaceholderOwner(labelWho)) {
        const last = sink.actions[sink.actions.length - 1]! as Mutable<Action>;
        if (last.range.start >= this.L.cs[n - 1]! && last.range.start < this.L.ce[n - 1]! && (last.owner === null || last.owner.toLowerCase() === labelWho.toLowerCase())) {
          if (last.owner === null) {
            const at = this.L.cs[l]! + c.indexOf(labelWho, c.indexOf(':') + 1);
            last.owner = labelWho;
            last.ownerRange = { start: at, end: at + labelWho.length };
          }
          if (labelWhen !== null && last.due === null) {
            const at = this.L.cs[l]! + c.lastIndexOf(labelWhen);
            last.due = labelWhen;
            last.dueRange = { start: at, end: at + labelWhen.length };
          }
          pushPart('actions', n);
          continue;
        }
      }
      if (short && TOPIC_ACTIONS.test(bareLabel(c))) {
        inList = true;
        listAfterBlank = false;
        closeBlock();
        pushPart('actions', n);
        continue;
      }
      if (inList && listAfterBlank && !actionsSection && !this.L.bullet(l) && !this.L.checkbox(l) && !/^\d+[.)]\s/.test(c)) inList = false;
      listAfterBlank = false;

      // (Under an item titled as a list of tasks, "7. Actions", a bullet that opens with a verb sets a task, as a line of its
      // own does: "- Renew the insurance. Owner: Dev Lal.")
      const ctx: TaskContext = { resolution: false, actionList: false, ownLine: !this.L.bullet(l) || this.L.checkbox(l) !== null || tasksItem, people };

      if (actionPoint) {
        actionPoint = false;
        pushPart('actions', n);
        // The paragraph under the label: consecutive lines up to a blank line.
        let e = n;
        while (e + 1 < to && !this.L.blank(e + 1)) e++;
        const a = entryTask(text, span, { ...ctx, actionList: true });
        if (a && pendingOwner && a.owner === null) {
          a.owner = pendingOwner.name;
          a.ownerRange = pendingOwner.range;
        }
        pendingOwner = null;
        // Who acts may close the paragraph: "... extra-care scheme. ACTION: Director of Adult Social Services", or stand
        // on its own line under it: "Responsible officer: Strategic Lead, Commissioning", "Due: March".
        if (a) for (let k = n; k <= e && (a.owner === null || a.due === null); k++) this.paragraphField(k, k > n, a, people);
        if (a) sink.actions.push(toAction(text, a));
        for (let k = n; k <= e; k++) {
          const lk = k;
          findOutcomes(text, { start: this.L.cs[lk]!, end: this.L.ce[lk]! }, sink.outcomes);
          if (k > n) pushPart('actions', k);
        }
        n = e;
        continue;
      }
      // ("- [x] ...", and "- ~~Rewrite the test runner~~ (dropped)", "4. ~~Move standup to 9:45~~": done, or struck out.)
      if (this.L.checkbox(l) === 'x' || (this.text.startsWith('~~', this.L.cs[l]!) && /^~~[^~]+~~/.test(this.content(n))) || (inList && STRUCK_NUMBERED.test(this.content(n)))) {
        pushPart(inList ? 'actions' : 'text', n);
        continue;
      }
      // "  - **Owner:** @ana" under a task: a field of the task above it.
      const prevAction = sink.actions.length ? sink.actions[sink.actions.length - 1] : undefined;
      const afterTask = prevAction !== undefined && n > from && (fieldLine === n - 1 || (prevAction.range.start >= this.table.starts[n - 1]! && prevAction.range.start < this.table.starts[n]!));
      // ("Owner: Cllr Jones – review the hedges" is a task of its own, with its owner first.)
      const field = afterTask && !opensOwnerTask(c) ? FIELD_LINE.exec(c) : null;
      if (field && prevAction) {
        const a = prevAction as Mutable<Action>;
        const value = field[2]!.replace(/\*+$/, '').trim();
        const at = this.L.cs[l]! + c.lastIndexOf(value);
        let closedTask = false;
        if (/^status/i.test(field[1]!)) {
          // "  Status: done" under a task: it is complete, no longer a task (as "- [x]" is).
          if (/^(?:done|completed?|closed|finished|resolved|cancell?ed|dropped|✓|✔)\b/i.test(value) && sink.actions[sink.actions.length - 1] === prevAction) {
            sink.actions.pop();
            // (Its other fields, below, are not the task's before it.)
            closedTask = true;
          }
        } else setField(a, field[1]!, value, at);
        fieldLine = closedTask ? -2 : n;
        pushPart('actions', n);
        continue;
      }
      // ("- [ ] Log the lift defect — Assigned to Omar Haddad —" / "  Due 10 Feb": an entry wrapped onto the next line is
      // read whole.)
      const goesOn = entry !== null && entry.line === n - 1 && this.entryGoesOn(n);
      if (goesOn) {
        pushPart('actions', n);
        const old: Action | null = entry!.action;
        const k = old === null ? -1 : sink.actions.lastIndexOf(old);
        const a = entryTask(text, { start: entry!.start, end: ce }, { ...ctx, actionList: true });
        if (a && groupOwner && a.owner === null && a.ownerRange === null) {
          a.owner = groupOwner.name;
          a.ownerRange = { ...groupOwner.range };
        }
        // (Its text is the whole entry's, on one line.)
        const read = a ? { ...toAction(text, a), text: oneSpaced(text.slice(a.range.start, a.range.end)).trim() } : null;
        // (What the entry's first line set stays where the whole entry sets nothing.)
        if (read && k >= 0) sink.actions[k] = read;
        else if (read && old === null) sink.actions.push(read);
        entry = { line: n, start: entry!.start, action: read ?? old };
        continue;
      }
      entry = null;
      // ("- Renew the insurance. Owner: Dev Lal. Due:" / "  1 February 2027.": a field's value wrapped onto the line under
      // the task.)
      const openField = afterTask && prevAction && c.length <= 60 && !this.L.bullet(l) && !this.L.checkbox(l) && text.charCodeAt(this.L.ce[n - 1]! - 1) === 0x3a ? FIELD_LEFT_OPEN.exec(text.slice(Math.max(this.L.cs[n - 1]!, this.L.ce[n - 1]! - 26), this.L.ce[n - 1]!)) : null;
      if (openField) {
        const value = c.replace(/(?<![A-Z])\.$/, '').trim();
        setField(prevAction as Mutable<Action>, openField[1]!, value, cs + c.indexOf(value));
        fieldLine = n;
        pushPart('actions', n);
        continue;
      }
      // (Under an item titled as a list of tasks, "7. Action items", its numbered entries are tasks: "3. Order new chairs.")
      // ("9. Action items" / "* Dana: Send the deck": its bulleted entries too.)
      if (inList || this.L.checkbox(l) === ' ' || (tasksItem && (this.L.bullet(l) || /^\d{1,3}[.)][ \t]/.test(c)))) {
        pushPart('actions', n);
        // ("**Ana Lopez**" over her tasks, "**Unassigned**" over nobody's: who the entries below it are for; or "- **Olu**" as a
        // list's entry, its tasks nested under it.)
        // ("- Grace", "- Grace Lee:", "- @grace": a name alone as the entry over them, in bold or not.)
        const nests = inList && this.L.bullet(l) && this.nestsEntries(l);
        const bold = inList && (!this.L.bullet(l) || nests) ? OWNER_GROUP.exec(c) : null;
        const plain = nests && !bold ? NAME_ENTRY.exec(c)?.[1] : undefined;
        const name = bold ? bold[2]! : plain !== undefined && (plain.charCodeAt(0) === 0x40 || /^unassigned$/i.test(plain) || looksLikeOwner(plain, people)) ? plain : null;
        if (name !== null) {
          const at = this.L.cs[l]! + c.indexOf(name);
          groupOwner = isPlaceholderOwner(name) || /^unassigned$/i.test(name) ? null : { name, range: { start: at, end: at + name.length } };
          continue;
        }
        // ("- Publicity" over "- send the poster ...": a topic's name over its tasks is no task, and gives them no owner.)
        if (plain !== undefined && !TASK_VERBS.has(plain.split(/\s/)[0]!.toLowerCase())) {
          groupOwner = null;
          continue;
        }
        if (this.isDone(c) || this.ticked(l)) continue;
        const a = entryTask(text, span, { ...ctx, actionList: true });
        if (a && groupOwner && a.owner === null && a.ownerRange === null) {
          a.owner = groupOwner.name;
          a.ownerRange = { ...groupOwner.range };
        }
        const read = a ? toAction(text, a) : null;
        if (read) sink.actions.push(read);
        entry = { line: n, start: cs, action: read };
        continue;
      }
      // RESOLVED blocks.
      const res = mayResolve ? /^(?:\*\*|__)?(?:the\s+\w+(?:\s+\w+)?\s+)?(UN)?RESOLVED\b(?:\*\*|__)?\s*(?:[:–—-]\s*)?(?:\*\*|__)?/i.exec(c) : null;
      const isClause = block !== null && (this.L.bullet(l) || CLAUSE_OPENING.test(c));
      if (res && /resolved/i.test(res[0]) && (/^[A-Z(*_]/.test(c) || /^(?:un)?resolved/i.test(c))) {
        closeBlock();
        const kwStart = this.L.cs[l]! + res[0].search(/(?:UN)?RESOLVED/i);
        const kwLen = /(?:UN)?RESOLVED/i.exec(res[0])![0].length;
        block = { keyword: { start: kwStart, end: kwStart + kwLen }, unresolved: !!res[1], resolutions: [], start: this.L.cs[l]!, end: this.L.ce[l]! };
        blockAfterBlank = false;
        const rest = c.slice(res[0].length).trim();
        const last = rest ? clauseEnd(n) : n;
        // "RESOLVED that the petition be referred ..." holds its clause on the same line; "RESOLVED that the Committee:" introduces a list.
        if (rest && !/:\s*$/.test(rest)) block.resolutions.push({ range: { start: this.L.cs[l]! + res[0].length, end: this.L.ce[last]! }, label: undefined, text: joinLines(rest, n, last) });
        readClause(n, last, ctx);
        n = last;
        continue;
      }
      if (block && isClause && (!blockAfterBlank || isClause)) {
        const lab = /^(\d+(?:\.\d+)*\.?|\(?[a-z]{1,3}\)|\([ivx]+\)|\(\d+\))[\s\u00a0]+/.exec(c);
        const last = clauseEnd(n);
        block.resolutions.push({ range: { start: span.start, end: this.L.ce[last]! }, label: lab ? lab[1] : undefined, text: joinLines(lab ? c.slice(lab[0].length).trim() : c, n, last) });
        block.end = this.L.ce[last]!;
        blockAfterBlank = false;
        readClause(n, last, ctx);
        n = last;
        continue;
      }
      if (block) closeBlock();

      pushPart('text', n);
      // "Outcome:" left blank in a form ("Outcome:" / "Owner:" / "Due:", or the item's end) records none.
      if (short && EMPTY_FIELD_LABEL.test(c)) {
        const k = this.nextNonBlank(n + 1, to);
        if (k >= to || FORM_FIELD.test(this.content(k))) continue;
      }
      // A form's fields: "Outcome: Agreed to seek three quotes." / "Owner: P. Lam" / "Due: 30 June 2026": the owner's
      // field makes the outcome above it a task, when that line set none itself; the due field gives its deadline.
      // ("**Owner:** Tariq · **Due:** end of Feb", "Owner: Tariq. Due: end of Feb.": the owner's field, then the deadline's,
      // on one line.)
      const second = formTask && c.length <= 140 ? SECOND_DUE_FIELD.exec(c) : null;
      const first = second ? c.slice(0, second.index) : c;
      const fv = FORM_VALUE.exec(first);
      if (fv && formTask && sink.actions.length === formTask.before && OWNER_NAME.test(fv[1]!) && fv[2]!.length <= 41 && (isPlaceholderOwner(fv[2]!) || looksLikeOwner(fv[2]!, people) || OWNER_FIELD_VALUE.test(fv[2]!))) {
        const at = this.L.cs[l]! + first.length - fv[2]!.length;
        const a: FoundAction = { range: { ...formTask.range }, owner: null, ownerRange: null, due: null, dueRange: null, source: 'label' };
        setField(a, fv[1]!, fv[2]!, at);
        const dv = second ? FORM_VALUE.exec(second[1]!.replace(/\.$/, '')) : null;
        if (dv) setField(a, dv[1]!, dv[2]!, this.L.cs[l]! + second!.index + second![0].length - second![1]!.length + second![1]!.replace(/\.$/, '').length - dv[2]!.length);
        // ("Decision: The newsletter will be published quarterly (Owner: Office Manager)." / "Responsible: –": an owner the
        // outcome's words name, as the quick fix adds one, wins over the form's empty field.)
        if (a.owner === null) {
          const inline: FoundAction = { ...a, owner: null, ownerRange: null };
          readOwnerAndDue(text, formTask.range, inline, people);
          if (inline.owner !== null) {
            a.owner = inline.owner;
            a.ownerRange = inline.ownerRange;
          }
        }
        // ("Decision: Notify all tenants by 15 December." / "Owner: Omar Shah": the deadline the outcome's words give.)
        readWrappedDue(text.slice(formTask.range.start, formTask.range.end), formTask.range.start, a);
        sink.actions.push(toAction(text, a));
        formTask = null;
        // (The deadline's field may follow: "Deadline: not later than 15 January 2026".)
        fieldLine = n;
        continue;
      }
      if (fv && DUE_NAME.test(fv[1]!) && sink.actions.length) {
        const last = sink.actions[sink.actions.length - 1]! as Mutable<Action>;
        if (last.source === 'label' && last.due === null && last.range.start < span.start && span.start - last.range.end < 200) {
          setField(last, fv[1]!, fv[2]!, this.L.cs[l]! + c.length - fv[2]!.length);
          continue;
        }
      }
      const before = sink.actions.length;
      const outcomes = sink.outcomes.length;
      analyseLineText(n, span, ctx.ownLine);
      formTask = formTaskOf(l, before, outcomes);
    }
    closeBlock();
    flushPart();
    // '"That the Clerk write to ..." LOST': a motion that failed or was withdrawn sets no task.
    for (const t of motionTasks) {
      const result = sink.motions[t.motion]?.result;
      if (result !== 'failed' && result !== 'withdrawn') continue;
      for (const at of t.starts) {
        const i = sink.actions.findIndex((a) => a.range.start === at);
        if (i >= 0) sink.actions.splice(i, 1);
      }
    }
  }

  /**
   * A field of an "Action Point" paragraph's task on line n: an owner's or deadline's line under it (`own`), or an
   * "ACTION: <who>" closing a line of it.
   */
  private paragraphField(n: number, own: boolean, a: FoundAction, people: People): void {
    const c = this.content(n);
    const cs = this.L.cs[n]!;
    const field = own ? FIELD_LINE.exec(c) : null;
    if (field && !/^status/i.test(field[1]!)) {
      const value = field[2]!.replace(/\*+$/, '').trim();
      setField(a, field[1]!, value, cs + c.lastIndexOf(value));
      return;
    }
    const closing = ACTION_OWNER_CLOSING.exec(c);
    if (closing && a.owner === null && a.ownerRange === null && looksLikeOwner(closing[1]!, people) && !isPlaceholderOwner(closing[1]!)) {
      const at = cs + closing.index + closing[0].indexOf(closing[1]!, closing[0].search(/[:–—-]/));
      a.owner = closing[1]!;
      a.ownerRange = { start: at, end: at + closing[1]!.length };
    }
  }

  /** Two or more lines right under line n, before a blank line and before `to`. */
  private severalLinesUnder(n: number, to: number): boolean {
    return n + 2 < to && !this.L.blank(n + 1) && !this.L.blank(n + 2);
  }

  /** Is the item's text (its body, or the rest of its title line) only "None.", "Nil.", "No correspondence." and the like? */
  /** The last row of a table of tasks pasted from Word whose header is line n: its lines with a tab, up to a blank line. */
  private taskTableEnd(n: number): number {
    while (n + 1 < this.L.count && !this.L.blank(n + 1) && this.content(n + 1).includes('\t')) n++;
    return n;
  }

  /**
   * Does line n, which opens with a capital, go on with the sentence of the line above, which stops on an article, a
   * preposition or a conjunction ("... that the" / "Clerk should write")? Not a list's "A." or "(B)", nor a label
   * ("Action: ...").
   */
  private capitalGoesOn(n: number): boolean {
    const cs = this.L.cs[n]!;
    const c0 = this.text.charCodeAt(cs);
    if (n === 0) return false;
    // (Or a figure, or a capital, after a line left open by a dash or a bracket: "... — Director of Finance —" / "November
    // 15", "ACTION: Head of Internal Audit (by 31" / "January)"; or a year or a day after its month: "... — January" / "2025
    // board".)
    if (c0 >= 0x30 && c0 <= 0x39) return this.leftOpen(n - 1) || (YEAR_OPENS.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 5))) && MONTH_ENDS.test(this.text.slice(Math.max(this.L.cs[n - 1]!, this.L.ce[n - 1]! - 12), this.L.ce[n - 1]!)));
    // (A capital of any language's letters: "... seconded by Cllr" / "Ó Briain, that ...".)
    if (!((c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0xc0 && OPENS_CAPITAL.test(this.text[cs]!)))) return false;
    if (this.leftOpen(n - 1)) return !PAGE_FURNITURE.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 34)));
    const pe = this.L.ce[n - 1]!;
    const last = this.text.charCodeAt(pe - 1);
    const end = this.text.slice(Math.max(this.L.cs[n - 1]!, pe - 14), pe);
    const name = this.nameGoesOn(n - 1);
    // (Or a mover's or seconder's first name before their surname: "... seconded by Marta" / "Ruiz. Motion carried.", not
    // "... seconded by Marta" / "Carried.")
    if (name === 'first') {
      const next = SURNAME_OPENS.exec(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 40)));
      if (next && !NOT_A_SURNAME.test(next[0])) return true;
    }
    // (Or a name after "the", split by the end of a long line: "... It was agreed that the Footpaths" / "Officer should
    // contact the landowner", "... with the agreement of the Portfolio" / "Holder, allocates the contingency".)
    if (last >= 0x61 && last <= 0x7a && pe - this.L.cs[n - 1]! >= 50 && THE_NAME_ENDS.test(this.text.slice(Math.max(this.L.cs[n - 1]!, pe - 30), pe)) && NAME_GOES_ON.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 40))) && !PAGE_FURNITURE.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 34)))) return true;
    // (Or a sentence's first word, a first name, before the surname and what the person does: "... in December. Tom" /
    // "Webb to book the room".)
    if (last >= 0x61 && last <= 0x7a && FIRST_NAME_OPENS_SENTENCE.test(end) && SURNAME_THEN_VERB.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 40)))) return true;
    // (Or a date's day before its month: "... by 30" / "November.", "... held on 16th" / "September 2026 at ...".)
    const dayThenMonth = ((last >= 0x30 && last <= 0x39) || last === 0x68 /* h */ || last === 0x74 /* t */ || last === 0x64 /* d */) && /(?:^|\s)(?:by|before|on|until|from|due)\s+\d{1,2}(?:st|nd|rd|th)?$/i.test(end) && MONTH_OPENS.test(this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 12)));
    if (!dayThenMonth && name !== 'title' && (last === 0x3a /* : */ ? name !== 'field' : last < 0x61 || last > 0x7a || !PHRASE_GOES_ON.test(end))) return false;
    // (Nor a page's footer that a PDF's text puts there: "Page 2 of 4   Chairman's initials".)
    const head = this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 34));
    return !/^(?:[A-Z]{1,4}[.)]\s|[A-Za-z][\w ]{0,30}:)/.test(head) && !PAGE_FURNITURE.test(head);
  }

  /**
   * Does the last task read end where line p does, on a word in capitals, with no full stop ("Clerk to report the blocked
   * drain to the County")? A PDF's text may have wrapped it there.
   */
  private taskCutAt(p: number, actions: ReadonlyArray<Action>): boolean {
    const a = actions.length ? actions[actions.length - 1]! : undefined;
    const pe = this.L.ce[p]!;
    // (A sentence's task, not a label's: "... ACTION: Clerk" / "Cllr Pike to find out ..." is two tasks.)
    // (Nor one whose owner or deadline field closes the line: "... Responsible: Captain" / "Update the page.")
    if (a === undefined || a.range.end !== pe || a.range.start < this.L.cs[p]! || (a.source !== 'sentence' && a.source !== 'passive' && a.source !== 'imperative')) return false;
    if (a.ownerRange?.end === pe || a.dueRange?.end === pe) return false;
    return CAPITALISED_END.test(this.text.slice(Math.max(this.L.cs[p]!, pe - 30), pe));
  }

  /**
   * Does line n, which opens with a bracket, go on with the sentence of the line above, which stops on a word with no full
   * stop? Not a list's "(a)", "(ii)" or "(4)".
   */
  private bracketGoesOn(n: number): boolean {
    const p = n - 1;
    if (this.L.blank(p) || this.L.heading[p]! || this.L.bullet(n)) return false;
    const cs = this.L.cs[n]!;
    if (/^\((?:[a-z]{1,4}|[A-Z]{1,3}|\d{1,3}(?:\.\d{1,3})?)\)/.test(this.text.slice(cs, cs + 10))) return false;
    const last = this.text.charCodeAt(this.L.ce[p]! - 1);
    return (last >= 0x61 && last <= 0x7a) || (last >= 0x30 && last <= 0x39);
  }

  /**
   * The next lines' text where they go on with line n's sentence (up to three): each opening in small letters or a figure,
   * or with a capital where the line above stops as a wrapped one does; "" otherwise.
   */
  private runOn(n: number): string {
    let out = '';
    for (let k = n + 1; k <= n + 3 && k < this.L.count && !this.L.blank(k) && !this.L.bullet(k) && !this.L.heading[k]!; k++) {
      const c = this.content(k);
      // ("... its printing cost of" / "$180.", "... to approve the" / "May minutes.": a capital after a long line, as wrapped
      // lines are, that stops on a word, see capitalGoesOn; not after a title's trailing dash, "Call to order –" / "The
      // President called ...", nor after a short title, "6. Special resolution: amendment of the Articles" / "Special
      // resolution: That ...".)
      if (!GOES_ON_LINE.test(c) && !(stopsLikeAWrap(this.content(k - 1)) && this.capitalGoesOn(k))) break;
      out += (out ? ' ' : '') + c;
      if (SENTENCE_CLOSED.test(c)) break;
    }
    return out;
  }

  /**
   * Does the long line above line n stop on a word, with no full stop, so that line n goes on with its sentence as a PDF's
   * text wraps it ("... Motion by Tom Bell to accept" / "Option B, second by Joy Park.")?
   */
  private wrapsInto(n: number): boolean {
    const p = n - 1;
    if (this.L.blank(p) || this.L.heading[p]! || this.L.ce[p]! - this.L.cs[p]! < 60) return false;
    const last = this.text.charCodeAt(this.L.ce[p]! - 1);
    return last >= 0x61 && last <= 0x7a;
  }

  /**
   * Do line n and the line above it stand in capitals (no small letter, a word of three capitals or more), the one above
   * stopping on a word or a figure, and long or on a word no sentence ends with, as minutes written all in capitals wrap
   * ("... WRITE-OFFS TOTALLING" / "£1,240 WERE AUTHORISED.")? Not a list's "A." or a label's line.
   */
  private capsRunOn(n: number): boolean {
    const L = this.L;
    const p = n - 1;
    if (p < 0 || L.blank(p) || L.heading[p]! || L.bullet(n)) return false;
    const last = this.text.charCodeAt(L.ce[p]! - 1);
    if (!((last >= 0x41 && last <= 0x5a) || (last >= 0x30 && last <= 0x39))) return false;
    const above = this.content(p);
    const c = this.content(n);
    if (/^(?:[A-Z]{1,4}[.)]|\(?[A-Z0-9]{1,4}\)|\d{1,3}(?:\.\d{1,3})*\.?)\s|^[A-Z][\w ]{0,30}:/.test(c)) return false;
    return !/[a-z]/.test(above) && !/[a-z]/.test(c) && /[A-Z]{3}/.test(above) && /[A-Z]{3}/.test(c) && (above.length >= 40 || this.endsMidSentence(p));
  }

  /** Does line p, a title's, stop on a word, with no full stop or colon, so that its text may run on to the next line? */
  private titleRunsOn(p: number): boolean {
    if (p < 0 || this.L.blank(p) || this.L.heading[p]!) return false;
    const last = this.text.charCodeAt(this.L.ce[p]! - 1);
    return this.L.ce[p]! - this.L.cs[p]! >= 50 && last >= 0x61 && last <= 0x7a;
  }

  /**
   * Does line n open as text goes on, not as a label ("Action: ...", "A. ..."), a page's footer or a task of its own ("Cllr
   * Pike to find out ...", "Update the page.")?
   */
  private opensText(n: number): boolean {
    const cs = this.L.cs[n]!;
    const head = this.text.slice(cs, Math.min(this.L.ce[n]!, cs + 40));
    if (/^(?:[A-Z]{1,4}[.)]\s|[A-Za-z][\w ]{0,30}:|(?:[A-Z][\w.'’-]*\s+){1,3}(?:to|will|should)\s+[a-z])/.test(head) || PAGE_FURNITURE.test(head)) return false;
    // (Nor an instruction of its own: "Update the safeguarding page.")
    const w = /^[A-Za-z]+/.exec(head);
    return w === null || !TASK_VERBS.has(w[0].toLowerCase());
  }

  /**
   * Does line p stop where a name goes on on the next line: on a title ("... seconded by Cllr"), a motion's field ("...
   * Seconded:") or a mover's or seconder's first name ("... seconded by Marta")? Which, or null.
   */
  private nameGoesOn(p: number): 'title' | 'field' | 'first' | null {
    const ps = this.L.cs[p]!;
    const pe = this.L.ce[p]!;
    const last = this.text.charCodeAt(pe - 1);
    if (last === 0x3a /* : */) return FIELD_GOES_ON.test(this.text.slice(Math.max(ps, pe - 14), pe)) ? 'field' : null;
    // (A first name's initial: "... Moved by R." / "Osei, seconded by J. Morales"; or a title's full stop: "... H&S rep Bro."
    // / "Ellis to raise it".)
    if (last === 0x2e /* . */) return MOVER_INITIAL_ENDS.test(this.text.slice(Math.max(ps, pe - 24), pe)) ? 'first' : TITLE_DOT_GOES_ON.test(this.text.slice(Math.max(ps, pe - 8), pe)) ? 'title' : null;
    if (last < 0x61 || last > 0x7a) return null;
    if (TITLE_GOES_ON.test(this.text.slice(Math.max(ps, pe - 14), pe))) return 'title';
    return MOVER_FIRST_NAME_ENDS.test(this.text.slice(Math.max(ps, pe - 40), pe)) ? 'first' : null;
  }

  /**
   * Does line p stop where no sentence does, on a spaced dash ("... — Director of Finance —"), a comma, inside a bracket it
   * opened ("ACTION: Head of Internal Audit (by 31") or on a task's field ("... Owner: Andre Baptiste. Due:")? Its text
   * goes on on the next line.
   */
  private leftOpen(p: number): boolean {
    const L = this.L;
    if (L.blank(p) || L.table(p) || L.heading[p]!) return false;
    const ps = L.cs[p]!;
    const pe = L.ce[p]!;
    const last = this.text.charCodeAt(pe - 1);
    if (last === 0x2014 || last === 0x2013 || last === 0x2d) return pe - ps > 2 && /\S[ \t\u00a0]+[–—-]$/.test(this.text.slice(Math.max(ps, pe - 4), pe));
    if (last === 0x3a /* : */) return FIELD_LEFT_OPEN.test(this.text.slice(Math.max(ps, pe - 26), pe));
    // (Or on a comma: "... to Summit Roofing: carried," / "Brown abstaining.")
    if (last === 0x2c /* , */) return pe - ps > 2;
    // (A bracket opened in the line's last 40 characters and not closed; looked for there only, not back through the text.)
    for (let k = pe - 1; k >= ps && k >= pe - 40; k--) {
      const c = this.text.charCodeAt(k);
      if (c === 0x29 /* ) */) return false;
      if (c === 0x28 /* ( */) return true;
    }
    return false;
  }

  /**
   * Does line n go on with the entry of a list of tasks on the line above, wrapped there: it is no entry of its own (no
   * bullet, box or number), and the line above stops where no sentence does, or line n opens in small letters after a
   * long line with no full stop, or in capitals as capitalGoesOn allows ("... by the" / "Clerk")?
   */
  private entryGoesOn(n: number): boolean {
    const L = this.L;
    if (L.bullet(n) || L.checkbox(n) || L.table(n) || L.heading[n]!) return false;
    const cs = L.cs[n]!;
    const head = this.text.slice(cs, Math.min(L.ce[n]!, cs + 34));
    if (/^(?:\d+[.)]|[a-z]{1,4}[.)]|\([a-z\d]{1,4}\))\s/.test(head)) return false;
    if (this.leftOpen(n - 1)) return true;
    const c0 = this.text.charCodeAt(cs);
    if (c0 < 0x61 || c0 > 0x7a) return this.capitalGoesOn(n);
    // (Not after a full stop or a short line, which ends its entry, "Keiko – retention change" / "write up the load test",
    // unless that stops mid-sentence; nor a scribe's line, "kim: booked", nor someone's own task, "kim to book the
    // minibus".)
    if (/[.!?;:)\]”"]/.test(this.text[L.ce[n - 1]! - 1]!) || /^[a-z][\w.-]{1,30}:\s/.test(head)) return false;
    // (Its length counted with runs of spaces as one.)
    if (L.ce[n - 1]! - L.cs[n - 1]! < 60 || this.text.slice(L.cs[n - 1]!, L.ce[n - 1]!).replace(/\s+/g, ' ').length < 60) {
      if (!this.endsMidSentence(n - 1)) return false;
    }
    const who = /^([a-z][a-z'’-]*)[ \t\u00a0]+to[ \t\u00a0]/.exec(head);
    return !(who && this.people.has(who[1]!));
  }

  /** Does line p stop on a word no sentence ends with ("... signed as a", "... the views of")? */
  private endsMidSentence(p: number): boolean {
    const L = this.L;
    if (L.blank(p) || L.table(p) || L.heading[p]!) return false;
    return MID_SENTENCE_END.test(this.text.slice(Math.max(L.cs[p]!, L.ce[p]! - 8), L.ce[p]!));
  }

  /**
   * Where the sentence that line n goes on with starts on the line above, when a PDF's text wraps it there: the line above
   * is text that stops without a full stop after a few words of its last sentence ("... The Clerk", "... Cllr Hart to"),
   * and line n goes on with it, in lower case or in capitals after a phrase left open (the caller has seen which; see
   * capitalGoesOn), not as a list's "a)" or "(ii)". -1 otherwise. From `textFrom` on where line n - 1 is a title line with
   * text after its title; `capital` where line n opens in capitals and goes on (capitalGoesOn, or a task cut short above),
   * which lets a longer sentence be read whole.
   */
  private wrappedFrom(n: number, textFrom = -1, capital = false): number {
    const L = this.L;
    const p = n - 1;
    if (L.blank(p) || L.blank(n) || L.bullet(n) || L.table(p) || L.table(n) || L.heading[p]! || L.heading[n]!) return -1;
    const cs = L.cs[n]!;
    if (/^(?:[a-z]{1,4}[.)]|\([a-z]{1,4}\))\s/.test(this.text.slice(cs, cs + 7))) return -1;
    const ps = L.cs[p]!;
    const pe = L.ce[p]!;
    const last = this.text.charCodeAt(pe - 1);
    // (Not after a line that ends its sentence, a label's colon or a bracket.)
    // (But a motion's field before the name it takes from the next line: "... Moved: Grace Liu  Seconded:" / "Nina Petrova".)
    const name = this.nameGoesOn(p);
    if (pe <= ps || (/[.!?;:)\]”"]/.test(String.fromCharCode(last)) && name !== 'field' && name !== 'first' && name !== 'title')) return -1;
    // ("mot due in jan" / "kim to book the minibus": notes typed in small letters; a line that opens with someone the
    // meeting knows and "to" sets a task of its own. Looked at after the cheaper tests above, as this runs per keystroke.)
    const who = /^([a-z][a-z'’-]*)[ \t\u00a0]+to[ \t\u00a0]/.exec(this.text.slice(cs, Math.min(L.ce[n]!, cs + 40)));
    if (who && this.people.has(who[1]!)) return -1;
    const ss = sentences(this.text, Math.max(ps, textFrom), pe);
    // (None where the line's text starts past its end, or holds no words: a document cut short mid-line.)
    const tail = ss[ss.length - 1];
    if (tail === undefined) return -1;
    const words = this.text.slice(tail.start, pe).trim().split(/\s+/).length;
    // (Longer where the line above stops on a word no sentence ends with: "It was agreed that the Clerk should" / "write to
    // the county highways team again".)
    // (Or where line n opens in small letters, the surest sign of a sentence run on: "... directed the County Manager" / "to
    // prepare a plan for Sunday opening.")
    // (Not a scribe's log, each line a speaker's: "jlee: labels should come from the data" / "t_osei: agreed, but ...".)
    const low = (this.text.charCodeAt(cs) >= 0x61 && this.text.charCodeAt(cs) <= 0x7a && !/^[a-z][\w.-]{1,30}:\s/.test(this.text.slice(cs, Math.min(L.ce[n]!, cs + 34)))) || this.capsRunOn(n);
    return (words <= 6 && pe - tail.start <= 60) || (words <= 16 && pe - tail.start <= 120 && (low || this.endsMidSentence(p) || name === 'title' || name === 'first' || capital || this.leftOpen(p))) ? tail.start : -1;
  }

  /**
   * Is the item's text only a status report's fields ("Yesterday: ...", "Today: ...", "Blockers: none"), as a stand-up
   * gives each person? Like one person's update, it records news, not a decision the minutes owe.
   */
  private statusOnly(from: number, last: number): boolean {
    let fields = 0;
    for (let n = from; n <= last && n - from < 12; n++) {
      if (this.L.blank(n)) continue;
      if (!STATUS_FIELD.test(this.content(n).replace(/^(?:\*\*|__)/, ''))) return false;
      fields++;
    }
    return fields >= 2 && last - from < 12;
  }

  /** The item's text on its title's line, after the title ("a. Pool resurfacing – Work scheduled ..."); "" if none. */
  private inlineText(h: Head): string {
    return h.inlineBody === null ? '' : this.text.slice(h.inlineBody, this.L.ce[h.titleLine]!);
  }

  /**
   * The heading of line n, numbered bare, whose title's text is `rest`: up to a dash where a sentence follows one ("Min. 104
   * Police report – PCSO Harris reported two thefts ...", see dashTitle), or the whole line where it reads as a title.
   */
  private bareHeading(n: number, c: string, rest: string): { title: string; range: Range; body: number | null } | null {
    const cs = this.L.cs[n]!;
    const at = c.length - rest.length;
    const dash = dashTitle(rest);
    if (dash) return { title: c.slice(0, at + dash.title.length), range: { start: cs, end: cs + at + dash.title.length }, body: cs + at + dash.body };
    return isTitleLike(rest) ? { title: c, range: { start: cs, end: this.L.ce[n]! }, body: null } : null;
  }

  /**
   * "4 OPERATIONS REPORT" / "4.1 Warehouse lease": the numbered title lines from line `from` on whose parent is one of
   * `tops` (any parent where `anyParent`), as sub-items; "3.1 The minutes ... were agreed." is a numbered paragraph. Not the
   * lines in `skip`, which head items already.
   */
  private subItemsOf(tops: ReadonlySet<string>, from: number, anyParent: boolean, skip?: ReadonlySet<number>): Head[] {
    const out: Head[] = [];
    for (let n = from; n < this.L.count; n++) {
      if (skip?.has(n) || this.L.blank(n) || this.L.bullet(n) || this.L.table(n)) continue;
      const c = this.content(n);
      const m = NUMBERED.exec(c);
      if (!m) continue;
      const num = normNumber(m[1]!);
      const parent = parentNumber(num);
      // (Its sentence may run on to the next line: "2.1 Management accounts: surplus of £12,400 against" / "budget. Received.")
      const rest = c.slice(m[0].length);
      if (parent === null || (!tops.has(parent) && !anyParent) || !isTitleLike(rest) || LABEL_SENTENCE.test(rest) || (!SENTENCE_CLOSED.test(rest) && LABEL_SENTENCE.test(`${rest} ${this.runOn(n)}`))) continue;
      out.push(lineHead(n, c, { start: this.L.cs[n]!, end: this.L.ce[n]! }, num, 2));
    }
    return out;
  }

  /**
   * Are the items all numbered with plain numbers ("7. Allotments", "8<TAB>Cemetery")? 'spaced' where some are bare numbers
   * with a run of spaces or a tab after them ("1   Welcome"); null where some item is numbered otherwise or none is.
   */
  private plainNumbers(heads: Head[]): 'spaced' | 'numbered' | null {
    let tops = 0;
    let spaced = 0;
    for (const h of heads) {
      // (An unnumbered heading among them, "Date of next meeting:", numbers nothing.)
      if (h.kind !== 'item' || h.level !== 1 || h.number === null) continue;
      if (!/^\d{1,3}$/.test(h.number)) return null;
      if (SPACED_BARE.test(this.content(h.titleLine))) spaced++;
      tops++;
    }
    return tops === 0 ? null : spaced > 0 ? 'spaced' : 'numbered';
  }

  /**
   * Among such items, the lines numbered with a single space that fill the numbers between two of them ("2 Repairs"
   * between "1   Welcome" and "3  Funding", "8 Cemetery" between "7. Allotments" and "9. Website"), or number on before
   * the first: items too; after the last, where items are numbered bare with spaces (`onAfter`).
   */
  private bareBetween(heads: Head[], onAfter: boolean): void {
    const tops = heads.filter((h) => h.kind === 'item' && h.level === 1 && h.number !== null);
    const taken = new Set(heads.map((h) => h.titleLine));
    const found: Array<{ num: number; head: Head }> = [];
    for (let n = 0; n < this.L.count; n++) {
      // (Only lines that open with a digit are looked at: a year of minutes has a quarter of a million lines.)
      const d0 = this.text.charCodeAt(this.L.cs[n]!) - 0x30;
      if (d0 < 0 || d0 > 9 || taken.has(n) || this.L.blank(n) || this.L.bullet(n) || this.L.table(n)) continue;
      const c = this.content(n);
      const m = SINGLE_SPACED_BARE.exec(c);
      // (Not a date: "5 March 2026" under "Date of next meeting".)
      if (!m || MONTH_OPENS.test(m[2]!)) continue;
      const h = this.bareHeading(n, c, m[2]!);
      if (h) found.push({ num: +m[1]!, head: { ...lineHead(n, h.title, h.range, m[1]!, 1), inlineBody: h.body } });
    }
    const added: Head[] = [];
    let f = 0;
    // Between each two items (and before the first, after the last), the lines that number on from the one before are
    // taken where they reach the next one's number.
    for (let s = 0; s <= tops.length; s++) {
      const to = s < tops.length ? tops[s]!.titleLine : this.L.count;
      const next = s < tops.length ? +tops[s]!.number! : null;
      let want = s > 0 ? +tops[s - 1]!.number! + 1 : 1;
      const chain: Head[] = [];
      for (; f < found.length && found[f]!.head.titleLine < to; f++) {
        if (found[f]!.num !== want) continue;
        chain.push(found[f]!.head);
        want++;
      }
      if (chain.length && (next === null ? onAfter : want === next)) added.push(...chain);
    }
    if (!added.length) return;
    // ("2 REPORTS" / "2.1 Roading contract": their sub-items too.)
    added.push(...this.subItemsOf(new Set(added.map((h) => h.number!)), added[0]!.titleLine + 1, false, taken));
    heads.push(...added);
    heads.sort((a, b) => a.firstLine - b.firstLine);
    // (An item read again on its own reads such a line as the whole text did.)
    this.headings = { ...this.headings, bare: true };
  }

  /**
   * Does the item's text say that it asked for no decision: "No resolution was required.", "For information only.", "The
   * update was for information."? The clerk has said why the item records none; on the title's line too ("a. Pool
   * resurfacing – Work scheduled for Jan 5–16. No action needed.").
   */
  private noDecisionNeeded(from: number, last: number, h: Head): boolean {
    // (The title line's text read on with the body's, where a PDF's text wraps the phrase: "A. Scholarship fund – Balance
    // is $8,450. No" / "action needed.")
    if (h.inlineBody !== null) return noDecisionNeeded(this.text.slice(h.inlineBody, from <= last && from === h.titleLine + 1 ? this.L.ce[last]! : this.L.ce[h.titleLine]!)) || (from <= last && from !== h.titleLine + 1 && noDecisionNeeded(this.text.slice(this.table.starts[from]!, this.L.ce[last]!)));
    if (from > last) return false;
    const body = this.text.slice(this.table.starts[from]!, this.L.ce[last]!);
    // (Regular expressions over the text read it faster than looking for their words first; see noDecisionNeeded.)
    return noDecisionNeeded(body);
  }

  private saysNothing(h: Head, from: number, last: number, noSubItems: boolean): boolean {
    let seen = 0;
    if (h.inlineBody !== null) {
      if (!NOTHING.test(this.inlineText(h).trim())) return false;
      seen++;
    }
    // ("| 5m | On-call rota | Anika | No changes. |": a table's row, its notes or decision saying so.)
    if (h.row) {
      const { cells, cols } = h.row;
      for (const i of [cols.notes, cols.decision, cols.either]) {
        const t = i >= 0 ? cells[i]?.text.trim() : undefined;
        if (!t || EMPTY_CELL.test(t)) continue;
        if (!NOTHING.test(t)) return false;
        seen++;
      }
    }
    for (let n = from; n <= last; n++) {
      if (this.L.blank(n)) continue;
      const c = this.content(n);
      if (MINUTES_MARKER.test(c)) continue;
      // ("(Not discussed; out of time.)": the clerk's aside in brackets.)
      const aside = /^\((.*)\)\.?$/.exec(c);
      if (!NOTHING.test(c) && !(aside && NOTHING.test(aside[1]!.replace(/[;,].*$/, '').trim()))) return false;
      if (++seen > 2) return false;
    }
    // "10. Unfinished Business" with nothing under it: there was none.
    return seen > 0 || (noSubItems && h.inlineBody === null && !h.row && EMPTY_MEANS_NONE.test(h.title.replace(NUMBERED, '').replace(/[:.]$/, '').trim()));
  }

  /**
   * Does line l open with a tick as its bullet ("✅ Lee: renew the insurance", "✔ Send the agenda"), as notes mark a task
   * done? Not where a decision's label follows it ("✅ Decided: Ana to send the invite"): there the tick marks the decision.
   */
  private ticked(l: number): boolean {
    if (!this.L.bullet(l)) return false;
    const cs = this.L.cs[l]!;
    let tick = false;
    for (let k = this.table.starts[l]!; k < cs; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 0x2705 || c === 0x2714 || c === 0x2713) tick = true;
    }
    return tick && !TICKED_DECISION.test(this.text.slice(cs, Math.min(this.L.ce[l]!, cs + 24)));
  }

  /** Does list entry l have entries nested under it (the next line a list's entry, indented deeper)? */
  private nestsEntries(l: number): boolean {
    const next = this.nextNonBlank(l + 1);
    return next < this.L.count && this.L.bullet(next) && this.indentOf(next) > this.indentOf(l);
  }

  private isDone(c: string): boolean {
    // (Not "— 80% done", "almost done", "not done": how far it has got.)
    // ("Completed: Dana sent the deck", "DONE – insurance renewed": or a label that says so, opening the entry.)
    if (/^(?:\*\*|__)?(?:done|completed?|closed|finished)(?:\*\*|__)?\s*(?::|[–—]|-(?=\s))/i.test(c)) return true;
    // ("Bag-pack at Tesco (Helen) – booked for 12 December.": what became of the task, after who had it.)
    if (/\)\s*(?:[–—:]|-(?=\s))\s*(?:now\s+|all\s+)?(?:booked|arranged|sent|paid|confirmed|received|submitted|circulated|actioned|fixed|repaired|renewed|ordered|installed|delivered|published|signed|cancell?ed|dropped|superseded)\b/i.test(c)) return true;
    return (/(?:^|\s|[([])(?:done|completed?|closed|finished|✓|✔)\s*[)\]]?\.?$/i.test(c) && !/(?:%|\b(?:almost|nearly|half|partly|partially|mostly|not(?:\s+yet)?|isn['’]t|wasn['’]t))\s+(?:done|completed?|finished)\s*[)\]]?\.?$/i.test(c)) || /^~~.*~~$/.test(c);
  }

  private tableRow(cells: Array<{ text: string; start: number }>, t: TaskColumns, out: Action[]): void {
    const cell = (i: number) => (i >= 0 && i < cells.length ? cells[i]! : null);
    const task = cell(t.task);
    // (A cell that says none was decided, "–" or "TBC", sets no task; nor does an outcome alone in a decision's column:
    // "Noted.", "Agreed".)
    if (!task || !task.text || NO_DECISION_CELL.test(task.text) || (t.decides && BARE_OUTCOME_CELL.test(task.text))) return;
    const status = cell(t.status);
    const done = /^(?:done|completed?|closed|finished|resolved|cancell?ed|dropped|✓|✔|yes)\b/i;
    // ("| [x] | Collect examples | @lin |": a ticked box in the status column.)
    if (status && (done.test(status.text) || /^\[[xX✓✔]\]$|^[☑☒✅]$/.test(status.text))) return;
    // A "When" column that says "done" closes the task too.
    const when = cell(t.due);
    if (when && /^(?:done|completed?|✓|✔)\.?$/i.test(when.text)) return;
    const owner = cell(t.owner);
    const dueCell = cell(t.due);
    // (A due column that says "TBC" gives no deadline.)
    const due = dueCell && dueCell.text && !noDateYet(dueCell.text) ? dueCell : null;
    const ownerText = owner && owner.text && !isPlaceholderOwner(owner.text) ? owner.text : null;
    out.push({
      range: { start: task.start, end: task.start + task.text.length },
      text: task.text,
      owner: ownerText,
      ownerRange: owner && owner.text ? { start: owner.start, end: owner.start + owner.text.length } : null,
      due: due ? due.text : null,
      dueRange: due ? { start: due.start, end: due.start + due.text.length } : null,
      source: 'table',
    });
  }

  /** Outcomes, motions and actions in one line. */
  /**
   * Outcomes, motions and actions in one line. `ctx.resolution` undefined means "decide from the line": a line that
   * resolves ("RESOLVED that", "It was resolved that", "This Council resolves to") may set tasks in resolution form.
   */
  private analyseLine(span: Range, flags: number, given: Omit<TaskContext, 'resolution'> & { resolution: boolean | undefined }, sink: { outcomes: Outcome[]; motions: Motion[]; actions: Action[] }): void {
    const text = this.text;
    // One pass over the line says what it may hold; discussion lines end here.
    const mayOutcome = (flags & MAY_OUTCOME) !== 0;
    let resolution = given.resolution;
    if (resolution === undefined) resolution = mayOutcome && resolvesIn(text.slice(span.start, span.end));
    const ctx: TaskContext = { ...given, resolution };
    const mayTask =
      (flags & MAY_TASK) !== 0 || (ctx.resolution && (flags & MAY_VERB) !== 0) || ctx.actionList || ((flags & MAY_IMPERATIVE) !== 0 && (ctx.ownLine || hasOwnerField(text.slice(span.start, span.end))));
    // A line with no outcome words may still count the votes on a motion above it ("(For 5, against 2)").
    if (!mayOutcome && sink.motions.length) this.settleMotion(span, sink, sink.outcomes.length);
    if (!mayOutcome && !mayTask) return;
    const ss = sentences(text, span.start, span.end);
    if (mayOutcome) {
      const before = sink.outcomes.length;
      for (const s of ss) {
        const mo = findMotion(text, s);
        const prev = sink.motions.length ? sink.motions[sink.motions.length - 1] : undefined;
        // (The same sentence read again whole, where it wraps onto the next line ("Moved by Cllr Ames, seconded by" / "Cllr
        // Beck, that the report be adopted."): one motion, read as the whole sentence gives it.)
        // (Or one sentence of the motion's, where the motion took two on the line: "Motion: To approve the minutes. Moved by
        // Byrne," / "seconded by Fox.")
        if (mo && prev && s.start >= prev.range.start && s.start < prev.range.end) {
          sink.motions[sink.motions.length - 1] = { ...prev, mover: mo.mover ?? prev.mover, seconder: mo.seconder ?? prev.seconder, range: { start: prev.range.start, end: Math.max(prev.range.end, s.end) }, votes: prev.votes ?? findVotes(text.slice(s.start, s.end)) };
        } else if (mo && prev && prev.result === null && (prev.mover === null || prev.seconder === null) && prev.range.end <= s.start && s.start - prev.range.end < 300 && (mo.mover || mo.seconder)) {
          // "Motion: To approve the minutes. Moved by C. Bell, seconded by G. Hale." is one motion in two sentences.
          sink.motions[sink.motions.length - 1] = { ...prev, mover: prev.mover ?? mo.mover, seconder: prev.seconder ?? mo.seconder, range: { start: prev.range.start, end: s.end } };
        } else if (mo) sink.motions.push({ ...mo, result: null, votes: findVotes(text.slice(s.start, s.end)), abstainers: [] });
        // ("Niko: Agreed.": a participant's words, not the meeting's.)
        if (speakerRemark(text, s, ctx.people)) continue;
        findOutcomes(text, s, sink.outcomes);
      }
      // ("41 for, 9 against. The special resolution was not passed, the 75% majority not having been reached.": what the
      // line says became of the vote outweighs what its count alone would make of it; so does what the next line says, "...
      // 22 for, 14 against." / "The proposal was not carried, a two-thirds majority being required.")
      // (Asked only where the line found one: most lines find none.)
      if (sink.outcomes.length > before) {
        let from = before;
        const line = this.table.lineAt(span.start);
        if (line > 0 && !this.L.blank(line - 1)) while (from > 0 && sink.outcomes[from - 1]!.range.start >= this.L.cs[line - 1]!) from--;
        if (sink.outcomes.length - from > 1) this.resultOverCount(sink.outcomes, from);
      }
      if (sink.motions.length) this.settleMotion(span, sink, before);
    }
    if (mayTask) {
      const found: FoundAction[] = [];
      findActions(text, span, ctx, found, ss);
      // "Ben: publish the budget summary [done]": a task the line marks done is not open.
      // (Marked so: "[done]", "(completed)", "– done", "✓"; "A survey to be done" is a task.)
      if (found.length && MARKED_DONE.test(text.slice(span.start, span.end))) return;
      // "Revise the fundraising target and circulate to trustees.<TAB><TAB>CR / OH": a table pasted from Word, its last
      // column saying who acts.
      if (found.length && found.some((a) => a.owner === null && a.ownerRange === null)) {
        const col = ownerColumn(text, span, ctx.people);
        if (col) {
          for (const a of found) {
            if (a.owner !== null || a.ownerRange !== null) continue;
            a.owner = col.name;
            // (Each its own range: a reparse moves ranges in place, and a shared one would move twice.)
            a.ownerRange = { ...col.range };
          }
        }
      }
      for (const a of found) {
        // (Or a deadline the line break cuts short: "... before the next" / "meeting.")
        if (a.due === null || (a.dueRange !== null && a.dueRange.end >= span.end)) this.dueOnNextLine(span, a);
        sink.actions.push(toAction(text, a));
      }
    }
  }

  /** Outcomes from `from` on that a count decided ("41 for, 9 against") take the kind of a result written after them. */
  private resultOverCount(outcomes: Outcome[], from: number): void {
    const text = this.text;
    const counted = (o: Outcome): boolean => (o.kind === 'carried' || o.kind === 'failed') && COUNT_ONLY.test(text.slice(o.range.start, o.range.end));
    for (let k = from; k < outcomes.length; k++) {
      const o = outcomes[k]!;
      if (!counted(o)) continue;
      for (let q = k + 1; q < outcomes.length; q++) {
        const r = outcomes[q]!;
        if ((r.kind !== 'carried' && r.kind !== 'failed') || counted(r)) continue;
        if (r.kind !== o.kind) outcomes[k] = { ...o, kind: r.kind };
        break;
      }
    }
  }

  /**
   * A task whose sentence the line breaks off ("... The Deputy Town Clerk to submit the" / "Council's comments by 16
   * March."), as text pasted from a PDF wraps it: its deadline may stand on the next line.
   */
  private dueOnNextLine(span: Range, a: FoundAction): void {
    const text = this.text;
    if (a.range.end < span.end || span.end - span.start < 40 || /[.!?;:)\]]$/.test(text.slice(span.end - 1, span.end))) return;
    let i = span.end;
    // (Past the white space a line may end with.)
    while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0xa0) i++;
    if (text.charCodeAt(i) === 0x0d) i++;
    if (text.charCodeAt(i) !== 0x0a) return;
    i++;
    // (Past a page's furniture that text copied from a PDF puts between them: "Page 2 of 4   Chairman's initials ……", and
    // the next page's running header, "Little Hadham PC – 8 February 2027". Read as white space below.)
    const gapFrom = i;
    i = this.pastPageFurniture(i);
    if (i >= this.bodyLimit) return;
    // (Nor a line the list's marks make an entry of, whatever its bullet: "o<TAB>Needs a reviewer", "▪ Check the date".)
    const nl = this.table.lineAt(i);
    if (this.L.bullet(nl) || this.L.heading[nl]! !== 0) return;
    const e = Math.min(this.table.ends[nl]!, this.bodyLimit);
    const next = text.slice(i, e);
    // (Not a new entry, label or heading: "- ...", "2. ...", "b) ...", "Action: ...", "TREE WORKS".)
    if (!/^[ \t]*\S/.test(next) || /^[ \t]*(?:[-*•·–]\s|\d+[.)]\s|\(?[a-z]\)\s|[A-Z][A-Z0-9 /&-]{3,}$|[A-Za-z][A-Za-z ]{0,30}:)/.test(next)) return;
    // (The sentence runs on only where the line stops mid-phrase, "... to submit the", or the next goes on in lower case:
    // "ACTION – add to action sheet" / "Training on ... to be arranged" are two.)
    // ("... by 30" / "April.", "..., deadline 4" / "December": a day, then its month.)
    const tail = text.slice(Math.max(span.start, span.end - 12), span.end);
    if (!/^[ \t]*[a-z0-9£$]/.test(next) && !/\b(?:the|a|an|to|of|for|by|before|and|or|with|on|in|at|from|its|their|his|her|this|that|our|your|until|than|end|next|following)$/i.test(tail) && !(/\b(?:by|before|on|due|deadline)\s+\d{1,2}(?:st|nd|rd|th)?$/i.test(tail) && MONTH_OPENS.test(next))) return;
    const stop = next.search(/[.!?](?:\s|$)/);
    const end = i + (stop >= 0 ? stop : next.length);
    const probe: FoundAction = { ...a, due: null, dueRange: null };
    const joined = text.slice(a.range.start, end);
    const gap = i > gapFrom ? joined.slice(0, gapFrom - a.range.start) + ' '.repeat(i - gapFrom) + joined.slice(i - a.range.start) : joined;
    readWrappedDue(gap.replace(/[\r\n]/g, ' '), a.range.start, probe);
    if (probe.due !== null && probe.dueRange !== null && probe.dueRange.end > span.end) {
      a.due = probe.due;
      a.dueRange = probe.dueRange;
    }
  }

  /**
   * Where the text goes on past a page's furniture that starts at offset i ("Page 2 of 4", "Chairman's initials ……", and the
   * next page's running header after them, with the blank lines around them); i itself where no page line stands there.
   */
  private pastPageFurniture(i: number): number {
    const first = this.table.lineAt(i);
    let n = first;
    let page = false;
    while (n < this.L.count && n - first < 6) {
      if (this.L.blank(n)) {
        n++;
        continue;
      }
      const c = this.content(n);
      if (PAGE_FURNITURE.test(c)) page = true;
      // (The running header: a short line naming the body or the meeting's date, no sentence, just after the page line.)
      else if (!page || c.length > 80 || /[.!?:;]$/.test(c) || !(TITLE_DATE.test(c) || /\b(?:council|committee|board|PC|TC|minutes)\b/i.test(c))) break;
      n++;
    }
    return page && n < this.L.count ? this.table.starts[n]! : i;
  }

  /** A result after a motion settles it: "Motion carried (5–1)", "RESOLVED" after "It was MOVED ..."; votes and abstentions join it. */
  /** Is this outcome a motion's wording, "that the grant be approved", rather than what became of it? */
  private proposes(o: Outcome): boolean {
    const t = this.text;
    return /^be\s/i.test(t.slice(o.range.start, o.range.start + 3)) || /\bbe\s+(?:[a-z]+ly\s+)?$/i.test(t.slice(Math.max(0, o.range.start - 24), o.range.start));
  }

  private settleMotion(span: Range, sink: { outcomes: Outcome[]; motions: Motion[] }, before: number): void {
    const line = this.text.slice(span.start, span.end);
    let idx = sink.motions.length - 1;
    // "The substantive motion was then put to the vote and was LOST", after an amendment's result: the motion it amended.
    if (sink.motions[idx]!.result !== null && /\b(?:substantive|original|main)\s+motion\b/i.test(line)) {
      for (let k = idx - 1; k >= 0; k--) {
        if (sink.motions[k]!.result === null) {
          idx = k;
          break;
        }
      }
    }
    const m = sink.motions[idx]!;
    // ("THAT the grant be approved." / "DEFEATED": the motion's own wording proposes; its result is what follows.)
    const res = sink.outcomes.slice(before).find((o) => o.range.start >= m.range.start && !this.proposes(o));
    let updated: Motion = m;
    if (res && m.result === null) {
      const result = res.kind === 'failed' ? 'failed' : res.kind === 'withdrawn' ? 'withdrawn' : 'carried';
      updated = { ...updated, result, range: m.range.end < res.range.end ? { start: m.range.start, end: res.range.end } : m.range };
      // What a motion that failed proposed was not decided: "be deferred" records the vote against it.
      if (result !== 'carried') {
        for (let k = 0; k < sink.outcomes.length; k++) {
          const o = sink.outcomes[k]!;
          if (o !== res && o.range.start >= m.range.start && o.range.start < res.range.start && this.proposes(o)) sink.outcomes[k] = { ...o, kind: result };
        }
      }
    }
    // ("Proposed Cllr Bell, seconded Cllr Gill, all in favour, that the minutes be signed as a correct record.")
    else if (!res && m.result === null && span.start >= m.range.start && allInFavour(line)) updated = { ...updated, result: 'carried' };
    if (updated.votes === null && span.start >= m.range.start) {
      const v = findVotes(line);
      if (v) updated = { ...updated, votes: v };
    }
    const ab = findAbstainers(line);
    if (ab.length) updated = { ...updated, abstainers: [...updated.abstainers, ...ab] };
    if (updated !== m) sink.motions[idx] = updated;
  }
}

/** An outcome's words that are only a count: "41 for, 9 against", "Vote: 4-1", "Ayes 5, Noes 2" (no "carried", "lost", ...). */
const COUNT_ONLY = /^(?=[^]*\d)(?![^]*\b(?:carried|passed|approved|adopted|agreed|resolved|lost|failed|defeated|rejected|declined)\b)/i;

/** The column a line of a pasted table ends with: its last cell after a tab or a run of spaces, up to 40 characters. */
const LAST_CELL = /(?:\t|[ \u00a0]{3,})[ \t\u00a0]*([^\t \u00a0][^\t]{0,39})$/;

/** A line's last cell, when it names who acts: "... circulate to trustees.<TAB><TAB>CR / OH", "... to check it.<spaces>HG". */
function ownerColumn(text: string, span: Range, people: People): { name: string; range: Range } | null {
  const from = Math.max(span.start, span.end - 80);
  const m = LAST_CELL.exec(text.slice(from, span.end));
  if (!m || from + m.index <= span.start || !/\S/.test(text.slice(span.start, from + m.index)) || MID_PHRASE_END.test(text.slice(span.start, from + m.index))) return null;
  const name = m[1]!;
  if (/\s{3}/.test(name) || isPlaceholderOwner(name) || !looksLikeOwner(name, people)) return null;
  const s = span.end - name.length;
  return { name, range: { start: s, end: span.end } };
}

/** Fields set apart at a line's end by a tab or a run of spaces: "<spaces>Action: TV<spaces>Due: 10/12". */
const FIELD_COLUMNS = /(?:\t|[ \u00a0]{3,})[ \t\u00a0]*(?:action(?:\s+by)?|owner|responsible|lead|due)\s*:\s*\S.*$/i;
/** The line without the owner's column it ends with, if it does (see ownerColumn). */
function withoutOwnerColumn(s: string): string {
  // ("5.1 QS to circulate cost report 6.<spaces>Action: LF<spaces>Due: 12/12": a site meeting's columns of fields.)
  const fields = FIELD_COLUMNS.exec(s);
  if (fields && fields.index > 0) return s.slice(0, fields.index);
  const m = LAST_CELL.exec(s);
  // (Not what a colon's label introduces, however many spaces follow it: "Apologies:   Eilidh Ross.")
  return m && m.index > 0 && !/\s{3}/.test(m[1]!) && s.charCodeAt(m.index - 1) !== 0x3a && !MID_PHRASE_END.test(s.slice(0, m.index)) && looksLikeOwner(m[1]!, NOBODY) ? s.slice(0, m.index) : s;
}
/**
 * Text that stops mid-phrase, so that a run of spaces after it is a gap in the phrase, not the edge of a column: "Notice
 * of Motion – Cllr.<spaces>P. Daly", "Call to Order – 6:30 pm by<spaces>the President".
 */
const MID_PHRASE_END = new RegExp(String.raw`(?:^|[\s(])(?:${OPEN_PHRASE_WORDS}|Cllr|Councillor|Mr|Mrs|Ms|Mx|Dr|Revd?|Prof)\.?[ \t\u00a0]*$|[–—,-][ \t\u00a0]*$`);

/** A page's number or the chairman's initials, as a PDF's footer puts them: "Page 2 of 4", "- 3 -", "Chairman's initials ……". */
const PAGE_FURNITURE = /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\b|-\s*\d{1,4}\s*-$|(?:chair(?:man|person|woman)?|mayor)['’]?s?\s+initials\b)/i;
/** Words and dates that make a first line in bold the notes' title ("*Harbour FC committee – 3 March*"). */
const NOTES_TITLE_WORD = /\b(?:minutes|meeting|committee|notes|sync|agenda|council|board|club|standup|stand-up|retro|retrospective)\b/i;
const TITLE_DATE = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b`, 'i');

/** People for a reading that knows nobody's name yet. */
const NOBODY: People = { has: () => false };

/** Does the line open with a verb that can set a task ("Update the page.")? */
function startsWithTaskVerb(text: string, span: Range): boolean {
  let i = span.start;
  while (i < span.end && !/[A-Za-z]/.test(text[i]!) && i - span.start < 4) i++;
  let j = i;
  while (j < span.end && j - i < 16) {
    const d = text.charCodeAt(j) | 0x20;
    if (d < 0x61 || d > 0x7a) break;
    j++;
  }
  return j > i && TASK_VERBS.has(text.slice(i, j).toLowerCase());
}

/** Words in capitals that an attendance list in capitals holds without naming anyone: "ALL MEMBERS", "AND", "NONE". */
const CAPS_NOT_NAMES = new Set(['all', 'and', 'none', 'nil', 'the', 'of', 'for', 'in', 'at', 'other', 'others', 'public', 'press', 'item', 'items', 'only', 'part', 'vice', 'acting', 'interim', 'tbc', 'tbd', 'na']);
/** A capitalised word, or a user name after "@". */
const NAME_WORD_OR_HANDLE = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}'’-]+$|^@[\w.-]+$`, 'u');
/** A word of two capitals or more: "ANA", "O'NEILL". */
const WORD_IN_CAPITALS = new RegExp(String.raw`^[${CAPITALS}]{2}[${CAPITALS}'’-]*$`, 'u');
function addNameWords(name: string, into: Set<string>): void {
  // ("PRESENT: JOHN SMITH, MARY JONES": a name in capitals, as a header in capitals lists it; not its title or role.)
  const shouted = !HAS_SMALL.test(name);
  for (const w of name.split(/\s+/)) {
    if (shouted && WORD_IN_CAPITALS.test(w)) {
      const lw = w.toLowerCase();
      if (!NAME_TITLES.has(lw) && !ROLE_WORDS.has(lw) && !CAPS_NOT_NAMES.has(lw)) into.add(lw);
      continue;
    }
    if (!NAME_WORD_OR_HANDLE.test(w)) continue;
    into.add(w.toLowerCase());
    // "@priya" is Priya when the notes write her name: "Update the guide — Priya — before the switch".
    if (w.startsWith('@')) into.add(w.slice(1).toLowerCase());
  }
}

/**
 * For an item that is a row of a table of items (its title at `titleStart`): where its outcome goes, in the row's
 * decision column (empty, so nothing is overwritten) or at the end of its notes; null for any other item.
 */
export function rowOutcomeCell(text: string, titleStart: number): { at: number; column: 'decision' | 'notes'; before: string; after: string } | null {
  const lines = new LineTable(text);
  const n = lines.lineAt(titleStart);
  const lineText = (k: number) => text.slice(lines.starts[k]!, lines.ends[k]!).trim();
  if (!lineText(n).startsWith('|')) return null;
  let sep = n - 1;
  while (sep > 0 && lineText(sep).startsWith('|') && !/^[\s|:-]+$/.test(lineText(sep))) sep--;
  if (sep < 1 || !/^\|[\s|:-]+$/.test(lineText(sep))) return null;
  const cellsOf = (k: number) => {
    const raw = text.slice(lines.starts[k]!, lines.ends[k]!);
    const lead = raw.length - raw.trimStart().length;
    return splitCells(raw.trim()).map((c) => ({ text: c.text, start: lines.starts[k]! + lead + c.start }));
  };
  const cols = itemColumns(cellsOf(sep - 1));
  if (!cols) return null;
  const cells = cellsOf(n);
  const target = cols.decision >= 0 ? cols.decision : cols.either;
  if (target >= 0 && cells[target] && cells[target]!.text === '') {
    // An empty cell is its white space up to the next "|": write after one space, and keep one before the "|".
    const close = cells[target]!.start;
    let open = close;
    while (open > 0 && text[open - 1] !== '|') open--;
    const width = close - open;
    return width >= 2 ? { at: open + 1, column: 'decision', before: '', after: '' } : { at: close, column: 'decision', before: width === 0 ? ' ' : '', after: ' ' };
  }
  const notes = cols.notes >= 0 ? cells[cols.notes] : undefined;
  // ("... no decision" ends without a full stop: one goes before the noting, so that it opens a sentence of its own.)
  if (notes && target < 0) return { at: notes.start + notes.text.length, column: 'notes', before: ENDS_SENTENCE.test(notes.text) ? ' ' : '. ', after: '' };
  return null;
}

/** A mention of someone: "Councillor X", "Cllr X", "Mr X", "moved by X", "@handle", "<nick>" opening a chat line. Global: reset before use. */
const MENTIONS = new RegExp(String.raw`\b((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[${CAPITALS}]\.\s*)*[${CAPITALS}][${SMALLS}'’-]+(?:\s+[${CAPITALS}][${SMALLS}'’-]+)?)|\b(?:moved|seconded|proposed)\s+by\s+((?:[${CAPITALS}]\.\s*)?[${CAPITALS}][${SMALLS}'’-]+(?:\s+[${CAPITALS}][${SMALLS}'’-]+)?)|(?:^|[\s(,])(@[A-Za-z0-9][\w.-]*[A-Za-z0-9])|(?:^|\n)[ \t]*<([A-Za-z][\w.-]{1,30})>(?=[ \t])`, 'gu');
/** Names a text mentions: "Councillor X", "Cllr X", "Mr X", "moved by X", "@handle". For completion and for reading owners. */
export function mentionedPeople(text: string, start = 0, end = text.length): string[] {
  const out: string[] = [];
  const s = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = MENTIONS;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (And "<fantasai> ...": who speaks, as chat-log minutes (IRC, W3C) write it.)
  while ((m = re.exec(s)) && out.length < 10_000) out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return out;
}

/** Emphasis closing after a task's full stop ("_No decision; Zoe to bring an example next time._"): not the task's. */
const CLOSING_EMPHASIS = /(?<=[.!?])[*_]+\s*$/;
/** Text that runs over lines, on one: its line breaks and the white space around them as one space. */
const oneSpaced = (s: string): string => s.replace(/[ \t\u00a0]*\r?\n[ \t\u00a0]*/g, ' ').trim();

/**
 * Drops what was read from `from` on before index `upto` (from a line read alone) that the entries from `upto` on (the
 * sentence read whole) do not read again at the same place, unless `keep` says otherwise; returns `upto`, less what went.
 */
function dropUnread<T extends { range: Range }>(list: T[], upto: number, from: number, keep: (x: T) => boolean): number {
  for (let q = upto - 1; q >= 0 && list[q]!.range.start >= from; q--) {
    const at = list[q]!.range.start;
    let found = keep(list[q]!);
    for (let k = upto; k < list.length && !found; k++) found = list[k]!.range.start === at;
    if (!found) {
      list.splice(q, 1);
      upto--;
    }
  }
  return upto;
}

function toAction(text: string, a: FoundAction): Action {
  const unknownDue = a.due !== null && noDateYet(a.due);
  const line = text.slice(a.range.start, a.range.end);
  // An action's range stays on its first line.
  const nl = line.search(/\r|\n/);
  let end = nl >= 0 ? a.range.start + nl : a.range.end;
  // "_No decision; Zoe to bring an example next time._": the closing emphasis is not the task's.
  const close = CLOSING_EMPHASIS.exec(text.slice(a.range.start, end));
  if (close) end = a.range.start + close.index;
  // (Its text is the whole sentence where a PDF's lines wrap it: "It was agreed that the" / "Clerk should report it to
  // County Highways." reads "the Clerk should report it to County Highways.", and its owner "the Clerk".)
  const sentence = nl >= 0 && (a.source === 'sentence' || a.source === 'passive' || a.source === 'resolution');
  const said = sentence ? text.slice(a.range.start, a.range.end).replace(CLOSING_EMPHASIS, '') : text.slice(a.range.start, end);
  return {
    range: { start: a.range.start, end },
    text: sentence ? oneSpaced(said) : said.trim(),
    owner: a.owner !== null && a.owner.includes('\n') ? oneSpaced(a.owner) : a.owner,
    ownerRange: a.ownerRange,
    // ("– date TBC", "Due: TBD": no deadline yet.)
    due: unknownDue ? null : a.due !== null && a.due.includes('\n') ? oneSpaced(a.due) : a.due,
    dueRange: unknownDue ? null : a.dueRange,
    source: a.source,
  };
}

/**
 * The columns of a table of tasks from its header's cells ("Action | Who | By when | Status"): null without an owner's
 * column. `tabs` is how many cells a row pasted from Word holds (0 for a Markdown table).
 */
/** Where a table of tasks keeps each field (-1 where it has no such column). */
interface TaskColumns {
  owner: number;
  status: number;
  due: number;
  task: number;
  tabs: number;
  /** Its rows set out as plain text, bars between the cells and none around them. */
  bars?: boolean;
  /** The task is read from the column of decisions. */
  decides: boolean;
}

function tableColumns(header: string[], tabs: number): TaskColumns | null {
  const lower = header.map((x) => x.toLowerCase().replace(/\*\*|__/g, '').trim());
  // ("Responsibility", "Action owner", "Person responsible": as minutes of meeting ("MoM") tables head the column.)
  const owner = lower.findIndex((x) => /^(?:owners?|who|responsible|responsibility|(?:action|task)\s+owners?|(?:person|officer)\s+responsible|responsible\s+(?:person|officer)|assigned(?:\s+to)?|assignee|lead|action(?:ed)?\s+by|by\s+whom|who\s+by)$/.test(x));
  if (owner < 0) return null;
  // ("Item<TAB>Action<TAB>Who<TAB>When": where both stand, "Item" numbers the agenda item the task comes from.)
  const named = lower.findIndex((x) => /^(?:action|task|what|description|action\s+item|actions?\s+agreed)$/.test(x));
  // ("| Topic | Decision | Owner |": with no column for the task, the decision is what its owner carries out.)
  const decided = lower.findIndex((x) => DECISION_COLUMN.test(x));
  // ("S.No | Discussion Point | Action By | Target Date": the point discussed is what its owner takes on, where no column
  // names the task itself; the serial number never is.)
  const point = lower.findIndex((x) => /^(?:discussion\s+points?|points?\s+discussed|points?|issues?|details|particulars|subject)$/.test(x));
  const task = named >= 0 ? named : decided >= 0 ? decided : point >= 0 ? point : lower.findIndex((x) => x === 'item');
  // (A line of Word's text with tabs in it is a table's header only when it names the task's column too.)
  if (tabs > 0 && (task < 0 || header.length < 3)) return null;
  return {
    owner,
    status: lower.findIndex((x) => /^(?:status|state|done|progress)$/.test(x)),
    due: lower.findIndex((x) => /^(?:due(?:\s+(?:date|by))?|deadline|by\s+when|target(?:\s+date)?|date\s+due|when|time\s*lines?|completion\s+date)$/.test(x)),
    task: Math.max(0, task),
    tabs,
    // (The task is read from the decision's column: "Noted." there records the outcome, no task.)
    decides: named < 0 && decided >= 0,
  };
}

/** Is the line the header of a table of tasks pasted from Word ("Ref<TAB>Action<TAB>Owner<TAB>Due")? */
export function isTaskTableHeader(c: string): boolean {
  return c.includes('\t') && tableColumns(tabCells(c).map((x) => x.text), 1) !== null;
}

/** The cells of a row with `sep` between each two, empty ones kept, each trimmed, with where it starts in the row. */
function cellsBetween(c: string, sep: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const part of c.split(sep)) {
    const lead = part.length - part.trimStart().length;
    out.push({ text: part.trim(), start: at + lead });
    at += part.length + 1;
  }
  return out;
}

/** The cells of a row pasted from Word, a tab between each two, empty ones kept. */
const cellsBetweenTabs = (c: string): Array<{ text: string; start: number }> => cellsBetween(c, '\t');

/** The cells of a row set out with bars between them and none around ("13 | Order the bench | RFO | Jan"), empty ones kept. */
const barCells = (c: string): Array<{ text: string; start: number }> => cellsBetween(c, '|');

/** The cells of a row pasted from Word: text between runs of tabs. */
function tabCells(c: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  const re = /[^\t]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(c))) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({ text: m[0].trim(), start: m.index + lead });
  }
  return out;
}

/** A table's rule, not a row: "|---|:--|", a grid table's "+----+" or "+====+", box lines "├──┼──┤". */
const TABLE_RULE = /^[\s|:+=\-\u2500-\u257f]+$/;

function splitCells(c: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  // The caller adds the line's content start; cells are relative here and fixed below.
  // (A row drawn with box lines, "│ 1 │ Call the water board │", splits at them as at "|".)
  const bar = c.startsWith('\u2502') ? '\u2502' : c.startsWith('\u2503') ? '\u2503' : '|';
  let i = c.startsWith(bar) ? 1 : 0;
  while (i <= c.length) {
    let j = c.indexOf(bar, i);
    if (j < 0) j = c.length;
    const raw = c.slice(i, j);
    const lead = raw.length - raw.trimStart().length;
    out.push({ text: raw.trim(), start: i + lead });
    i = j + 1;
    if (j >= c.length) break;
  }
  if (out.length && out[out.length - 1]!.text === '' && c.trimEnd().endsWith(bar)) out.pop();
  return out;
}

/** s without its brackets and what they hold, as s.replace(/\([^)]*\)/g, '') but in one pass: that pattern searched
 * for a ")" from every "(" of a run with none ("((((...") and took time in the square of its length. */
function withoutBrackets(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('('); i >= 0; i = s.indexOf('(', from)) {
    const j = s.indexOf(')', i + 1);
    // (No ")" after this "(": none after any later one either.)
    if (j < 0) break;
    out += s.slice(from, i);
    from = j + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A letter of any language, or "@". */
const HAS_LETTER_OR_AT = new RegExp(String.raw`[${LETTERS}@]`, 'u');
/** What separates names in a list: a comma, a semicolon, "and" or "&", or the space before a handle. */
const NAME_SEPARATOR = new RegExp(String.raw`(?<!\s)\s+(?:[,;]|(?<![${LETTERS}${MARKS}0-9_])and(?![${LETTERS}${MARKS}0-9_])|&)\s*|(?:[,;]|(?<![${LETTERS}${MARKS}0-9_])and(?![${LETTERS}${MARKS}0-9_])|&)\s*|(?<!\s)\s+(?=@[${LETTERS}])`, 'u');
function splitNames(s: string): string[] {
  return withoutBrackets(s)
    // ("Participants: @Jane Doe @Marcus Lee": mentions, as Notion writes them, each a name of its own.)
    // (White space is tried from the start of its run only, as a search never starts inside one: from each of its
    // characters, a long run took time in the square of its length.)
    // ("Per Šand": "and" is a word of its own only between letters of no language, as "\b" sees English letters only.)
    .split(NAME_SEPARATOR)
    .map((x) => x.replace(/^(?:councillors?|cllrs?\.?)\s+/i, (p) => (/s\b|s\.?\s/i.test(p) ? '' : p)).trim())
    .filter((x) => x && x.length <= 60 && HAS_LETTER_OR_AT.test(x) && !/^\d/.test(x) && !/^(?:none|nil|no\s+apologies)/i.test(x));
}

/** Makes parts tile [start, end): fills gaps with blank parts and clips overlaps. Parts that already fit are kept as they are. */
function fixTiling(parts: Part[], start: number, end: number): void {
  let at = start;
  let fits = true;
  for (const p of parts) {
    if (p.range.start !== at || p.range.end <= p.range.start || p.range.end > end) {
      fits = false;
      break;
    }
    at = p.range.end;
  }
  if (fits && at === end) return;
  const out: Part[] = [];
  at = start;
  for (const p of parts) {
    let s = Math.max(p.range.start, at);
    const e = Math.min(p.range.end, end);
    if (s > at) {
      out.push({ kind: 'blank', range: { start: at, end: s } });
    }
    s = Math.max(s, at);
    if (e > s) {
      out.push(p.range.start === s && p.range.end === e ? p : { kind: p.kind, range: { start: s, end: e } });
      at = e;
    }
  }
  if (at < end) out.push({ kind: 'blank', range: { start: at, end } });
  parts.length = 0;
  parts.push(...out);
}
