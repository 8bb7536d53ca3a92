/**
 * Decisions kept apart from the topics: notes that discuss "## 1. Release plan" and "## 2. CI flakiness" and then
 * list "## Decisions" / "- Release plan: ship 2.3 on Friday" / "- CI: move the suite to the large runners" record
 * each topic's decision in that list. This pass links each entry to the item it is about, so that the item counts as
 * deciding something.
 *
 * An entry names its item by a reference ("Item 2: ..."), by a label before a colon or dash that is the item's title
 * or part of it ("CI: ..." for "CI flakiness"), or, without either, by being the only item whose title's words it
 * uses ("Ship the release on Friday" for "Release plan"), or else whose discussion two or more of its own words come
 * from, clearly more than any other's. An entry that could be about two items, or about none, is left unlinked: a
 * wrong link would hide a missing outcome.
 *
 * It runs over the whole document after the items are built (and again after an incremental reparse), because it
 * joins two blocks; every item's own parse still depends only on its own text.
 */
import { LETTERS } from './lexicon';
import { allItems, strongestOutcome, type AgendaItem, type MinutesDocument, type Mutable, type Outcome } from './syntax';

export function linkDecisions(doc: MinutesDocument): void {
  const entries: Outcome[] = [];
  for (const b of doc.blocks) if (b.type === 'section' && b.kind === 'decisions') entries.push(...b.decisions);
  // (Without entries nothing was linked before either: the sections an incremental reparse keeps are unchanged.)
  if (entries.length === 0) return;
  const items = allItems(doc);
  // Forget earlier links: after a reparse some items are new and the rest still hold theirs.
  for (const it of items) {
    if (it.decidedIn === null) continue;
    const m = it as Mutable<AgendaItem>;
    m.decidedIn = null;
    m.outcome = strongestOutcome(it.outcomes);
  }
  const index = new TitleIndex(items);
  // The words of each item's own text (not its sub-items'), read when first needed.
  const bodies = new Map<AgendaItem, Set<string>>();
  const bodyWords = (it: AgendaItem): Set<string> => {
    let b = bodies.get(it);
    if (!b) {
      const end = it.children.length ? it.children[0]!.range.start : it.range.end;
      bodies.set(it, (b = new Set(words(doc.text.slice(it.titleRange.end, end)))));
    }
    return b;
  };
  for (const e of entries) {
    const k = target(doc.text.slice(e.range.start, e.range.end), items, index, bodyWords);
    if (k < 0 || items[k]!.decidedIn !== null) continue;
    const m = items[k] as Mutable<AgendaItem>;
    m.decidedIn = e;
    m.outcome = strongestOutcome(m.outcomes, 'decision');
  }
}

/**
 * After an incremental reparse replaced `before` with `after` (the same titles, so the same shape): link again. Past
 * BODY_MATCH_ITEMS items the links depend only on titles and entries, which an edit inside one item's text leaves as
 * they were, so the new item takes the old one's links; in shorter notes the whole pass runs again.
 */
export function relink(doc: MinutesDocument, before: AgendaItem, after: AgendaItem): void {
  if (!doc.blocks.some((b) => b.type === 'section' && b.kind === 'decisions')) return;
  if (allItems(doc).length <= BODY_MATCH_ITEMS) return linkDecisions(doc);
  const take = (from: AgendaItem, to: AgendaItem): void => {
    if (from.decidedIn) {
      const m = to as Mutable<AgendaItem>;
      m.decidedIn = from.decidedIn;
      m.outcome = strongestOutcome(to.outcomes, 'decision');
    }
    from.children.forEach((c, i) => {
      if (to.children[i]) take(c, to.children[i]!);
    });
  };
  take(before, after);
}

/**
 * The items' titles as words, with the items each word is in: an entry is compared only with the items that share a
 * word with it, as every keystroke in a long document links again. A title's words are kept with its item, which an
 * incremental reparse keeps unless it parsed the item again.
 */
