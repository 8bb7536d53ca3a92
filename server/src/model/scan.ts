/**
 * The word gate: one pass over a line's characters that says whether the
 * sentence-level rules in language.ts could find anything in it. Most lines
 * of minutes are discussion; the gate lets the parser skip them after reading
 * each character once, and run the rules only where one could match.
 *
 * The gate reads words the way the rules do, with a word's neighbours: a
 * participle such as "agreed" counts only where an outcome rule could use it
 * (opening a sentence, in capitals, after a body such as "the Committee", after
 * "was"/"were"/"be", before "as a true record"); "carried" or "lost" only
 * opening a sentence, in capitals or after a motion; "to" only early in a
 * sentence and before a task verb. So "mitigating actions had been agreed by
 * the leadership team" passes straight through.
 *
 * It is conservative: a flag means "a rule may match", never "does". A test
 * checks that the parse with the gate equals the parse without it.
 *
 * It reads a line's characters a byte each (one per UTF-16 code unit, see
 * `scanText`); characters outside Latin-1 are never letters a rule needs.
 */

import { BODY_WORDS, IRREGULAR_PARTICIPLES, TASK_VERBS } from './lexicon';

/** The line may record an outcome or a motion (resolved, agreed, noted, carried, moved, ...). */
export const MAY_OUTCOME = 1;
/** The line may set a task: "X to VERB" early in a sentence, "@", an action label, "Name: verb". */
export const MAY_TASK = 2;
/** The line opens with a task verb ("Update the page."): a task where the line stands as its own paragraph. */
export const MAY_IMPERATIVE = 4;
/** The line has a task verb in lower case not followed by "be": in a resolution, "that the Clerk CHASE ..." sets a task. */
export const MAY_VERB = 8;
/** Not a rule's word: the line holds a tab, so it may be a row of a table pasted from Word (parse.ts reads those apart). */
export const HAS_TAB = 16;
/** Not a rule's word either: the line holds a bar, so it may be a row of a table set out as plain text ("13 | Order the bench | RFO"). */
export const HAS_BAR = 32;
// Local copies: the hot loop below must not read them through the module's exports.
const OUT = 1;
const TASK = 2;
const IMPERATIVE = 4;
const VERBISH = 8;

// Word classes (bits); a word may have several.
const ALWAYS = 1 << 0; // an outcome or motion word wherever it stands
const PART = 1 << 1; // a participle that records an outcome in context ("Members agreed", "was noted")
const RESULT = 1 << 2; // a motion's result ("carried", "lost") opening a sentence, in capitals or after a motion
const FIRST = 1 << 3; // counts opening a sentence ("Decision:", "No objection", "Support")
const CTX = 1 << 4; // a word after which a participle counts (bodies, was/were/be, adverbs)
const MNOUN = 1 << 5; // "motion", "amendment", "show of hands": a result word after it counts
const SECOND = 1 << 6; // "second" counts before "by"
const BY = 1 << 7;
const IN = 1 << 8;
const FAVOUR = 1 << 9; // after "in"
const NO = 1 << 10;
const NOOBJ = 1 << 11; // "objection", "comment", "observation" after "no"
const AS = 1 << 12;
const TO = 1 << 13;
const BE = 1 << 14;
const VERB = 1 << 15; // a task verb in its base form
const PARTICIPLE = 1 << 16; // an irregular participle ("brought", "done")
const LABEL = 1 << 17; // an action label opening a line ("Action:", "AI:", "TODO:")
const UPPER_OUT = 1 << 18; // an outcome keyword in capitals anywhere ("RESOLVED", "NOTED", "CARRIED")
const ACTION_WORD = 1 << 19; // "ACTION" in capitals anywhere labels a task
const DO = 1 << 20;
const TERSE = 1 << 21; // ends a short sentence as its decision ("Budget approved.")
const TRUE_ = 1 << 22; // "true", "correct", "accurate": "record" after it counts ("the minutes were a true record")
const RECORD = 1 << 23;
const ASK = 1 << 24; // "asked", "requested": "that" after it may open a task ("Council requested that the CEO seek ...")
const THAT = 1 << 25;
const TASKED = 1 << 26; // "The Secretary was tasked with updating ...": a task without a "to"
const LINE_LABEL = 1 << 27; // the first word of an owner field's name, opening the line ("Person responsible: ... – ...")
const CHAIR = 1 << 28; // "chairman", "mayor", ...: "signed" after it counts ("The Chairman signed the minutes")
const SIGNED = 1 << 29;
const CONTENT = 1 << 30; // "content", "happy", "pleased", "minded", "willing", and a council ("CC", "Council"): "to" and a participle's verb after it count ("were content to note the report", "CC to object")

// A small open-addressing table from a word's hash to its classes. Hash collisions only ever add a "may".
const SIZE = 4096;
const KEYS = new Int32Array(SIZE);
const USED = new Uint8Array(SIZE);
const CLASSES = new Int32Array(SIZE);

function hashWord(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}
const PLEASE = hashWord('please');
// ("Referred to the Clerk for action.", "The matter was passed to Cllr Dent to follow up": an item handed to whom acts on it,
// a few words into the sentence.)
const HANDED_ON = [hashWord('referred'), hashWord('passed'), hashWord('handed'), hashWord('forwarded')];
// A vote's count as a field: "For: 6", "Ayes: 5", "Yes: 4" (the rules read the count against it on the text after it).
const VOTE_FIELD_WORDS = [hashWord('for'), hashWord('ayes'), hashWord('yeas'), hashWord('yes'), hashWord('aye'), hashWord('yea')];
const WOULD = hashWord('would');
const SHOULD = hashWord('should');
const SHALL = hashWord('shall');
const WILL_ = hashWord('will');
const MUST = hashWord('must');
const DUE = hashWord('due');
const DEADLINE = hashWord('deadline');
const BY_WORD = hashWord('by');
const BEFORE_WORD = hashWord('before');
const slot = (h: number): number => (h ^ (h >>> 11) ^ (h >>> 22)) & (SIZE - 1);

