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
 * Stems that outcome and motion rules need, by their first five letters
 * (shorter words are padded). Kept in step with language.ts: every pattern there
 * needs one of these words.
 */
const OUTCOME_STEMS = [
  'resol', 'unres', 'agree', 'noted', 'note', 'carri', 'lost', 'defea', 'passe', 'pass', 'faile', 'fail', 'decis', 'decid',
  'appro', 'adopt', 'accep', 'endor', 'ratif', 'conse', 'elect', 'withd', 'fell', 'rejec', 'filed', 'outco', 'concl',
  'moved', 'move', 'propo', 'secon', 'motio', 'absta', 'objec', 'objet', 'no', 'comme', 'obser', 'suppo', 'recei',
  'set', 'appoi', 'award', 'autho', 'selec', 'chose', 'grant', 'favou', 'favor',
];
/** Words that start a task field or label ("Owner:", "Responsible:", "Due:", "ACTION", "TODO", "AI"). */
const TASK_STEMS = ['owner', 'respo', 'due', 'deadl', 'assig', 'actio', 'todo', 'ai', 'follo', 'needs', 'task'];

function key(s: string): number {
  let k = 0;
  for (let i = 0; i < 5; i++) k = k * 27 + (i < s.length ? s.charCodeAt(i) - 96 : 0);
  return k;
}

// 27^3 three-letter prefixes: a quick "maybe" before the exact five-letter lookup.
const PREFIX3 = new Uint8Array(27 * 27 * 27);
const FULL = new Map<number, number>();
for (const [list, flag] of [
  [OUTCOME_STEMS, MAY_OUTCOME],
  [TASK_STEMS, MAY_TASK],
] as const) {
  for (const w of list) {
    const k = key(w);
    FULL.set(k, (FULL.get(k) ?? 0) | flag);
    PREFIX3[Math.floor(k / (27 * 27))] = 1;
  }
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
      else if (PREFIX3[Math.floor(k / 729)] === 1) {
        // Exact stems are the five letters; shorter stems ("note", "pass", "no") match words that long or longer.
        const f = FULL.get(k) ?? (n > 4 ? FULL.get(k - (k % 27)) : undefined) ?? (n > 3 ? FULL.get(k - (k % 729)) : undefined) ?? (n === 2 ? FULL.get(k) : undefined);
        if (f) flags |= f;
      }
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
