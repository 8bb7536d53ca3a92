/**
 * One pass over a line, word by word, that says what the line can hold. Most
 * lines of minutes are discussion; this scan lets the parser skip them after
 * reading each character once, and run the sentence-level rules in
 * language.ts only where a rule could match.
 *
 * The scan is conservative: a flag means "may", never "does".
 */

import { IRREGULAR_PARTICIPLES, TASK_VERBS } from './lexicon';

/** The line has a word an outcome or a motion needs (resolved, agreed, noted, carried, moved, ...). */
export const MAY_OUTCOME = 1;
/** A sentence in the line has "to" among its first words, an "@", or an owner/due field: it may set a task. */
export const MAY_TASK = 2;

/**
 * The words the outcome, motion and task rules in language.ts need. A word ending in "*" is a stem (any word
 * it starts); "^" marks a word that only counts at the start of a sentence ("No objection", "Support"). Exact
 * words keep prose out of the slow path: "notes", "passenger", "second reading" and "response" are not
 * "noted", "passed", "seconded" or "responsible".
 */
const OUTCOME_WORDS = `resol* unres* agreed noted carried lost defeated passed failed decision decisions decided approved adopted accepted
  endorsed ratified consensus elected withdrawn fell rejected filed outcome conclusion moved proposed seconded second motion*
  abstained abstain favour favor set appointed awarded authorised authorized selected chose granted recommended
  objects objected objection objections supports supported
  ^no ^support* ^object* ^comment* ^observ*`;
const TASK_WORDS = `owner* responsible responsibility due deadline assig* actio* todo ai follow needs task tasks`;

interface Entry {
  /** Length of the word, or of the stem for a stem. */
  len: number;
  stem: boolean;
  sentenceStart: boolean;
  flag: number;
}

function key(s: string): number {
  let k = 0;
  for (let i = 0; i < 5; i++) k = k * 27 + (i < s.length ? s.charCodeAt(i) - 96 : 0);
  return k;
}

// 27^3 three-letter prefixes: a quick "maybe" before the exact five-letter lookup.
const PREFIX3 = new Uint8Array(27 * 27 * 27);
const FULL = new Map<number, Entry[]>();
for (const [list, flag] of [
  [OUTCOME_WORDS, MAY_OUTCOME],
  [TASK_WORDS, MAY_TASK],
] as const) {
  for (const raw of list.trim().split(/\s+/)) {
    const sentenceStart = raw.startsWith('^');
    const stem = raw.endsWith('*');
    const w = raw.replace(/^\^|\*$/g, '');
    const k = key(w.slice(0, 5));
    const e: Entry = { len: w.length, stem, sentenceStart, flag };
    // A stem shorter than five letters is looked up by its padded key; longer words by their first five letters.
    FULL.set(k, [...(FULL.get(k) ?? []), e]);
    PREFIX3[(k / 729) | 0] = 1;
  }
}

/** The flags the word with this key and length sets at this place in its sentence. */
function lookup(k: number, n: number, first: boolean): number {
  let f = 0;
  const probe = (key: number) => {
    const es = FULL.get(key);
    if (!es) return;
    for (const e of es) if ((e.stem ? n >= e.len : n === e.len) && (!e.sentenceStart || first)) f |= e.flag;
  };
  probe(k);
  // Stems shorter than five letters ("resol" is five; "actio" too) are stored padded: try the word's shorter prefixes.
  if (n > 4) probe(k - (k % 27));
  if (n > 3) probe(k - (k % 729));
  return f;
}

/** Reads the lower-case word starting at or after `i` (skipping spaces); empty if none. */
function wordAt(text: string, i: number, end: number): { w: string; next: number } {
  while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++;
  let j = i;
  while (j < end && j - i < 20) {
    const d = text.charCodeAt(j);
    if (!((d >= 0x61 && d <= 0x7a) || d === 0x2d)) break;
    j++;
  }
  return { w: text.slice(i, j), next: j };
}

function taskAfterTo(text: string, i: number, end: number): boolean {
  const a = wordAt(text, i, end);
  if (a.w === 'be') {
    const b = wordAt(text, a.next, end).w;
    return IRREGULAR_PARTICIPLES.has(b) || (b.length > 3 && /(?:ed|en)$/.test(b));
  }
  return TASK_VERBS.has(a.w);
}

/** How many words may precede "to" in a task's subject ("Data brought to committee on children placed outside the Borough to be split"). */
const SUBJECT_WORDS = 16;

export function scanLine(text: string, start: number, end: number): number {
  let flags = 0;
  let wordInSentence = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const lc = c | 0x20;
    if (lc >= 0x61 && lc <= 0x7a) {
      // A word: read its first five letters (lower-cased) into a key, then skip the rest.
      let k = 0;
      let n = 0;
      let j = i;
      while (j < end) {
        const d = text.charCodeAt(j) | 0x20;
        if (d < 0x61 || d > 0x7a) break;
        if (n < 5) k = k * 27 + (d - 96);
        n++;
        j++;
      }
      for (let p = n; p < 5; p++) k *= 27;
      if (n === 2 && lc === 0x74 && (text.charCodeAt(i + 1) | 0x20) === 0x6f && wordInSentence <= SUBJECT_WORDS && wordInSentence > 0) {
        // "to" early in a sentence sets a task only before a task verb, or "be" and a participle ("to be arranged").
        if (taskAfterTo(text, j, end)) flags |= MAY_TASK;
      }
      else if (PREFIX3[(k / 729) | 0] === 1) flags |= lookup(k, n, wordInSentence === 0);
      wordInSentence++;
      i = j;
      continue;
    }
    if (c === 0x2e /* . */ || c === 0x3f /* ? */ || c === 0x21 /* ! */ || c === 0x3b /* ; */ || c === 0x3a /* : */) {
      // A new sentence (or clause) may start here; "to" counts again from its start.
      const next = text.charCodeAt(i + 1);
      if (next === 0x20 || next === 0xa0 || next === 0x09) wordInSentence = 0;
    } else if (c === 0x40 /* @ */) flags |= MAY_TASK;
    if (flags === (MAY_OUTCOME | MAY_TASK)) return flags;
    i++;
  }
  return flags;
}