function add(list: Iterable<string>, cls: number): void {
  for (const raw of list) {
    const w = raw.trim();
    if (!w) continue;
    const h = hashWord(w);
    let i = slot(h);
    while (USED[i] && KEYS[i] !== h) i = (i + 1) & (SIZE - 1);
    USED[i] = 1;
    KEYS[i] = h;
    CLASSES[i]! |= cls;
  }
}
const ws = (s: string): string[] => s.trim().split(/\s+/);

add(ws('consensus elected moved proposed seconded motion abstained abstain abstains abstention abstentions approval decision vote'), ALWAYS);
// ("MSC: Lee/Kim", "MSP (Lee/Kim)": moved, seconded, carried or passed.)
add(ws('msc msp'), ALWAYS);
// ("Motion to approve ...; all ayes", "The Chair used her casting vote in favour".)
add(ws('ayes casting'), ALWAYS);
// ("Vote: 28 yes, 0 no": a count in yes and no.)
add(['yes'], ALWAYS);
// ("5 in favour, 1 against", "2 for and 4 against": a count of the votes.)
add(['against'], ALWAYS);
// ("The Board gave the go-ahead", "green light given", "green-lit": consent given.)
add(ws('ahead light greenlit lit'), ALWAYS);
// ("The request was turned down", "Councillors threw out the proposal", "The proposal was knocked back", "The board
// rubber-stamped it", "The trustees okayed the spend", "Members backed the bid": wherever they stand.)
add(ws('turned threw thrown knocked stamped okayed oked backed'), ALWAYS);
// ("The item lay on the table.": put off, as Australian councils record it.)
add(ws('lie lies lay'), ALWAYS);
// ("25 yeas to 15 nays", as a US legislature's committee counts.)
add(ws('yeas nays'), ALWAYS);
// ("Aye - 4, Nay - 1": the singular, as some boards head their counts.)
add(ws('aye yea nay'), ALWAYS);
// ("Question put and negatived": a parliamentary committee's failed vote.)
add(['negatived'], ALWAYS);
// ("... ordered favorably reported", "ordered to be reported": wherever "ordered" stands, as the rules read it; so it
// needs no place among the words that count only in context below.)
add(['ordered'], ALWAYS);
// ("Members were unanimous in supporting the proposal".)
add(['unanimous'], ALWAYS);
// ("The proposal did not find a seconder.": none came forward, the motion failed.)
add(['seconder'], ALWAYS);
// ("The Committee gave delegated authority to the Director ...", "... commended the report to Council", "the chair declared the
// minutes approved".)
add(ws('delegated commended declared'), ALWAYS);
// ("The Board received the report and took assurance", "The Committee was assured".)
add(ws('assurance assured'), ALWAYS);
// ("Chair – R. Patel (unopposed).")
add(ws('unopposed acclamation'), ALWAYS);
// ("The bid attracted overwhelming support.")
add(['overwhelming'], ALWAYS);
// ("Strong hum for waiting for implementations": an IETF working group's sense of the room.)
add(ws('hum hums'), ALWAYS);
// ("The Board took cognisance of the report": a formal noting; "Members gave their consent", "... their assent",
// "... its blessing": the body's consent given.)
add(ws('cognisance cognizance consent assent blessing endorsement'), ALWAYS);
// ("The matter was stepped down till the next meeting": put off.)
add(['stepped'], ALWAYS);
// ("The Chairperson withdrew the motion": set aside by its mover, as "the motion was withdrawn".)
add(['withdrew'], ALWAYS);
// ("We unite with this concern": a Quaker meeting's agreement.)
add(ws('unite united'), ALWAYS);
add(
  // "signed" and "confirmed" count before "as a true record".
  ws('agreed noted approved adopted accepted endorsed ratified decided recommended voted objects objected supports supported set appointed awarded authorised authorized selected chose granted filed received determined signed confirmed verified placed observed given upheld dismissed allowed support agrees approves accepts adopts decides endorses refused denied declined deferred adjourned postponed agree approve accept adopt decide endorse ratify note appoint appoints opted continued receive homologated homologate fixed concurred concluded aligned settled minded acknowledged recommends recommend'),
  PART,
);
// ("The Council earmarked £5,000 for the play area", "Members co-opted Mrs Green", "The Board commissioned a survey": the
// body's decision, in a verb the rules read after it (BODY_VERB). "ring-fenced" reads as "ring" and "fenced", so "fenced"
// counts wherever it stands.)
add(ws('earmarked allocated sanctioned commissioned reaffirmed nominated vired amended committed released coopted'), PART);
add(['fenced'], ALWAYS);
// ("A working party was formed to plan the away day": a body set up by the meeting.)
add(ws('established formed convened constituted'), PART);
// ("The Board upheld the $100 fine", "The committee waived the late fee": a penalty the meeting decided on.)
add(ws('waived rescinded imposed levied reduced lifted'), PART);
add(ws('carried passed failed lost defeated fell falls died lapsed withdrawn rejected denied carries passes fails tabled remitted referred ruled'), RESULT);
add(ws('unan decision decisions outcome conclusion resolution result verdict final ruling going favourable unfavourable favorable unfavorable provisional nem no object objection objections support supports supported objects comment comments observation observations unanimous unanimously recommend recommends'), FIRST);
add([...BODY_WORDS.split('|').filter((w) => /^[a-z-]+$/.test(w)), ...ws('was were be is are then therefore also unanimously formally duly further subsequently jointly accordingly hereby all each both and con member holder not took takes read expressed indicated gave majority its their full strong broad general principle')], CTX);
// (Plurals too: "The proposals were ... failed", as the rules read "motions", "recommendations", ... alike.)
add(ws('motion motions recommendation recommendations amendment amendments proposal proposals proposition propositions hands article ordinance bylaw by-law measure'), MNOUN);
// ("Date decided: Saturday", "the visit Decided: go": a label of a few words that says what was decided.)
// ("Item tabled to December 10 meeting": put off, as "deferred" is; the rules ask for the time after it.)
add(ws('approved agreed noted adopted accepted endorsed ratified homologated carried deferred postponed tabled received granted refused denied rejected awarded declined decided'), TERSE);
// ("Cambridge chosen on cost.", "Green Gardens selected as contractor.": a choice, tersely.)
add(ws('chosen selected'), PART | TERSE);
// ("Held over to the next meeting", "Item held over.": put off.)
add(['held'], PART | TERSE);
// ("Left for the next meeting", "Left over to the following meeting": put off.)
add(['left'], PART | TERSE);
// ("Parked until the new year", "Put on hold pending the survey": put off.)
add(ws('parked hold'), PART | TERSE);
// ("Report filed for audit.": a treasurer's report put on record, as Robert's Rules have it.)
add(['filed'], TERSE);
// ("Ms A. Rowe was reappointed.", "The policy was readopted.")
add(ws('reappointed reelected coopted readopted reapproved reratified reendorsed'), PART);
// ("... was re-appointed.", "... was co-opted.": the prefix before its hyphen keeps the participle in its context.)
add(ws('re co'), CTX);
add(['second'], SECOND);
add(ws('chair chairman chairwoman chairperson mayor president convenor convener cathaoirleach'), CHAIR);
add(['signed'], SIGNED);
// (And after a council: "CC to object on grounds of ...", "Council to support the application", its response decided.)
add(ws('content happy pleased minded willing cc pc tc council committee'), CONTENT);
// ("Members were happy to proceed with the contractor": after "content to", "happy to", going ahead is decided.)
add(['proceed'], PART);
add(['object'], PART);
// ("ACTION: Introduced and waived first reading, 4-1": a US council's result after its label.)
add(['introduced'], PART);
add(ws('true correct accurate'), TRUE_);
add(['record'], RECORD);
// ("It was agreed that the Clerk should obtain quotes": what was agreed may give someone a task too.)
add(ws('asked requested instructed directed required agreed decided'), ASK);
add(['that'], THAT);
// ("Yusuf owns the load test": who takes a task on.)
add(ws('tasked owns own owning'), TASKED);
// ("Insurance renewal (Fatima) – ongoing": an earlier meeting's action, still open; language.ts reads the form.)
add(ws('ongoing outstanding pending'), TASKED);
// ("#4420 needs an owner", "The rota still needs a volunteer": a task that nobody has yet.)
// ("Helpers needed for the face painting", "A volunteer is still needed for the raffle": the same, as a notice.)
add(ws('owner volunteer volunteers helper helpers assignee champion'), TASKED);
// ("Help needed with the mailing": help asked for, a task nobody has yet.)
add(['help'], TASKED);
// ("Still need someone for the sound system", "Looking for somebody to run the stall": hands wanted, after words of
// their own before the need.)
add(ws('someone somebody'), TASKED);
add(['by'], BY);
add(['in'], IN);
// ("Councillors were in agreement that ...".)
add(ws('favour favor agreement'), FAVOUR);
// ("All members were in favour": also where runs of spaces stand between the words, which reset what came before.)
add(ws('favour favor'), ALWAYS);
// ("... costs Agreement was reached to share them": wherever it stands in the sentence.)
add(['agreement'], ALWAYS);
add(['no'], NO);
add(ws('objection objections comment comments observation observations'), NOOBJ);
// ("approved as", and "at" or "for" after a fixing: "Date set for Saturday", "Subs fixed at £95".)
add(ws('as at for'), AS);
add(['to'], TO);
add(['be'], BE);
add(['do'], DO);
// ("Churchwardens to have the door planed by Lent": "have" with something to be done after it; language.ts reads which.)
add(['have'], DO);
add(TASK_VERBS, VERB);
// Their present forms ("that the Clerk writes to the county", in a resolution): a "may" is enough here.
add([...TASK_VERBS].map((v) => (/[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : /(?:ch|sh|x|z|o|s)$/.test(v) ? v + 'es' : v + 's')), VERB);
// The first parts of hyphenated task verbs ("co-ordinate", "e-mail", "re-issue"): a "may" is enough here.
add(ws('co e re'), VERB);
add(IRREGULAR_PARTICIPLES, PARTICIPLE);
// ("Next step: draft the RFC (Sara)": "next" opening a sentence, as the label's first word.)
add(ws('action actions ai ap todo task tasks follow followup next'), LABEL);
// ("Someone should ask finance ...": a task for nobody, opening its sentence without a "to".)
add(ws('someone somebody'), LABEL);
// ("Needs an owner: investigate the alert", "Unassigned: ...": a task nobody has yet, under its label.)
add(ws('needs need unassigned'), LABEL);
// ("Owner: @kwame — rotate the keys": who, then the task.)
add(ws('owner responsible lead dri'), LABEL);
// ("Person responsible: ... – ...", "PIC: ...": the first words of the other owner fields' names, lexicon.ts, but for "In
// charge", which the rules do not read so; only opening the line, where the rules read them, as "Officers replied ..."
// opens many a sentence.)
add(ws('person persons people officer officers responsibility pic'), LINE_LABEL);
add(ws('resolved unresolved agreed noted carried lost defeated approved recommended received'), UPPER_OUT);
add(ws('action actions'), ACTION_WORD);
/** Stems: words starting "resol", "unres", "motio" or "actio" ("resolution", "resolves", "unresolved", "motions", "actioned"). */
function stem(b: Uint8Array, i: number): number {
  const f = b[i]! | 0x20;
  if (f === 0x72 /* r */) return (b[i + 1]! | 0x20) === 0x65 && (b[i + 2]! | 0x20) === 0x73 && (b[i + 3]! | 0x20) === 0x6f && (b[i + 4]! | 0x20) === 0x6c ? ALWAYS : 0;
  if (f === 0x75 /* u */) return (b[i + 1]! | 0x20) === 0x6e && (b[i + 2]! | 0x20) === 0x72 && (b[i + 3]! | 0x20) === 0x65 && (b[i + 4]! | 0x20) === 0x73 ? ALWAYS : 0;
  if (f === 0x6d /* m */) return (b[i + 1]! | 0x20) === 0x6f && (b[i + 2]! | 0x20) === 0x74 && (b[i + 3]! | 0x20) === 0x69 && (b[i + 4]! | 0x20) === 0x6f ? ALWAYS : 0;
  if (f === 0x61 /* a */) return (b[i + 1]! | 0x20) === 0x63 && (b[i + 2]! | 0x20) === 0x74 && (b[i + 3]! | 0x20) === 0x69 && (b[i + 4]! | 0x20) === 0x6f ? LABEL | ACTION_WORD : 0;
  return 0;
}

function classOf(h: number): number {
  let i = slot(h);
  while (USED[i]) {
    if (KEYS[i] === h) return CLASSES[i]!;
    i = (i + 1) & (SIZE - 1);
  }
  return 0;
}

/** How many words may precede "to" in a task's subject ("Data brought to committee on children placed outside the Borough to be split"). */
const SUBJECT_WORDS = 16;
/** How far into the task rules' sentence "to" may stand: their 120 characters, after a label they set aside. */
const SUBJECT_CHARS = 165;
/** How many words after a comma may precede "to" (language.ts reads at most three there; a word may count as two here). */
const CLAUSE_WORDS = 8;

/** The line's bytes, for scanLine: grown as a longer line needs, and kept for the next. */
let view = new Uint8Array(512);

/**
 * The gate for text[start, end): its characters read one byte each (the low byte of their UTF-16 code unit), so that
 * scanLine's offsets count as the text's do, then scanned. A character outside Latin-1 keeps only its low byte, which may
 * read as a letter ("ō", U+014D, as "M": "kōCARRIED" would be one word, where the rules see "CARRIED") or as a dash ("ē",
 * U+0113, as "–"'s 0x13): such characters read as a byte no word or mark is made of, but for the dashes, the arrow and
 * the closing quotes the gate reads ("–", "—", "’", "”", "→"). The character after `end` is copied too, as scanLine may
 * look at it. (Only the lines the parser reads as text are copied, a line at a time: the whole text in bytes would be a
 * second copy of the document.)
 */
export function scanText(text: string, start: number, end: number): number {
  const n = end - start;
  if (view.length <= n) view = new Uint8Array(Math.max(n + 1, view.length * 2));
  const b = view;
  const last = Math.min(end + 1, text.length);
  let k = 0;
  for (let i = start; i < last; i++, k++) {
    const c = text.charCodeAt(i);
    b[k] = c <= 0xff ? c : c === 0x2013 || c === 0x2014 || c === 0x2019 || c === 0x201d || c === 0x2192 ? c & 0xff : 0x80;
  }
  if (k <= n) b[k] = 0;
  return scanLine(b, 0, n);
}

/** Does b[from, to) hold no lower-case letter (a word in capitals)? */
function inCaps(b: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if ((b[k]! - 0x61) >>> 0 < 26) return false;
  return true;
}

/** The bytes that may stand for white space around a dash: a space, a tab, a non-breaking space, and 0x80 (see scanText). */
const SPACED = new Uint8Array(256);
for (const x of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x80]) SPACED[x] = 1;

