/**
 * The syntax tree of a minutes document.
 *
 * Every offset is a UTF-16 code unit offset into the original text, exactly as
 * the editor holds it (BOM, CRLF and all), so that ranges map to LSP positions
 * without any translation but line/character lookup.
 *
 * Invariants (checked by the property test):
 * - `MinutesDocument.blocks` tile the whole text: the first starts at 0, each
 *   starts where the previous ended, the last ends at `text.length`.
 * - An agenda item's `parts` tile the item's own text (`range.start` up to its
 *   first sub-item, or its end), and its sub-items tile the rest.
 * - Every other range (titles, outcomes, actions, motions) lies inside the
 *   block or item that holds it.
 */

/** A node's fields made writable, for the few places that fill in or move a node after building it. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Range {
  readonly start: number;
  readonly end: number;
}

export type Style = 'moderngov' | 'numbered' | 'markdown' | 'plain';

/** What kind of outcome an agenda item records. */
export type OutcomeKind =
  | 'resolved'
  | 'unresolved'
  | 'agreed'
  | 'decision'
  | 'noted'
  | 'approved'
  | 'carried'
  | 'failed'
  | 'withdrawn'
  | 'response'
  | 'elected'
  | 'consensus';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** The words that record it ("RESOLVED", "Members noted", "Motion carried"). */
  readonly range: Range;
}

export interface Resolution {
  /** The clause, from its label (if any) to the end of its text. */
  readonly range: Range;
  /** "1.1", "(a)", or undefined for an unnumbered clause. */
  readonly label: string | undefined;
  readonly text: string;
}

export interface ResolutionBlock {
  readonly range: Range;
  /** The "RESOLVED:" / "UNRESOLVED:" / "RESOLVED that" keyword. */
  readonly keyword: Range;
  readonly unresolved: boolean;
  readonly resolutions: readonly Resolution[];
}

export interface Votes {
  readonly for: number;
  readonly against: number;
  readonly abstain?: number;
}

export interface Motion {
  readonly range: Range;
  readonly mover: string | null;
  readonly seconder: string | null;
  readonly result: 'carried' | 'failed' | 'withdrawn' | null;
  readonly votes: Votes | null;
  readonly abstainers: readonly string[];
}

export type ActionSource = 'label' | 'inline-label' | 'sentence' | 'passive' | 'resolution' | 'imperative' | 'list' | 'table';

export interface Action {
  /** Where the task stands: from its label or first word to the end of its sentence, on its first line. */
  readonly range: Range;
  /** Its words, on one line: the range's, or the whole sentence's where a sentence wrapped over lines is read whole. */
  readonly text: string;
  /** Who is responsible, as written; null when the minutes name nobody (or a placeholder such as "TBC"). */
  readonly owner: string | null;
  readonly ownerRange: Range | null;
  /** The deadline as written ("31 March", "the next meeting"), or null. */
  readonly due: string | null;
  readonly dueRange: Range | null;
  readonly source: ActionSource;
}

export type PartKind =
  | 'marker' // "Agenda item"
  | 'number' // a minute number on its own line ("14.")
  | 'title'
  | 'purpose' // the line under a ModernGov title ("To receive ...")
  | 'minutes' // "Minutes:"
  | 'text' // paragraphs, lists, tables
  | 'resolution' // a RESOLVED block
  | 'actions' // an "Action items" list or an "Action Point" paragraph
  | 'supporting' // "Supporting documents:" and the lines under it
  | 'blank';

export interface Part {
  readonly kind: PartKind;
  readonly range: Range;
}