class TitleIndex {
  readonly keys: TitleKey[];
  private readonly byWord = new Map<string, number[]>();
  private readonly byTelling = new Map<string, number[]>();
  private readonly byNumber = new Map<string, number[]>();
  /** Each title under the word of it that the fewest titles have. */
  private readonly byRarest = new Map<string, number[]>();

  constructor(items: readonly AgendaItem[]) {
    this.keys = items.map((it) => {
      let k = KEYS.get(it);
      if (!k || k.title !== it.title) KEYS.set(it, (k = titleWords(it.title)));
      return k;
    });
    const put = (m: Map<string, number[]>, w: string, i: number) => {
      const list = m.get(w);
      if (!list) m.set(w, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    };
    this.keys.forEach((k, i) => {
      for (const w of k.all) put(this.byWord, w, i);
      for (const w of k.telling) put(this.byTelling, w, i);
      const num = items[i]!.number ?? k.number;
      if (num) put(this.byNumber, num, i);
    });
    this.keys.forEach((k, i) => {
      let rarest: string | null = null;
      for (const w of k.all) if (rarest === null || this.withWord(w).length < this.withWord(rarest).length) rarest = w;
      if (rarest !== null) put(this.byRarest, rarest, i);
    });
  }

  /** The items whose title's words are all in `ws`. */
  titlesWithin(ws: ReadonlySet<string>): number[] {
    // Each title is filed under its rarest word, which such a phrase must hold.
    const out: number[] = [];
    for (const w of ws) for (const i of this.byRarest.get(w) ?? NONE) if (this.keys[i]!.all.every((x) => ws.has(x))) out.push(i);
    return out;
  }

  withWord(w: string): readonly number[] {
    return this.byWord.get(w) ?? NONE;
  }
  withTelling(w: string): readonly number[] {
    return this.byTelling.get(w) ?? NONE;
  }
  withNumber(n: string): readonly number[] {
    return this.byNumber.get(n) ?? NONE;
  }
}
const NONE: readonly number[] = [];
const KEYS = new WeakMap<AgendaItem, TitleKey>();

const BODY_MATCH_ITEMS = 300;

/** Words that say what a title is about; "update", "review" or "plan" alone could be any topic's. */
const GENERIC = new Set(
  'a an and or the of on for to in at by with from into about re vs via our its their this that next any other general misc miscellaneous update updates review reviews report reports discussion item items topic topics matters business status plan plans proposal notes note new old open follow up round table questions question news week weekly meeting sync'.split(' '),
);

interface TitleKey {
  readonly title: string;
  /** All the title's words, lower case, plural "s" dropped, minute number and markup removed. */
  readonly all: string[];
  /** The words that say what it is about. */
  readonly telling: string[];
  readonly number: string | null;
}

function norm(w: string): string {
  const l = w.toLowerCase();
  return l.length > 3 && l.endsWith('s') && !l.endsWith('ss') ? l.slice(0, -1) : l;
}

const WORD = new RegExp(String.raw`[${LETTERS}0-9][${LETTERS}0-9'’+.-]*[${LETTERS}0-9+]|[${LETTERS}0-9]`, 'gu');

function words(s: string): string[] {
  return (s.match(WORD) ?? []).map(norm);
}

function titleWords(title: string): TitleKey {
  const num = /^(?:(?:agenda\s+)?item\s+|topic\s+)?(\d{1,4}(?:\.\d{1,3})*)[.):]?\s+/i.exec(title);
  const rest = (num ? title.slice(num[0].length) : title).replace(/[*_`#]/g, ' ');
  const raw = rest.match(WORD) ?? [];
  // A title's acronyms count however short ("CI flakiness", "QA").
  const telling = raw.filter((w) => !GENERIC.has(norm(w)) && (w.length >= 3 || /^[A-Z0-9]{2}$/.test(w))).map(norm);
  return { title, all: raw.map(norm), telling, number: num ? num[1]! : null };
}

/** Does `hay` hold `needle` as consecutive words? */
function holds(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** A label opening an entry: "Release plan: ...", "**CI** – ...", "Docs - ...". */
const LABEL = /^(?:\d{1,3}[.)]\s+)?(?:\*\*|__)?([^:*_–—\n]{1,60}?)(?:\*\*|__)?\s*(?::|\s[–—-]\s)/;
/** Words that open a decision, or a note, rather than name its topic ("Decided: ...", "Agreed - ...", "Owner: ..."). */
const NOT_TOPIC = /^(?:decided|decision|agreed|resolved|approved|outcome|result|consensus|note|notes|action|actions|owner|due|we|it|the\s+team|team|all)$/i;

/** Does a label before a colon name a topic ("Hiring: make offers"), not a decision's or note's own label? */
export function namesTopic(label: string): boolean {
  return !NOT_TOPIC.test(label.trim());
}
const REFERENCE = /\b(?:agenda\s+item|item|topic|minute)\s+(\d{1,4}(?:\.\d{1,3})*)\b/i;

/** The index of the item `entry` is about, or -1. */
function target(entry: string, items: readonly AgendaItem[], index: TitleIndex, bodyWords: (it: AgendaItem) => Set<string>): number {
  const keys = index.keys;
  /** The one candidate that `pick` accepts: its index, -1 for none, -2 for more than one. */
  const unique = (candidates: Iterable<number>, pick: (k: TitleKey) => boolean): number => {
    let found = -1;
    for (const i of candidates) {
      if (i === found || !pick(keys[i]!)) continue;
      if (found >= 0) return -2;
      found = i;
    }
    return found;
  };
  const ref = REFERENCE.exec(entry);
  if (ref) {
    const k = unique(index.withNumber(ref[1]!), () => true);
    if (k >= 0) return k;
  }
  const label = LABEL.exec(entry);
  if (label && namesTopic(label[1]!)) {
    const lw = words(label[1]!);
    if (lw.length > 0 && lw.length <= 6) {
      // The label is the title, or part of it: among the items with the label's rarest word. The title is part of the
      // label: the items all of whose words it has, counted word by word.
      let rarest = index.withWord(lw[0]!);
      for (const w of lw) if (index.withWord(w).length < rarest.length) rarest = index.withWord(w);
      const exact = unique(rarest, (key) => key.all.length === lw.length && holds(key.all, lw));
      if (exact >= 0) return exact;
      const within = index.titlesWithin(new Set(lw));
      const part = unique(
        rarest.length || within.length ? [...new Set([...rarest, ...within])].sort((a, b) => a - b) : NONE,
        (key) => holds(key.all, lw) || (key.all.length > 0 && holds(lw, key.all)),
      );
      if (part >= 0) return part;
      if (exact === -2 || part === -2) return -1;
    }
  }
  // No label that names an item: the one item whose telling words the entry uses most.
  const ew = new Set(words(entry));
  const scores = new Map<number, number>();
  for (const w of ew) for (const i of index.withTelling(w)) scores.set(i, (scores.get(i) ?? 0) + 1);
  let best = -1;
  let bestScore = 0;
  let tie = false;
  for (const [i, score] of scores) {
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (bestScore > 0) return tie ? -1 : best;
  // Nor any of its title's words: the item whose discussion the entry's own words come from ("Payments refactor is in
  // scope" after "We'll take the payments refactor ..."), when two of them do and clearly more than for any other.
  const distinct = [...ew].filter((w) => w.length >= 5 && !GENERIC.has(w));
  // (Read for notes of a few hundred topics: every keystroke links again, and a year of minutes has no such section.)
  if (distinct.length < 2 || items.length > BODY_MATCH_ITEMS) return -1;
  let second = 0;
  for (let i = 0; i < items.length; i++) {
    const body = bodyWords(items[i]!);
    let score = 0;
    for (const w of distinct) if (body.has(w)) score++;
    if (score > bestScore) {
      second = bestScore;
      bestScore = score;
      best = i;
    } else if (score > second) second = score;
  }
  return bestScore >= 2 && second * 2 <= bestScore ? best : -1;
}