// Characters that end a sentence or clause (1), "@" (2), brackets (3, 4) and "/" (5).
const PUNCT = new Uint8Array(256);
for (const ch of '.?!;:') PUNCT[ch.charCodeAt(0)] = 1;
PUNCT[0x40] = 2;
PUNCT[0x28] = 3;
PUNCT[0x29] = 4;
PUNCT[0x2f] = 5;
// "-", and the low bytes of "–" (U+2013), "—" (U+2014) and "→" (U+2192) in the line's bytes (scanText).
PUNCT[0x2d] = 6;
PUNCT[0x13] = 6;
PUNCT[0x14] = 6;
PUNCT[0x92] = 6;
// ",": the task rules may read whoever acts from the words after it ("date TBC, committee to propose dates").
PUNCT[0x2c] = 7;
// ">", of the arrows "->" and "=>".
PUNCT[0x3e] = 8;

// Closing quotes and brackets after a sentence's end: '"', "'", ")", "]", and the low bytes of "”" (U+201D) and "’" (U+2019).
const CLOSER = new Uint8Array(256);
for (const code of [0x22, 0x27, 0x29, 0x5d, 0x1d, 0x19]) CLOSER[code] = 1;

/** Is the word before position i "on"? (Past anything but letters and digits: white space outside Latin-1, "on\ufeffrecord",
 * reads as 0x80 here, and a "may" is enough.) */