export interface AgendaItem {
  readonly type: 'item';
  /** From the item's first line ("Agenda item" marker or title) to the start of the next item at its level or above. */
  readonly range: Range;
  readonly titleRange: Range;
  /** The title as written, trimmed, minute number included ("38.\tApologies"), Markdown markers removed. */
  readonly title: string;
  /** The minute number or reference ("4", "5.1", "25/018", "(a)"), if the minutes give one. */
  readonly number: string | null;
  /** Nesting depth: 1 for top-level items, 2 for their sub-items, ... */
  readonly level: number;
  readonly procedural: boolean;
  /** True when the item only groups sub-items and records nothing of its own. */
  readonly container: boolean;
  /** The strongest outcome the item records, or null when none is (see `strongestOutcome`). */
  readonly outcome: OutcomeKind | null;
  readonly outcomes: readonly Outcome[];
  /**
   * The entry of a "Decisions" section that records this item's decision, where the notes keep their decisions
   * apart from the topics ("## Decisions" / "- Release plan: ship 2.3 on Friday"). The entry is the section's own
   * node, outside the item's range; it counts in `outcome`.
   */
  readonly decidedIn: Outcome | null;
  readonly resolutions: readonly ResolutionBlock[];
  readonly motions: readonly Motion[];
  readonly actions: readonly Action[];
  readonly parts: readonly Part[];
  readonly children: readonly AgendaItem[];
}

export interface Attendance {
  readonly kind: 'present' | 'apologies' | 'absent' | 'officers' | 'attendance' | 'guests';
  readonly range: Range;
  readonly names: readonly string[];
}

export interface Header {
  readonly type: 'header';
  readonly range: Range;
  /** The first line, usually the body's name or the notes' title. */
  readonly title: string | null;
  readonly date: string | null;
  readonly attendance: readonly Attendance[];
}

/** A structural section that is not an agenda item: attendees, an action-items summary, the decisions, a group heading. */
export interface Section {
  readonly type: 'section';
  readonly kind: 'attendance' | 'actions' | 'decisions' | 'group' | 'closing';
  readonly range: Range;
  readonly titleRange: Range | null;
  readonly title: string | null;
  readonly actions: readonly Action[];
  readonly attendance: readonly Attendance[];
  /** A "Decisions" section's entries, each a decision (kind 'decision', the entry's text as its range). */
  readonly decisions: readonly Outcome[];
}

export type Block = Header | AgendaItem | Section;

/** One garbled character: its run of characters in the text ("â€™"), and the character it was ("’"). */
export interface GarbledRun {
  readonly range: Range;
  readonly garbled: string;
  readonly fixed: string;
}

/** A line's garbled characters: from the first run's start to the last run's end, and each run. */
export interface GarbledLine {
  readonly range: Range;
  readonly runs: readonly GarbledRun[];
}

export interface ParseProblem {
  readonly code: string;
  readonly message: string;
  readonly range: Range;
}

export interface MinutesDocument {
  readonly text: string;
  readonly style: Style;
  /** Tiles the text: header, then items and sections in document order. */
  readonly blocks: readonly Block[];
  readonly header: Header;
  /** Top-level agenda items (sub-items are their children). */
  readonly items: readonly AgendaItem[];
  /** Every action in document order, in items and in sections. */
  readonly actions: readonly Action[];
  /** People named in attendance lists, motions and owners, for completion. */
  readonly people: readonly string[];
  readonly problems: readonly ParseProblem[];
  /** Lines holding characters garbled by the wrong character set ("Hartâ€™s"), in order: see encoding.ts. */
  readonly garbled: readonly GarbledLine[];
  /**
   * Heading forms the document uses that only count once other headings use them too: "TOWN CENTRE CCTV" in
   * capitals, "Allotments:" with a colon. Kept so that one item can be parsed again on its own.
   */
  readonly headings?: Headings;
}