function afterOn(b: Uint8Array, i: number, start: number): boolean {
  let k = i - 1;
  while (k >= start && ((b[k]! | 0x20) - 0x61) >>> 0 >= 26 && (b[k]! - 0x30) >>> 0 >= 10) k--;
  return k - 1 >= start && k < i - 1 && (b[k]! | 0x20) === 0x6e && (b[k - 1]! | 0x20) === 0x6f && (k - 2 < start || ((b[k - 2]! | 0x20) - 0x61) >>> 0 >= 26);
}

/** Does the ">" at i close a line break of HTML, "<br>", "<br/>" or "<br />" (in any case)? */
function closesBreak(b: Uint8Array, i: number, start: number): boolean {
  let k = i - 1;
  if (k >= start && b[k] === 0x2f) k--;
  while (k >= start && b[k] === 0x20) k--;
  return k - 2 >= start && (b[k]! | 0x20) === 0x72 && (b[k - 1]! | 0x20) === 0x62 && b[k - 2] === 0x3c;
}

/** HAS_TAB and HAS_BAR for the tabs and bars in b[from, to). */
function tabOrBar(b: Uint8Array, from: number, to: number): number {
  let f = 0;
  for (let k = from; k < to; k++) {
    if (b[k] === 0x09) f |= HAS_TAB;
    else if (b[k] === 0x7c) f |= HAS_BAR;
  }
  return f;
}