export interface Headings {
  readonly caps: boolean;
  readonly colon: boolean;
  /** Items numbered "1 Apologies", "Minute 101 Apologies": a bare number and one space, told from prose by their sequence. */
  readonly bare: boolean;
  /** Topics on short lines of their own over their text, in notes with no numbers or headings. */
  readonly topics?: boolean;
  /** Items headed only by "Title:" lines ("Water supply:"), in minutes with no other headings. */
  readonly colonOnly?: boolean;
  /** Plain minutes under a Markdown title ("# Ashford Parish Council" over "1. Apologies"): Markdown's reading found no items. */
  readonly underMarkdownTitle?: boolean;
  /** Markdown notes whose topics are all list entries or table rows, no heading heading any: a numbered line may outweigh them. */
  readonly listTopics?: boolean;
  /** The text holds a non-breaking space between words, and was read with each as a space (parse.ts, nbspInWords). */
  readonly nbsp?: boolean;
  /** The text holds soft hyphens or zero-width spaces, and was read without them (parse.ts, parseWithoutInvisibles). */
  readonly invisible?: boolean;
  /** The text parts words the rules read with a hyphen at a line's end ("re-" / "solved"), and was read with them whole (parse.ts). */
  readonly hyphens?: boolean;
  /**
   * The text breaks lines with characters an editor does not count as line ends (U+2028, U+2029, a vertical tab or a
   * form feed, as text copied from Word or a PDF may hold), and was read as if each were a line end (parse.ts).
   */
  readonly softBreaks?: boolean;
  /** The text holds a list bulleted as a second level is in Word ("o", "○", "■" opening a line), whose depth the rest decides. */
  readonly levelBullets?: boolean;
  /** Notes read as Markdown for their lines in bold alone ("**Item: ...**", three "**Topic**" lines), no heading. */
  readonly boldStyled?: boolean;
  /**
   * Two lines or more hold a title in bold and nothing else ("**Discussion**"): a bold title with its text after it on
   * one line ("**Mural:** tabled") may then head a topic (parse.ts, boldTopicLines). Absent where never counted.
   */
  readonly boldTopics?: boolean;
  /** Items whose paragraphs open with a short title and a dash ("Treasurer's Report – Jim reported ..."), unnumbered. */
  readonly dashTitles?: boolean;
  /** A numbered line that is a sentence, after the item numbered one before it ("2. The minutes ... were agreed."): whether it heads an item depends on the next number (parse.ts, continuesItems). */
  readonly sentenceItems?: boolean;
  /** Items numbered "11.1", "11.2" with no parent item: minutes of one part of an agenda. */
  readonly subNumbered?: boolean;
  /** The numbering of the top-level items ("4.", "25/012", "IV."): its family and, for references, their shape. */
  readonly top?: { readonly family: string; readonly shape: string };
}

/** Outcome kinds from strongest to weakest: a RESOLVED block outranks a passing "it was noted" in the discussion. */
const OUTCOME_RANK: readonly OutcomeKind[] = ['resolved', 'unresolved', 'agreed', 'decision', 'carried', 'failed', 'approved', 'elected', 'consensus', 'response', 'noted', 'withdrawn'];

/** The strongest of `outcomes`, and of `also` when given; null when there is none. */
export function strongestOutcome(outcomes: readonly Outcome[], also: OutcomeKind | null = null): OutcomeKind | null {
  let best = also;
  for (const o of outcomes) if (best === null || OUTCOME_RANK.indexOf(o.kind) < OUTCOME_RANK.indexOf(best)) best = o.kind;
  return best;
}

/** All items, sub-items included, in document order. */
export function allItems(doc: MinutesDocument): AgendaItem[] {
  const out: AgendaItem[] = [];
  const walk = (items: readonly AgendaItem[]) => {
    for (const it of items) {
      out.push(it);
      walk(it.children);
    }
  };
  walk(doc.items);
  return out;
}

/** An item's actions and its sub-items', in document order. */
export function itemActions(item: AgendaItem): Action[] {
  const all: Action[] = [];
  const walk = (x: AgendaItem): void => {
    all.push(...x.actions);
    x.children.forEach(walk);
  };
  walk(item);
  return all.sort((a, b) => a.range.start - b.range.start);
}

/**
 * A title as a reader sees it, without the Markdown around its words: "[#1412](https://…) Drop Node 18" reads
 * "#1412 Drop Node 18", "**Budget**" reads "Budget", "`v6` release" reads "v6 release". For names and messages; the
 * tree keeps the title as written.
 */
export function readableTitle(title: string): string {
  if (!/[[*_`]/.test(title)) return title;
  return title
    .replace(/!?\[([^\]\n]*)\]\([^()\s]*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/`([^`\n]+)`/g, '$1');
}