/** The gate for the bytes b[start, end) (see scanText): MAY_OUTCOME | MAY_TASK | MAY_IMPERATIVE | MAY_VERB, or 0. */
function scanLine(b: Uint8Array, start: number, end: number): number {
  let flags = 0;
  let wordInSentence = 0;
  // Words since a sentence start the sentence splitter (language.ts) also sees: ". " before a lower-case word, or a
  // colon, does not start one there ("Cllr Mensah Support. to circulate ..." is one sentence to the task rules).
  let wordInRuleSentence = 0;
  let ruleSentenceStart = start; // where the task rules' sentence starts: they read "to" up to 120 characters into it
  let wordInLine = 0;
  let wordInClause = 0; // words since a comma (or a sentence start)
  let prev = 0; // the previous word's classes in this sentence
  let sentence = 0; // MNOUN once a motion word has been seen in this sentence
  let pending = 0; // what the next word must be for the previous one to count: AS (as, at, for) after a participle, BY after "second"
  let toState = 0; // 1 after an early "to", 2 after "to be"
  let dashClause = false; // the next word opens a clause after a spaced dash
  let dashNoun = false; // a word in small letters, no task verb, opened a clause after a spaced dash: "Sue – third quote ..."
  let colonName = false; // a "Name:" just opened this sentence: a task verb next sets a task
  let verbPending = false; // a task verb in lower case: it counts unless "be" follows ("That the report be noted")
  let leadParen = false; // inside a bracket opening the sentence ("(Singh/Volkov) Passed unanimously"): its words do not open it
  let askWords = 0; // words left after "agreed" or "asked" in which a modal may follow a name in small letters
  let whoTo = false; // the previous word is a "to" after "someone" or "a volunteer": "do" after it sets a task
  let prevHash = 0; // the previous word's hash
  let i = start;
  while (i < end) {
    const c = b[i]!;
    if (((c | 0x20) - 0x61) >>> 0 < 26) {
      // A word: the hash of its letters, lower-cased. A hyphen splits words, so "re-elected" reads as "re" and "elected".
      let h = 0;
      let j = i;
      while (j < end) {
        const d = b[j]! | 0x20;
        if ((d - 0x61) >>> 0 >= 26) break;
        h = (Math.imul(h, 31) + d) | 0;
        j++;
      }
      const n = j - i;
      // ("A-063: Clerk to chase ...", "AP-9: ...": an action log's reference labels a task, as "Action:" does.)
      if (n <= 3 && j + 1 < end && b[j] === 0x2d && ((b[j + 1]! - 0x30) >>> 0) < 10) flags |= TASK;
      // ("Would the Clerk please write to the county": a request put politely, its "please" a few words in.)
      // ("Could Cllr. Ray please confirm the dates": one word in, where a title's full stop started a sentence here that the
      // rules do not start.)
      // ("Could Cllr Ray Fell. please confirm the dates": a full stop before a word in small letters ends no sentence of the
      // rules', so the words are counted in theirs too.)
      if (h === PLEASE && ((wordInSentence >= 1 && wordInSentence <= 6) || (wordInRuleSentence >= 1 && wordInRuleSentence <= 6))) flags |= TASK;
      if (n >= 6 && n <= 9 && (wordInSentence <= 6 || wordInRuleSentence <= 6) && HANDED_ON.includes(h)) flags |= TASK;
      // ("Rhona will draft the newsletter (due 12 Jan)", "... Due: 1 December": a due date as a field may make what someone
      // will do a task.)
      if ((h === DUE || h === DEADLINE) && ((j < end && b[j] === 0x3a) || (i > start && b[i - 1] === 0x28))) flags |= TASK;
      // ("Sue – third quote from Tennis Tech before next meeting.": who, a dash, and the work they bring by when.)
      if (dashNoun && (h === BY_WORD || h === BEFORE_WORD)) flags |= TASK;
      let cls = classOf(h);
      if (n > 5) cls |= stem(b, i);
      // ("It was agreed the Secretary would write": what was agreed may set a task, "that" left out.)
      if (prev & ASK && n === 3 && (b[i]! | 0x20) === 0x74 && (b[i + 1]! | 0x20) === 0x68 && (b[i + 2]! | 0x20) === 0x65) flags |= TASK;
      // ("It was agreed Cllr Ray would speak to the vicar": a name in capitals after it, likewise.)
      if (prev & ASK && b[i]! >= 0x41 && b[i]! <= 0x5a) flags |= TASK;
      // (Or in small letters, a name the rules know, then its modal: "it was agreed cllr ray would speak ...", "... agreed
      // ana would ...".)
      if (prev & ASK) askWords = 3;
      else if (askWords > 0) {
        askWords--;
        if (n >= 4 && n <= 6 && (h === WOULD || h === SHOULD || h === SHALL || h === WILL_ || h === MUST)) flags |= TASK;
      }
      if (verbPending) {
        verbPending = false;
        if (!(cls & BE && (j >= end || b[j] === 0x20))) flags |= VERBISH;
      }
      if (cls !== 0 || toState !== 0 || colonName || dashClause) {
        const first = wordInSentence === 0;
        const caps = n > 1 && inCaps(b, i, j);
        if (cls & ALWAYS) flags |= OUT;
        // After a label too: "ACTION – Approved the consent calendar" records what the body did.
        // Or early in a short sentence: "Budget approved.", "Minutes of the last meeting agreed."
        // Or early in a clause after a comma: "Letter from TII re N24 works, contents noted."
        // (Counted as the rules count words, between white space, too: "co-ordinate" is one word there.)
        if (cls & (PART | RESULT) && (first || caps || prev & (CTX | LABEL) || sentence & MNOUN || (cls & TERSE && (wordInSentence <= 8 || wordInRuleSentence <= 8 || wordInClause <= 2)))) flags |= OUT;
        // ("Raise the threshold to 90% (agreed)": the outcome in brackets, wherever the line puts it.)
        // ("(quote £420 approved)": or closing one, after what it decides.)
        if (cls & (PART | RESULT) && ((i > start && b[i - 1] === 0x28) || (j < end && b[j] === 0x29))) flags |= OUT;
        // ("Date confirmed: Saturday 12th", "Venue fixed: the Scout hall": a fixing before a colon, what it fixed after it.)
        if (cls & PART && j < end && b[j] === 0x3a) flags |= OUT;
        if (cls & FIRST && first) flags |= OUT;
        if (cls & UPPER_OUT && caps) flags |= OUT;
        if (cls & FAVOUR && prev & IN) flags |= OUT;
        if (cls & SIGNED && prev & CHAIR) flags |= OUT;
        // ("There was no second.": the motion fell.)
        if (cls & SECOND && prev & NO) flags |= OUT;
        if (cls & NOOBJ && prev & NO) flags |= OUT;
        // ("The Board took on record the disclosures": "record" after "on", looked back at only here, as "on" and "the" are
        // too common to give a class of their own.)
        if (cls & RECORD && afterOn(b, i, start)) flags |= OUT;
        if (pending & cls) flags |= OUT;
        // A label opening the line, or a sentence after another ("... will write to the planning officer. Action: Secretary.").
        if (cls & LABEL && first) flags |= TASK;
        if (cls & LINE_LABEL && first && wordInLine <= 1) flags |= TASK;
        // A verb opening the line, or its first sentence after a label ("(b) Update ...", "Topic: Update ...").
        // (After a label of up to 31 characters, as the task rules set one aside: "The proposal was put to a vote: Get quotes.")
        if (cls & VERB && first && (wordInLine <= 6 || i - start <= 40)) flags |= IMPERATIVE;
        // (In lower case, or in capitals: "THAT THE CLERK OBTAINS THREE QUOTES" is read in ordinary case by the rules.)
        if (cls & VERB && (flags & VERBISH) === 0 && (caps || (b[i]! & 0x20) !== 0)) {
          // Only a word standing alone as a token can be the verb; "be" after it makes it a noun ("the report be noted").
          if (j < end && b[j] === 0x20) verbPending = true;
          else flags |= VERBISH;
        }
        if (cls & ACTION_WORD && caps) flags |= TASK;
        if (cls & THAT && prev & ASK) flags |= TASK;
        if (cls & TASKED) flags |= TASK;
        if (cls & DO && prev & TO && (wordInLine === 1 || wordInSentence === 1)) flags |= TASK; // "To do:", opening the line or a sentence
        // ("We still need someone to do the teas": whom a task wants, and "do" as its verb.)
        if (cls & DO && whoTo) flags |= TASK;
        sentence |= cls & MNOUN;
        // "to VERB", "to be DONE" early in a sentence.
        if (toState === 1) {
          // (In capitals too: "CLERK TO WRITE TO KCC HIGHWAYS." is read in ordinary case by the rules.)
          // ("Beth to do the rota": "do" with what is to be done after it; language.ts reads which.)
          if (cls & (VERB | DO)) flags |= TASK;
          toState = cls & BE ? 2 : 0;
        } else if (toState === 2) {
          const e1 = b[j - 1]! | 0x20;
          const e2 = b[j - 2]! | 0x20;
          if (cls & PARTICIPLE || (n > 3 && e2 === 0x65 && (e1 === 0x64 || e1 === 0x6e))) flags |= TASK; // -ed, -en
          // ("to be re-presented": the participle is the word after a prefix's hyphen.)
          toState = n <= 2 && j < end && b[j] === 0x2d ? 2 : 0;
        }
        // Anything before it on the line may be the subject to the task rules, even a stray "." (they need white space before "to").
        // ("To contact the school – RFO": opening the line too.)
        // (Many short words fit in the rules' 120 characters: "... on Family Hubs and invites the Cabinet Member to report".
        // Their sentence may open with a label of up to 40 characters, set aside before they count.)
        if (cls & TO && (i > start || wordInLine === 0) && (wordInSentence <= SUBJECT_WORDS || wordInRuleSentence <= SUBJECT_WORDS || wordInClause <= CLAUSE_WORDS || i - ruleSentenceStart <= SUBJECT_CHARS)) toState = 1;
        // ("Cy: please review the PR": a "please" before the verb keeps it waiting.)
        if (colonName && !(n === 6 && h === PLEASE)) {
          if (cls & VERB) flags |= TASK;
          colonName = false;
        }
        // "Owner: Kwame Mensah — rotate the keys", "Clerk – obtain quotes": who, a spaced dash, then the task's verb.
        if (dashClause) {
          if (cls & VERB) flags |= TASK;
          // ("Check the analytics dashboard — Cy": a line that opens with a verb and names someone after a dash.)
          // (In small letters too, as quick notes are typed: "send the invite — bo".)
          else if (flags & IMPERATIVE) flags |= TASK;
          // (In capitals too: "MIKE – ACCOUNTS TO THE EXAMINER BY 31 MARCH." is read in ordinary case by the rules.)
          else if (caps || (b[i]! & 0x20) !== 0) dashNoun = true;
          dashClause = false;
        }
        // Words that make the next one count: "approved as", "second by".
        pending = (cls & PART ? AS : 0) | (cls & SECOND ? BY : 0) | (cls & TRUE_ ? RECORD : 0) | (cls & TO && prev & CONTENT ? PART : 0);
        // (IMPERATIVE is settled; the rest of the line is only looked at for a tab or a bar, which say nothing of words.)
        if ((flags & (OUT | TASK | VERBISH)) === (OUT | TASK | VERBISH) && wordInLine > 6 && i - start > 40) return flags | tabOrBar(b, j, end);
      } else pending = 0;
      whoTo = (cls & TO) !== 0 && (prev & (LABEL | TASKED)) !== 0;
      prevHash = h;
      prev = cls;
      // A list label ("(b)", "a.", "iv)") does not open the sentence: the word after it does; nor do bracketed words opening it.
      // (Nor the article "A": "A favourable opinion with conditions." opens with the word after it for the rules.)
      if (!leadParen && !(wordInLine === 0 && n <= 3 && (b[j] === 0x29 || b[j] === 0x2e)) && !(wordInSentence === 0 && n === 1 && (b[i]! | 0x20) === 0x61)) wordInSentence++;
      // The task rules count words between white space: "approM/S/C" and "re-elected" are one each there.
      if (i === start || b[i - 1] === 0x20 || b[i - 1] === 0xa0 || b[i - 1] === 0x09) wordInRuleSentence++;
      wordInLine++;
      wordInClause++;
      i = j;
      continue;
    }
    const p = PUNCT[c]!;
    if (p === 0) {
      // A tab or a run of spaces sets a field apart, as a form does ("Seconded: Lisa Tran   Carried."): a word after it
      // may open a clause. Other white space, digits and the rest: nothing to note.
      if (c === 0x09) flags |= HAS_TAB;
      else if (c === 0x7c) flags |= HAS_BAR;
      // ("... the AGM. [Action: Secretary]": a label in square brackets after a sentence's words, as "(Action: ...)" is.)
      else if (c === 0x5b && i + 6 < end && (stem(b, i + 1) & ACTION_WORD) !== 0) flags |= TASK;
      // ("+1 from everyone present": the room's agreement, as notes record it.)
      else if (c === 0x2b && i + 1 < end && b[i + 1] === 0x31) flags |= OUT;
      // (What the word before the gap makes of the next still holds, as the rules read across it: "requested  that",
      // "Date confirmed   as Friday", "in   favour".)
      if ((c === 0x09 || (c === 0x20 && i + 1 < end && b[i + 1] === 0x20)) && wordInSentence > 0) wordInSentence = 0;
      i++;
      continue;
    }
    if (p === 8 && closesBreak(b, i, start)) {
      // "<br>", "<br/>", "<br />" ends a sentence, as the rules' splitter reads it (notes exported as HTML): the words
      // after it open one, whatever their case.
      let k = i + 1;
      while (k < end && (b[k] === 0x20 || b[k] === 0xa0 || b[k] === 0x09)) k++;
      wordInSentence = 0;
      wordInClause = 0;
      wordInRuleSentence = 0;
      ruleSentenceStart = k;
      sentence = 0;
      prev = 0;
      pending = 0;
      toState = 0;
      leadParen = false;
    } else if (p === 6 || p === 8) {
      // A spaced dash opens a clause whose first word may record the outcome: "£40 – agreed by a show of hands"; so does
      // an arrow ("outstanding → Priya to chase", "->", "=>").
      // (Spaced as the rules' "\s" reads it: a tab, a non-breaking space, or a space outside Latin-1, which reads as 0x80
      // here, "–<BOM> chase", "–<THIN SPACE>chase".)
      const arrow = p === 8 ? i > start + 1 && (b[i - 1] === 0x2d || b[i - 1] === 0x3d) && SPACED[b[i - 2]!] === 1 : i > start && SPACED[b[i - 1]!] === 1;
      if (arrow && i + 1 < end && SPACED[b[i + 1]!] === 1) {
        wordInSentence = 0;
        wordInClause = 0;
        prev = 0;
        pending = 0;
        dashClause = true;
      }
    } else if (p === 7) {
      wordInClause = 0;
    } else if (p === 1) {
      // A new sentence (or clause) may start here.
      // (Closing quotes and brackets may stand between: '... to April 15." Application postponed.')
      let q = i + 1;
      if (c !== 0x3a && c !== 0x3b) while (q < end && CLOSER[b[q]!] === 1) q++;
      // ("Tsion:** Tell the committee": emphasis closing after a label's colon.)
      else if (c === 0x3a) while (q < end && (b[q] === 0x2a || b[q] === 0x5f)) q++;
      const next = q < end ? b[q]! : 0x20;
      // ("**Proposal:** Buy a second bike rack.", "Staff recommendation: That ...": a motion's label, which the rules read
      // as a motion whatever it proposes; "Proposal:Buy ..." with no space after it too.)
      if (c === 0x3a && wordInSentence >= 1 && wordInSentence <= 3 && (prev & MNOUN) !== 0) flags |= OUT;
      if (next === 0x20 || next === 0xa0 || next === 0x09) {
        // "Priya: review the draft": a name of one or two words and a colon.
        // (Counted as the rules count words, between white space, too: "Drop-off Priya: review the draft" is two there.)
        colonName = c === 0x3a && wordInSentence > 0 && (wordInSentence <= 2 || wordInRuleSentence <= 2);
        // ("Agreed: Louise will draft a letter", "Outcome: the Clerk to ...": what a decision's label opens may give someone
        // a task, as after "It was agreed".)
        const decisionLabel = c === 0x3a && wordInSentence === 1 && (prev & (ASK | FIRST)) !== 0;
        if (c === 0x3a && wordInSentence === 1 && VOTE_FIELD_WORDS.includes(prevHash)) {
          // (The count after the label and its spaces, however many: "For:   6".)
          let d = q;
          while (d < end && (b[d] === 0x20 || b[d] === 0xa0 || b[d] === 0x09)) d++;
          if (d < end && (b[d]! - 0x30) >>> 0 < 10) flags |= OUT;
        }
        wordInSentence = 0;
        wordInClause = 0;
        // The task rules' sentences end at ". " or "; " before anything but a lower-case letter.
        if (c !== 0x3a) {
          let k = q;
          while (k < end && (b[k] === 0x20 || b[k] === 0xa0 || b[k] === 0x09)) k++;
          const after = k < end ? b[k]! : 0;
          if (!((after - 0x61) >>> 0 < 26)) {
            wordInRuleSentence = 0;
            ruleSentenceStart = k;
            // A motion word counts to the end of the rules' sentence, which runs through colons ("... show of hands it
            // was Due: Friday approved").
            sentence = 0;
          }
        }
        prev = decisionLabel ? ASK : 0;
        pending = 0;
        toState = 0;
        // (A sentence that starts inside a bracket opens with its own first word: "(rkim, Drafted. TO DO: fix it)". Not
        // after a colon: "(Action: SK) Nem con." opens with "Nem".)
        if (c !== 0x3a) leadParen = false;
      }
    } else if (p === 2) flags |= TASK;
    else if (p === 3) {
      if (wordInSentence === 0) leadParen = true;
      // ("... published in March (Action: Registry).": a label in brackets after a sentence's words.)
      else if (i + 6 < end && (stem(b, i + 1) & ACTION_WORD) !== 0) flags |= TASK;
      // ("Plan the retro (Bo Chen)": likewise, in brackets.)
      else if (flags & IMPERATIVE && i + 1 < end && ((b[i + 1]! | 0x20) - 0x61) >>> 0 < 26) flags |= TASK;
    } else if (p === 4) {
      leadParen = false;
      // ("ACTION: Treasurer (by end Q1) The grant to the Scouts declined.", "(b) up) update the page.": after a closing
      // bracket, a word may open what the rules read as a sentence of its own, after a label's owner or a list's mark.)
      let k = i + 1;
      while (k < end && b[k] === 0x20) k++;
      if (k > i + 1 && k < end && (((b[k]! | 0x20) - 0x61) >>> 0) < 26) {
        wordInSentence = 0;
        wordInClause = 0;
        wordInRuleSentence = 0;
        prev = 0;
        pending = 0;
      }
    }
    // A spaced slash opens the sentence again, as the rules read a line in two languages from its second half: "Gofyn am
    // gyngor / Recommend refusal.", "Start doing / Support.".
    else if (p === 5 && i > start && b[i - 1] === 0x20 && i + 1 < end && b[i + 1] === 0x20) {
      wordInSentence = 0;
      wordInClause = 0;
      prev = 0;
      pending = 0;
    }
    // "(Singh/Volkov)" opening a sentence: a motion's mover and seconder.
    else if (p === 5 && leadParen) flags |= OUT;
    // "M/S/C": moved, seconded, carried.
    else if (p === 5 && prev === 0 && i > start && (b[i - 1]! | 0x20) === 0x6d && (i - 1 === start || ((b[i - 2]! | 0x20) - 0x61) >>> 0 >= 26)) flags |= OUT;
    i++;
  }
  if (verbPending) flags |= VERBISH;
  return flags;
}
