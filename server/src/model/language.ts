/**
 * The language of minutes, sentence by sentence: which words record an
 * outcome, which set a task and for whom, which record a motion. Everything
 * here is pure and works on spans of the original text, so every range it
 * returns is exact.
 */
import type { ActionSource, Motion, Outcome, OutcomeKind, Range, Votes } from './syntax';
import { isWsCode, rightColumnOwner } from './lines';
import {
  BODY_WORDS,
  DATE_WORDS,
  DECISION_VERBS,
  INFINITIVE_HEADS,
  IRREGULAR_PARTICIPLES,
  NARRATIVE_VERBS,
  NAME_TITLES,
  NON_AGENT_STARTS,
  isPlaceholderOwner,
  ROLE_WORDS,
  TASK_VERBS,
  NOUN_FIRST_VERBS,
  OWNER_FIELD_NAMES,
  TOPIC_WORDS,
  LIST_NUMBER,
  MONTHS,
  WEEKDAYS,
  ACTIONS_SECTION,
  CAPITALS,
  LETTERS,
  MARKS,
  SMALLS,
  OPENS_CAPITAL,
  CAPITAL_LETTER,
  HAS_LETTER,
  INITIAL_WORD,
  OPENS_CAPITALISED,
  OPENS_SMALL,
} from './lexicon';

// ---------------------------------------------------------------- names

// People's names are written in any language's letters ("Siân", "Ó Briain", "Łukasz", "@zoë"): the patterns that read them
// take a name's letters as LETTERS, CAPITALS and SMALLS (lexicon.ts) give them, not A to Z, and have the "u" flag.
/** A handle, "@sam", "@li-wei", "@tomás". */
const HANDLE = String.raw`@[${LETTERS}0-9_.-]+`;
/** A handle that does not end with a full stop or a dash, as one closing a sentence: "... → @zoë." */
const HANDLE_ENDED = String.raw`@[${LETTERS}0-9_.-]*[${LETTERS}0-9_]`;
/** A character of a name's word after its first, as [\w'’-] reads one in English: "Siân", "O’Neill", "Lloyd-Jones". */
const NAME_REST = String.raw`[${LETTERS}${MARKS}0-9_'’-]`;

/** A span of the text. */
export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------- sentences

const ABBREVIATIONS = new Set(
  'mr mrs ms dr cllr cllrs fr st no nos vs etc eg e.g ie i.e p.m a.m pm am approx ref refs rev revd prof inc ltd co cf al fig para paras min mins jr sr ald hon esq gov dept est bro w.bro wbro sis rt rs ksh sh smt kum ven'.split(' '),
);
/** A street's name before its "Dr."/"St.": a capitalised word that is no title, after a word or a house number. */
const STREET_BEFORE = /(?:^|[\s,])(?!(?:Cllr|Cllrs|Councillor|Councillors|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Revd|Reverend|Fr|Father|Sir|Dame|Lord|Lady|Hon|Ald|Alderman|Bro|Sis|Sister|Brother|Mayor|Chair|Chairman|President|Dr|St)\b)[A-Z][a-z'’-]+\s+$/;
const TIME_SUFFIX = new Set(['p.m', 'a.m', 'pm', 'am']);
const WEEKDAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const MONTH_ABBREVIATIONS = new Set('jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** "Building B", "Option A", "Appendix C": a word that a capital letter labels (before the sentence's full stop). */
const LETTER_LABEL =
  /\b(?:building|block|unit|plan|option|phase|appendix|annex|annexe|schedule|section|part|stage|zone|field|area|room|wing|tower|court|level|lot|site|exhibit|plot|bay|gate|pitch|ward|class|grade|type|category|group|floor|flat|apartment|suite|table|figure|column|version|route|line|car\s+park|entrance|door|stand)\s+[A-Z]$/i;
// (A "<br>" ends one too, where notes exported as HTML break a table cell's lines: "Discussed the rates.<br>HR to confirm.")
// A run of marks is tried from its first mark only: a later start ends where the first does, so it would fail as the first
// did, and trying each would take time in the square of the run's length ("?????...", a line of dots).
const SENTENCE_END = /[.!?](?<![.!?][.!?])[.!?]*["”’)\]]*[\s\u00a0\u2000-\u200b\u202f]+|;[\s\u00a0]+|<br\s*\/?>[\s\u00a0]*/gi;

/** After "prop.", the seconder within a few words: "prop. Padraig, sec. Aoife", "prop. J. Byrne, seconded M. Kelly". */
const PROP_THEN_SEC = /^[^;]{1,40}?\bsec(?:\.|onded\b)/i;
/** Before "sec.", the proposer: "prop. Padraig, sec.", "proposed by Owen, sec.". */
const PROP_BEFORE = /\bprop(?:\.|osed\b)/i;
/** The word a full stop closes, with its own full stops ("Ltd", "p.m", "C"). */
const WORD_BEFORE_STOP = new RegExp(String.raw`([${LETTERS}${MARKS}.]+)$`, 'u');
/**
 * Splits text[start, end) into sentences. A period after an initial ("M. Doyle"),
 * a title ("Cllr.") or a common abbreviation does not end a sentence, nor does
 * one followed by a lower-case word, unless the text has no capital letter at all.
 */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const s = text.slice(start, end);
  let from = 0;
  let noCaps: boolean | undefined;
  SENTENCE_END.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_END.exec(s))) {
    const stop = m.index;
    const next = m.index + m[0].length;
    if (next >= s.length) break;
    if (m[0][0] !== ';' && m[0][0] !== '<') {
      const after = s.charCodeAt(next);
      // The next sentence starts with a capital, a digit, a quote, "@" or a bracket; anything else continues this one.
      // (In text with no capital letter at all, as notes typed on a phone are, a small letter starts one too: "troughs leaking
      // again. agreed raj gets 2 quotes".)
      const startsSentence =
        (after >= 0x41 && after <= 0x5a) ||
        (after >= 0x30 && after <= 0x39) ||
        '"“‘\'@([*_'.includes(s[next]!) ||
        (after >= 0x61 && after <= 0x7a && (noCaps ??= !/[A-Z]/.test(s))) ||
        // (A capital of another language too: "... seconded by Cllr Shah. Élodie will ...".)
        (after >= 0xc0 && CAPITAL_LETTER.test(s[next]!));
      if (!startsSentence) continue;
      // (Its letters may be any language's: "Cllr Sháh." ends a sentence as "Cllr Shah." does, where "h." alone would be an initial.)
      const word = WORD_BEFORE_STOP.exec(s.slice(Math.max(from, stop - 12), stop));
      if (word) {
        const w = word[1]!.toLowerCase();
        // "adjourn at 8:41 p.m. Carried.": a time's "p.m." ends its sentence when a capital follows (not a day: "7 p.m. Friday").
        if (TIME_SUFFIX.has(w) && /\d[\s\u00a0]*$/.test(s.slice(Math.max(from, stop - w.length - 4), stop - w.length)) && !WEEKDAY_OR_MONTH.test(s.slice(next, next + 10))) {
          out.push({ start: start + from, end: start + stop + 1 });
          from = next;
          continue;
        }
        // ("Building B. Management to send letters": a letter that names a building, an option or an appendix is no
        // initial, and its full stop ends the sentence.)
        if (w.length === 1 && !LETTER_LABEL.test(s.slice(Math.max(from, stop - 14), stop))) continue;
        // ("Concerns about speeding on Willow Dr. Dana to ask the city ...", "... outside 4 Main St. Tom to check ...": a
        // street's "Dr." or "St." after its name ends the sentence; not a title's, "Cllr Dr. Jones", "and Dr. Patel".)
        if ((w === 'dr' || w === 'st') && STREET_BEFORE.test(s.slice(Math.max(from, stop - 40), stop - w.length))) {
          out.push({ start: start + from, end: start + stop + 1 });
          from = next;
          continue;
        }
        if (ABBREVIATIONS.has(w) || /^(?:[a-z]\.)+[a-z]?$/.test(w)) continue;
        // ("Read and adopted (prop. Padraig, sec. Aoife).": who proposed and who seconded, abbreviated as a club's secretary
        // writes them; not "Dev has found the letter prop. Props to source a stocking.".)
        if (w === 'prop' && PROP_THEN_SEC.test(s.slice(next, next + 50))) continue;
        if (w === 'sec' && PROP_BEFORE.test(s.slice(Math.max(from, stop - 50), stop))) continue;
        // "by Dec. 9": a month's abbreviation before its day.
        if (after >= 0x30 && after <= 0x39 && MONTH_ABBREVIATIONS.has(w)) continue;
      }
    }
    out.push({ start: start + from, end: start + m.index + (m[0][0] === ';' || m[0][0] === '<' ? 0 : m[0].replace(/[\s\u00a0\u2000-\u200b\u202f]+$/, '').length) });
    from = next;
  }
  if (from < s.length) out.push({ start: start + from, end });
  return out;
}

// ---------------------------------------------------------------- outcomes

const KIND: Record<string, OutcomeKind> = {
  resolved: 'resolved',
  unresolved: 'unresolved',
  agreed: 'agreed',
  decided: 'decision',
  decision: 'decision',
  decisions: 'decision',
  outcome: 'decision',
  conclusion: 'decision',
  noted: 'noted',
  // ("The committee observed that bank charges were high": what the body took note of.)
  observed: 'noted',
  // ("The Committee acknowledged the report", "The Council acknowledged receipt of the letter": likewise.)
  acknowledged: 'noted',
  filed: 'noted',
  approved: 'approved',
  adopted: 'approved',
  accepted: 'approved',
  endorsed: 'approved',
  ratified: 'approved',
  // (Scots: "The micro-grant ... was homologated", confirmed after the event.)
  homologated: 'approved',
  voted: 'decision',
  objects: 'response',
  objected: 'response',
  supports: 'response',
  supported: 'response',
  recommended: 'decision',
  set: 'decision',
  appointed: 'decision',
  // ("Ann Lee was co-opted to the council": chosen by the members, as one appointed is.)
  'co-opted': 'decision',
  coopted: 'decision',
  awarded: 'decision',
  authorised: 'decision',
  authorized: 'decision',
  selected: 'decision',
  chose: 'decision',
  granted: 'decision',
  carried: 'carried',
  passed: 'carried',
  passes: 'carried',
  carries: 'carried',
  fails: 'failed',
  failed: 'failed',
  lost: 'failed',
  defeated: 'failed',
  rejected: 'failed',
  // ("The Board denied the request", "Request denied.": a decision on it, as "refused" is.)
  denied: 'decision',
  received: 'noted',
  // ("The Board took note of the certificate.")
  unanimous: 'carried',
  unanimously: 'carried',
  took: 'noted',
  takes: 'noted',
  // ("The disclosures were taken on record", as Indian company minutes note what was put before the Board.)
  taken: 'noted',
  signed: 'approved',
  fell: 'failed',
  falls: 'failed',
  tabled: 'decision',
  declined: 'failed',
  died: 'failed',
  // ("Motion lapsed for want of a seconder.")
  lapsed: 'failed',
  withdrawn: 'withdrawn',
  // ("The motion was ruled out of order": set aside by the chair, not decided, as a withdrawn one is.)
  ruled: 'withdrawn',
  elected: 'elected',
  verdict: 'decision',
  // ("The Council sanctioned the expenditure.")
  sanctioned: 'approved',
  consensus: 'consensus',
  resolution: 'resolved',
  resolves: 'resolved',
  agrees: 'agreed',
  approves: 'approved',
  accepts: 'approved',
  adopts: 'approved',
  decides: 'decision',
  endorses: 'approved',
  resolve: 'resolved',
  agree: 'agreed',
  approve: 'approved',
  accept: 'approved',
  adopt: 'approved',
  decide: 'decision',
  endorse: 'approved',
  opted: 'decision',
  appoint: 'decision',
  appoints: 'decision',
  ratify: 'approved',
  note: 'noted',
  // ("The request was turned down", "The plan was voted down", "Councillors threw out the proposal": turned down, as
  // "rejected" is; "The board rubber-stamped the appointment", "The trustees okayed the spend": approved.)
  'turned down': 'failed',
  'voted down': 'failed',
  'threw out': 'failed',
  'thrown out': 'failed',
  'knocked back': 'failed',
  'rubber-stamped': 'approved',
  rubberstamped: 'approved',
  okayed: 'approved',
  oked: 'approved',
  "ok'd": 'approved',
  'ok’d': 'approved',
  // ("Members backed the bid for lottery funding".)
  backed: 'agreed',
};

const OUTCOME_STEMS = /recommend|cogni[sz]ance|\bparked\b|\bon\s+hold\b|\bunited?\s+with\b|stepped\s+down|assent|blessing|commended|delegated|declared|no\s+second|vote|\bunan\b|ordered|appoint|opted|\bayes?\b|casting|unanim|declin|falls|tabled|defer|(?:true|correct|accurate)\s+record|\bon\s+record\b|adjourn|postpon|object|support|\b(?:set|fixed|appointed|awarded|authori[sz]ed|selected|chose|chosen|granted)\b|favou?r|resol|agre|note|carri|lost|defeat|pass|fail|decisi|decide|approv|adopt|accept|endors|ratif|objec|comment|observ|support|consensus|majority|concurr|concluded|aligned\s+on|settled\s+on|\bhums?\s|placed\s+on\s|verdict|\bopinion\b|elect|withdr[ae]w|ruled\s+(?:\w+\s+){0,2}out\s+of\s+order|assurance|assured|unopposed|acclamation|homologat|fell|died|lapsed|reject|remitted|referred\s+back|filed|determined|\bnem\b|\byeas?\b|negativ|upheld|dismissed|\ballowed\b|did\s+not\s|declined|unanimous|taken\s+as\s+read|permission|consent|received\s+(?:and|for|as|the|this|these|its|their|an?)\b|outcome|result|refused|denied|conclusion|noted|confirm|signed|verified|\bM\s*\/\s*S\s*\/|\bMS[CP]\b|not\s+seconded|no\s+seconder|against|\d\s+yes\b|\b(?:for|yes|yeas)\s*[:=–—-]\s*\d|^(?:for|ayes|yeas|yes)\s+\d{1,3}\s*[.;,]?\s*$|continued\s+(?:by|to|until)\b|\bintroduced\b|referred\s+to\b|minded\s+to\b|acknowledged\b|final\s+call|\bruling\b|\bgoing\s+with\b|go[- ]ahead|green\s+light|green[- ]?lit\b|\b(?:lie|lies|lay)\s+on\s+the\s+table\b|(?:turned|voted)\s+down|thr(?:ew|own)\s+out|knocked\s+back|stamped|\bok(?:ay)?ed\b|\bok['’]d\b|\bbacked\b|\bheld\s+over\b|\bleft\s+(?:over\s+)?(?:to|until|till|for)\s+(?:the\s+)?(?:next|following|a\s+later|a\s+future)\s|\b(?:established|formed|convened|constituted)\b|waived|rescinded|imposed|levied|(?:reduced|lifted)\s+(?:the|this|that|his|her|their|a)\s|earmarked|ring-?fenced|allocated|sanctioned|commissioned|reaffirmed|co-?opted|nominated|\bvired\b|amended|committed|released|\+1/i;
/** Upper-case keywords are deliberate in minutes wherever they stand ("... (unwell). RESOLVED: to accept apologies."). */
// ("Senate RECEIVED the report for information": a university's formal minute records what it took note of.)
const UPPER = /\b(UNRESOLVED|RESOLVED|AGREED|DECIDED|NOTED|CARRIED|LOST|DEFEATED|APPROVED|RECOMMENDED|RECEIVED)\b/g;
/**
 * A keyword opening a sentence ("Resolved:", "Agreed.", "Noted.", "Carried 5-2", "Decision:", "Consensus to ...").
 * ("Resolved on the proposal of Councillor Murphy, seconded by ..., that ...", as Irish councils minute it.)
 */
const OPENING =
  /^(?:\*\*?|__?)?(?:(?:unanimously|unanimous|majority|nem\.?\s*con\.?|all)\s+)?(?:(un)?(resolved)\b(?=\s*(?:\*\*?|__?)?\s*(?:[:.,;–—(✅✔☑]|-\s|$|that\b|to\b|unanimously|nem\b|by\b|with\b|(?:on|upon)\s+(?:the\s+)?(?:proposal|motion|recommendation)\s+of\b))|(agreed|approved|noted|decided|adopted|accepted|endorsed|ratified|recommended|voted)\b(?=\s*(?:\*\*?|__?)?\s*(?:[:.,;–—(£$€✅✔☑]|-\s|$|\d|unanimously|nem\b|that\b|to\b|by\b|with\b|as\b|the\b|an?\b|we\b|(?<=agreed\s+)[\w'’-]+\s+(?!(?:was|is|has|does)\s)(?:[a-z]+[^\Ws]s|will|shall|should|must|can)\s+[a-z\d]|(?<=agreed\s+)(?:[\w'’-]+\s+){1,2}(?:of|at|up\s+to)\s+[£$€\d]|subject\b|on\b|at\b|without\b|following\b|after\b|for\b|in\s+principle\b|and\s+(?:signed|adopted|accepted|agreed|approved|noted|filed)\b))|(deferred|postponed)\b(?=\s*(?:[.,;:–—(]|$|to\b|until\b|pending\b|for\b))|(declined|refused|denied|rejected|granted|awarded)\b(?=\s*(?:[.;:–—(£$€]|$|\d|,\s*\d{1,2}\s*[-–]\s*\d|unanimously|nem\b))|(decisions?|outcome|conclusion|consensus(?:\s+(?:in\s+the\s+room|of\s+the\s+(?:room|meeting|group|wg|committee)))?|resolution|result|verdict|final\s+(?:call|decision)|ruling)\b(?=\s*(?:\*\*?|__?)?\s*(?:(?:✅|✔\uFE0F?|☑\uFE0F?)\s*)?(?:[:–—]|→|->)|\s+-\s|\s+(?:to|that|was|reached|made|taken)\b)|(carried|lost|defeated|passed|failed|fell)\b(?=\s*(?:[:.,;(]|$|unanimously|overwhelmingly|comfortably|narrowly|easily|nem\b|by\b|\d|on\b|with\b)))/i;
/**
 * "Going with vendor B.", "Going with the cheaper quote": the choice made, tersely, as notes say it (a short sentence, not
 * "Go with ...", an instruction, nor who travels with what: "Members are going with the coach to the conference").
 */
const GOING_WITH = /^going\s+with\s+(?!the\s+flow\b|it\b)[^.;:]{1,60}?\s*[.!]?\s*$/i;
/** "The group reached a decision to ...", "Members took the decision to ...": those meeting, opening the sentence (not "He made the decision to resign"). */
const REACHED_DECISION = new RegExp(
  `^(?:(?:the|this|all\\s+(?:the\\s+)?)\\s*)?(?:${BODY_WORDS}|participants|attendees|they)\\s+(?:(?:then|finally|unanimously|jointly)\\s+)?(?:reached|made|took)\\s+(?:a|the|its|their)\\s+(?:unanimous\\s+|final\\s+|joint\\s+|clear\\s+)?decision\\s+(?:to|that|on)\\b`,
  'i',
);
/** The value after a decision's label, when it is a result: "Passed", "carried 5-2", "rejected". */
const LABEL_VALUE = /^\s*(?:\*\*|__)?\s*[:–—-]?\s*(?:\*\*|__)?\s*(passed|carried|approved|agreed|adopted|accepted|failed|lost|defeated|rejected|declined|withdrawn|noted)\b/i;
// ("Outcome: —", "Decision: ?", "Decision: (none)": a placeholder where the decision would go; not "Decision:" alone, whose
// decision the lines under it give.)
const NO_DECISION_YET = /^\s*(?:\*\*|__)?\s*[:–—-]?\s*(?:\*\*|__)?\s*(?:(?:none|nil|n\/a|not\s+yet|no\s+decision|tbc|tbd|pending)\b|\(\s*(?:none|nil|n\/a|tbc|tbd|pending)\s*\)|[-–—?.…]+\s*$)/i;
/** A body as the subject, standing as a word of its own: "the Committee ", "Members ", "... the Board ". */
const BODY_HEAD = `(?:^|[^\\w'’-])(?:the\\s+)?(?:${BODY_WORDS})\\s+`;
const BODY_VERB = new RegExp(
  `${BODY_HEAD}(?:(?:then|therefore|also|unanimously|formally|duly|further|subsequently|jointly)\\s+)?((?:turned|voted)\\s+down|(?:was|were|is|are)\\s+minded(?=\\s+to\\s+(?:grant|approve|refuse|support|accept|agree|recommend|object)\\b)|resolved|agreed|noted|approved|accepted|adopted|decided|endorsed|ratified|homologated|recommended|voted|received\\s+and\\s+noted|(?:took|takes)\\s+(?:note|on\\s+record)|signed\\s+off|observed(?=\\s+that\\b)|acknowledged(?=\\s+(?:the|receipt|this|these|its|their)\\b)|objects|objected|supports|supported|set(?!\\s+(?:out|about|forth|off)\\b)|appointed|awarded|authori[sz]ed|selected|chose|opted|granted|refused|denied|rejected|threw\\s+out|knocked\\s+back|rubber-?stamped|ok(?:ay)?ed|OK['’]d|backed(?=\\s+(?:the|this|these|its|their|an?)\\s)|determined|earmarked|ring-?fenced|allocated|sanctioned|commissioned|rescinded|reaffirmed|waived|co-?opted|nominated|vired|amended|(?:committed|released)(?=\\s+(?:[£$€]|\\d|funds\\b|funding\\b|the\\s+sum\\b))|concurred|declined(?=\\s+(?:to\\s|(?:the|this|that|these|its|their|an?)\\s+(?:[\\w'’-]+\\s+){0,2}?(?:request|application|offer|invitation|proposal|bid|quote|quotation|tender|appeal|claim|grant|donation|recommendation|suggestion|amendment)s?\\b|it\\b))|concluded(?=\\s+that\\b)|(?:aligned|settled)(?=\\s+on\\b))\\b`,
  'i',
);
/**
 * "The Sub-Committee adjourned the hearing to 3 December", "After discussion, the Committee deferred the application":
 * the body decided when, opening its sentence ("It was suggested the Council deferred the works last year" reports).
 */
/** "recommend that", "suggested that", "proposes that": what follows is proposed, not decided. */
const PROPOSED_THAT = /\b(?:recommend(?:s|ed)?|suggest(?:s|ed)?|propose[sd]?|advise[sd]?|urge[sd]?)\s+that\s[^.;]*$/i;
// ("The item was referred back to officers": sent back for more work, whoever to.)
const REFERRED = /\b(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]e)\s+(?:duly\s+|then\s+|formally\s+)?referred\s+(?:back\b|to\s+(?:the\s+)?(?:[A-Z][a-z]|next\s+meeting|full\s+council))/;
// ("The hearing was adjourned to 15 January 2026": a hearing, not the meeting, put off to a date; also "The hearing was
// adjourned at the request of the holder, with the agreement of all parties, to 14 January", with why between commas.)
const CONTINUED_TO = String.raw`(?:to|until)\s+(?:the\s+)?(?:(?:${MONTHS})\b|next\s+meeting|a\s+(?:future|later)\s+(?:date|meeting)|\d)`;
const CONTINUED = new RegExp(
  `^(?:(?:the\\s+)?(?:hearing|case|item|matter|application|appeal|petition|request|public\\s+hearing)\\s+(?:was|is|were)\\s+)?(continued)\\s+(?:by\\s+(?:consent|unanimous\\s+consent|general\\s+consent)|${CONTINUED_TO})|^(?:the\\s+)?(?:hearing|case|item|matter|application|appeal|petition|request|public\\s+hearing|review)\\s+(?:was|is|were)\\s+(?:then\\s+)?(adjourned)(?:\\s+[^.;]{0,100}?,)?\\s+${CONTINUED_TO}`,
  'i',
);
/**
 * "The item lay on the table.", "The report will lie on the table until March": put off, as Australian and New Zealand
 * councils record it (not "the papers were laid on the table", laid before the meeting).
 */
const LIE_ON_TABLE = /\b(?:lie|lies|lay)\s+on\s+the\s+table\b/i;
const BODY_DEFERS = new RegExp(
  `^\\s*(?:[^,;]{0,60},\\s*)?(?:the\\s+)?(?:${BODY_WORDS})\\s+(?:(?:then|therefore|also|unanimously|accordingly)\\s+)?(deferred|adjourned|postponed)\\s+(?:the|this|its|their|consideration|further|determination|(?:a|any)\\s+decision|(?:its\\s+|their\\s+|any\\s+)?(?:comments?|response|recommendation|discussion|a\\s+view))\\b`,
  'i',
);
/**
 * "The coordinators agreed to run the rota fortnightly", "All the volunteers decided that ...": those meeting, named as a
 * group, opening the sentence (not who the meeting heard from: "Officers agreed to look into it" is an undertaking).
 * ("Participants agreed to pause hiring", "They decided to move the launch to March": as meeting summaries tell it.)
 */
const GROUP_AGREED =
  /^(?:(?:[Tt]he\s+|[Aa]ll\s+(?:the\s+)?)(?:[a-z]+\s+)?(?!(?:officers|staff|applicants?|objectors|police|contractors|consultants|developers|owners|neighbours|neighbors|landlords|children|pupils|students|visitors|speakers|presenters|auditors)\b)[a-z]{3,}s|[Pp]articipants|[Aa]ttendees|[Tt]hey)\s+(?:present\s+)?(?:(?:all|unanimously|then|also|both)\s+)?(agreed|decided|resolved)\s+(?:to|that|on)\b/;
/**
 * "The Cabinet Member for Highways and Transport approved the scheme": a decision-maker of one, by portfolio, opening the
 * sentence. (Without the portfolio, "The Cabinet Member approved ..." is read as a body's words are: see BODY_WORDS.)
 */
const MEMBER_FOR_DECIDED =
  /^(?:the\s+)?(?:cabinet\s+member|executive\s+member|lead\s+member|portfolio\s+holder)\s+for\s+[A-Z][\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’&-]*){0,2}\s+(approved|agreed|noted|adopted|accepted|endorsed|ratified|refused|rejected|deferred)\b/i;
const AGREED_WITH_VIEW = /^\s+with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:concerns?|comments?|views?|points?|sentiments?|observations?|remarks?|feedback)\b/i;
// ("We accept the accounts", "Members note the report": a body that speaks in the plural, as Quaker minutes and some
// councils' do.) ("The Committee recommends to Full Council that ...": a committee's decision, for the council to make.)
const BODY_PRESENT = new RegExp(
  `^(?:\\*\\*|__)?(?:this\\s+|the\\s+)?(?:${BODY_WORDS})\\s+(?:hereby\\s+|therefore\\s+|also\\s+)?(resolves|agrees|approves|accepts|adopts|decides|endorses|appoints|recommends|resolve|agree|approve|accept|adopt|decide|endorse|ratify|note|appoint|recommend)\\b`,
  'i',
);
/** A motion's result standing after a tab or a run of spaces at the end of a line ("Seconded: Lisa Tran   Carried."); two spaces
 * between words in lower case are only a typing slip ("the bid  failed"). */
const GAP_RESULT = /(?:\t|[ \u00a0]{3,}|(?<=[^a-z\s])[ \u00a0]{2})(carried|lost|defeated|passed|failed)(?:\s+(?:unanimously|\(?\d+\s*[-–:/]\s*\d+\)?))?\s*[.;]?\s*$/i;
/** "+1 from everyone present", "+1s all round": the room's agreement, as notes record it (not "+1 from Sam"). */
const PLUS_ONE_ALL = /(?<![\w+])\+1s?\s+(?:from\s+(?:everyone|everybody|all|the\s+(?:room|group|team|whole\s+\w+))(?:\s+present)?|all\s+(?:round|around)|across\s+the\s+board)(?=\s*(?:[.;,)!]|$))/i;
/** Right after "it was agreed": when, if at an earlier meeting ("at the last meeting", "last month", "in October", "previously"). */
const DECIDED_EARLIER = new RegExp(String.raw`^,?\s+(?:at\s+(?:the|its|their|our)\s+(?:last|previous|earlier|prior|(?:${MONTHS})|\w+\s+\d{4})\s+meeting|last\s+(?:year|month|week|time|term|session)|in\s+(?:(?:${MONTHS})\b|(?:19|20)\d\d\b)|previously|earlier|some\s+time\s+ago)\b`, 'i');
/** After "It was noted": "by" and someone other than the meeting's body. */
const NOTED_BY_SOMEONE = new RegExp(String.raw`^\s+by\s+(?!(?:the\s+|this\s+|all\s+)?(?:${BODY_WORDS})\b)\S`, 'i');
// (Not "It was recommended that ...": a seed's reviewers recommend so, in a report the meeting only hears.)
const IT_WAS = /\bit\s+was\s+(?:(?:therefore|unanimously|further|also|then|duly|formally)\s+)?(resolved|agreed|decided|noted|accepted|voted)\b/i;
/** A motion's fate told as its support: "This was not supported", "The amendment was supported" (not "... supported by residents"). */
const MOTION_SUPPORTED = /^(?:this|that|it|the\s+(?:motion|proposal|amendment|recommendation|proposition))\s+was\s+(?:not\s+)?supported(?!\s+by\b)(?=\s*(?:[.;,(]|$|unanimously|by\s+(?:\d|all|a\s+majority)))/i;
/** What makes "tabled" put an item off, the time after it: "to the April meeting", "until May", "pending advice" (not "to the Mayor"). */
// ("Tabled until the city replies": "until" puts off whatever follows it; "to" only a time, as "tabled to the committee"
// presents it.)
const TABLED_UNTIL = String.raw`(?:(?:to|until|till)\s+(?:the\s+)?(?:(?:${MONTHS})\b|next\b|a\s+(?:future|later)\b|(?:spring|summer|autumn|fall|winter|new\s+year)\b|further\s+notice\b|\d)|(?:until|till)\s+(?:the\s+|a\s+|an\s+)?[a-z]+\s+(?:replies|responds|reports|confirms|decides|meets|agrees|is|are|has|have|can|could)\b|pending\b)`;
/** "The vestry tabled the proposed rental policy until the February meeting.": the body put it off (not "tabled a question"). */
const BODY_TABLED = new RegExp(`${BODY_HEAD}(?:(?:then|unanimously|also|therefore)\\s+)?(tabled)\\s+(?:[^.;:]{1,60}?\\s+)?${TABLED_UNTIL}`, 'i');
// ("Comments will be accepted until 10 December", "Adoption is to be considered": what is yet to happen is not an outcome.)
// ("The safeguarding policy was re-adopted", "... readopted", "... re-approved for another year": approved again, as it was.)
// ("The item was tabled until January", "Entrance landscaping – tabled until spring": put off; "A question was tabled to the Leader" was laid before him.)
const PASSIVE = new RegExp(
  String.raw`\b(?:was|were|(?<!\b(?:will|would|shall|may|might|can|could|must|to)\s+)be|is|are)\s+(?:(?:duly|unanimously|formally|then|therefore|accordingly|hereby|all|each|both)\s+)?(?:received\s+and\s+|read(?:\s+and|,)\s+|[a-z]+ed\s+(?:by\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?and\s+)?(?:re-?(?=(?:approved|adopted|ratified|endorsed)\b))?(noted|approved|adopted|accepted|ratified|homologated|endorsed|agreed|filed|awarded|(?:re-?)?appointed|co-?opted|refused|denied|rejected|waived|rescinded|earmarked|ring-?fenced|allocated|sanctioned|vired|reaffirmed|commissioned|(?:turned|voted)\s+down|thrown\s+out|knocked\s+back|rubber-?stamped|ok(?:ay)?ed|backed(?=\s+(?:unanimously|by\s+(?:all|everyone|members|(?:the\s+)?(?:meeting|committee|board|council|trustees|members|governors|directors))\b))|passed(?!\s+(?:to|on|onto|over|along|round|around|back|through|from|down)\b)|signed\s+off|deferred|postponed|tabled(?=\s+${TABLED_UNTIL}))\b`,
  'i',
);
/** "The matter was carried over to the next meeting", "Item to be carried forward to January": put off, as "deferred to the next meeting" is. */
const CARRIED_OVER = /\b(?:was|were|is|are|be)\s+(?:(?:therefore|then|accordingly)\s+)?carried\s+(?:over|forward)\s+(?:to|until|till)\s+(?:(?:the\s+)?(?:next|following|a\s+(?:later|future|subsequent)|future|subsequent)\s+(?:meeting|session)\b|(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+meeting)?\b)/i;
/**
 * "Carried forward.", "Item carried forward to the next meeting.", "To be carried over.": the whole sentence (not "Balance
 * carried forward", nor "Actions carried forward", a list's heading).
 */
const CARRIED_FORWARD_TERSE =
  /^(?!(?:the\s+)?(?:(?:open\s+|outstanding\s+)?(?:actions|tasks|items|points|matters)\b|balance|surplus|deficit|funds?|reserves?|underspend|overspend|sum|amount|total|figure|budget|money|income|expenditure|grant)\b)(?:(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:was|were|is|are|to\s+be)\s+)?)?(carried\s+(?:forward|over))(?:\s+(?:to|until|till)\s+[^.;:£$€]{1,40}?)?\s*[.!]?\s*$/i;
/** Words one of which each of the rarer outcome forms below holds (CARRIED_OVER ... ETHICS_OPINION). */
const RARE_FORMS = /waived|rescinded|imposed|levied|(?:reduced|lifted)\s+(?:the|this|that|his|her|their|a)\s|supported|support(?:\s+in\s+principle)?\s+(?:for|to)\b|(?:unanimous|full|overwhelming|majority)\s+support\b|in\s+favou?r\s+of|carried\s+(?:over|forward)|ordered\s|upheld|dismissed|allowed|rejected|did\s+not|declined\s+to|unanimous\s+(?:in|that)|taken\s+as\s+read|confirmed\s+(?:its|their|the)\s|negatived|agreed\s+to\s*[.;]?\s*$|placed\s+on|opinion/i;
/** "Question put and negatived", "Amendment negatived": a parliamentary committee's vote that failed. */
const NEGATIVED = /\bnegatived\b/i;
/** "Question put and agreed to.", "Clause 3 agreed to.", "Question put, That the amendment be made: agreed to.": its vote that passed. */
const AGREED_TO_END = /\b(?:question|motion|amendment|clause|schedule|bill|resolution)\b[^.;]{0,80}?(?:\bput\s+and\s+|:\s*|\b(?:was|were)\s+|\s)(agreed\s+to)\s*[.;]?\s*$/i;
/** "AYES: Diaz, Hunt, Okoye, Sato", as US councils record a roll call by name. */
const ROLL_CALL_AYES = /^(?:ayes|yeas|aye\s+votes?)\s*[:–—]\s*(\S.*)$/i;
/** The roll call's noes, on the next line or the one after ("NOES: None", "NAYS: Whitman"). */
const ROLL_CALL_NOES = /^[^\S\n]*\r?\n(?:[^\S\n]*\r?\n)?[^\S\n]*(?:noes|nays|no\s+votes?)\s*[:–—]\s*(\S[^\n]*)/i;
/** How many names a roll call's line lists: "None" none, "Diaz, Hunt and Okoye" three. */
function countNames(v: string): number {
  const t = v.replace(/[.;]\s*$/, '').trim();
  if (/^(?:none|nil|n\/a|-+|–|—|0)$/i.test(t)) return 0;
  if (/^\d{1,3}$/.test(t)) return +t;
  return t.split(/\s*(?:,|;|\s&\s|\sand\s)\s*/).filter((x) => HAS_LETTER.test(x)).length;
}
/** "The board has decided that ...", "Members have noted the report": the meeting's own body, opening the sentence, in the
 * perfect (not "Highland Council has agreed to replace ...", another body's news, nor "the club's committee had approved"). */
const BODY_HAS = new RegExp(`^(?:(?:the|this)\\s+(?:${BODY_WORDS})|members|trustees|directors|governors|councillors)\\s+(?:has|have)\\s+(?:(?:now|unanimously|therefore|also|formally)\\s+)?(decided|agreed|approved|resolved|noted|accepted|adopted|endorsed)\\b`, 'i');
/** "The panel upheld the complaint", "The appeal was dismissed": a panel's finding on what was put to it. */
const FINDING = /\b(?:(?:the\s+)?(?:panel|sub-committee|committee|board|tribunal|hearing)\s+(?:therefore\s+|unanimously\s+)?(upheld|dismissed|allowed|rejected)\s+(?:the|this|that|his|her|their)\s+(?:appeal|complaint|objection|grievance|claim|application|review)|(?:the\s+)?(?:panel|sub-committee|committee|board|tribunal|hearing|directors|trustees)\s+(?:therefore\s+|unanimously\s+)?(upheld|confirmed|waived|reduced|rescinded|lifted|imposed|levied)\s+(?:the|this|that|his|her|their|a)\s+(?:[£$€]?[\d,.]+\s+)?(?:fine|penalty|sanction|ban|suspension|charge|warning|late\s+fee|fee)\b|(?:appeal|complaint|objection|grievance|claim)s?\s+(?:was|were|is)\s+(?:therefore\s+|unanimously\s+)?(upheld|dismissed|allowed|not\s+upheld))\b/i;
/**
 * "The recommendations set out in the report were supported", "The proposal was unanimously supported", "... was
 * supported by all members present" (by the meeting itself: not "supported by grant funding", nor by residents).
 */
const SUPPORTED_PASSIVE =
  /\b(?:recommendations?|proposals?|proposition|motion|amendment|option\s+\w+|application|request|nomination|scheme)\b[^.;]{0,60}?\b(?:was|were)\s+(?:(?:unanimously|fully|strongly|all|broadly|therefore|then)\s+)?supported\b(?!\s+(?:by|through|with|in|from)\b(?!\s+(?:all|every|each|the\s+(?:whole\s+)?(?:meeting|committee|board|council|members|panel|group|trustees|directors)|(?:all\s+)?(?:members|councillors|trustees|directors|those)(?:\s+present)?)\b))/i;
/**
 * "The Committee expressed support for the proposals", "Members were in favour of the proposal", "The Board confirmed the
 * appointment of ...", "There was unanimous support for the proposal": the meeting's own view or choice.
 */
/** "... but no decision was made", "no formal decision was taken": the sentence says nothing was decided. */
const NO_DECISION_MADE = /\bno\s+(?:formal\s+|final\s+|firm\s+)?decision\s+(?:was|has\s+been|had\s+been|could\s+be)\s+(?:made|taken|reached)\b|\bbut\s+no\s+(?:formal\s+|final\s+|firm\s+)?decision\b/i;
const BODY_SUPPORT = new RegExp(
  `${BODY_HEAD}(?:(?:then|also|unanimously|formally)\\s+)?(?:(?:expressed|gave|indicated|confirmed)\\s+(?:its\\s+|their\\s+)?(?:full\\s+|strong\\s+|unanimous\\s+|general\\s+|broad\\s+|in[- ]principle\\s+)?support(?:\\s+in\\s+principle)?\\s+(?:for|to)|(?:was|were)\\s+(?:all\\s+|unanimously\\s+|both\\s+)?in\\s+favou?r\\s+of)\\b|^there\\s+was\\s+(?:unanimous|full|general|broad|overwhelming|strong|clear|majority)\\s+support\\s+(?:for|to)\\b|^(?:the|this|that|their|his|her)\\s+(?:proposals?|motion|recommendations?|scheme|plan|idea|bid|suggestion|amendment|option)\\b[^.;]{0,60}?\\s(?:received|had|won|attracted|gained)\\s+(?:the\\s+)?(?:unanimous|full|overwhelming|majority)\\s+support\\b(?!\\s+(?:from|of)\\s+(?!(?:all|everyone|members|councillors|trustees|directors|governors|those|the\\s+(?:meeting|committee|board|council|members|trustees|directors|governors))\\b))`,
  'i',
);
/**
 * What the meeting decided told in other words: "Write-offs of £12,400 were authorised.", "The Clerk was authorised to
 * sign the lease." (a delegation is decided, though it sets no task); "The Committee gave delegated authority to the
 * Director to agree the final terms."; "The appointment of Ms Green as Clerk was confirmed."; "The committee commended
 * the report to Council." (a recommendation on).
 */
const AUTHORISED = /\b(?:was|were)\s+(?:(?:duly|unanimously|formally|then|therefore|accordingly|hereby)\s+)?(authori[sz]ed)\b/i;
/** "Report filed for audit.", "Correspondence filed.": a report or letters put on record, tersely (not "Plans filed."). */
const REPORT_FILED = /^(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:reports?|statements?|correspondence|letters?|communications?|financials|accounts)\s+(?:(?:was|were)\s+)?(?:duly\s+)?(filed)(?:\s+for\s+(?:audit|the\s+record|reference))?\s*[.!]?\s*$/i;
/**
 * "A working party was set up to plan the away day", "A task and finish group was formed, comprising ...": a group the
 * meeting sets up, opening the sentence, for a purpose or with its members (not "The youth club was set up in 1985").
 */
const GROUP_FORMED =
  /^(?:an?|the)\s+(?:new\s+|small\s+|joint\s+|short-life\s+|cross-party\s+)?(?:[\w'’-]+\s+){0,2}?(?:working\s+(?:party|group)|task(?:\s+and\s+finish)?\s+(?:group|force)|sub-?\s?committee|steering\s+group|advisory\s+group|review\s+group|project\s+group|focus\s+group|panel)\s+(?:\([^()]{1,40}\)\s+)?(?:was|has\s+been|is\s+to\s+be|will\s+be|would\s+be)\s+(?:duly\s+|formally\s+|therefore\s+)?(?:set\s+up|established|formed|convened|constituted|created)(?=\s+(?:to|of|for|comprising|consisting|with|under|chaired|led|made\s+up)\b|\s*[,:(]|\s*[.;]?\s*$)/i;
// ("The Board delegated the decision to the Chair and Treasurer": whom the body left it to.)
// ("The Board delegated authority to the CEO to sign the lease", "Authority was delegated to the Clerk": so, in other
// words; not "Officers had delegated authority to approve it", the powers someone holds.)
const DELEGATED = /\b(?:gave|gives|give|granted|grants)\s+(?:(?:full|formal)\s+)?delegated\s+(?:authority|powers?)\b|\bdelegated\s+(?:authority|powers?)\s+(?:was|were)\s+(?:given|granted)\b|(?<!\b(?:had|has|have|having|with|under|using|exercising|exercise|its|their|his|her|no|of)\s+)\bdelegated\s+(?:(?:full|formal)\s+)?(?:authority|powers?|responsibility)\s+to\b|\b(?:authority|powers?|responsibility)\s+(?:was|were)\s+(?:formally\s+)?delegated\s+to\b|\bdelegated\s+(?:the|its|their|this|final|any)\s+(?:final\s+)?(?:decision|choice|approval|sign[- ]off)\s+to\b/i;
const CONFIRMED_PASSIVE = /\b(?:appointments?|election|co-options?|nominations?|selection)\b[^;]{0,80}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?confirmed\b/i;
const COMMENDED_TO = /\bcommended\s+(?:the\s+|this\s+|these\s+|its\s+)?(?:[\w'’-]+\s+){0,5}?to\s+(?:(?:the\s+)?(?:full\s+)?(?:council|cabinet|board|executive|assembly|committee)|[A-Z][\w-]*\s+(?:Council|Committee|Board|Cabinet))\b/i;
const BODY_CONFIRMED = new RegExp(`${BODY_HEAD}(?:(?:then|also|unanimously|formally)\\s+)?confirmed\\s+(?:the|its|their)\\s+(?:appointments?|nominations?|co-options?|selection|election)\\b`, 'i');
/** "The committee did not support the proposal", "Members did not approve the application": a decision against. */
const BODY_DID_NOT = new RegExp(`${BODY_HEAD}(?:did\\s+not|declined\\s+to)\\s+(?:support|approve|accept|endorse|adopt|agree\\s+to)\\b`, 'i');
/** "There was no support for the proposal.", "No support for the amendment.": it fell. */
const NO_SUPPORT = /^(?:there\s+was\s+)?no\s+support\s+(?:for|from\s+(?:the\s+)?(?:meeting|members|councillors|committee|board)\s+for)\s+(?:the|this|that)\s+(?:proposal|motion|amendment|recommendation|suggestion|idea|request|application|proposed\s+[\w-]+)\b/i;
/** "Members were unanimous in supporting the proposal", "Councillors were unanimous in their support". */
// ("Councillors were unanimous that the bench should be replaced": in what they agreed.)
const UNANIMOUS_IN = new RegExp(`${BODY_HEAD}(?:was|were)\\s+unanimous\\s+(?:in\\s+(?:supporting|agreeing|approving|their\\s+support|its\\s+support|favour|favor)\\b|that\\s)`, 'i');
/** "The minutes were taken as read and signed", "Minutes taken as read and approved", "Taken as read and signed." (under the minutes' heading). */
const READ_AND_SIGNED = /(?:\bminutes\b(?:[^\s.;]*\s+){1,31}?(?:(?:was|were)\s+)?|^)taken\s+as\s+read\s+and\s+(?:signed|approved|confirmed|agreed|accepted)\b/i;
/** "The Committee confirmed its earlier decision". */
const CONFIRMED_DECISION = /\bconfirmed\s+(?:its|their|the)\s+(?:earlier\s+|previous\s+|original\s+)?(?:decision|resolution)\b/i;
/** "The bill was ordered favorably reported to the House": a US legislative committee sends a bill on, its decision. */
const ORDERED_REPORTED = /\bordered\s+(?:to\s+be\s+)?(?:favou?rably\s+|adversely\s+|without\s+recommendation\s+)?reported\b/i;
/** "The minutes were placed on file", as minutes translated from Swedish note what the board took cognisance of. */
const PLACED_ON_FILE = /\b(?:was|were|is|are)\s+placed\s+on\s+(?:file|record)\b/i;
/** "Favourable opinion with conditions", "Unfavourable opinion: ...": a research ethics committee's decision on an application. */
const ETHICS_OPINION = /^(?:a\s+)?(?:favou?rable|unfavou?rable|provisional)\s+(?:ethical\s+)?opinion\b(?=\s*(?:[:.,;–—(]|$|with\b|subject\b|given\b|issued\b))/i;
// ("The proposal did not find a seconder", "... failed to find a seconder": none came forward.)
const NOT_SECONDED = /\b(?:motion|proposal|amendment)\b[^.;:]{0,60}?\b(?:(?:was|were|is)\s+not\s+seconded\b|(?:did\s+not|failed\s+to)\s+(?:find|attract|receive|get)\s+a\s+second(?:er)?\b)|\bno\s+seconder\s+(?:was\s+)?found\b|^there\s+was\s+no\s+second(?:er)?\b|\bno\s+second(?:er)?\s+was\s+(?:made|received|forthcoming|offered)\b/i;
const MOTION_RESULT =
  /\b(?:motion|recommendation|amendment|proposal|proposition|resolution)s?\b[^.;:]{0,90}?\b(?:was\s+|is\s+|being\s+|were\s+)?(?:duly\s+|unanimously\s+|then\s+|therefore\s+)?(carried|passed|failed|lost|defeated|fell|falls|died|lapsed|withdrawn|rejected|agreed|approved|adopted|accepted|carries|passes|fails|tabled|remitted|referred\s+back|ruled\s+out\s+of\s+order)\b/i;
/** "The Chairperson withdrew the motion", "Cllr Moss withdrew her amendment": its mover set it aside, as "the motion was withdrawn" says. */
const WITHDREW_MOTION = /\bwithdrew\s+(?:(?:the|his|her|their|its|this|that)\s+)?(?:(?:own|substantive|original|proposed)\s+)?(?:motion|amendment|proposal|proposition|recommendation|application)s?\b/i;
/** "The article as written PASSED by a hand count", "Article 4 TABLED", "Ordinance 2026-07 was adopted", "Vote passes (4 binding +1)": what the meeting voted on, then the result. */
const ARTICLE_RESULT =
  /\b(?:article|ordinance|by-?law|measure|vote)(?:\s+(?:no\.?\s*)?[\dA-Z][\w-]*)?(?:\s+as\s+(?:written|amended|presented|printed|read|moved))?\s+(?:was\s+|is\s+|were\s+)?(?:duly\s+|unanimously\s+|then\s+)?(carried|passed|failed|lost|defeated|adopted|approved|tabled|rejected|passes|fails|carries)\b/i;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const COUNT = String.raw`(\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "Vote: extend the test — 2 for, 1 against", "Vote on the name: five in favour and two against": a vote's counts after its label. */
const VOTE_COUNTS = new RegExp(
  String.raw`(?:^|[^\w])vote\s*(?:\*\*|__)?\s*(?:on\s+[^:;.]{1,60})?[:–—]\s*(?:\*\*|__)?[^;.]{0,120}?\b${COUNT}\s+(?:for|in\s+favou?r|yes|ayes?|yeas?)\b\s*[,;/]?\s*(?:and\s+|with\s+)?${COUNT}\s+(?:against|no|noes|nays?|opposed)\b`,
  'i',
);
const VOTE_TALLY = /\bvote\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})(?:\s*[-–—]\s*\d{1,3})?(?![\d/.-]*\d)/i;
// ("Vote: Unanimous", as an HOA's form records it.)
const VOTE_LABEL = /\b(?:vote|voting|votes)\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*(?:\d{1,3}\s*[-–—]\s*\d{1,3}(?:\s*[-–—]\s*\d{1,3})?\s*[,;]?\s*)?(?:motion\s+)?(approved|adopted|carried|passed|failed|defeated|lost|rejected|denied|accepted|unanimous(?:ly)?(?=\s*(?:[.;,(]|$|in\s+favou?r|approval)))/i;
const MOTION_LABEL = /^(?:\*\*|__)?(?:motion|proposal|amendment|(?:staff\s+|officer(?:'s|s')?\s+|committee\s+)?recommendations?|recommended\s+(?:action|motion)|proposed\s+(?:action|motion|resolution)|suggested\s+(?:action|motion))(?:\s+(?:#\s*)?\d[\w-]*)?(?:\*\*|__)?\s*[:–—]/i;
/**
 * "Resolved accordingly.", "Agreed accordingly.", "So resolved.", "It was so ordered.": the body's result after a
 * recommendation or a motion set out above (group 1 or 2).
 */
const SO_RESOLVED = /^(?:(?:without|hearing\s+no|there\s+being\s+no)\s+objections?,?\s+)?(?:it\s+was\s+)?(?:so\s+(resolved|ordered|voted|agreed|decided)|(resolved|agreed|carried|approved|decided|noted)\s+accordingly)\s*[.!]?\s*$/i;
/** "The minutes stand approved (as distributed)", "The report stands adopted". */
const STANDS_APPROVED = /\b(?:minutes|report|reports|agenda|accounts|it|they)\s+(?:(?:now|therefore|then)\s+)?stands?\s+(approved|adopted|accepted)\b/i;
/** "The Chair ruled the motion out of order". */
const RULED_OUT = /\bruled\s+(?:the|his|her|their|this|that)\s+(?:motion|amendment|proposal|proposition)\s+out\s+of\s+order\b/i;
/** "The recommendation was put to the meeting and resolved accordingly": after "and", "was" or "were" (not "to be ..."). */
const AND_ACCORDINGLY = /\b(?:and|was|were)\s+(?:duly\s+|unanimously\s+)?(resolved|agreed|carried|approved)\s+accordingly\b/i;
/**
 * "The vote was unanimous.", "The vote was 4 to 3 in favour.", "Vote: 5-2.", "The vote was 9 to 2 against the motion.": a
 * recorded vote, its count for first; "against" after the count says it fell (group 1 unanimous; 2 and 3 the counts; 4
 * "against").
 */
const VOTE_WAS = /^(?:the\s+)?(?:final\s+|recorded\s+)?vote\s*(?:was|:|–|—|-(?=\s))\s*(?:(unanimous)\b|(\d{1,3})\s*(?:[-–—]|to)\s*(\d{1,3})(?!\s*(?:[-–—]|to)\s*\d)(?:\s+in\s+favou?r(?:\s+of\s+[^;]{1,60}?)?|\s+(against)(?:\s+[^;]{1,60}?)?|\s+(?:for|to)\s+[^;]{1,60}?)?\s*[.;]?\s*$)/i;
/** "We unite with this concern", "Friends united with the proposal": a Quaker meeting's agreement. */
const UNITE_WITH = /\b(?:we|the\s+meeting|friends)\s+(?:(?:all|warmly|gladly|fully|readily)\s+)?unite(?:d)?\s+with\b/i;
/** "The Board took cognisance of the report", "... took due cognizance of the update": a formal noting. */
const COGNISANCE = /\b(?:took|takes|taken|taking)\s+(?:due\s+|full\s+|careful\s+)?cogni[sz]ance\s+of\b/i;
/** "M/S/C (Carter/Walsh) to approve the minutes": moved, seconded and carried (P passed, F failed). */
// ("MSC: Lee/Kim", "MSP (Lee/Kim)": the same, written as one word before who moved and seconded.)
const MSC = /\bM\s*\/\s*S\s*\/\s*([CPF])\b|\bMS([CP])(?=\s*[:(–—-]|\s+[A-Z][\w.'’-]*\s*\/)/;
/**
 * "Minutes of the October meeting read and signed by the Chairman.", "Minutes agreed and signed.", "– read, approved and
 * signed.": the minutes' approval as a club or parish secretary writes it tersely, opening the sentence (perhaps after
 * the minutes' name).
 */
const MINUTES_READ_SIGNED = /^(?:(?:the\s+)?minutes\b(?:[^\s.;:]*\s+){1,31}?)?((?:read|agreed|approved|confirmed|accepted)(?:,?\s+(?:approved|agreed|confirmed|accepted))?,?\s+and\s+signed)\b/i;
/** "The Chairman signed the minutes of the last meeting": signed as a correct record, the approval. */
const CHAIR_SIGNED = /\b(?:chair(?:man|woman|person)?|mayor|president|conven[eo]r|cathaoirleach|presiding\s+member)\s+signed\s+the\s+minutes?\b/i;
/** A text that opens with "were"/"was" and the confirming: "were read and confirmed", "was duly signed" (not "... that"). */
const SUBJECT_IN_TITLE = /^(?:were|was)\s+(?:duly\s+|unanimously\s+)?(?:(?:read|received|circulated)(?:\s+and|,)\s+)?(confirmed|signed|verified)(?:\s+and\s+signed)?(?!\s+(?:that|whether|by\s+(?:the\s+)?(?:county|district|city|borough|bank|police|landlord))\b)/i;
const MINUTES_SIGNED = /\bminutes?\b(?:[^\s.;]*\s+){1,31}?(?:were|was|are|is)\s+(?:duly\s+)?(?:read\s+and\s+)?(confirmed|signed|verified)\b/i;
/**
 * "Received for information.", "Correspondence received and filed.", "The letter was received as information": the
 * body took note of it (a bare "Received." says less, and is left alone).
 */
// ("The Committee received the report for information", "Cabinet received the update and noted it": what it received between.)
const RECEIVED = /^(?:the\s+)?(?:[\w'’-]+\s+){0,7}?(?:(?:was|were|is|are|be)\s+(?:duly\s+)?)?(received)\s+(?:(?:the|this|these|its|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?)?(?:and\s+(?:filed|noted)|for\s+(?:information|the\s+record|assurance)|as\s+information)\b/i;
/**
 * A short sentence that is only a subject and the decision: "Budget approved.", "£500 awarded.", "Report noted as
 * circulated.", "September minutes approved as written (Feld/Dunn, unanimous).", "Quote from Greenways (£1,200)
 * accepted.", "Greenways' quote accepted – Clerk to instruct." (a clause after a dash that is no motion's), "Minutes
 * approved 5-0." (with the tally), "Cambridge chosen on cost.", "Green Gardens selected as contractor.".
 */
/** A telegraphic decision's subject that says none was made: "No date", "No budget", "Nothing" (not "No increase", "No change"). */
const NOTHING_SETTLED = /^(?:the\s+)?(?:no(?!\.)(?!\s+(?:increases?|rises?|changes?|reductions?|cuts?|alterations?|amendments?|extensions?|further|more|additional|extra)\b)|nothing|none|neither)\b/i;
/** What declines as a figure does, before "declined": a perfect tense, or a word for a count or an amount. */
const DECLINING = /\b(?:has|have|had)\s+$|\b(?:numbers?|attendance|membership|income|usage|use|sales|figures|rates?|levels?|takings|footfall|visitors|visits|demand|participation|turnout|enrol?ments?|bookings|donations|revenue|costs?|prices?|subscriptions|volunteers|readership|circulation)\b/i;
/** After a terse decision, who is to act on it: ", Bob to bring a costing", ", the Clerk to place the order". */
const THEN_WHO_ACTS = String.raw`,\s*(?:the\s+)?[${CAPITALS}][${LETTERS}${MARKS}0-9_'’.-]*(?:\s+[${CAPITALS}][${LETTERS}${MARKS}0-9_'’.-]*){0,2}\s+to\s+[a-z][^.;]{1,100}`;
const TELEGRAPHIC = new RegExp(String.raw`^(?:the\s+)?(?:(?:[£$€]?[${LETTERS}${MARKS}0-9_'’-]+(?:[,.]\d+)*|\([^()]{1,40}\))\s+){1,7}?(approved|agreed|noted|adopted|accepted|endorsed|ratified|homologated|carried|granted|refused|denied|rejected|awarded|declined|chosen|selected|turned\s+down|voted\s+down|knocked\s+back|rubber-?stamped|ok(?:ay)?ed)(?:\s+\d{1,2}\s*[-–]\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?(?:,?\s+(?:unanimously|nem\.?\s*con\.?|on\s+(?:cost|price|value|merit)|as\s+(?:the\s+)?(?:preferred\s+|new\s+)?(?:contractor|supplier|venue|option|provider|bidder|caterer|printer|designer|architect|auditor|location|host|candidate)|as\s+(?:presented|amended|circulated|read|written|corrected|distributed|printed|submitted)|as\s+(?:per|set\s+out\s+in|listed\s+in|shown\s+in|detailed\s+in)\s+[^.;]{1,60}|with\s+(?:(?:one|two|three|four|five|a\s+few|some|several|\d{1,2})\s+)?(?:minor\s+|small\s+|slight\s+)?(?:thanks|amendments?|corrections?|changes?|edits?|tweaks?|modifications?|additions?|deletions?|alterations?|insertions?|omissions?)(?:\s+(?:to|on|in)\s+[^.;:]{1,80}|:\s+[^.;]{1,200})?|subject\s+to\s+[^.;]{1,80}))?(?:,?\s+(?:up\s+to|not\s+(?:to\s+)?exceed(?:ing)?|at\s+a\s+cost\s+of|costing|at|for)\s+[£$€]\s?\d[\d,.]*(?:k|m)?(?:\s+(?:plus|\+|inc(?:l(?:uding)?)?\.?|exc(?:l(?:uding)?)?\.?)\s+vat)?)?(?:\s*\([^()]{1,40}\))?(?:\s+[–—-]\s+(?![^.;]*\b(?:proposed|seconded|moved|carried|lost|defeated|passed|failed|votes?|voted)\b)[^.;]{1,80}|(?:,|\s+[–—-])\s+(?:proposed|prop\.|moved)(?:\s+by)?\s+(?!(?:[^.;]|(?<=(?<![${LETTERS}${MARKS}0-9_])[${CAPITALS}])\.)*\b(?:carried|lost|defeated|passed|failed|votes?|voted)\b)(?:[^.;]|(?<=(?<![${LETTERS}${MARKS}0-9_])[${CAPITALS}])\.){1,50}?,?\s+(?:seconded|sec\.)(?:\s+by)?\s+(?:[^.;]|(?<=(?<![${LETTERS}${MARKS}0-9_])[${CAPITALS}])\.){1,40}|${THEN_WHO_ACTS})?\s*[.!]?\s*$`, 'iu');
/**
 * A sentence about a person, not the meeting: "He approved.", "Cllr Ray agreed." (whole words: "Items approved.",
 * "Hedge cutting agreed." are the meeting's; "We agreed" is read as the body's words are, before these patterns).
 */
const PERSON_OPENS = /^(?:he|she|they|it|i|you|cllr|councillor|mr|mrs|ms|dr)\b/i;
/** "Decision deferred to November.", "Application deferred pending a site visit.": a short subject, then the deferral. */
/** "Not passed.", "**Not passed.**": a vote's result alone, the proposal turned down ("passed" is no telegraphic outcome alone). */
const NOT_PASSED = /^not\s+(passed)(?=\s*[.!]?\s*(?:\*\*|__)?\s*$)/i;
/**
 * "The Board received the report and took assurance", "The Committee gained reasonable assurance", "The Committee was
 * assured", "The Committee was not assured": an NHS board's or committee's recorded view of a report, as its noting
 * (or its refusal of assurance: a view recorded too). (Not a person: "Ms Shah was assured by the response".)
 */
const ASSURANCE = new RegExp(
  `${BODY_HEAD}(?:[^.;]{0,80}?\\b(?:took|takes|gained|gains|received|receives|obtained|had|noted|recorded|confirmed)\\s+(?:(?:significant|substantial|reasonable|limited|partial|full|good|adequate|sufficient|moderate|some|the)\\s+(?:level\\s+of\\s+)?)?(assurance)\\b|(?:was|were)\\s+(?:(?:not|fully|suitably|sufficiently|partially|only\\s+partially)\\s+)?(assured)\\b)`,
  'i',
);
/** "Level of assurance: Substantial", "Assurance rating – Limited": an NHS committee's rating of what it received (group 1). */
const ASSURANCE_LEVEL = /^(?:\*\*|__)?(?:level\s+of\s+assurance|assurance\s+(?:level|rating|opinion|received|given)|assurance)(?:\*\*|__)?\s*[:–—-]\s*(?:\*\*|__)?\s*(substantial|significant|reasonable|limited|partial|full|moderate|adequate|good|high|low|minimal|no)\b/i;
/**
 * "The Committee were content to note the report", "Members were happy to approve the plan", "Councillors considered the
 * report and were happy to endorse its recommendations": the body's noting or decision, put gently.
 */
const CONTENT_TO = new RegExp(
  `${BODY_HEAD}(?:(?:considered|discussed|debated|received|reviewed)\\s+[^.;]{1,80}?\\s+and\\s+)?(?:was|were|is|are)\\s+(?:(?:very|quite|broadly|fully|all)\\s+)?(?:content|happy|pleased|minded|willing)\\s+to\\s+(?:(note|receive|agree|approve|accept|endorse|adopt|support)\\s+(?:the|this|these|its|their|that)\\b|(proceed)(?:\\s+with\\s+\\S|\\s*[.;]|\\s*$))`,
  'i',
);
/** "Introduced and waived first reading, 4-1 (Delgado/Fitzgerald)": what the council did, then its tally (groups 1, 2). */
const ACTED_TALLY = /^(?:introduced|adopted|approved|passed|enacted|waived|awarded|authori[sz]ed)\b[^.;]{0,120}?(?:,|;|\(|\s)\s*(\d{1,2})\s*[-–]\s*(\d{1,2})(?:\s*[-–]\s*\d{1,2})?(?=\s*(?:[.;,)(]|$))/i;
/** A decision's verb opening a sentence before its object: "Approved spend of £150 on ...", "Rejected option C." */
const VERB_FIRST_DECISION = /^(approved|accepted|adopted|endorsed|ratified|rejected|declined|refused)\s+(?!by\b|as\b|for\b|in\b|at\b|on\b|and\b|or\b|with\b)(?:the\s+|an?\s+|all\s+|both\s+)?[a-z£$€0-9]/i;
/** A finite verb later in the sentence, which makes its opening word an adjective ("Approved contractors are listed ..."). */
// ("Refused entry to the site, the surveyor left.": a clause with its own subject after a comma, likewise.)
const FINITE_AFTER = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|remains?|shows?|includes?|needs?|lists?)\b|,\s+(?:the|a|an|he|she|they|it|we|this|that|these|those|his|her|their)\s/i;
// ("Item deferred.", "Held over to the next meeting.", "Postponed indefinitely.": put off, tersely.)
// ("Tabled to December meeting", "Item tabled until the next meeting": put off, in American usage, where a time follows;
// "The report was tabled" and "a question tabled to the Leader" are laid before the meeting, in British usage.)
/**
 * "ACTION Clerk: write to the landowner", "ACTION JS/AR: circulate the draft": the label in capitals, who, and a colon
 * (not "Action Items:", "Action Log:", "Action taken:"). "TODO Bo: add the alert", "AI Chidi: draft the rota": a task's
 * label in notes likewise, and "Assigned to Marc: update the website". Who and where, or null.
 */
const ACTION_WHO_COLON = new RegExp(String.raw`^(?:ACTION|Action|TODO|ToDo|Todo|AI|Assigned\s+to|ASSIGNED\s+TO)\s+((?:[${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*|${HANDLE})(?:\s+[${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*){0,2}|[A-Z]{2,4}(?:\s*\/\s*[A-Z]{2,4})*)\s*:\s+(?=\S)`, 'u');
const ACTION_LABEL_WORDS = /^(?:Items?|Points?|Log|Logs|Taken|Required|Needed|Plan|Plans|Update|Updates|Summary|Agreed|Complete|Completed|Owner|Owners|Due|List|Tracker|Register|Arising|Status|Note|Notes|Sheet|By|For|Point\s+\d+)\b/;
function actionWhoColon(s: string, people: People): { name: string; at: number } | null {
  const c = s.charCodeAt(0);
  if (c !== 0x41 && c !== 0x54) return null;
  const m = ACTION_WHO_COLON.exec(s);
  if (!m || ACTION_LABEL_WORDS.test(m[1]!) || !looksLikeOwner(m[1]!, people)) return null;
  return { name: m[1]!, at: m[0].indexOf(m[1]!, m[0].search(/\s/)) };
}
/** A sentence ending on what became of it: "... agreed.", "... approved (4-1)". */
const DECIDED_AT_END = /\b(?<!\b(?:is|are|be|been|being|was|were|gets?|got|once|when|if|until)\s+)(?:agreed|approved|accepted|adopted|noted|endorsed|ratified|carried|rejected|refused|declined|deferred)(?:\s*\([^()]{1,30}\))?\s*[.!]?\s*$/i;
/** A topic's label of a few words opening a sentence: "Budget: ", "Skip hire: " (not a person's name with a title, "Cllr Ray: "). */
const TOPIC_LABEL = /^(?!(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,3}:\s+(?=\S)/;
// ("The matter was stepped down till the next meeting": put off, as Nigerian minutes say it; "Parked until the new
// year", "Put on hold pending the survey"; not "Paint order – on hold until the budget is set", a status.)
const TELEGRAPHIC_DEFER = new RegExp(
  String.raw`^(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(deferred|postponed|held\s+over|parked|(?:put|placed|kept)\s+on\s+hold|left(?:\s+over)?(?=\s+(?:to|until|till|for)\s+(?:the\s+)?(?:next|following|a\s+later|a\s+future)\s+(?:meeting|session|call|week|month)\b)|stepped\s+down(?=\s+(?:till|until|to)\s+(?:the\s+)?(?:next|following|a\s+later|a\s+future)\b))(?:\s+(?:to|until|till|pending|for)\b|\s+indefinitely\b|\s*[.!]?\s*$)|^(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(tabled)\s+${TABLED_UNTIL}`,
  'i',
);
/** "Date agreed: Saturday 6 December", "Budget approved: £4,000": a label that says what was decided. */
const DECIDED_LABEL = /^(?:[\w'’-]+\s+){1,3}?(agreed|approved|decided|adopted|resolved)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*\S/i;
/**
 * "The team reviewed the prototypes and agreed on the layout": the body's decision, after what it did first. (Or, as terse
 * minutes put it, with the meeting left out: "Discussed the quotes and agreed to use Smiths".)
 */
const BODY_THEN = new RegExp(
  `^(?:[^,;]{0,40},\\s*)?(?:(?:the\\s+)?(?:${BODY_WORDS})\\s+(?:[a-z]+ed|heard|saw|took)|discussed|reviewed|considered|received|debated|examined|heard|went\\s+through|looked\\s+at)\\b[^.;]{0,150}?\\band\\s+(?:then\\s+|unanimously\\s+)?(agreed|resolved|decided|approved|noted)\\b`,
  'i',
);
/**
 * "seconded by T. Fry and agreed", "seconded by Cllr. Flood, and agreed": an initial's or a title's full stop does not end
 * the clause. "Proposed F. Grant, seconded A. Kerr, approved.": the result after a comma ends the sentence, or says
 * what was resolved ("Proposed Cllr Amos, seconded Cllr Bell, resolved to accept the quote").
 */
const SECONDED_AND = new RegExp(String.raw`\bseconded\b(?:[^.;]|(?<=(?<![${LETTERS}${MARKS}0-9_])(?:[${CAPITALS}]|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Revd|Prof|St))\.){0,120}?(?:\band\s+(?:was\s+|were\s+|it\s+was\s+)?(?:duly\s+|unanimously\s+)?(approved|agreed|carried|adopted|accepted|passed|resolved)\b|,\s*(?:duly\s+|unanimously\s+)?(approved|agreed|carried|adopted|accepted|passed|resolved|lost|defeated|failed)(?=\s*(?:[.;!]|$|\(|unanimously\b|nem\b|with\b|by\s+(?:all|\d)|\d{1,2}\s*[-–—:]\s*\d)|\s+(?:to|that)\s))`, 'iu');
/**
 * "Agreement was reached to share the costs", "Members reached agreement on the fees", "Councillors were in agreement that
 * ...": the meeting agreed (not "no agreement was reached", "had not reached agreement", "were not in agreement").
 */
// ("General agreement.", "There was broad agreement that ...", "were in general agreement with the draft".)
const IN_AGREEMENT = /\b(?<!\b(?:no|not|never)\s+)reached\s+(?:an?\s+|general\s+|broad\s+|full\s+|unanimous\s+)?agreement\b|(?<!\b(?:no|not|any)\s+)\b(?:agreement)\s+(?:was|had\s+been)\s+reached\b|\b(?:was|were)\s+(?:all\s+|unanimously\s+|both\s+)?in\s+(?:full\s+|general\s+|broad\s+)?(agreement)\b|^\s*(?:general|broad|full|unanimous)\s+agreement\b|\bthere\s+was\s+(?:general|broad|full|unanimous|clear)\s+agreement\b|\b(?:confirmed|gave)\s+(?:its|their)\s+(approval)\b/i;
/**
 * "Date fixed for ...", "The fee was set at £8", "Price of plots fixed at £30": a date, sum or place, then the fixing
 * (group 1); "agreed" or "confirmed" too where "at", "for" or "as" follows ("Hire charge for non-members agreed at £20
 * an hour", "Date confirmed as Friday 11 December"); or before a colon, where the date or place follows ("Date
 * confirmed: Saturday 12th, 5pm", "Venue fixed: the Scout hall"; not "Date confirmed: TBC").
 */
const FIXED_FOR =
  /^(?:the\s+|our\s+)?(?:(?:next|new|annual|agm|meeting|event|start|closing|hire|plot|club|membership)\s+){0,2}(?:dates?|times?|venue|fees?|prices?|charges?|rents?|subscriptions?|subs|precept|budget|rates?|levels?|deadline)(?:\s+(?:of|for)\s+[^.;:]{1,40}?)?\s+(?:(?:was|were|has\s+been|have\s+been|is|are|now)\s+)?(?:duly\s+|provisionally\s+|formally\s+)?(set|fixed|(?:agreed|confirmed)(?=\s+(?:at|for|as)\b|\s*:))(?:\s+(?:at|for|as|to|on)\b|\s*:\s*(?!(?:tb[acd]|to\s+be|not|none|nil|unknown|pending)\b|[?–—-])(?=\S))/i;
/** An event in up to four words, then its fixing before "for" (group 1): "Christmas lunch confirmed for", "AGM fixed for". */
const EVENT_FIXED = /^(?:the\s+|our\s+)?(?:[\w'’-]+\s+){1,4}?(?:(?:is|was|has\s+been|now)\s+)?(confirmed|fixed|set)(?=\s+for\s+\S)/i;
/** EVENT_FIXED where a date's word follows "for": "Christmas lunch confirmed for 19 Dec", not "... set for further discussion". */
function eventFixedFor(body: string): RegExpExecArray | null {
  const m = EVENT_FIXED.exec(body);
  return m && DATE_WORDS.test(body.slice(m[0].length, m[0].length + 45)) ? m : null;
}
/** "Hire of the urn agreed at £5 for outside groups": whatever it is, a short name, then the sum it was fixed at. */
const SUM_FIXED = /^(?:[\w'’.,/-]+\s+){1,6}?(?:(?:was|were|is|are|has\s+been|have\s+been|now)\s+)?(set|fixed|agreed)\s+at\s+(?=[£$€]\s?\d|\d[\d,.]*\s*(?:p|pence|pounds|dollars|euros|%|per\b))/i;
/** Words before an outcome's that make it a question or someone's report: "Residents asked why the price was fixed at £30". */
const ASKED_OR_REPORTED = /\b(?:whether|why|how|if|said|says|stated|reported|explained|claimed|believed|thought|understood|heard|asked|queried|wondered)\b/i;
/**
 * Words after it that put it in the past: "The fee was set at £5 last year", "... agreed at £15 by the trustees in 2019"
 * (not "... £1,000 more than last year").
 */
const IN_THE_PAST = /(?<!\b(?:than|from|on|over|with|since|to)\s+)\b(?:last\s+(?:year|month|week|quarter|time|meeting|autumn|spring|summer|winter)|previous(?:ly)?|in\s+(?:19|20)\d\d|years?\s+ago|months?\s+ago|already|originally|at\s+the\s+time|in\s+the\s+past)\b/i;
/** Is the outcome found at [at, end) in sentence s another's, or a past one: asked about, reported, or long since made? */
function notTheMeetings(s: string, at: number, end: number): boolean {
  return ASKED_OR_REPORTED.test(s.slice(0, at)) || IN_THE_PAST.test(s.slice(end));
}
/** What follows a fixing when someone else did it: "... by the county", "... by the Government". */
const SET_BY_OTHERS = new RegExp(String.raw`\bby\s+(?!(?:the\s+)?(?:${BODY_WORDS})\b)`, 'i');
const SET_AT = /\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+)?set\s+at\s+[£$€\d]/i;
/** "It was recommended (to Council) that ... be approved": a recommendation in a resolution's words, "be" and a participle. */
const RECOMMENDED_THAT =
  /\bit\s+was\s+(?:unanimously\s+|therefore\s+|further\s+)?recommended\s+(?:to\s+(?:the\s+)?[\w'’ ]{2,40}?\s+)?that\s+(?![^.;]*\b(?:should|would|could|might|may|must|ought)\b)[^.;]{1,150}?\s+be\s+(?:[a-z]+(?:ed|en)|set|put|made|kept|held|given|sent|brought|taken|paid)\b/i;
/** "gave the go-ahead", "was given the green light", "Go-ahead given for ...", "green-lit": the meeting's consent. */
const GO_AHEAD =
  /\b(?:gave|given)\s+(?:(?:the|its|their|a|formal|final|full)\s+){0,2}(?:go[- ]ahead|green\s+light)\b|^\W{0,3}(?:the\s+)?(?:go[- ]ahead|green\s+light)\s+(?:was\s+|were\s+)?given\b|\bgreen[- ]?lit\b/i;
/** "Approval given to proceed", "Permission granted for the fete": the consent, tersely, opening the sentence. */
const GIVEN_TERSE = /^\W{0,3}(?:formal\s+|full\s+)?(?:approval|permission|consent)\s+(?:given|granted)\b/i;
/** "A majority voted to hold rents", "The majority of members were in favour": how a vote went, without its count (group 1). */
const MAJORITY =
  /\b(?:a|the)\s+(?:clear\s+|large\s+|narrow\s+|small\s+|substantial\s+|simple\s+)?majority(?:\s+of\s+(?:the\s+)?(?:members|councillors|cllrs|trustees|directors|governors|those\s+present|votes\s+cast))?\s+(voted|agreed|supported|approved|decided|were\s+in\s+favou?r)\b/i;
/** "The Chair used her casting vote in favour": the motion carried (or, against it, fell). */
const CASTING_VOTE = /\bcasting\s+vote\s+(?:in\s+favou?r|for\b|to\s+(?:approve|support|carry))|\bcasting\s+vote\s+(against)\b/i;
const TAKEN_ON_RECORD = /\b(?:was|were|been|is|are|and)\s+(?:duly\s+|also\s+)?(taken\s+on\s+record)\b/i;
/** "The committee gave its approval", "Approval was given to proceed", "The decision was taken to postpone". */
// ("Permission was given for the fete", "Support was given to the proposal": the body's consent, given.)
const GIVEN = /\b(?:gave|give|gives|granted)\s+(?:its\s+|their\s+)?(?:formal\s+|full\s+)?(approval)\b|\b(?:gave|granted)\s+(?:its|their)\s+(?:formal\s+|full\s+)?(consent|assent|blessing|endorsement)\b|(?<!\b(?:no|not)\s+)\b(approval|permission|consent|support)\s+(?:was|is)\s+(?:given|granted)\b|(?<!\b(?:no|not\s+a)\s+(?:(?:formal|final|firm|clear)\s+)?)\b(decision)\s+was\s+(?:made|taken|reached)\b/i;
const UNANIMOUS = /^(?:unanimous(?:ly)?(?:\s+(?:decision|vote|agreement))?|unan\.?|nem\.?\s*con\.?)\s*[.!]?$/i;
/** "Ordered, That ...", as a parliamentary committee's formal minutes record its orders. */
const ORDERED_THAT = /^(?:\*\*|__)?(ordered)\s*,?\s+that\b/i;
/** "Postgraduate Rep: Li Wei elected.", "Secretary – Jan Moss elected unopposed.": who, then "elected", closing the line. */
const NAME_ELECTED = new RegExp(String.raw`(?:^|[:;–—]\s*|\s-\s+)(?:[${CAPITALS}][${LETTERS}'’.-]*\s+){0,3}[${CAPITALS}][${LETTERS}'’-]+\s+(?:duly\s+|unanimously\s+)?((?:re-?)?elected)(?:\s+(?:unopposed|unanimously|by\s+acclamation))?\s*[.;]?\s*$`, 'u');
/** "The following were elected: A. Hall, B. King.", "The following were elected unopposed: ...", "Elected unopposed: Commodore – P. Ward." */
// ("Three members were elected to the PCC: ...", "... were elected as trustees: ...": the body or the office before the list.)
const ELECTED_LIST = /(?:\b(?:was|were)\s+|^)(?:duly\s+)?(?:re-?)?elected(?:\s+(?:unopposed|unanimously|by\s+acclamation))?(?:\s+(?:to|as)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})?(?=\s*:\s*\S)/i;
/** "The Chair was re-elected.", "Mrs Hill was elected unopposed." */
// ("Priya Nair was elected on the first round.", "... was elected by 14 votes to 9.": how the election went.)
// ("Mrs Lane and Mr Holt were elected churchwardens for the coming year.", "Three members were elected to the PCC.": the
// office or the body, and the term, closing the sentence.)
const ELECTED_END = /\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected(?:\s+(?:as\s+)?(?:(?:the|a|an|our)\s+)?(?:(?:new|honorary|hon\.?|joint|deputy|vice|assistant|parish|lay|independent|ordinary|co-opted|elected)[\s-]+){0,2}(?:churchwardens?|wardens?|trustees?|members?|directors?|governors?|officers?|councillors?|representatives?|reps?|delegates?|auditors?|examiners?|stewards?|captains?|commodore|chair(?:man|woman|person)?s?|presidents?|secretar(?:y|ies)|treasurers?|mayor|leader|conven[eo]rs?|moderator|clerk|sidesm[ae]n|elders?|deacons?|coordinators?)|\s+to\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,3}(?:PCC|committee|board|council|executive|synod|panel|trust|forum|Committee|Board|Council|Executive|Synod|Panel|Trust|Forum))?(?:\s+for\s+(?:the\s+|a\s+)?(?:coming|next|ensuing|following|further|new)\s+(?:(?:two|three|four)\s+)?(?:year|term|years|session)s?|\s+for\s+20\d\d(?:\s*[/–-]\s*\d{2,4})?)?(?:\s+(?:unopposed|unanimously|by\s+acclamation|without\s+(?:opposition|a\s+contest|a\s+vote)|for\s+a\s+further\s+(?:year|term)|(?:on|at|in)\s+the\s+(?:first|second|third|fourth|final)\s+(?:round|ballot|count)|by\s+(?:\d+|a\s+majority\s+of\s+\d+)\s+votes?(?:\s+to\s+\d+)?|with\s+\d+\s+votes?))?\s*[.;:]?\s*$/i;
/** "Recommend a precept of £86,400 to Full Council", "We recommend the revised policy to the Board": what a working group sends on (not "recommend that ...", which proposes). */
const RECOMMEND_TO = /^(?:we\s+)?(recommend(?:s|ed)?)\s+(?!that\b)[^.;]{1,80}?\bto\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|board|committee|executive|assembly|trustees|governors|senate)\b/i;
/** "Timebox standups to 15 min (agreed)", "Move the call to Tuesdays (decided)": the outcome in brackets closing the line. */
// ("To be corrected by the stonemason (quote £180 approved).": after what it decides, in a few words; not "(as approved)",
// "(if agreed)", "(to be agreed)".)
const BRACKET_OUTCOME = /\s\((?:[^()]{0,40}?\s(?<!\b(?:as|if|once|when|until|unless|be|not|yet|been|being|is|are|was|were)\s))?(agreed|decided|approved|accepted|adopted|carried|noted|resolved)(?:\s+(?:unanimously|by\s+(?:all|everyone|consensus)|nem\.?\s*con\.?))?\)\s*[.;]?\s*$/i;
/** "Council elected Priya Shah as Chair ...", "The AGM re-elected Mrs Hill.": the body, then "elected" and whom. */
const BODY_ELECTED = new RegExp(`${BODY_HEAD}(?:(?:then|unanimously|duly|also|formally)\\s+)?((?:re-?)?elected)\\s+`, 'i');
/** Whom a body elected, by name: "Priya Shah as ...", "Cllr Ruiz to ...". */
const ELECTED_WHOM = new RegExp(String.raw`^(?:(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Member|Rev(?:erend|\.)?)\s+)?(?:[${CAPITALS}][${LETTERS}'’.-]*\s+){0,3}[${CAPITALS}][${LETTERS}'’-]+(?=\s+(?:as|to|for)\s|\s*[.;,(]|\s*$)`, 'u');
/** Or the office whom a body elected holds: "its new Chair", "a Treasurer". */
const ELECTED_OFFICE = /^(?:its|their|a|an|the)\s+(?:new\s+|next\s+)?(?:chair|vice|deputy|president|secretary|treasurer|leader|mayor|moderator|convenor|convener|clerk|warden|trustees?|officers?|directors?|governors?)\b/i;
/** "Secretary – Carys Morgan (elected)", "President – Gareth Lloyd (re-elected unopposed)". */
// ("Chair – R. Patel (unopposed).", "(returned unopposed)", "(by acclamation)": the bracket says how, not the word.)
const ELECTED_BRACKET = /\((?:duly\s+|unanimously\s+)?(?:(?:re-?)?elected(?:\s+unopposed)?|(?:returned\s+)?unopposed|(?:re-?elected\s+)?by\s+acclamation)\)\s*[.;]?\s*$/i;
// ("Cllr Patel was elected to chair the working group", "... elected to serve as Vice-Chair": the office as what they do.)
const ELECTED = /\b(?:duly|unanimously)\s+(?:re-?)?elected\b|\b(?:was|were)\s+(?:duly\s+)?(?:declared\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:chair|vice|mayor|deputy|president|secretary|treasurer|leader|moderator|clerk|selectm[ae]n|warden|conven[eo]r|reeve)|\b(?:was|were)\s+declared\s+(?:duly\s+)?(?:re-?)?elected\b|\b(?:was|were)\s+(?:re-?)?elected\s+in\s+(?:his|her|their)\s+place\b|\b(?:was|were)\s+(?:duly\s+)?(?:returned|elected)\s+unopposed\b|\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?elected\s+to\s+(?:chair|serve\s+(?:as|on)|convene)\b/i;
/** "All in favour", "carried unanimously" by show of hands: the vote's result. */
// ("Vote: 28 yes, 0 no, 3 abstentions", as European associations count them.)
// ("Show of hands: 14 in favour of adoption, 2 against": what the count favoured may be named; "a roll call vote of 25
// yeas to 15 nays", as a US legislature's committee counts.)
const FOR_AGAINST = /\b(\d{1,3})\s+(?:votes?\s+)?(?:in\s+favou?r(?:\s+of\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)?|for|yes|yeas|ayes)\s*(?:,|and|;|\/|to)?\s*(\d{1,3})\s+(?:votes?\s+)?(?:against|no|opposed|nays|noes)\b(?=\s*(?:[,.;)(]|$|with\b|and\s+\d|\d|abstain|votes?\b))/i;
/** "For: 39  Against: 0", "In favour – 5, Against – 2": a count set out as fields. */
// ("Vote: For 9, Against 13, Abstain 1": the labels without their colons.)
const VOTE_FIELDS = /\b(?:for|in\s+favou?r|ayes?|yeas?|yes)\s*(?:[:=–—-]\s*)?(\d{1,3})[\s,;]+(?:against|nays?|noes|no)\s*(?:[:=–—-]\s*)?(\d{1,3})\b/i;
/** A vote's count for, standing as its own sentence or line: "Ayes: 5.", "For: 6" (group 1). */
const VOTE_FIELD_ALONE = /^(?:(?:vote|votes|voting)\s*(?:[:–—]|-\s)\s*)?(?:for|(?:all\s+(?:those\s+)?)?in\s+favou?r|ayes?|yeas?|yes)\s*(?:[:=–—-]\s*)?(\d{1,3})\s*[.;,]?\s*$/i;
/** The count against right after it: ". Nays: 0", "\nAgainst: 2" (group 1). */
// (On the same line or the next, and its count on the label's own line: "Against:" left empty does not take the number of
// the next item's title, "3. Member survey".)
const VOTES_AGAINST_AFTER = /^[^\S\n]*[.;,]?[^\S\n]*(?:\r?\n[^\S\n]*)?(?:against|nays?|noes|no|opposed)[^\S\n]*(?:[:=–—-][^\S\n]*)?(\d{1,3})\b/i;
// (A field with its value after it: "Reasons for the decision:" closing a line labels the lines below, wherever its gaps.)
const GAP_OUTCOME_FIELD = /(?:\t|[ \u00a0]{2,})(resolved|agreed|approved|decision|decided|carried)\s*:(?=\s*\S)/i;
/** Does the sentence say everyone voted for it ("all in favour", "the ayes have it")? A motion's result, wherever it stands. */
export function allInFavour(s: string): boolean {
  return ALL_IN_FAVOUR.test(s);
}
const ALL_IN_FAVOUR = /\b(?:all|unanimously)\s+in\s+favou?r\b|\ball\s+(?:(?:the\s+)?(?:members|councillors|cllrs|trustees|directors|governors|present|those\s+present)\s+)(?:were|was|voted)\s+in\s+favou?r\b|\ball\s+ayes\b|\bthe\s+ayes\s+have\s+it\b|\bby\s+(?:a\s+)?show\s+of\s+hands\b.*\b(?:carried|agreed|approved)\b/i;
// ("Consensus of Council to direct staff ...", "the consensus of Commission": a US council names itself without "the".)
// ("It was the consensus of members that ...": those present, without "the".)
const CONSENSUS_WHERE = String.raw`(?:\s+(?:in|of|among|within)\s+(?:the\s+(?:room|group|meeting|committee|board|team|wg|working\s+group|council|commission|trustees|directors|members|panel)|(?:[Cc]ouncil|[Cc]ommission|[Bb]oard|[Cc]ommittee)\b|(?:members|councillors|trustees|directors|governors|those\s+present)\b))?`;
/** "Consensus to ...", "reached consensus", and "rough consensus in the room for keeping both" (IETF), "clear consensus for option B". */
const CONSENSUS = new RegExp(
  // ("By consensus, the Commission directed staff to ...": how the body decided, opening the sentence.)
  String.raw`\bconsensus${CONSENSUS_WHERE}\s+(?:to|that|was\s+reached|on|reached)\b|\bconsensus${CONSENSUS_WHERE}\s+(?:was|is)\s+(?:to\s+[a-z]|that\b)|\breached\s+(?:a\s+)?consensus\b|\bconsensus\s*[:–—]\s*\S|^\W{0,3}by\s+(?:general\s+|unanimous\s+)?consensus\s*,|` +
    // ("Strong hum in favour, none against": an IETF working group takes the sense of the room by humming.)
    String.raw`\b(?:strong|clear|loud|overwhelming|unanimous|stronger)\s+hums?\s+(?:in\s+favou?r|for)\b|` +
    String.raw`\b(?:(?:rough|general|broad|clear|strong|full|unanimous)\s+consensus|(?:was|is)\s+(?:a\s+)?consensus)${CONSENSUS_WHERE}\s+for\b`,
  'i',
);
/** "Agreement to hold it on 21 June", "General agreement that the fee stays": what the meeting agreed, as a noun opening the sentence. */
const AGREEMENT_TO = /^\W{0,3}(?:general\s+|unanimous\s+|broad\s+|full\s+)?agreement\s+(?:to\s+[a-z]|that\s)/i;
/** "No consensus — revisit next week", "did not reach a consensus": the want of one. */
const NO_CONSENSUS = /\b(?:no|not|without|never|failed\s+to|unable\s+to|n[o’']t\s+(?:reach|reached)|lack\s+of)\s+(?:(?:reach|reached|a|any|clear|full|real)\s+){0,3}$/i;
// ("Objection raised on highway grounds.", "Recommend refusal.", "Object (overlooking).": telegraphic responses to an application.)
const RESPONSE = /^(?:no\s+objections?|no\s+comments?|no\s+observations?|objections?(?:\s+(?:raised|lodged|submitted|made))?|object|supports?|supported|recommends?\s+(?:refusal|approval|rejection))\s*(?:[.,;:–—(]|-\s|$|subject\b|with\b|on\s+(?:the\s+)?(?:grounds|\w+\s+grounds)|to\s+(?:either|both|the|this|these|it|its|their)\b(?![^.;]*\b(?:was|were|is|are|has|have|had)\b))/i;
// (Or after a colon: "25/04412/FUL — erection of house at Croft 7: no objection.")
/**
 * "CC to object on grounds of loss of housing stock", "Council to support the application": the council's response, decided
 * (not "The CC to support the review was suggested by ...", the subject of a sentence that goes on).
 */
const BODY_TO_RESPOND = /^(?:the\s+)?(?:CC|PC|TC|(?:community|parish|town)\s+council|council|committee)\s+to\s+(?:object|support|raise\s+no\s+objections?|make\s+no\s+(?:objections?|comments?))\b(?!\s+(?:to|if|unless|whether)\b)(?![^.;]*\b(?:was|were|is|are|has|had|would|will|should|could|might)\b)/i;
const DASH_RESPONSE = /(?:\s[–—-]|:)\s+(no\s+(?:objections?|comments?|observations?))\s*\.?\s*$/i;
/** "... – agreed to offer it at half rent", "... - resolved that the fee stays": the meeting's outcome after a dash. */
// ("Regular hirers' rates for 2026 – agreed at £14/hour.": the figure agreed.)
const DASH_AGREED_TO = /\s[–—-]\s+(?:it\s+was\s+)?(?:(?:unanimously|then)\s+)?(agreed|resolved|decided)\s+(?:to\s+[a-z]|that\b|at\s+[£$€]?\d)/i;
/** "— **decision: go with Linemark**", "– Outcome: approved": a decision's label opening the clause after a spaced dash. */
const DASH_DECISION = /\s[–—-]\s+(?:\*\*|__)?(decision|outcome|conclusion|resolution)(?:\*\*|__)?\s*:(?=\s*(?:\*\*|__)?\s*\S)/i;
/**
 * "Subscriptions to remain at £40 – agreed by a show of hands.", "Treasurer – Sam Ng – re-elected.", "– design approved":
 * the outcome closes the line, perhaps after a word naming what it decides (findOutcomes turns away a name: "– Ray agreed").
 * ("£1,500 towards roof repairs: Agreed (Cllr Pell took no part).", "£750: Declined, as the club has reserves.": a note in
 * brackets after it, or the reason; "A fellowship for the principal – agreed in principle, Bob to bring a costing.": or
 * who is to act on it; "Christmas social – agreed for 18 December at the Crown.": or what it was fixed for.)
 */
const DASH_OUTCOME = new RegExp(String.raw`(?:\s[–—-]\s+|:\s+)(?:(?:duly|unanimously)\s+)?(?:(?:read(?:\s+out)?|received|circulated|considered|discussed|reviewed|presented)\s+and\s+|(?:the\s+)?(?!(?:he|she|they|it|we|i|you|who|all|everyone|nobody)\b)[a-z][a-z'’-]+\s+)?((?:re-?)?elected|agreed|approved|carried|adopted|accepted|noted|deferred|postponed|declined|refused|denied|rejected)\b(?:\s+(?:unopposed|unanimously|nem\.?\s*con\.?|by\s+(?:a\s+)?show\s+of\s+hands|by\s+(?:everyone|all|consensus|acclamation)|with\s+thanks|in\s+principle|(?:pending|until)\s+[^.;:]{1,40}|for\s+(?!(?:him|her|them|himself|herself|themselves)\b)[^.;:]{1,60}))?(?:,\s*(?:[${CAPITALS}][${LETTERS}${MARKS}0-9_'’-]*(?:\s+(?:and|&)\s+[${CAPITALS}][${LETTERS}${MARKS}0-9_'’-]*)?\s+abstaining|(?:with\s+)?(?:one|two|three|four|\d+)\s+abstentions?))?(?:,\s*with\s+thanks(?:\s+(?:to|for)\s+[^.;]{1,60})?|,\s*(?:as|because|since|owing\s+to|due\s+to)\s+[^.;]{1,100}|${THEN_WHO_ACTS})?(?:\s*\([^()]{1,80}\))?\s*[.;]?\s*$`, 'iu');
/** "Hearing no objection, the chair declared the minutes approved.": the chair's declaration of the result. */
const DECLARED = /\bdeclared\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,4}?(approved|adopted|carried|passed|lost|defeated|elected|agreed)\b/i;
/**
 * "Letter from TII re N24 works, noted.", "Email from the police, contents noted.", "Quarterly accounts, approved.": the
 * outcome after a comma closes the sentence, as a correspondence list or a clerk's shorthand records it. Only the
 * participle itself there, or after "contents", "duly" or "received and": "..., as agreed" recalls an earlier decision,
 * and "If approved, the Clerk ..." decides nothing.
 */
const COMMA_OUTCOME =
  /,\s+(?:(?:contents?|duly|unanimously|received\s+and|read(?:\s+out)?\s+and)\s+)?(noted|approved|accepted|agreed|adopted|endorsed|ratified|carried|deferred|refused|denied)(?:\s+(?:and\s+(?:filed|noted|signed)|with\s+thanks|unanimously|nem\.?\s*con\.?|by\s+(?:all|everyone|consensus)))?\s*[.;]?\s*$/i;
/** A capitalised word before a dash's outcome that names someone ("– Ray agreed"), not a thing decided ("– Accounts adopted"). */
const DASH_WHO = /(?:^|\s)(?!(?:Accounts?|Minutes|Budget|Report|Proposal|Motion|Recommendations?|Application|Plan|Policy|Amendment|Resolution|Quotes?|Tender|Contract|Precept|Design|The)\s)[A-Z][a-z'’-]+\s+\S+$/;
const APPROVED_RECORD = /\b(?:approved|signed|confirmed|agreed)\s+as\s+a\s+(?:true|correct|accurate)\s+record\b|\bminutes\b(?:[^\s.;]*\s+){1,31}?(?:were|was)\s+(?:a\s+)?(?:true|correct|accurate)\s+record\b/i;

// ("No action agreed.", "Nothing was agreed.": none was made; not "No increase in fees agreed", which agrees to none.)
const NOTHING_WAS =
  /^no\s+(?!objections?\b|comments?\b|observations?\b|one\b)(?:[a-z-]+\s+){1,3}(?:was|were|has\s+been|had\s+been|have\s+been|is|are)\s|^no\s+(?:further\s+)?(?:actions?|decisions?|resolutions?|conclusions?|outcomes?)\s+(?:agreed|decided|resolved|approved|taken|reached)\b|^nothing\s+(?:(?:further|else|more)\s+)?(?:(?:was|were|has\s+been|had\s+been|could\s+be|can\s+be)\s+)?(?:agreed|decided|resolved|approved)\b/i;
/** What stands just before an outcome's word and denies it: "not ", "was not ", "n't been "; "not yet " (group 1) and "yet to be ", "still to be " (group 2) say it is still to come. */
const NEGATED = /(?:^|[^\w'’])(?:(?:not|n[o'’]t|never)\s+(?:(yet)\s+)?(?:been\s+|be\s+)?|(yet|still)\s+to\s+be\s+)(?:duly\s+)?$/i;

/** An adverb between the auxiliary and an outcome's word: "is formally adopted". */
const PENDING_ADVERB = String.raw`(?:(?:formally|finally|fully|duly|then|properly)\s+)?`;
/** The auxiliary an outcome's range may open with ("is adopted"), read with what stands before it. */
const PENDING_AUX = new RegExp(String.raw`^(?:is|are|has\s+been|have\s+been)\s+` + PENDING_ADVERB, 'i');
/** What stands before an outcome's word in a clause that waits for it: "before the report is ", "until the budget has been ", "once it is formally ". */
const PENDING_CLAUSE = new RegExp(String.raw`\b(?:before|until|till|unless|once|when|whenever|if|pending|provided|assuming)\s+(?:[^,.;:()]{0,80}?\s)?(?:is|are|has\s+been|have\s+been|gets|get)\s+` + PENDING_ADVERB + '$', 'i');

/**
 * Background, not this meeting's outcome: what another body decided ("... was approved by the district council in
 * October", "The county council approved the scheme last year") or what was decided before ("Funding was approved by the
 * lottery in 2023", "A motion on this was passed at the county council last month"). `after`: where the outcome's words end.
 * ("The minutes of the last meeting were approved" is this meeting's: "last meeting" is not such a time; nor is "last
 * year's" in "agreed to ask last year's helpers".) With
 * `bodyIsSubject`, the meeting's body is the verb's subject, and "by the District Council" after it is its object's: "The
 * Committee noted the decisions issued by the District Council".
 */
const EARLIER = /\b(?:last\s+(?:year|month|week|summer|spring|autumn|winter|term|session)(?![’']s\b)|(?:in|during)\s+(?:19|20)\d\d\b(?![/-])|earlier\s+(?:this|in\s+the)\s+year|years?\s+ago|months?\s+ago|at\s+(?:its|their)\s+(?:last|previous|earlier)\s+meeting)\b/i;
const OTHER_BODY = /^[^.;]*?\b(?:by|at)\s+(?:the\s+)?(?:county|district|borough|city|unitary|combined\s+authority|planning\s+(?:authority|inspectorate)|(?:planning\s+)?inspector|secretary\s+of\s+state|government|lottery|funders?|landlord|police|diocese|dac|diocesan\s+(?:advisory\s+committee|board|registry|office)|archdeacon|bishop|charity\s+commission|environment\s+agency|historic\s+england|natural\s+england|highways\s+(?:authority|england|agency)|insurers?|bank|hmrc|ofsted|regulator)\b/i;
/**
 * Another council as the subject: "the county council approved ...", and written with capitals, "The District Council
 * approved the application" (not "The City Council ...": a city council's own minutes call it that); or another body's
 * own board: "The school's governors resolved to expand the nursery", "The Hall Trust's trustees agreed ...".
 */
const OTHER_BODY_SUBJECT = /^(?:[Tt]he\s+)?(?:county|district|borough|city|unitary|neighbouring|regional)\s+(?:council|authority)\b|^The\s+(?:County|District|Borough)\s+Council\b|^(?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){0,3}?(?:[Ss]chool|[Cc]hurch|[Cc]lub|[Hh]all|[Tt]rust|[Cc]harity|[Cc]ompany|[Aa]cademy|[Cc]ollege|[Ss]ociety|[Aa]ssociation|[Cc]ounty)['’]s\s+(?:governors|trustees|directors|board|committee|members|council|cabinet|PCC)\b/;
/**
 * What someone said, in a clause after "that": "The contractor said that access was denied to the site", "The Clerk
 * reported that the grant had been approved" tell of a decision, they do not record the meeting's. (Not "confirmed",
 * "announced" or "declared": "The Chair confirmed that the motion was carried" gives the result.)
 */
const REPORTED_THAT = /\b(?:said|says|reported|explained|mentioned|pointed\s+out|commented|remarked|understood|believed|heard|learn(?:ed|t)|felt|thought|claimed|complained|alleged|(?:told|informed|reminded|assured)(?:\s+(?:the\s+)?[\w-]+)?)\s+that\s+(?:(?!\band\s+(?:this|it)\s)[^,;:.])*$/i;
/** Someone's words reported without "that", before what another had done: "the President said the university had". */
const REPORTED_HAD = /\b(?:said|says|reported|explained|stated|mentioned|understood|believed|heard|felt|thought|claimed|told\s+[\w-]+|informed\s+[\w-]+)\s+(?:[^,;:.]+\s)?(?:had|has|have)\s+$/i;
/** Where a clause breaks: a comma, a semicolon or colon, or a word that opens another clause. */
const CLAUSE_BREAK = /[,;:]|\b(?:that|which|who|whom|whose|whether|because|although|though|while|when|after|before|since|but)\b/gi;
/**
 * Is the outcome found at [at, after) in sentence s background? Read in its own clause only: "Members noted that the
 * scheme was approved by the county last year" records a noting, whatever the clause after "that" tells.
 */
function elsewhere(s: string, at: number, after: number, bodyIsSubject = false): boolean {
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(s); b !== null && b.index < at; b = CLAUSE_BREAK.exec(s)) from = b.index + b[0].length;
  CLAUSE_BREAK.lastIndex = after;
  const next = CLAUSE_BREAK.exec(s);
  const clause = s.slice(from, next ? next.index : s.length);
  return EARLIER.test(clause) || (!bodyIsSubject && OTHER_BODY.test(s.slice(after, next ? next.index : s.length))) || OTHER_BODY_SUBJECT.test(clause.trimStart()) || (from > 0 && REPORTED_THAT.test(s.slice(Math.max(0, from - 300), at)));
}

function lowerKind(word: string): OutcomeKind {
  const w = word.toLowerCase();
  const sp = w.search(/\s/);
  if (sp < 0) return KIND[w] ?? 'decision';
  return KIND[w.replace(/\s+/g, ' ')] ?? KIND[w.slice(0, sp)] ?? 'decision';
}

/**
 * Finds the words in one sentence that record the meeting's outcome. Prose
 * that merely uses the words ("the issue had been resolved", "Cllr X noted
 * that", "the following points were noted:") records none.
 */
export function findOutcomes(text: string, span: Span, out: Outcome[]): void {
  const before = out.length;
  findOutcomesCased(text, span, out);
  if (out.length > before) return;
  // ("Dim gwrthwynebiad / No objection.": a sentence in two languages, as Welsh minutes write it; its second half is read
  // on its own.)
  const half = secondLanguageHalf(text, span);
  if (half) {
    findOutcomesCased(text, half, out);
    if (out.length > before) return;
  }
  // ("The Committee was ASSURED by the audit opinion", "Senate ENDORSED the plan": the verb alone in capitals, as university
  // and NHS minutes set it, read in small letters.)
  const s = text.slice(span.start, span.end);
  if (s.includes('ED') && CAPS_OUTCOME.test(s)) {
    const t = s.replace(CAPS_OUTCOME_ALL, (w) => w.toLowerCase());
    const found: Outcome[] = [];
    findOutcomesCased(t, { start: 0, end: t.length }, found);
    for (const o of found) out.push({ kind: o.kind, range: { start: o.range.start + span.start, end: o.range.end + span.start } });
    if (out.length > before) return;
  }
  // A sentence in capitals whose words record nothing as written ("WRITE-OFFS TOTALLING £12,400 WERE AUTHORISED.") is
  // read again in ordinary case, as its tasks are.
  if (span.end - span.start < 12 || oddCase(text, span) !== 1) return;
  const t = readableCase(text.slice(span.start, span.end)) ?? text.slice(span.start, span.end);
  const found: Outcome[] = [];
  findOutcomesCased(t, { start: 0, end: t.length }, found);
  for (const o of found) out.push({ kind: o.kind, range: { start: o.range.start + span.start, end: o.range.end + span.start } });
}

/**
 * "Niko: Agreed.", "scottmcm: approved from my side": a participant's own words, as notes that name each speaker write
 * them, not the meeting's outcome (as "Cllr X noted that ..." is a remark). The label is someone the minutes name (not a
 * role: "Chair: Agreed." is left to be read as before).
 */
export function speakerRemark(text: string, span: Span, people: People): boolean {
  // (Most sentences have no colon in their first words: looked for there only, without copying any text.)
  const limit = Math.min(span.end, span.start + 24);
  let colon = span.start;
  while (colon < limit && !(text.charCodeAt(colon) === 0x3a && text.charCodeAt(colon + 1) === 0x20)) colon++;
  if (colon >= limit) return false;
  const head = text.slice(span.start, Math.min(span.end, span.start + 40));
  const m = SPEAKER_OPENING.exec(head);
  if (!m) return false;
  const words = m[1]!.split(' ');
  return words.every((w) => !ROLE_WORDS.has(w.toLowerCase()) && people.has(w.toLowerCase()));
}
const SPEAKER_OPENING = new RegExp(String.raw`^\s*([${LETTERS}][${LETTERS}'’.-]{1,20}(?: [${CAPITALS}][${LETTERS}'’-]{1,20})?):\s+(?:agreed|agree|approved|noted|resolved|decided|carried)\b`, 'iu');

/** An outcome's verb in capitals within a sentence in ordinary case. */
const CAPS_OUTCOME_WORDS = String.raw`ASSURED|RECEIVED|ENDORSED|SUPPORTED|ACCEPTED|DECIDED|APPROVED|AGREED|NOTED|ADOPTED|RATIFIED|CONFIRMED|DEFERRED|REFUSED|GRANTED|AUTHORI[SZ]ED|DELEGATED|RECOMMENDED|ELECTED|APPOINTED|REVIEWED|CONSIDERED|WELCOMED|DIRECTED|REQUESTED`;
const CAPS_OUTCOME = new RegExp(String.raw`(?<=[a-z]\S*\s+)(?:${CAPS_OUTCOME_WORDS})\b`);
const CAPS_OUTCOME_ALL = new RegExp(String.raw`\b(?:${CAPS_OUTCOME_WORDS})\b`, 'g');
/** The meeting's asking or agreeing in capitals within a sentence in ordinary case ("The Board ASKED for ..."). */
const CAPS_ASKING_WORDS = String.raw`ASKED|REQUESTED|DIRECTED|INSTRUCTED|AGREED|DECIDED|RESOLVED`;
const CAPS_ASKING = new RegExp(String.raw`(?<=[a-z]\S*\s+)(?:${CAPS_ASKING_WORDS})\b`);
const CAPS_ASKING_ALL = new RegExp(String.raw`\b(?:${CAPS_ASKING_WORDS}|${CAPS_OUTCOME_WORDS})\b`, 'g');

/** One word of eight letters or more, alone ("Présidente,"). */
const ONE_LONG_WORD = new RegExp(String.raw`^\s*[${LETTERS}]{8,}[.,]?\s*$`, 'u');
/**
 * The half after " / " of a sentence written in two languages ("Clerc i ysgrifennu at y banc / Clerk to write to the
 * bank"): where a capital opens it and a few words stand before it; null for any other sentence.
 */
function secondLanguageHalf(text: string, span: Span): Span | null {
  if (span.end - span.start < 16) return null;
  const s = text.slice(span.start, span.end);
  const slash = s.lastIndexOf(' / ');
  // (Not a motion's mover and seconder: "Motion 27-018: Becker / Choi to approve the agenda".)
  if (slash >= 0 && LABEL_PAIR.test(s)) return null;
  // (A single word of the other language will do when it is a long one: "Cymeradwywyd / Approved.")
  if (slash < 8 || !OPENS_CAPITAL.test(s.slice(slash + 3)) || !(/\S\s+\S/.test(s.slice(0, slash)) || ONE_LONG_WORD.test(s.slice(0, slash)))) return null;
  return { start: span.start + slash + 3, end: span.end };
}

/** A phrase saying how the meeting came to a decision, opening the sentence before the decision's word (see findOutcomesCased). */
const HOW_IT_CAME =
  /^(?:(?:after|following|upon)\s+(?:(?:a|the|some|much|further|brief|lengthy|long|full|short|careful|general|detailed|considerable|robust|lively)\s+)*(?:discussions?|debate|consideration|deliberations?|questions|votes?|show\s+of\s+hands|review|reflection)|on\s+balance|in\s+principle|on\s+a\s+show\s+of\s+hands)\s*,?\s+(?=(?:agreed|approved|noted|resolved|decided|deferred|accepted|adopted|endorsed)\b)/i;

const HOW_IT_CAME_COMMA =
  /^(?:(?:after|following|upon)\s+(?:(?:a|the|some|much|further|brief|lengthy|long|full|short|careful|general|detailed|considerable|robust|lively)\s+)*(?:discussions?|debate|consideration|deliberations?|votes?|show\s+of\s+hands|ballot|poll)|on\s+balance|on\s+a\s+show\s+of\s+hands)\s*,\s+(?=\S)/i;

function findOutcomesCased(text: string, span: Span, out: Outcome[]): void {
  const s = text.slice(span.start, span.end);
  // Cheap gate: most sentences in minutes are discussion and hold none of the stems.
  // ("The Board was content to receive the update" holds none of them either: read by CONTENT_TO.)
  if (!OUTCOME_STEMS.test(s) && !s.includes(' to receive') && !(s.includes('proceed') && /\bto\s+proceed\b/.test(s))) return;
  const at = (i: number, len: number): Range => ({ start: span.start + i, end: span.start + i + len });
  // "ACTION: Approved the consent calendar" (US minutes) labels what the body did, not a task.
  // A leading "(Singh/Volkov)" (mover and seconder) does not stop "Passed unanimously" opening the sentence.
  // "1)    Noted the updated forecast" under "Cabinet:", "a) approved the annual accounts;" under "the Board:": the list's
  // label does not open the sentence either.
  // "Christmas social: agreed to book the Crown": a short topic label before the outcome does not open the sentence.
  const opened = s
    // ("🟢 Agreed to ship on Friday": a mark of colour or a tick before it, as notes put one.)
    .replace(/^(?:[\s*_"“‘'\uFE0F]|\p{Extended_Pictographic})+/u, '')
    // ("Board Action: Consent agenda approved unanimously.": what the board did, after the label; "Board decision:" is a
    // decision's label as "Decision:" is.)
    // ("ACTION: Introduced and waived first reading, 4-1": a US council's action minutes, the result after the label.)
    .replace(/^(?:(?:board|council|committee|commission|trustees?['’]?|directors['’]?)\s+)?action(?:\s+taken)?\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*(?=[A-Z])/i, '')
    .replace(/^(?:board|council|committee|commission|trustees?['’]?|directors['’]?)\s+(?=(?:decisions?|resolutions?)\s*(?:\*\*|__)?\s*[:–—])/i, '')
    .replace(/^(?!(?:results?|outcomes?|decisions?|resolutions?|conclusions?|consensus|votes?|voting|actions?(?:\s+taken)?)\s*:)[A-Z][\w'’ -]{0,30}:\s+(?=(?:agreed|approved|noted|resolved|decided|deferred|carried)\b|(?:support|object|objection|no\s+objections?|no\s+comments?|no\s+observations?)\s*[.;]?\s*$)/i, '')
    // ("Resolution 2025/07: The Board resolves to ...": a numbered resolution's label before the body's sentence.)
    .replace(/^(?:resolution|motion)\s+(?:no\.?\s*)?[\w/.-]*\d[\w/.-]*(?:\s*[:–—]|\s+-)\s+(?=(?:the|this)\s+[A-Z])/i, '')
    .replace(/^\([^()]{1,40}\)\s+(?=[A-Z])/, '')
    .replace(/^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})\)[\s\u00a0]+(?=[A-Za-z])/, '')
    // ("3.2 Agreed to pilot online booking": a numbered paragraph's number does not open its sentence either.)
    .replace(/^\d{1,3}(?:\.\d{1,3})+\.?[\s\u00a0]+(?=[A-Za-z])/, '')
    // ("After discussion, agreed to absorb the rise", "Following a vote, approved the purchase", "On balance agreed ...":
    // how the meeting came to it, before the decision's word.)
    .replace(HOW_IT_CAME, '')
    // ("Following a vote, option B was chosen.", "After a show of hands, the Crown was chosen as the venue": such a phrase
    // and its comma before a sentence of its own.)
    .replace(HOW_IT_CAME_COMMA, '');
  const lead = s.length - opened.length;
  // ("**Fun run selected.**": a decision set in bold, its closing marks after the full stop or before it.)
  const body = opened.endsWith('**') || opened.endsWith('__') || /(?:\*\*|__)[.!]$/.test(opened) ? opened.replace(/(?:\*\*|__)([.!]?)$/, '$1') : opened;
  // "No resolution was adopted.", "No motion was passed.": nothing was (not "No objections were raised", a response).
  if ((body.charCodeAt(0) | 0x20) === 0x6e && NOTHING_WAS.test(body)) return;
  // ("Members agreed to differ.", "They agreed to disagree": that there was no agreement.)
  if ((s.includes('iffer') || s.includes('isagree')) && /\bagreed?\s+to\s+(?:differ|disagree)\b/i.test(s)) return;
  // (`word`: where the word that decides stands, when the range starts before it: "The motion was not carried".)
  const push = (kind: OutcomeKind, i: number, len: number, word = i): void => {
    // "Not carried.", "The motion was not carried", "was not approved": the motion failed, the proposal was turned down.
    // ("The accounts, not yet approved, ..." and "The grant has yet to be approved" record nothing yet.)
    const neg = word > 3 ? NEGATED.exec(s.slice(Math.max(0, word - 16), word)) : null;
    if (neg && (neg[1] || neg[2])) return;
    // ("... disappointment that recommendation 3 had not been accepted": what had become of it before, not this meeting's
    // decision.)
    if (neg && /\bhad(?:\s+not|n['’]t|\s+never)\s+(?:yet\s+)?been\s+(?:duly\s+)?$/i.test(s.slice(Math.max(0, word - 24), word))) return;
    // ("Date not agreed.", "The venue was not agreed": what is still to be settled, not a proposal turned down.)
    if (neg && TBC_SUBJECT.test(s.slice(lead, word).replace(/\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?not\s*$/i, '').trim())) return;
    // ("... a second opinion before the report is adopted", "No work to start until the budget is agreed": a decision to come,
    // in a clause that waits for it.)
    if (word > 8 && PENDING_CLAUSE.test(s.slice(Math.max(0, word - 100), word) + (PENDING_AUX.exec(s.slice(word, word + 24))?.[0] ?? ''))) return;
    out.push({ kind: neg ? 'failed' : kind, range: at(i, len) });
  };
  const before = out.length;
  const taken = /^(?:action(?:\s+taken)?)\s*(?:\*\*|__)?\s*[:–—-]\s*(?:\*\*|__)?\s*(approved|adopted|carried|passed|accepted|denied|rejected|agreed|noted|received)\b/i.exec(body);
  if (taken) {
    const i = lead + taken[0].length - taken[1]!.length;
    return push(lowerKind(taken[1]!), i, taken[1]!.length);
  }
  // "(Moved: Becker; Second: Liu) VOTE: Approved unanimously.", "Vote: carried 5-0": the vote's result after its label.
  const vote = /vot/i.test(s) ? VOTE_LABEL.exec(s) : null;
  if (vote) return push(lowerKind(vote[1]!), vote.index + vote[0].length - vote[1]!.length, vote[1]!.length);
  // "Vote: 5-0.", "Vote: 4-1 (Yoon opposed)": the tally alone says how the motion went.
  const tally = /vot/i.test(s) ? VOTE_TALLY.exec(s) : null;
  if (tally) return push(+tally[1]! > +tally[2]! ? 'carried' : 'failed', tally.index, tally[0].length);
  // "Vote: extend the test 2 more weeks — 2 for, 1 against → extend": what was put, then how many were for and against.
  const counts = /vot/i.test(s) ? VOTE_COUNTS.exec(s) : null;
  if (counts) {
    const n = (w: string): number => (/^\d/.test(w) ? +w : NUMBER_WORDS.indexOf(w.toLowerCase()));
    return push(n(counts[1]!) > n(counts[2]!) ? 'carried' : 'failed', counts.index, counts[0].length);
  }

  // ("Letter from the District Governor re the conference. Filed.": a letter put on file, as "received and filed" records it.)
  if (body.length <= 8 && /^filed\s*[.!]?\s*$/i.test(body)) return push('noted', lead, 5);
  const o0 = OPENING.exec(body);
  // "Decision: None yet – the cook will trial two dishes", "Outcome: pending": the label says none was made.
  const o = o0 && o0[6] && NO_DECISION_YET.test(body.slice(o0[0].length)) ? null : o0;
  if (o) {
    const word = (o[2] ?? o[3] ?? o[4] ?? o[5] ?? o[6] ?? o[7])!;
    // ("Result: Passed (9 for, 4 against)", "Outcome: rejected": the label's value says how it went.)
    const value = o[6] ? LABEL_VALUE.exec(body.slice(o[0].length)) : null;
    const kind = o[1] ? 'unresolved' : lowerKind(value ? value[1]! : word);
    push(kind, lead, o[0].length);
  }
  // ("**Status:** Accepted", as an architecture decision record gives its decision; not "Status: in progress".)
  else if ((body.charCodeAt(0) | 0x20) === 0x73 && /^status\s*(?:\*\*|__)?\s*:/i.test(body)) {
    const colon = body.indexOf(':') + 1;
    const value = LABEL_VALUE.exec(body.slice(colon));
    if (value) push(lowerKind(value[1]!), lead, colon + value[0].length);
  }
  UPPER.lastIndex = 0;
  let u: RegExpExecArray | null;
  while ((u = UPPER.exec(s))) {
    if (o && u.index < lead + o[0].length) continue;
    push(lowerKind(u[1]!), u.index, u[1]!.length);
  }
  // "Moved: Sarah Nguyen  Seconded: Lisa Tran   Carried.": the result after a gap, as a form sets it out.
  const gap = GAP_RESULT.exec(s);
  if (gap && out.length === before) push(lowerKind(gap[1]!), gap.index + gap[0].length - gap[0].trimStart().length, gap[1]!.length);
  if (out.length > before) return;

  let m: RegExpExecArray | null;
  // ("Proposal to charge £2 entry: +1 from everyone present", "+1s all round": the room's agreement, as notes record it;
  // not "+1 from Sam", one voice.)
  if (s.includes('+1') && (m = PLUS_ONE_ALL.exec(s))) return push('consensus', m.index, m[0].length);
  // (Not "It was agreed at the last meeting that ...", "It was agreed in October that ...": an earlier meeting's decision,
  // recalled; nothing else in the sentence is read then.)
  if ((m = IT_WAS.exec(s))) {
    if (m[1]!.toLowerCase() !== 'noted' && DECIDED_EARLIER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) return;
    // ("It was noted by Cllr Reid that the bins were full": one person's remark, as "Cllr Reid noted that ..." is; not "It
    // was noted by the Committee that ...".)
    if (m[1]!.toLowerCase() === 'noted' && NOTED_BY_SOMEONE.test(s.slice(m.index + m[0].length, m.index + m[0].length + 80))) return;
    return push(lowerKind(m[1]!), m.index, m[0].length);
  }
  // "Ordered, That the Clerk prepare a call for evidence.": a committee's order, as "Resolved, That" is its resolution.
  if ((m = ORDERED_THAT.exec(body))) return push('resolved', lead + m[0].length - m[1]!.length, m[1]!.length);
  // "The Council approves the budget", "This Council resolves to ...": a resolution in the present tense, opening its sentence.
  // ("We agree with the residents' concerns" shares a view, as "agreed with" does below.)
  if ((m = BODY_PRESENT.exec(body)) && !(/^agrees?$/i.test(m[1]!) && AGREED_WITH_VIEW.test(body.slice(m.index + m[0].length))))
    return push(lowerKind(m[1]!), lead + m[0].length - m[1]!.length, m[1]!.length);
  // "Directors agreed with homeowners' concerns" shares a view; it decides nothing.
  if ((m = BODY_VERB.exec(s)) && !(m[1]!.toLowerCase() === 'agreed' && AGREED_WITH_VIEW.test(s.slice(m.index + m[0].length))) && !elsewhere(s, m.index, m.index + m[0].length, true)) {
    const i = m.index + (m[0].length - m[0].trimStart().length);
    // ("The Board concurred.", "... declined to fund the request", "The group concluded that ...", "Team aligned on option B":
    // the body's decision, of no kind of its own.)
    const w = m[1]!.toLowerCase();
    const newer = /^(?:concurred|declined|concluded|aligned|settled)$/.test(w);
    // ("The team aligned on priorities last quarter": these words record this meeting's decision only in its present.)
    if (!(newer && IN_THE_PAST.test(s.slice(m.index + m[0].length)))) {
      const kind = w === 'concurred' ? 'agreed' : newer ? 'decision' : lowerKind(w);
      return push(kind, i, m.index + m[0].length - i);
    }
  }
  if ((s.includes('tabled') || s.includes('TABLED')) && (m = BODY_TABLED.exec(s)) && !elsewhere(s, m.index, m.index + m[0].length, true)) return push('decision', m.index + m[0].indexOf(m[1]!), m[1]!.length);
  // "The registers were placed before the Board and taken on record.": what Indian company minutes note as received.
  if (s.includes('record') && (m = TAKEN_ON_RECORD.exec(s))) return push('noted', m.index + m[0].length - m[1]!.length, m[1]!.length);
  // "The petition was referred to the Infrastructure Committee.": sent on, a decision ("referred to in the report" is not).
  if (s.includes('referred') && (m = REFERRED.exec(s))) return push('decision', m.index + m[0].indexOf('referred'), 8);
  // "Continued by consent.", "The hearing was continued to January 5, 2026.": a US board's word for putting a case off.
  if ((m = CONTINUED.exec(body))) {
    const word = m[1] ?? m[2]!;
    return push('decision', lead + m.index + m[0].lastIndexOf(word), word.length);
  }
  // ("Level of assurance: Substantial.", "**Assurance rating:** Limited": the committee's rating of the report, its view.)
  if (s.includes('ssurance') && (m = ASSURANCE_LEVEL.exec(body))) return push('noted', lead + m[0].length - m[1]!.length, m[1]!.length);
  if (s.includes('ssur') && (m = ASSURANCE.exec(s))) {
    const w = (m[1] ?? m[2])!;
    const at = m.index + m[0].lastIndexOf(w);
    // ("The Committee was not assured": its view, recorded, not a motion that failed; the range covers "not assured".)
    const not = /\bnot\s+$/i.exec(s.slice(Math.max(0, at - 8), at));
    if (not) return push('noted', at - not[0].length, w.length + not[0].length, at - not[0].length);
    return push('noted', at, w.length);
  }
  // (Its "to" may end a line a PDF's text wraps: "... were content to" / "note the update.")
  if ((s.includes(' to ') || s.includes(' to\n') || s.includes(' to\r')) && (m = CONTENT_TO.exec(s))) {
    // ("Members were happy to proceed with the contractor": to go ahead, a decision.)
    const v = (m[1] ?? m[2]!).toLowerCase();
    const i = m.index + m[0].toLowerCase().search(new RegExp(`\\s${v}(?![a-z])(?![\\s\\S]*\\s${v}(?![a-z]))`)) + 1;
    return push(lowerKind(v.endsWith('e') ? v + 'd' : v + 'ed'), i, v.length);
  }
  // (Not a motion's words, "That the item lie on the table": whether it was put off is the vote's to say.)
  if (s.includes('table') && (m = LIE_ON_TABLE.exec(s)) && !/\bthat\s/i.test(s.slice(0, m.index))) return push('decision', m.index, m[0].length);
  if ((m = BODY_DEFERS.exec(s))) {
    const i = m.index + (m[0].length - m[0].trimStart().length);
    return push('decision', i, m.index + m[0].length - i);
  }
  if ((m = GROUP_AGREED.exec(body))) return push(lowerKind(m[1]!), lead + m[0].length - m[1]!.length, m[1]!.length);
  if ((m = MEMBER_FOR_DECIDED.exec(body))) return push(lowerKind(m[1]!), lead + m[0].length - m[1]!.length, m[1]!.length);
  if ((m = MOTION_RESULT.exec(s)) && !elsewhere(s, m.index, m.index + m[0].length)) return push(lowerKind(m[1]!), m.index, m[0].length, m.index + m[0].length - m[1]!.length);
  if (s.includes('withdr') && (m = WITHDREW_MOTION.exec(s)) && !elsewhere(s, m.index, m.index + m[0].length)) return push('withdrawn', m.index, m[0].length);
  // "the motion was not seconded": it fell, as one that "died for lack of a second" does.
  if ((m = NOT_SECONDED.exec(s))) return push('failed', m.index, m[0].length);
  if ((m = ARTICLE_RESULT.exec(s))) return push(lowerKind(m[1]!), m.index, m[0].length, m.index + m[0].length - m[1]!.length);
  if ((m = MSC.exec(s))) return push((m[1] ?? m[2]) === 'F' ? 'failed' : 'carried', m.index, m[0].length);
  if ((m = SO_RESOLVED.exec(body))) return push(lowerKind(m[1] ?? m[2]!), lead, m[0].trimEnd().length);
  // ("Hearing no objections, the minutes stand approved as distributed.": Robert's Rules' approval by the chair.)
  if (s.includes('stand') && (m = STANDS_APPROVED.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].length - m[1]!.length, m[1]!.length);
  // ("The Chair ruled the motion out of order": set aside, as "the motion was ruled out of order" is.)
  if (s.includes('ruled') && (m = RULED_OUT.exec(s))) return push('withdrawn', m.index, m[0].length);
  if (s.includes('ccordingly') && (m = AND_ACCORDINGLY.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].lastIndexOf(m[1]!), m[1]!.length);
  if ((m = VOTE_WAS.exec(body)) && (m[1] || m[2] !== m[3])) return push(m[1] || (!m[4] && +m[2]! > +m[3]!) ? 'carried' : 'failed', lead, m[0].trimEnd().length);
  if (s.includes('ance') && (m = COGNISANCE.exec(s))) return push('noted', m.index, m[0].length);
  if (s.includes('nite') && (m = UNITE_WITH.exec(s))) return push('agreed', m.index, m[0].length);
  // "The minutes were confirmed and signed", "Minutes approved.", "Budget approved.", "Report noted.": the decision, tersely.
  if ((m = MINUTES_SIGNED.exec(s))) return push('approved', m.index + m[0].length - m[1]!.length, m[1]!.length);
  // ("1. The minutes of the previous meeting" / "were read and confirmed.": the item's text opens with the verb, its
  // subject the title before it.)
  if ((m = SUBJECT_IN_TITLE.exec(body))) return push('approved', lead + m[0].length - m[1]!.length, m[1]!.length);
  // (Of the kind its first word says, "agreed and signed" as agreed; "read and signed" approves them.)
  if ((m = MINUTES_READ_SIGNED.exec(body))) return push(/^read/i.test(m[1]!) ? 'approved' : lowerKind(m[1]!), lead + m[0].length - m[1]!.length, m[1]!.length);
  if (s.includes('signed') && (m = CHAIR_SIGNED.exec(s))) return push('approved', m.index, m[0].length);
  if ((m = NOT_PASSED.exec(body))) return push('failed', lead, m[0].length);
  // "Approved spend of £150 on new gazebo weights.", "Accepted the lowest quote.": the body's verb first, its subject left
  // out, as notes record a decision; not where another verb follows ("Approved contractors are listed in ...").
  // (Rejecting, declining, refusing something is a decision on it, not a failed vote.)
  if ((m = VERB_FIRST_DECISION.exec(body)) && !FINITE_AFTER.test(body.slice(m[0].length))) return push(/^(?:rej|dec|ref)/i.test(m[1]!) ? 'decision' : lowerKind(m[1]!), lead + m.index, m[1]!.length);
  if ((m = ACTED_TALLY.exec(body)) && m[1] !== m[2]) return push(+m[1]! > +m[2]! ? 'carried' : 'failed', lead, m[0].length);
  // ("The contractor said that the plan was approved.", "Officers recommend that it be approved.": what someone said of it
  // or proposes, read as prose below.)
  // ("Budget: £2,000 agreed.", "Skip hire: quote from Greenways accepted.": a topic's label, then the decision tersely.)
  let tBody = body;
  m = TELEGRAPHIC.exec(body);
  const topic = m === null && body.indexOf(': ') > 0 ? TOPIC_LABEL.exec(body) : null;
  if (topic) m = TELEGRAPHIC.exec((tBody = body.slice(topic[0].length)));
  const tLead = lead + body.length - tBody.length;
  if (m && !PERSON_OPENS.test(tBody)) {
    const at = m[0].search(new RegExp(`\\b${m[1]!}\\b`, 'i'));
    const before = tBody.slice(0, at);
    // ("No date agreed.", "no budget approved": nothing was; not "No increase in hours agreed", a decision to keep them, nor
    // "No. 12 approved", a number.)
    // ("Attendance has declined.", "Membership numbers declined.": a figure that fell, not a motion.)
    const trend = m[1]!.toLowerCase() === 'declined' && DECLINING.test(before);
    // ("Ben: circulate the draft once approved.": a decision to come, after a word that waits for it.)
    const waits = /\b(?:once|when|if|until|unless|after|before|provided)\s*$/i.test(before);
    // ("the President said the university had agreed": what someone said another had done, "that" left out.)
    const reported = REPORTED_THAT.test(before) || REPORTED_HAD.test(before);
    if (!reported && !PROPOSED_THAT.test(before) && !NOTHING_SETTLED.test(before) && !trend && !waits) return push(lowerKind(m[1]!), tLead + at, m[1]!.length);
  }
  if ((m = TELEGRAPHIC_DEFER.exec(body) ?? DECIDED_LABEL.exec(body)) && !PERSON_OPENS.test(body)) {
    const word = (m[1] ?? m[2])!;
    return push(lowerKind(word), lead + m[0].search(new RegExp(`\\b${word}\\b`, 'i')), word.length);
  }
  if ((m = BODY_THEN.exec(s)) && !(m[1]!.toLowerCase() === 'agreed' && AGREED_WITH_VIEW.test(s.slice(m.index + m[0].length)))) {
    return push(lowerKind(m[1]!), m.index + m[0].length - m[1]!.length, m[1]!.length);
  }
  // "The minutes were proposed by Kirsty Bell, seconded by Hamish Grant and approved."
  if ((m = SECONDED_AND.exec(s))) {
    const word = m[1] ?? m[2]!;
    return push(lowerKind(word), m.index + m[0].length - word.length, word.length);
  }
  if ((m = APPROVED_RECORD.exec(s))) return push('approved', m.index, m[0].length);
  if (s.includes('authori') && (m = AUTHORISED.exec(s))) return push('decision', m.index + m[0].length - m[1]!.length, m[1]!.length);
  if (s.includes('delegated') && (m = DELEGATED.exec(s))) return push('decision', m.index, m[0].length);
  if (s.includes('filed') && (m = REPORT_FILED.exec(body))) return push('noted', lead + m[0].length - m[1]!.length, m[1]!.length);
  if ((m = GROUP_FORMED.exec(body))) return push('decision', lead, m[0].length);
  if (s.includes('confirmed') && (m = CONFIRMED_PASSIVE.exec(s))) return push('decision', m.index, m[0].length);
  if (s.includes('commended') && (m = COMMENDED_TO.exec(s))) return push('decision', m.index, m[0].length);
  // "This was not supported.", "The amendment was supported": how the motion before it went.
  if ((m = MOTION_SUPPORTED.exec(body))) return push('carried', lead, m[0].length, lead + m[0].length - 'supported'.length);
  // "The following points were noted:" introduces discussion, it does not record a noting; "the following payments were approved:" is a decision.
  // ("Members asked whether the scheme was approved by the county": a question, not what the meeting did.)
  // ("Officers recommend that the application be approved": what someone proposes, in the subjunctive, is not yet decided;
  // "RESOLVED that the report be approved" is.)
  // ("Cllr Lee proposed that the minutes be approved, and this was agreed": the next one is read then.)
  let pm = PASSIVE.exec(s);
  if (pm && /^be\b/i.test(pm[0]) && PROPOSED_THAT.test(s.slice(0, pm.index))) {
    const after = pm.index + pm[0].length;
    pm = PASSIVE.exec(s.slice(after));
    if (pm) pm.index += after;
  }
  if ((m = pm) && !(m[1]!.toLowerCase() === 'noted' && (/:\s*$/.test(s) || /\bfollowing\b/i.test(s.slice(0, m.index)))) && !/\b(?:whether|asked\s+if|queried\s+if|why|said|stated|claimed|believed|thought)\b/i.test(s.slice(0, m.index)) && !(/^be\b/i.test(m[0]) && PROPOSED_THAT.test(s.slice(0, m.index))) && !elsewhere(s, m.index, m.index + m[0].length)) {
    return push(m[1]!.toLowerCase() === 'filed' ? 'noted' : lowerKind(m[1]!), m.index, m[0].length);
  }
  if ((m = BODY_HAS.exec(body))) return push(lowerKind(m[1]!), lead + m[0].length - m[1]!.length, m[1]!.length);
  // (Rarer forms: one look for their words first, as most outcome sentences hold none of them.)
  if (RARE_FORMS.test(s)) {
    if ((m = CARRIED_OVER.exec(s))) return push('decision', m.index, m[0].length);
    // ("Carried forward.", "Item carried forward to January.": put off, tersely, as "Deferred." is.)
    if ((m = CARRIED_FORWARD_TERSE.exec(body))) return push('decision', lead + m[0].length - m[1]!.length, m[1]!.length);
    if ((m = ORDERED_REPORTED.exec(s))) return push('decision', m.index, m[0].length);
    if ((m = FINDING.exec(s)) && !elsewhere(s, m.index, m.index + m[0].length)) return push('decision', m.index, m[0].length);
    if ((m = BODY_DID_NOT.exec(s))) return push('failed', m.index, m[0].length);
    if ((m = UNANIMOUS_IN.exec(s))) return push('agreed', m.index, m[0].length);
    if ((m = NO_SUPPORT.exec(body))) return push('failed', lead, m[0].length);
    if ((m = READ_AND_SIGNED.exec(s))) return push('approved', m.index, m[0].length);
    if ((m = CONFIRMED_DECISION.exec(s) ?? BODY_CONFIRMED.exec(s))) return push('decision', m.index, m[0].length);
    // ("All members were in favour of replacing the noticeboard": as "all in favour", carried.)
    // (Not "There was general support for the idea but no decision was made.": support, and no decision.)
    if ((m = SUPPORTED_PASSIVE.exec(s) ?? BODY_SUPPORT.exec(s)) && !NO_DECISION_MADE.test(s)) return push(/favou?r\s+of$/i.test(m[0]) ? 'carried' : 'agreed', m.index, m[0].length);
    if ((m = NEGATIVED.exec(s))) return push('failed', m.index, m[0].length);
    if ((m = AGREED_TO_END.exec(s))) return push('agreed', m.index + m[0].lastIndexOf(m[1]!), m[1]!.length);
    if ((m = PLACED_ON_FILE.exec(s))) return push('noted', m.index, m[0].length);
    if ((m = ETHICS_OPINION.exec(body))) return push('decision', lead, m[0].length);
  }
  if ((m = RECEIVED.exec(body)) && !PERSON_OPENS.test(body)) {
    const at = m[0].toLowerCase().lastIndexOf('received');
    return push('noted', lead + at, m[0].length - at);
  }
  if ((m = ALL_IN_FAVOUR.exec(s))) return push('carried', m.index, m[0].length);
  if ((m = IN_AGREEMENT.exec(s))) return push(m[2] ? 'approved' : 'agreed', m.index, m[0].length);
  // "It was recommended that the statement be approved by Council": the committee's recommendation, in a resolution's
  // words (not "It was recommended that Plans should be more dynamic", a review's advice reported).
  if (s.includes('ecommended') && (m = RECOMMENDED_THAT.exec(s)) && !notTheMeetings(s, m.index, m.index + m[0].length)) return push('decision', m.index, m[0].length);
  // "The Board gave the go-ahead for the pilot", "Green light given to the new signage" (not one another body gave, or gave
  // long ago: "The county gave the go-ahead last year").
  if ((s.includes('ahead') || s.includes('light') || s.includes('lit')) && (m = GO_AHEAD.exec(s)) && !notTheMeetings(s, m.index, m.index + m[0].length) && !elsewhere(s, m.index, m.index + m[0].length))
    return push('approved', m.index, m[0].length);
  // "The precept was set at £26,000": a sum the meeting fixed (not "that the precept be set at ...", a motion's words).
  if ((m = SET_AT.exec(s)) && !notTheMeetings(s, m.index, m.index + m[0].length)) return push('decision', m.index, m[0].length);
  // "Date fixed for Saturday 5 December", "Fee set at £8 from January": what the meeting fixed, tersely (not "The lights were
  // fixed", nor a date set by someone else: "The deadline was set for 5 December by the county").
  // ("Christmas lunch confirmed for 19 Dec", "AGM fixed for Tuesday 3 March": an event, then the date it was fixed for.)
  if ((m = FIXED_FOR.exec(body) ?? (PERSON_OPENS.test(body) ? null : SUM_FIXED.exec(body) ?? eventFixedFor(body))) && !SET_BY_OTHERS.test(body.slice(m[0].length)) && !notTheMeetings(body, m[0].length - m[1]!.length, m[0].length)) return push(/^a/i.test(m[1]!) ? 'agreed' : 'decision', lead + m[0].length - m[1]!.length, m[1]!.length);
  if ((m = CASTING_VOTE.exec(s))) return push(m[1] ? 'failed' : 'carried', m.index, m[0].length);
  // "A vote was taken: 5 in favour, 1 against": the count says how it went.
  if ((m = FOR_AGAINST.exec(s)) && m[1] !== m[2]) return push(+m[1]! > +m[2]! ? 'carried' : 'failed', m.index, m[0].length);
  if ((m = VOTE_FIELDS.exec(s)) && m[1] !== m[2]) return push(+m[1]! > +m[2]! ? 'carried' : 'failed', m.index, m[0].length);
  // ("Ayes: 5. Nays: 0.", "For: 6" / "Against: 2" on the next line: the count for, then the count against after it.)
  if ((m = VOTE_FIELD_ALONE.exec(s))) {
    const against = VOTES_AGAINST_AFTER.exec(text.slice(span.end, Math.min(text.length, span.end + 60)));
    if (against && m[1] !== against[1]) return push(+m[1]! > +against[1]! ? 'carried' : 'failed', m.index, m[0].length);
  }
  // "AYES: Diaz, Hunt, Okoye" / "NOES: None": a roll call by name, its noes on the line below.
  if ((m = ROLL_CALL_AYES.exec(body))) {
    const noes = ROLL_CALL_NOES.exec(text.slice(span.end, Math.min(text.length, span.end + 300)));
    if (noes) {
      const ayes = countNames(m[1]!);
      const nays = countNames(noes[1]!);
      if (ayes !== nays) return push(ayes > nays ? 'carried' : 'failed', lead, m[0].length);
    }
  }
  // "Proposed: Cllr A<spaces>Seconded: Cllr B<spaces>Resolved: to accept the quote": a form's outcome field after a gap.
  if ((m = GAP_OUTCOME_FIELD.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].length - m[1]!.length - 1, m[1]!.length);
  // "The council has no objection to the application", "Members raised no objection", "No objections raised."
  if ((m = /\b(?:has|had|have|raised|raises|raise)\s+no\s+(?:objections?|comments?|observations?)\b|^no\s+(?:objections?|comments?|observations?)\s+(?:(?:was|were)\s+(?:raised|made|received)|raised)\b/i.exec(s))) return push('response', m.index, m[0].length);
  if ((m = ELECTED.exec(s)) || (m = ELECTED_END.exec(s)) || (m = ELECTED_BRACKET.exec(s)) || (m = ELECTED_LIST.exec(s))) return push('elected', m.index, m[0].length);
  // ("Members elected at the AGM take their seats": whom a body elected follows the word, or it is not its election.)
  if ((s.includes('lected') || s.includes('LECTED')) && (m = BODY_ELECTED.exec(s)) && !elsewhere(s, m.index, m.index + m[0].length, true)) {
    const whom = s.slice(m.index + m[0].length);
    if (ELECTED_WHOM.test(whom) || ELECTED_OFFICE.test(whom)) return push('elected', m.index + m[0].lastIndexOf(m[1]!), m[1]!.length);
  }
  if (s.includes('(') && (m = BRACKET_OUTCOME.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].lastIndexOf(m[1]!), m[1]!.length);
  if ((m = NAME_ELECTED.exec(s))) return push('elected', m.index + m[0].length - m[0].slice(m[0].indexOf(m[1]!)).length, m[1]!.length);
  // "Held at £45 full plot. Unanimous.": a sentence that is only the vote's unanimity.
  if ((m = UNANIMOUS.exec(body))) return push('agreed', lead, m[0].length);
  if ((m = GIVEN.exec(s))) return push(m[4] ? 'decision' : 'approved', m.index, m[0].length);
  if ((m = GIVEN_TERSE.exec(body)) && !SET_BY_OTHERS.test(body.slice(m[0].length)) && !IN_THE_PAST.test(body.slice(m[0].length))) return push('approved', lead + m.index, m[0].length);
  // "A majority voted to accept the quote", "The majority of members were in favour": how the vote went, without a count.
  if (s.includes('ajority') && (m = MAJORITY.exec(s))) return push(/^(?:voted|were)/i.test(m[1]!) ? 'carried' : lowerKind(m[1]!), m.index, m[0].length);
  // ("Members asked whether the consensus was to wait": a question about it.)
  if ((m = CONSENSUS.exec(s)) && !NO_CONSENSUS.test(s.slice(Math.max(0, m.index - 40), m.index)) && !/\b(?:whether|why|how|if)\b/i.test(s.slice(0, m.index))) return push('consensus', m.index, m[0].length);
  if ((m = AGREEMENT_TO.exec(body))) return push('agreed', lead + m.index + m[0].toLowerCase().indexOf('agreement'), 9);
  // "The group reached a decision to drop the app" (not "did not reach a decision", which records none).
  if ((m = REACHED_DECISION.exec(body))) return push('decision', lead, m[0].length);
  if ((m = GOING_WITH.exec(body)) && !/\sto\s/.test(body)) return push('decision', lead, 'going with'.length);
  if ((m = RESPONSE.exec(body)) && wordCount(body) <= 14) return push('response', lead, m[0].replace(/[\s.,;:–—]+$/, '').length);
  if ((m = BODY_TO_RESPOND.exec(body))) return push('response', lead, m[0].length);
  // "25/00311/FUL – Erection of house, plot 2 – no comments.": the response closes the application's line.
  if ((m = DASH_RESPONSE.exec(s))) return push('response', m.index + m[0].indexOf(m[1]!), m[1]!.length);
  // (A word before the outcome names what was decided, "– design approved", not who: "– Ray agreed" is Ray's view.)
  if ((m = DASH_OUTCOME.exec(s)) && !DASH_WHO.test(m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length)))
    return push(/elected/i.test(m[1]!) ? 'elected' : lowerKind(m[1]!), m.index + m[0].indexOf(m[1]!), m[1]!.length);
  // "Plot 27 is very overgrown – agreed to offer it at half rent.": after a dash, what the meeting then agreed to do.
  if ((m = DASH_AGREED_TO.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].indexOf(m[1]!), m[1]!.length);
  // "Vote: 5 for the cheaper quote — **decision: go with Linemark**.": the decision's label after a dash, then what it was.
  if ((m = DASH_DECISION.exec(s)) && !NO_DECISION_YET.test(s.slice(m.index + m[0].length))) {
    return push(lowerKind(m[1]!), m.index + m[0].indexOf(m[1]!), m[1]!.length);
  }
  if (s.includes('declared') && (m = DECLARED.exec(s))) return push(/elected/i.test(m[1]!) ? 'elected' : lowerKind(m[1]!), m.index + m[0].length - m[1]!.length, m[1]!.length);
  if (s.includes(',') && (m = COMMA_OUTCOME.exec(s))) return push(lowerKind(m[1]!), m.index + m[0].indexOf(m[1]!, 1), m[1]!.length);
  // ("Recommend a precept of £86,400 to Full Council.": a working group's recommendation, opening its sentence.)
  if ((m = RECOMMEND_TO.exec(body))) return push('decision', lead + m[0].indexOf(m[1]!), m[1]!.length);
}

function wordCount(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (w) n++;
  return n;
}

// ---------------------------------------------------------------- motions

// ("Moved by / Proposé par: Councillor Roy": the label in a second language after a slash, before the colon.)
const MOVED = /\b(?:it\s+was\s+)?(moved|proposed|motion\s+(?:made\s+)?(?=by\b))\b\s*(?:by\b)?\s*(?:\/[^:/\n]{1,30}:\s*)?:?\s*/gi;
/** Who moved or seconded, written before the verb: a title and a surname ("Council Member Smith", "Commissioner Bell"), or a name. */
// (The name is tried from the first capital of a run of letters only, as a match from a later one would end where that one
// does: "AAAA..." tried from each letter took time in the square of its length.)
const WHO_BEFORE = String.raw`(?:(?:Council\s*(?:Member|member|man|woman|lor)|Cllr|Councillor|Director|Trustee|Commissioner|Alderman|Alderperson|Supervisor|Vice\s+Mayor|Mayor|Member|Mr|Mrs|Ms|Dr)\.?\s+)?(?=[${CAPITALS}])(?<![${CAPITALS}]${NAME_REST}*?)[${CAPITALS}]${NAME_REST}+`;
const MOVER_BEFORE = new RegExp(`(${WHO_BEFORE})\\s+(?:moved|MOVED|made\\s+(?:a|the)\\s+motion)\\b(?!\\s+by)`, 'u');
const SECONDER_BEFORE = new RegExp(`(${WHO_BEFORE})\\s+(?:seconded|SECONDED)\\b(?!\\s+by)`, 'u');
const MOVED_SECONDED_FIELD = new RegExp(
  String.raw`\bmoved\s*\/\s*seconded\s*(?:by)?\s*[:–—-]?\s*([${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*(?:\s+[${CAPITALS}]${NAME_REST}+)?)\s*\/\s*([${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*(?:\s+[${CAPITALS}]${NAME_REST}+)?)`,
  'iu',
);
const SECONDED = /\b(?:seconded\b\s*(?:by\b)?|second\s+by\b)\s*(?:\/[^:/\n]{1,30}:\s*)?:?\s*/i;
const VOTES_PAREN = /\((?:for\s+)?(\d+)\s*(?:[–—-]|to|:)\s*(\d+)(?:\s*(?:[–—-]|:)\s*(\d+))?(?:\s*[,;]?\s*(?:abstentions?|abstain(?:ed|ing)?))?\)/i;
const VOTES_WORDS = /\bfor\s*:?\s*(\d+)\s*[,;]?\s*against\s*:?\s*(\d+)(?:\s*[,;]?\s*abstain(?:ed|ing|tions?)?\s*:?\s*(\d+))?/i;
/** "VOTE: 4 yes, 1 no (Becker)", "5 ayes, 2 nays, 1 abstention". */
const VOTES_YES_NO = /\b(\d+)\s+(?:yes|yeas?|ayes?|for|in\s+favou?r)\s*[,;]?\s*(\d+)\s+(?:no|nays?|noes|against|opposed)\b(?:\s*[,;]?\s*(\d+)\s+abstain(?:ed|ing|tions?)?)?/i;
const VOTES_LABEL = /\bvote\s*(?:\*\*|__)?\s*[:–—]\s*(?:\*\*|__)?\s*(\d{1,3})\s*[-–—]\s*(\d{1,3})(?:\s*[-–—]\s*(\d{1,3}))?/i;
const VOTES_BARE = /\b(?:carried|passed|failed|lost|defeated)\s+(?:by\s+)?(\d+)\s*(?:[–—-]|to)\s*(\d+)(?:\s*[–—-]\s*(\d+))?/i;
const ABSTAINED = new RegExp(
  String.raw`(?<![${LETTERS}${MARKS}0-9_])((?:(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\.?\s+)?[${CAPITALS}]${NAME_REST}+(?:\s+(?:and|&)\s+[${CAPITALS}]${NAME_REST}+|,\s*[${CAPITALS}]${NAME_REST}+)*)\s+(?:abstained|abstains)\b`,
  'giu',
);

/** A person's name, with their titles, from where readName is asked to read one: its words in any language's letters ("Cllr Siân Ó Briain"). */
const READ_NAME = new RegExp(
  String.raw`\s*((?:(?:County\s+|District\s+)?(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Rev|Revd|Fr|Alderman|Ald|Bro|W\.\s?Bro|Brother|Sister)\.?\s+)*(?:[${CAPITALS}][${LETTERS}${MARKS}'’-]*\.?|${HANDLE})(?:[ \u00a0\n](?:[${CAPITALS}][${LETTERS}${MARKS}'’-]*\.?|de|van|von|da|del|di|le|la|O'[${CAPITALS}][${SMALLS}]+))*)`,
  'yu',
);
/** A name that ends on an initial and its full stop ("Cllr J."), the letter not closing a word. */
const ENDS_ON_INITIAL = new RegExp(String.raw`(?<![${LETTERS}${MARKS}])[${CAPITALS}]\.$`, 'u');
/**
 * Reads a person's name starting at `i` in `s` ("Councillor Sanders", "C. Bell", "Cllr Kowalczyk"); returns it and where it
 * ends. Its words stand one space apart: a run of spaces or a tab ends it, as a form's next field follows ("Moved: Nina
 * Petrova  Seconded: Omar Haddad").
 */
function readName(s: string, i: number): { name: string; end: number } | null {
  const re = READ_NAME;
  re.lastIndex = i;
  const m = re.exec(s);
  if (!m) return null;
  let name = m[1]!.replace(/[.,]+$/, (p) => (ENDS_ON_INITIAL.test(m[1]!) ? p.replace(/,+$/, '') : ''));
  // A trailing "and"-joined capitalised word belongs to the next clause, never to the name.
  name = name.trim();
  if (!name || /^(?:The|A|An|And|It|This|That|He|She|They|We)$/.test(name)) return null;
  return { name, end: m.index + m[0].length };
}

/** A motion's label (or "M/S"), then its mover and seconder joined by a slash, then what it proposes: "Motion 27-018: Becker / Choi to approve". */
const LABEL_PAIR = new RegExp(String.raw`^\s*(?:(?:\*\*|__)?(?:motion|proposal)\b[^:–—]{0,20}[:–—]\s*(?:\*\*|__)?|M\s*\/\s*S(?:\s*\/\s*[CPUF])?\b\s*:?|MS[CPUF]\b\s*:?)\s*([${CAPITALS}][${LETTERS}'’-]+)\s*\/\s*([${CAPITALS}][${LETTERS}'’-]+)\s+(?:to|that)\s`, 'iu');
/** The mover and seconder in brackets, "(Singh/Volkov)", and the same opening a sentence. */
const PAIR = new RegExp(String.raw`\(([${CAPITALS}]${NAME_REST}+)\s*\/\s*([${CAPITALS}]${NAME_REST}+)\)`, 'u');
const PAIR_OPENING = new RegExp(String.raw`^\s*${PAIR.source}`, 'u');
/** A full stop closing a word of two letters or more: the sentence's, not the name's. */
const NAME_FULL_STOP = new RegExp(String.raw`(?<=[${LETTERS}${MARKS}0-9_]{2})\.$`, 'u');
/** Parses the motion recorded in one sentence or line, if any. */
export function findMotion(text: string, span: Span): Omit<Motion, 'result' | 'votes' | 'abstainers'> | null {
  const s = text.slice(span.start, span.end);
  const msc = MSC.exec(s);
  // "(Singh/Volkov)" opening a sentence names the mover and seconder of the motion before it.
  const pair = PAIR_OPENING.exec(s);
  // "Moved/Seconded: Smith/Jones": both names in one field.
  const fields = s.includes('/') ? MOVED_SECONDED_FIELD.exec(s) : null;
  // (The sentence's full stop is not the name's: "Smith/Jones." but "R. Mensah / H. Ng".)
  const name = (n: string) => n.replace(NAME_FULL_STOP, '');
  if (fields) return { range: { start: span.start, end: span.end }, mover: name(fields[1]!), seconder: name(fields[2]!) };
  if (!msc && !pair && !/moved|proposed|second|motion/i.test(s)) return null;
  let mover: string | null = null;
  let seconder: string | null = null;
  MOVED.lastIndex = 0;
  const mv = MOVED.exec(s);
  if (mv) {
    const n = readName(s, mv.index + mv[0].length);
    if (n) mover = n.name;
  }
  // "Council Member Smith moved, seconded by ...", "Commissioner Bell made a motion to deny ...": the mover stands before the verb.
  if (!mover) {
    const before = MOVER_BEFORE.exec(s);
    if (before && !/^(?:It|He|She|They|Motion|The)$/.test(before[1]!)) mover = before[1]!;
  }
  const sc = SECONDED.exec(s);
  if (sc) {
    const n = readName(s, sc.index + sc[0].length);
    if (n) seconder = n.name;
  }
  // "..., Council Member Lee seconded", "; Commissioner Hart seconded.": the seconder before the verb too.
  if (!seconder) {
    const before = SECONDER_BEFORE.exec(s);
    if (before && !/^(?:It|He|She|They|Motion|The|Duly|Moved|Proposed|And)$/.test(before[1]!)) seconder = before[1]!;
  }
  // ("Motion 27-018: Becker / Choi to approve the agenda": a motion's number before its label's colon.)
  const label = /^(?:\*\*|__)?(?:motion|proposal)\b(?:\s+(?:no\.?\s*|#\s*)?\d[\w-]*)?\s*(?:\*\*|__)?\s*[:–—]|^(?:a\s+|the\s+)?motion\s+(?:to|that)\b/i.test(s.trimStart());
  // "M/S/C (Carter/Walsh) to approve ...", "MOTION: ... (Singh/Volkov)": mover and seconder in brackets.
  if (!mover && !seconder) {
    const m = pair ?? (msc || label ? PAIR.exec(s) : null);
    if (m) {
      mover = m[1]!;
      seconder = m[2]!;
    }
  }
  // ("Motion 27-018: Becker / Choi to approve the agenda", "M/S Becker/Choi to approve ...": mover and seconder after the
  // label, before what the motion proposes.)
  if (!mover && !seconder && (label || msc)) {
    const m = LABEL_PAIR.exec(s);
    if (m) {
      mover = m[1]!;
      seconder = m[2]!;
    }
  }
  if (!mover && !seconder && !label && !msc) return null;
  // "Moved by ..." alone without "seconded" is still a motion; "proposed" alone is often just prose.
  if (!label && !seconder && mv && mv[1]!.toLowerCase() === 'proposed' && !/\bproposed\s+by\b/i.test(s)) return null;
  // (On one line, where a sentence wrapped between a title and its name: "seconded by Cllr" / "Okafor", "Commissioner" /
  // "Nakamura seconded".)
  return { range: { start: span.start, end: span.end }, mover: mover && mover.replace(/\s+/g, ' '), seconder: seconder && seconder.replace(/\s+/g, ' ') };
}

export function findVotes(s: string): Votes | null {
  // Every form of vote has a number or a colon ("Ayes: Smith, Lee").
  if (!/[\d:]/.test(s)) return null;
  // "Ayes: 5. Noes: 0." or "Ayes: Smith, Lee, Ortiz. Noes: Brooks."
  const ayes = /\bayes?\s*:\s*([^.;]+)/i.exec(s);
  const noes = /\b(?:noes|nays?)\s*:\s*([^.;]+)/i.exec(s);
  if (ayes && noes) {
    const count = (v: string) => (/^\s*\d+\s*$/.test(v) ? Number(v) : /^\s*none\s*$/i.test(v) ? 0 : v.split(/\s*(?:,|\band\b|&)\s*/).filter((x) => x.trim()).length);
    return { for: count(ayes[1]!), against: count(noes[1]!) };
  }
  const m = VOTES_WORDS.exec(s) ?? VOTES_PAREN.exec(s) ?? VOTES_BARE.exec(s) ?? VOTES_YES_NO.exec(s) ?? VOTES_LABEL.exec(s);
  if (!m) return null;
  const v: Votes = m[3] !== undefined ? { for: +m[1]!, against: +m[2]!, abstain: +m[3] } : { for: +m[1]!, against: +m[2]! };
  return v;
}

export function findAbstainers(s: string): string[] {
  const out: string[] = [];
  if (!/abstain/i.test(s)) return out;
  ABSTAINED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ABSTAINED.exec(s))) {
    const who = m[1]!;
    if (/^(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s/i.test(who) || /^(?:He|She|They|Members?)$/i.test(who)) continue;
    out.push(who);
  }
  return out;
}

// ---------------------------------------------------------------- actions

/** Who a document knows by name (lower-case words of names); asked only when a one-word subject might be a person. */
export interface People {
  has(word: string): boolean;
  /** Known from the attendance at the top, without reading the item's text for names (cheap): may be left out. */
  inHeader?(word: string): boolean;
}

/** Where a sentence stands, which decides which forms of task it may hold. */
export interface TaskContext {
  /** Inside a RESOLVED block or a motion: "that the Clerk chase ...", "(b) Officers prepare ..." set tasks. */
  readonly resolution: boolean;
  /** An entry of an action list, an "Action Point" paragraph, a checkbox: any task-shaped sentence is an action, owner or not. */
  readonly actionList: boolean;
  /** The sentence opens a line that stands as its own paragraph: an imperative ("Update the page.") there is a task. */
  readonly ownLine: boolean;
  /** Surnames and names the document mentions (lower case), so "Pearce to ..." is read as a person. */
  readonly people: People;
}

const MOTION_RECORD = /^(?:(?:a|the)\s+)?(?:motion\s+(?:by|made\s+by|from|to|that)|moved\s+by|it\s+was\s+moved|(?:up)?on\s+(?:a\s+)?motion\s+(?:by|of))\b/i;
// ("ACTION: Introduced and waived first reading, 4-1", "ACTION: Continued to December 8", "ACTION: Tabled": a US council's
// action minutes give the result so too.)
const RECORDS_OUTCOME = /^(?:approved|adopted|carried|passed|accepted|denied|rejected|agreed|noted|received|introduced|tabled|deferred|postponed|ratified|(?:continued|referred)(?=\s+(?:to|until|back)\b)|motion\s+(?:carried|passed|failed|approved))\b/i;
const INLINE_LABEL = /\b(?:ACTIONS?|ACTION\s+POINT|ACTION\s+ITEM)\s*(?:BY\s*)?(?:[:–—]|-(?=\s))\s*/g;
/** "The meeting closed at 9.05pm.", "Meeting ended 8.40pm.": the meeting's close. */
const MEETING_CLOSED = /\b(?:closed|ended|finished|adjourned|terminated|concluded)\b/i;
/** A sentence's closing mark, after a letter or a bracket or quotation closing it. */
const SENTENCE_CLOSES = String.raw`(?<=[A-Za-z)"'’”])[.!?]`;
/** Who, in a column of actions: up to three words, each opening with a capital ("Clerk", "Cllr Amos", "CA/BB"). */
const COLUMN_WHO = String.raw`([A-Z][A-Za-z.'’&/-]*(?:[ \u00a0][A-Z][A-Za-z.'’&/-]*){0,2})`;
/**
 * A sentence's closing mark, a wide gap (a tab, or four spaces or more), and who, ending the line (group 1: the gap; 2:
 * who). rightColumnOwner (lines.ts) reads the same without a pattern.
 */
const ACTION_COLUMN = new RegExp(String.raw`${SENTENCE_CLOSES}((?:\t|[ \u00a0]{4})[\t \u00a0]*)${COLUMN_WHO}$`);
/** A sentence's end, then "ACTION" in capitals and who, closing the line: ". ACTION Clerk", ".  ACTION CLERK" (groups as ACTION_COLUMN's). */
const TRAILING_ACTION = new RegExp(String.raw`${SENTENCE_CLOSES}([ \t\u00a0]+ACTIONS?[ \t\u00a0]+)${COLUMN_WHO}[ \t\u00a0]*$`);
/** "(Action: Dr Kaur)", "(Action – Registry)", "(Action by: Clerk)": a label in brackets, in ordinary case, after a sentence's words. */
// ("[Action: Clerk]": or in square brackets.)
const BRACKET_LABEL = /[([](?=[Aa]ctions?(?:\s+point)?\s*(?:by\s*)?(?:[:–—]|-(?=\s))\s*\S)/g;
// ("A-114: Finance – confirm funding", "AP-7: Clerk to ...": an action log's reference, with its hyphen; "A1" alone is a road.)
const OPENING_LABEL = new RegExp(String.raw`^(?:\[(?:actions?(?:\s+items?)?|todo|task|ai|ap)\]\s*(?:[:–—]\s*|-\s+)?(?=\S)|(?:\*\*|__|\*(?!\*)|_(?!_))?(?:actions?(?:\s+(?:point|item))?|actioned(?=\s+by)|(?:a|ap|act)-\d{1,4}|ai|todo|to\s*do|task|follow(?:-|\s*)ups?|next\s+steps?|needs?\s+(?:an\s+)?owner|owner\s+needed|unassigned)\s*(?:by\s*)?(?:\([^()]{1,40}\)\s*|@[${LETTERS}0-9_.-]+\s*|(?<=\s)(?<!actioned\s+)(?:for|by)\s+[${LETTERS}${MARKS}0-9_.'’-]+(?:\s+[${LETTERS}${MARKS}0-9_.'’-]+){0,3}\s*)?(?:\*\*|__|\*|_)?\s*(?:[:–—]|-(?=\s))\s*(?:\*\*|__)?\s*)`, 'iu');
/** "Owner: @kwame — rotate the keys", "Responsible: Tom Hollis – book the hall": who, a dash, then the task, as one line. */
// (Not "In charge: Ana – book the hall": the word gate, scan.ts, reads such a label by its first word, and "in" opens too
// many lines to be one.)
const OWNER_LABEL = String.raw`^(?:\*\*|__)?(?!in\s)(?:${OWNER_FIELD_NAMES})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*`;
/** "Owner: Ana. Update the speaker notes.": who, a full stop, then the task as a sentence of its own (not an initial's or a title's full stop, "Owner: N. Parr", "Owner: Dr. Ellison"). */
const OWNER_THEN_SENTENCE = new RegExp(
  String.raw`${OWNER_LABEL}((?:(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|Fr|St)\.\s*)*[^\s.—–-][^—–.]{0,40}?)(?<!(?:^|\s)(?:[A-Z]|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|Fr|St))(?:\*\*|__)?\.(?:\*\*|__)?\s+(?=[A-Z][a-z]+\s+[a-z])`,
  'i',
);
/**
 * "Owner: Jane | Task: renew the hall insurance | Due: 30 June", "Owner: Jane; renew the insurance by June": a form's
 * fields, the owner's first, then the task, perhaps under a label of its own (group 1: who).
 */
const OWNER_THEN_FIELD = new RegExp(String.raw`${OWNER_LABEL}([^\s|;][^|;]{0,40}?)\s*[|;]\s+(?:(?:task|action|what|item)\s*:\s*)?(?=[a-z])`, 'i');
const OWNER_OPENING = new RegExp(String.raw`${OWNER_LABEL}[^\s—–-][^—–]{0,40}?\s+[—–-]\s+[a-z]|${OWNER_THEN_SENTENCE.source}|${OWNER_THEN_FIELD.source}`, 'i');
/** Does the line open with who and then the task ("Owner: Cllr Jones – review the hedges"), not only a field of the task above? */
export function opensOwnerTask(line: string): boolean {
  return OWNER_OPENING.test(line);
}
/** Fields that name an owner or a deadline inside a task: "Owner: @x", "Responsible: TBC", "(owner: @priscila)", "Due: Friday". */
// (Loop's and Planner's "— Assigned to Dev Patel —", with no colon, are read in readOwnerAndDue.)
// ("Action: Owner – Director of Property; Due – 31 March 2027": a field named, then a spaced dash, where a field opens: after
// a label's colon, a semicolon, a bracket or a bar.)
const FIELD_OPENS = String.raw`(?<=(?:^|[:;(|])[ \t]*)`;
const OWNER_DASH_NAMES = String.raw`owners?|responsible|action\s+by`;
const DUE_DASH_NAMES = String.raw`due(?:\s+date)?|deadline|target\s+date|by\s+when`;
/** What follows "owner" without a colon to say nobody has the task yet: "owner TBD", "owner unknown". */
const NOT_YET_WORDS = String.raw`tbd|tbc|tba|unknown|unassigned|needed`;
const OWNER_FIELD = new RegExp(
  String.raw`\b(?:owners?|responsible|responsibility|assigned\s+to|assignee|lead|dri|who|action\s+by|actioned\s+by)\s*[:=]\s*|${FIELD_OPENS}(?:${OWNER_DASH_NAMES})\s+[–—-]\s+(?=\w)|\bowner\s+(?=(?:${NOT_YET_WORDS})\b)`,
  'i',
);
/** An owner's field opening the rest of a line, after a task's sentence: " Owner: Dev Lal.", " Responsible: Clerk". */
const OWNER_FIELD_NEXT = new RegExp(String.raw`^[ \t]*(?:\*\*|__)?(?:${OWNER_FIELD_NAMES}|assigned\s+to)(?:\*\*|__)?\s*:`, 'i');
/** "owner TBD", "owner unknown": an owner's field without its colon, saying nobody has it yet. */
const OWNER_NOT_YET = new RegExp(String.raw`\bowner\s+(?:${NOT_YET_WORDS})\b`, 'i');
/** Does the line hold an owner field ("(owner: tmandry)")? Then a bullet opening with a verb may be a task. */
export function hasOwnerField(line: string): boolean {
  return OWNER_FIELD.test(line);
}
/** Deadline fields named for time, as forms and tables name them: "Timescale:", "Time frame:", "Completion date:". */
const TIME_FIELD_NAMES = String.raw`time\s*scales?|time\s*line|time\s*frame|completion\s+date`;
// ("(target: 30 April)", "Target: end of May": a target as a field, where a date follows it; "Target: 90% of cases" is none.)
const DUE_FIELD = new RegExp(String.raw`\b(?:due(?:\s+date)?|deadline|target\s+date|by\s+when|when|eta|${TIME_FIELD_NAMES})\s*[:=]\s*|\btarget\s*:\s*(?=\d{1,2}(?:st|nd|rd|th)?[\s/.-]|(?:the\s+)?(?:end|mid|middle|beginning|start)\b|(?:${MONTHS})\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|next\s+(?:meeting|week|month)\b)|${FIELD_OPENS}(?:${DUE_DASH_NAMES})\s+[–—-]\s+(?=\w)`, 'i');
/** An owner's or a deadline's field named, then a spaced dash, where a field opens ("Owner – Director of Property; Due – ..."). */
const DASH_FIELD = new RegExp(String.raw`${FIELD_OPENS}(?:${OWNER_DASH_NAMES}|${DUE_DASH_NAMES})\s+[–—-]\s+(?=\w)`, 'i');
/** The owner's field so named opening a label's text: "Owner – " in "Action: Owner – Director of Property". */
const OWNER_DASH_LEAD = new RegExp(String.raw`^(?:${OWNER_DASH_NAMES})\s+[–—-]\s+(?=\S)`, 'i');
const DASH_SPLIT = /\s+[—–]\s+|\s+-{1,2}\s+/;
const NOT_TASK_AFTER_VERB = /^(?:of|on|from|for|to|and|or|in|at|with|by|as|is|was|are|were|has|had|:|[–—-])\b/i;
/** "MSC", "MSP", "M/S/C", "M/S": a motion moved, seconded and carried (or passed), as boards abbreviate it. */
const MOVED_SECONDED_ABBR = /^(?:MS[CPUF]|M\s*\/\s*S(?:\s*\/\s*[CPUF])?)\b/;
/** "Councillor A to replace Councillor B on the panel": a change of membership, not a task ("to replace the float valve" is one). */
// ("Cllr Hart to represent the council on the Village Hall Committee": a seat on an outside body; "... to represent the
// council at the county forum on 3 May" is a task.)
const MEMBERSHIP = /^(?:(?:replace|succeed)\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Revd)\.?\s|[A-Z]|him\b|her\b|them\b)|(?:serve|sit|remain|continue\s+as|act\s+as|become|join\s+the\s+(?:committee|board|panel|council))\b|represent\s+(?:[^.;]{0,60}?\s)?on\s+(?:the\s+)?(?:[A-Z]|(?:[\w'’-]+\s+){0,3}(?:committee|board|body|panel|group|forum|trust|association|partnership|council)\b))/;

export interface FoundAction {
  range: Span;
  owner: string | null;
  ownerRange: Span | null;
  due: string | null;
  dueRange: Span | null;
  source: ActionSource;
}

/** A paragraph's number, "1.2" or "3.1.4.", before its text. */
const PARAGRAPH_NUMBER = new RegExp(String.raw`^\d{1,3}(?:\.\d{1,3})+\.?[\s\u00a0]+(?=[${LETTERS}*_])`, 'u');
/** The words that say a task set earlier is still open: "ongoing", "outstanding", "pending". */
const STILL_OPEN = String.raw`on-?going|outstanding|pending`;
/**
 * An earlier meeting's action restated with who holds it and that it is still open: "Insurance renewal (Fatima) –
 * ongoing, ...", "- Website update (Ken): outstanding." (group 1 a bullet, 2 the task, 3 who).
 */
const OPEN_LOG_ENTRY = new RegExp(String.raw`^([\s*•·-]*)((?:(?![.!?]\s)[^()\n]){3,60}?)\s*\(([^()\n]{2,30})\)\s*(?:[–—:-]\s*|,\s*)(?:still\s+)?(?:${STILL_OPEN})(?=\s*(?:[.,;:(–—-]|$))`, 'i');
/**
 * Finds the tasks one line holds. `span` is the line's content; `ctx` says what
 * surrounds it. A line may hold several ("Clerk to write to ... Parish Council
 * to monitor ..."); an "ACTION –" label anywhere in it starts one.
 */
export function findActions(text: string, span: Span, ctx: TaskContext, out: FoundAction[], lineSentences?: Span[]): void {
  const line = text.slice(span.start, span.end);
  // "Members discussed the three quotes.        Clerk": who acts, in the minutes' column of actions at the line's right
  // after a wide gap, as text copied from a two-column PDF or a Word table keeps it. The line's text before the gap is read
  // as ever; its last task, or else its last sentence, is theirs.
  const column = !ctx.actionList && !ctx.resolution && rightColumnOwner(text, span.start, span.end) ? ACTION_COLUMN.exec(line) : null;
  // ("The Clerk will write to the county council. ACTION Clerk": the margin's label and who, flattened onto the line's
  // end without a colon, read as the column is.)
  const trailing = column === null && !ctx.actionList && line.includes('ACTION') ? TRAILING_ACTION.exec(line) : null;
  const marked = column ?? (trailing && !/^(?:POINTS?|ITEMS?|LOG|PLAN|REQUIRED|NEEDED|TAKEN)$/.test(trailing[2]!) ? trailing : null);
  if (marked && marked[2]!.length <= 40 && (isPlaceholderOwner(marked[2]!) || looksLikeOwner(marked[2]!, ctx.people))) {
    const gapAt = span.start + marked.index + 1;
    const whoAt = gapAt + marked[1]!.length;
    const who = marked[2]!;
    const before = out.length;
    findActions(text, { start: span.start, end: gapAt }, ctx, out);
    const found = out.length > before ? out[out.length - 1]! : null;
    const last = sentences(text, span.start, gapAt).pop();
    // (Not a signature's place beside the meeting's close: "The meeting closed at 9.05pm.        Chairman".)
    if (found === null && last && MEETING_CLOSED.test(text.slice(last.start, last.end))) return;
    const placeholder = isPlaceholderOwner(who);
    const ownerRange = placeholder ? null : { start: whoAt, end: whoAt + who.length };
    if (found) {
      if (found.owner === null && found.ownerRange === null) {
        found.owner = placeholder ? null : who;
        found.ownerRange = ownerRange;
      }
    } else if (last) {
      const a: FoundAction = { range: { start: last.start, end: last.end }, owner: placeholder ? null : who, ownerRange, due: null, dueRange: null, source: 'sentence' };
      readOwnerAndDue(text, last, a, ctx.people);
      out.push(a);
    }
    return;
  }
  // "Insurance renewal (Fatima) – ongoing, quote expected next week.": an earlier meeting's action restated on its own
  // line, with who holds it and that it is still open (not "Gutter repair (Dan) – done.").
  const log = line.includes(')') ? OPEN_LOG_ENTRY.exec(line) : null;
  if (log && OPENS_CAPITAL.test(log[2]!) && looksLikeOwner(log[3]!.trim(), ctx.people)) {
    const at = span.start + log[1]!.length;
    const whoAt = span.start + line.indexOf('(', log[1]!.length + log[2]!.length) + 1 + (log[3]!.length - log[3]!.trimStart().length);
    const who = log[3]!.trim();
    out.push({ range: { start: at, end: span.start + line.trimEnd().length }, owner: who, ownerRange: { start: whoAt, end: whoAt + who.length }, due: null, dueRange: null, source: 'sentence' });
    return;
  }
  // Inline upper-case labels cut the line: what precedes a label is prose, the label starts a task.
  const cuts: number[] = [];
  if (line.includes('ACTION')) {
    INLINE_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INLINE_LABEL.exec(line))) cuts.push(m.index);
  }
  // ("Agreed: that the guidance be revised before Semester 2 (Action: Dr Kaur).": a label in brackets inside the sentence;
  // "(action: Mr Hughes)" in small letters too.)
  if (line.includes('(Action') || line.includes('[Action') || line.includes('(action') || line.includes('[action')) {
    BRACKET_LABEL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BRACKET_LABEL.exec(line))) if (m.index > 0 && !cuts.includes(m.index + 1)) cuts.push(m.index + 1);
    cuts.sort((x, y) => x - y);
  }
  const pieces: Array<{ start: number; end: number; labelled: boolean }> = [];
  let from = 0;
  for (const c of cuts) {
    if (c > from) pieces.push({ start: from, end: c, labelled: false });
    from = c;
    pieces.push({ start: c, end: line.length, labelled: true });
  }
  if (cuts.length === 0) pieces.push({ start: 0, end: line.length, labelled: false });
  else {
    // Make the pieces contiguous: each labelled piece ends where the next label starts.
    for (let i = 0; i < pieces.length - 1; i++) if (pieces[i]!.labelled) pieces[i]!.end = pieces[i + 1]!.start;
  }

  for (const p of pieces) {
    const ps = span.start + p.start;
    const pe = span.start + p.end;
    if (p.labelled) {
      labelAfterText(text, span, { start: ps, end: pe }, ctx, out);
      continue;
    }
    const ss = cuts.length === 0 && lineSentences ? lineSentences : sentences(text, ps, pe);
    // ("1. Renew the insurance. Owner: Dev Lal.": a list's number, split off as a sentence of its own, is not the first
    // sentence where an owner's field follows the one after it, an entry of a list of tasks; that one is. Not "1. Extend
    // Saturday opening ..." under "That Council:", a resolution's clause.)
    const numbered = p.start === 0 && ss.length > 2 && ss[0]!.end - ss[0]!.start <= 4 && /^(?:\d{1,3}|[a-z])[.)]$/.test(text.slice(ss[0]!.start, ss[0]!.end)) && OWNER_FIELD_NEXT.test(text.slice(ss[1]!.end, ss[1]!.end + 48));
    for (let k = numbered ? 1 : 0; k < ss.length; k++) {
      const sent = ss[k]!;
      const first = (k === 0 || (numbered && k === 1)) && p.start === 0;
      // Only sentences that can hold a task in their opening words are read further.
      if (!mayBeTask(text, sent, ctx, first)) continue;
      const s = text.slice(sent.start, sent.end);
      // "3.3 Action: PD to reschedule the rota": a numbered paragraph's label.
      const pnum = first ? PARAGRAPH_NUMBER.exec(s) : null;
      if (pnum && OPENING_LABEL.test(s.slice(pnum[0].length))) {
        labelledTask(text, { start: sent.start + pnum[0].length, end: pe }, ctx, out, 'label');
        break;
      }
      if (first && (OPENING_LABEL.test(s) || OWNER_OPENING.test(text.slice(sent.start, pe)) || actionPointLabel(text, s, sent, ctx) || actionWhoColon(s, ctx.people) !== null)) {
        // "Action: ...", "AI: ...", "TODO: ..." own the rest of the line.
        labelledTask(text, { start: sent.start, end: pe }, ctx, out, 'label');
        break;
      }
      // "... will write to the planning officer. Action: Secretary.": a label after a sentence, in any case, or in brackets.
      // ("... be refreshed before March" / "(Action: Company Secretary).": or in brackets opening the line, as text wrapped
      // there leaves it.)
      const bracket = s.charCodeAt(0) === 0x28 || s.charCodeAt(0) === 0x5b ? 1 : 0;
      if (first && bracket && /^[A-Z]/.test(s.slice(1)) && OPENING_LABEL.test(s.slice(1))) {
        labelledTask(text, { start: sent.start + 1, end: pe }, ctx, out, 'label');
        break;
      }
      if (!first && /^[A-Z]/.test(s.slice(bracket)) && OPENING_LABEL.test(s.slice(bracket))) {
        labelAfterText(text, span, { start: sent.start + bracket, end: pe }, ctx, out);
        break;
      }
      // Owner and due fields standing as their own sentence belong to the task before them.
      if (isFieldSentence(s) && out.length && out[out.length - 1]!.range.end <= sent.start && out[out.length - 1]!.range.start >= span.start) {
        attachFields(text, sent, out[out.length - 1]!);
        continue;
      }
      const sentCtx = { ...ctx, ownLine: ctx.ownLine && first };
      const found = taskInSentence(text, sent, sentCtx, first) ?? secondLanguageTask(text, sent, sentCtx, first) ?? closingBracketTask(text, sent, sentCtx);
      if (found) {
        // The rest of the line's field sentences ("Owner: X. Due: Y.") are read by the loop above.
        out.push(found);
      }
    }
  }
}

/** A bracket closing a sentence: "Fern's renewal is outstanding (Raj to chase).", "The bench is broken (Clerk to get quotes)". */
const CLOSING_BRACKET = /\(([^()]{4,80})\)[\s.;]*$/;
/**
 * The task a bracket closing sentence `sent` sets: someone named, "to" and what they do. The whole sentence is the
 * task's text (what is to be chased); a bracket without a name ("(date to be confirmed)", "(due to illness)") sets none.
 */
function closingBracketTask(text: string, sent: Span, ctx: TaskContext): FoundAction | null {
  if (text.charCodeAt(sent.end - 1) !== 0x29 && text.charCodeAt(sent.end - 2) !== 0x29) return null;
  const s = text.slice(sent.start, sent.end);
  const m = CLOSING_BRACKET.exec(s);
  if (m === null || m.index === 0 || !/\sto\s/.test(m[1]!)) return null;
  const from = sent.start + m.index + 1;
  const a = taskInSentence(text, { start: from, end: from + m[1]!.length }, { ...ctx, ownLine: false }, false);
  if (a === null || a.owner === null || a.source !== 'sentence') return null;
  // ("b) Juniors' coach needs a DBS renewal (Claire to sort).": the list's letter is not the task's.)
  const label = LIST_MARK_OPENING.exec(s);
  a.range = { start: sent.start + (label ? label[0].length : 0), end: sent.end };
  return a;
}

/** The task in the second half of a sentence written in two languages ("Clerc i ysgrifennu ... / Clerk to write ..."), if any. */
function secondLanguageTask(text: string, sent: Span, ctx: TaskContext, first: boolean): FoundAction | null {
  const half = secondLanguageHalf(text, sent);
  return half ? taskInSentence(text, half, ctx, first) : null;
}

/** "AP: Raj — add jitter", "AP2: Ana to book the room": an action point's label, as some notes abbreviate it. */
const AP_LABEL = /^(?:\*\*|__)?AP\d{0,2}(?:\*\*|__)?\s*(?:[:–—]|-(?=\s))\s*(?:\*\*|__)?\s*/;
/**
 * Is sentence s (at `sent`) opened by "AP:" over a task? Minutes that name speakers by their initials write "AP: I think
 * the budget is fine" too: only what reads as a task after it (who, a dash and a verb; "Ana to book ..."; an instruction)
 * makes the label an action point's.
 */
function actionPointLabel(text: string, s: string, sent: Span, ctx: TaskContext): boolean {
  if (s.charCodeAt(0) !== 0x41 /* A */ && s.charCodeAt(0) !== 0x2a && s.charCodeAt(0) !== 0x5f) return false;
  const lab = AP_LABEL.exec(s);
  if (!lab || lab[0].length >= s.length) return false;
  const rest = s.slice(lab[0].length);
  const parts = rest.split(DASH_SPLIT);
  if (parts.length > 1 && TASK_VERBS.has((/^[a-z]+/.exec(parts[1]!) ?? [''])[0]!)) return true;
  return taskInSentence(text, { start: sent.start + lab[0].length, end: sent.end }, { ...ctx, actionList: false, ownLine: true }, true) !== null;
}

/**
 * A label after other text on the line ("Clerk to obtain prices. ACTION: Clerk", "... Action: Secretary."): a task of
 * its own, or, when it only names who, the owner of the task before it on the line.
 */
function labelAfterText(text: string, line: Span, label: Span, ctx: TaskContext, out: FoundAction[]): void {
  const before = out.length;
  const prevTask = out[before - 1];
  labelledTask(text, label, ctx, out, 'inline-label');
  const added = out[before];
  if (added && prevTask && prevTask.range.start >= line.start && added.ownerRange !== null && textAfterOwner(text, added, label.end)) {
    out.pop();
    if (prevTask.owner === null) {
      prevTask.owner = added.owner;
      prevTask.ownerRange = added.ownerRange;
    }
    if (prevTask.due === null && added.due !== null) {
      prevTask.due = added.due;
      prevTask.dueRange = added.dueRange;
    }
    // ("Cllr Hale to report it online (ACTION: Cllr Hale).": the bracket that opens the label is not the task's.)
    let e = prevTask.range.end;
    while (e > prevTask.range.start && (text.charCodeAt(e - 1) === 0x28 || text.charCodeAt(e - 1) === 0x5b || isWsCode(text.charCodeAt(e - 1)))) e--;
    if (e < prevTask.range.end && e > prevTask.range.start) prevTask.range = { start: prevTask.range.start, end: e };
  }
}

/** Does nothing but punctuation (or its deadline) follow the label's owner ("ACTION: Clerk.", "[ACTION: KL]")? Then the label named who, not what. */
function textAfterOwner(text: string, a: FoundAction, end: number): boolean {
  if (a.ownerRange === null || a.range.start >= a.ownerRange.start) return false;
  const after = a.dueRange !== null && a.dueRange.start >= a.ownerRange.end ? a.dueRange.end : a.ownerRange.end;
  return /^[\s.;,)\]]*$/.test(text.slice(after, end).replace(STATUS_TAIL, ''));
}

/** How a task stands, after who has it: "(ongoing)", "– in progress", ", urgent". */
const STATUS_TAIL = /\s*(?:[–—-]\s*|,\s*|\(\s*)(?:on-?going|in\s+progress|continuing|urgent|asap|open|pending|priority|high\s+priority|carried\s+forward|c\/f)\s*\)?[.;]?\s*$/i;

/** A task's label in square brackets opening a sentence: "[Action: Clerk] ...", "[TODO] ...". */
const BRACKETED_LABEL_OPENS = /^\[\s*(?:actions?|ai|ap|todo|task)\b/i;
/** A name (perhaps in bold, perhaps after an initial or as a handle) and a colon or a dash: who, as a label. */
// ("Dana Ruiz: book the room": a first name and a surname.)
const NAME_LABEL = new RegExp(String.raw`^(?:\*\*|__)?(?:[${CAPITALS}]\.\s?)?@?[${LETTERS}${MARKS}]+(?:\s[${CAPITALS}][${LETTERS}${MARKS}'’-]+)?\s*(?:\*\*|__)?\s*[:–—-]`, 'u');
/**
 * Or a name in two or three words before a spaced dash: "Mr Hughes – check the gate hinges", "Ken Blake – buy a ballcock"
 * (group 1, then each word). Who only where a title opens it or the minutes name them; "Planning Applications – consider
 * the list" names a topic.
 */
const NAMES_DASH = new RegExp(String.raw`^(?:\*\*|__)?([${CAPITALS}][${LETTERS}${MARKS}.'’-]*)\s+([${CAPITALS}][${LETTERS}${MARKS}'’-]*)(?:\s+([${CAPITALS}][${LETTERS}${MARKS}'’-]*))?\s*(?:\*\*|__)?\s+[–—-]\s`, 'u');
const TITLE_OPENS = /^(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|prof|rev|revd|fr|sr|sir|dame|lady|lord)\.?$/i;
function namedBeforeDash(head: string, people: People): boolean {
  const m = NAMES_DASH.exec(head);
  if (!m) return false;
  return TITLE_OPENS.test(m[1]!) || (people.has(m[1]!.replace(/\.$/, '').toLowerCase()) && (people.has(m[2]!.toLowerCase()) || (m[3] !== undefined && people.has(m[3].toLowerCase()))));
}
/**
 * A cheap look at a sentence's opening: every task form needs one of "to" in
 * its first words, a label, an "@", a known verb first, an owner or due field,
 * or (in a resolution) "that".
 */
function mayBeTask(text: string, sent: Span, ctx: TaskContext, first: boolean): boolean {
  const end = Math.min(sent.end, sent.start + 160);
  const head = text.slice(sent.start, end);
  // (A line break may stand either side of it where a PDF's text wraps: "The Clerk" / "to obtain three quotes".)
  if (head.includes(' to ') || head.includes(' TO ') || head.includes('\u00a0to ') || head.includes('\nto ') || head.includes(' to\n') || head.includes(' to\r') || head.includes(' TO\n') || head.includes('\nTO ') || head.includes(' TO\r')) return true;
  if (ctx.resolution || ctx.actionList) return true;
  const c = head.charCodeAt(0);
  // ("Rob raised the winch. To be looked at before the fit-out.": what is to be done, its subject the sentence before.)
  if (c === 0x54 && /^To\s+be\s/.test(head)) return true;
  // ("[Action: Clerk] Book the hall": a label in square brackets opening the sentence, as in round ones.)
  if (c === 0x40 /* @ */ || c === 0x28 /* ( */ || (c === 0x5b /* [ */ && BRACKETED_LABEL_OPENS.test(head))) return true;
  if (head.includes('→ @') || head.includes('-> @') || head.includes('=> @')) return true;
  if (first && (NAME_LABEL.test(head) || OPENING_LABEL.test(head) || namedBeforeDash(head, ctx.people))) return true;
  // ("TODO Bo: add the alert", "ACTION Clerk: write to the landowner": a label, who, and a colon.)
  if (first && actionWhoColon(head, ctx.people) !== null) return true;
  if (!first && OPENING_LABEL.test(head) && /^[A-Z]/.test(head)) return true;
  if (/\b(?:[Oo]wner|[Rr]esponsible|[Dd]ue|[Dd]eadline|[Aa]ssigned|[Tt]ime\s*(?:scales?|line|frame))\b/.test(head)) return true;
  // ("Someone should ask finance about the budget": a task nobody has, without a "to".)
  if ((c === 0x53 || c === 0x73) && /^some(?:one|body)\s+(?:should|must)\s/i.test(head)) return true;
  // ("Council requested that the CEO seek further advice": the asking, without a "to".)
  // ("It was agreed that the Clerk should obtain quotes": what was agreed, likewise.)
  if (head.includes('that') && /\b(?:asked|requested|instructed|directed|required|agreed|decided)\s+that\s/i.test(head)) return true;
  // ("It was decided the Clerk should obtain quotes": "that" left out.)
  if ((head.includes('greed ') || head.includes('ecided ') || head.includes('GREED ') || head.includes('ECIDED ')) && AGREED_THE.test(head)) return true;
  if (head.includes('tasked') && /\stasked\s+with\s/.test(head)) return true;
  if (head.includes('please') && POLITE_REQUEST.test(head)) return true;
  if ((head.includes('need') || head.includes('Need') || WANTED_WORD.test(head)) && (NEEDS_OWNER.test(head) || SOMEONE_NEEDED.test(head) || NEED_SOMEONE.test(head))) return true;
  if ((c | 0x20) === 0x6e && NO_OWNER_YET.test(head)) return true;
  if (head.includes('need') && NEED_AFTER_DASH.test(text.slice(sent.start, sent.end))) return true;
  // ("Dieter owns the migration plan": who takes it on, opening the line.)
  if (first && head.includes(' own') && NAME_OWNS.test(head)) return true;
  // ("Follow up with legal re the licence — Ana": a verb first, and who closes the line.)
  if (first && !ctx.ownLine && CLOSING_WORD.test(text.slice(sent.start, sent.end))) {
    const w = /^[\s“"‘'*_]*([A-Za-z]+)/.exec(head);
    if (w && TASK_VERBS.has(w[1]!.toLowerCase())) return true;
  }
  // ("1. Renew the insurance. Owner: Dev Lal.": a verb first, and an owner's field as the next sentence.)
  if (first && !ctx.ownLine && OWNER_FIELD_NEXT.test(text.slice(sent.end, sent.end + 48))) {
    const w = /^[\s“"‘'*_]*(?:\d{1,3}[.)]\s+)?([A-Za-z]+)/.exec(head);
    if (w && TASK_VERBS.has(w[1]!.toLowerCase())) return true;
  }
  if (first && ctx.ownLine) {
    if (head.startsWith('To ')) return true;
    const w = /^[\s“"‘'*_]*([A-Za-z]+)/.exec(head);
    if (w && TASK_VERBS.has(w[1]!.toLowerCase())) return true;
  }
  return false;
}

/** A sentence that is a task's field: "Owner: Ana.", "Due: Friday.", "Timescale: before Christmas." */
const FIELD_SENTENCE = new RegExp(String.raw`^(?:\(?\s*)(?:owners?|responsible|assigned\s+to|assignee|lead|due(?:\s+date)?|deadline|target\s+date|by\s+when|${TIME_FIELD_NAMES})\s*[:=]`, 'i');
/** What a task makes, then when it is due: "draft due Friday", "first cut due 4 Dec", "slides due Monday". */
const PRODUCT_DUE = /^(?:(?:the|a|an|first|final|full|revised)\s+)?(?:draft|cut|report|write-?up|doc|document|paper|pr|proposal|summary|update|one-?pager|results|plan|figures|numbers|quotes?|notes|slides|deck|review|response|reply|letter|estimate|costings?|feedback|version|copy|text|design|spec|rfc|postmortem|post-mortem)\s+due\s+(?!to\b)\S/i;
function isFieldSentence(s: string): boolean {
  const t = s.trim();
  // ("...; deadline 1 April.": a deadline after the task, as its own clause.)
  // ("Chidi owns the postmortem; draft due Friday.": or after what the task makes.)
  return FIELD_SENTENCE.test(t) || (t.length <= 40 && (/^(?:due|deadline)\s+(?!to\b)\S/i.test(t) || PRODUCT_DUE.test(t)));
}

function attachFields(text: string, sent: Span, a: FoundAction): void {
  const s = text.slice(sent.start, sent.end);
  const own = fieldValue(s, OWNER_FIELD, sent.start);
  if (own && a.owner === null && a.ownerRange === null) {
    a.ownerRange = own.range;
    a.owner = isPlaceholderOwner(own.value) ? null : own.value;
  }
  const due = fieldValue(s, DUE_FIELD, sent.start);
  if (due && a.due === null) {
    a.due = due.value;
    a.dueRange = due.range;
  } else if (a.due === null) readDue(s, sent.start, a, s.toLowerCase(), false);
  a.range = { start: a.range.start, end: sent.end };
}

/** Where a field's value ends: a comma, a semicolon or a bracket, a sentence's full stop (not an initial's or a title's), a spaced dash, another field, or the text's end. */
const FIELD_VALUE_END = new RegExp(String.raw`\s*(?:[;,)\]|]|(?<!(?:^|\s)(?:[${CAPITALS}]|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|Fr|St))\.(?:\s|$)|\s+[—–-]\s|\s+(?:due|deadline|owner|responsible)\s*[:=]|$)`, 'iu');
function fieldValue(s: string, re: RegExp, base: number): { value: string; range: Span } | null {
  const m = re.exec(s);
  if (!m) return null;
  const from = m.index + m[0].length;
  const rest = s.slice(from);
  // The value runs to the next field, bracket or sentence end; a lone dash is a value ("Owner: —" means nobody).
  // ("Owner: N. Parr", "Owner: Dr. Ellison": an initial's or a title's full stop ends nothing.)
  // ("[due: Friday]": a square bracket closes it too.)
  // ("owner: [[Rosa]]": a link runs to its closing brackets.)
  const wiki = rest.includes('[[') ? /^\s*(\[\[[^\][]{1,80}\]\])/.exec(rest) : null;
  if (wiki) {
    const off = rest.indexOf(wiki[1]!);
    return { value: wiki[1]!, range: { start: base + from + off, end: base + from + off + wiki[1]!.length } };
  }
  const stop = FIELD_VALUE_END.exec(rest);
  let value = rest.slice(0, stop ? stop.index : rest.length).trim();
  value = value.replace(/^\*+|\*+$/g, '').trim();
  if (!value && /^\s*[—–-]/.test(rest)) value = '—';
  if (!value) return null;
  const off = rest.indexOf(value[0]!);
  return { value, range: { start: base + from + Math.max(0, off), end: base + from + Math.max(0, off) + value.length } };
}

/**
 * One task that a whole paragraph or list entry states: the paragraph under an
 * "Action Point" label, an entry of an "Action items" list, a checkbox. However
 * many sentences it has, it is one action; its owner comes from its first
 * sentence or from an owner field anywhere in it.
 */
/** An action log's reference opening an entry: "A25/21", "A/25/21", "AP 24/3", "7.2". */
const ACTION_REF = /^(?:[A-Z]{1,3}[ /-]?)?\d{1,4}[/.-]\d{1,4}[a-z]?[:.)]?[\s\u00a0]+(?=\S)/;

/**
 * How far an entry's task has got, closing it after a dash: "— 80% done", "– in progress", "- blocked". (Or with a note
 * after it, "(Fatima) – ongoing, quote expected next week."; after who in brackets, a colon or a comma may stand for the
 * dash: "Website update (Ken): outstanding.")
 */
const ENTRY_STATUS = new RegExp(String.raw`(?:\s+[–—-]\s+|(?<=\))\s*[:,]\s*)(?:still\s+)?(?:\d{1,3}\s?%(?:\s+(?:done|complete|completed|finished))?|(?:almost|nearly|half|partly|mostly)\s+(?:done|complete|finished)|in\s+progress|${STILL_OPEN}|started|not\s+started|blocked|wip)(?:\s*\.?$|\s*[,;:(][^]*$)`, 'i');
/** An entry that says no task is left: "Nothing outstanding (from February).", "No new actions", "All actions complete(d)". */
const NOTHING_LEFT = /^(?:\*\*|__)?(?:nothing(?:\s+(?:else|further|new))?\s+(?:outstanding|open|pending|to\s+report|carried\s+forward)|no\s+(?:new|open|outstanding|further)\s+(?:actions?|action\s+(?:items|points)|tasks?)(?:\s+(?:this\s+time|arising|recorded|agreed))?|all\s+(?:(?:previous|earlier|outstanding|open|other)\s+)?(?:actions?|action\s+(?:items|points)|tasks?)(?:\s+from\s+(?:the\s+)?(?:last|previous|prior)\s+meeting)?\s+(?:(?:are|were|have\s+been|had\s+been)\s+)?(?:complete|completed|closed|done|finished|on\s+track))(?:\s+(?:from|for|since|on|under|at|in)\s+[^.;:]{1,40}?)?(?:\*\*|__)?\s*[.!]?\s*$/i;
/** Verbs of a report in the past tense that may take a task after "to": "agreed to send", "volunteered to draft". */
const TAKES_TASK = new Set(['agreed', 'volunteered', 'offered', 'undertook', 'asked', 'requested', 'committed', 'promised', 'needed', 'wanted', 'decided', 'resolved', 'arranged', 'planned', 'intended', 'expected', 'tasked', 'instructed', 'directed', 'invited', 'delegated', 'assigned', 'nominated', 'appointed', 'elected', 'chosen', 'selected', 'required']);
/**
 * Does an entry report what was done rather than set a task: who, or what, then a verb in the past tense, "Dana sent the
 * deck to Gears.", "The board reviewed the open actions; all are on track.", "Insurance renewed.", "Revised policy
 * circulated to members"? Not a verb first ("Fix the damaged gate", "Order the chairs agreed by the board"), nor a task the
 * past verb hands on ("Dana agreed to send the deck", "Bo was asked to book the room").
 */
function reportsDone(s: string): boolean {
  const raw = s.replace(/^[\s*_“"‘']+/, '').split(/[\s\u00a0]+/, 8);
  const w = raw.map((x) => x.replace(/[^A-Za-z'’-]+$/, ''));
  const head = w[0]?.toLowerCase() ?? '';
  if (!head || TASK_VERBS.has(head) || head === 'to' || head === 'please') return false;
  for (let k = 1; k < Math.min(w.length, 6); k++) {
    // ("Hedges – cut back the hedge", "Gutters: get quotes": a topic's label, then the task.)
    if (/^[–—:-]$/.test(raw[k]!) || /:$/.test(raw[k - 1]!)) return false;
    const v = w[k]!.toLowerCase();
    if (MODALS.has(v) || v === 'to' || v === 'please') return false;
    const past = IRREGULAR_PAST.has(v) || (/^[a-z]{3,}ed$/.test(v) && !NOT_PAST_ED.has(v));
    if (!past) continue;
    if (TAKES_TASK.has(v)) return false;
    // (What follows may hand the task on: "... sent to the Clerk to chase".)
    return !/\bto\s+(?!(?:the|a|an|all|his|her|their|our|its|this|that|these|those|members|everyone|[A-Z][\w'’-]*)\b)[a-z]+/.test(s.slice(s.indexOf(w[k]!) + w[k]!.length));
  }
  return false;
}
const MODALS = new Set(['will', 'shall', 'should', 'must', 'would', 'could', 'can', 'may', 'might', 'needs', 'need']);
/** Irregular participles spelt as the verb itself ("cut back the hedge"): not read as a report's past. */
const SAME_AS_PRESENT = new Set(['cut', 'put', 'set', 'read', 'run', 'split', 'shut', 'let', 'hit', 'cost', 'quit', 'spread']);
/** Past tenses and participles an entry's report uses that do not end in "-ed". */
const IRREGULAR_PAST = new Set([...[...IRREGULAR_PARTICIPLES].filter((v) => !SAME_AS_PRESENT.has(v)), 'took', 'gave', 'wrote', 'spoke', 'went', 'came', 'did', 'began', 'rang', 'drew', 'chose', 'saw', 'knew']);
/** Words in "-ed" that are not a verb's past: "need", "speed", "feed", "seed", "bed", "red", "shed", "proceed". */
const NOT_PAST_ED = new Set(['need', 'needed', 'speed', 'feed', 'seed', 'bed', 'red', 'shed', 'proceed', 'exceed', 'succeed', 'breed', 'deed', 'heed', 'weed', 'reed', 'embed', 'shred', 'sled', 'wed', 'fled', 'bled', 'led', 'hundred', 'sacred', 'naked', 'wicked', 'rugged', 'ragged', 'crooked', 'aged', 'beloved', 'learned']);
/** An emoji pointing at an entry after its number: "2. 👉 @joe ...". */
const ENTRY_GLYPH = /^\p{Extended_Pictographic}\uFE0F?[\s\u00a0]+/u;

export function entryTask(text: string, whole: Span, ctx: TaskContext): FoundAction | null {
  // "1. Ben to send the offers", "A25/21 Colin – draft budget – 30 Nov": the list's number, or the action log's, is not the task's.
  const head = text.slice(whole.start, Math.min(whole.end, whole.start + 16));
  const num = LIST_NUMBER.exec(head) ?? ACTION_REF.exec(head);
  let span = num ? { start: whole.start + num[0].length, end: whole.end } : whole;
  // ("2. 👉 @joe to quarantine the tests": an emoji pointing at the entry, after its number, is not the task's either.)
  const glyph = num ? ENTRY_GLYPH.exec(text.slice(span.start, Math.min(span.end, span.start + 8))) : null;
  if (glyph && span.start + glyph[0].length < span.end) span = { start: span.start + glyph[0].length, end: span.end };
  const s = text.slice(span.start, span.end);
  // "Next meeting: 2 December", "The team will meet again on 11/25": when the meeting meets next, not a task.
  if (NEXT_MEETING_ENTRY.test(s)) return null;
  if ((OPENING_LABEL.test(s) && !RECORDS_OUTCOME.test(s.replace(OPENING_LABEL, ''))) || OWNER_OPENING.test(s)) {
    const out: FoundAction[] = [];
    labelledTask(text, span, ctx, out, 'label');
    // ("Action: None" sets none.)
    const a = out[0];
    if (!a) return null;
    a.range = { start: a.range.start, end: span.end };
    return a;
  }
  // ("PHX-201 payment retries (Lena) — 80% done", "... – in progress": how far it has got, after the task and who has it.)
  const status = ENTRY_STATUS.exec(s);
  if (status && status.index > 0) span = { start: span.start, end: span.start + status.index };
  const ss = sentences(text, span.start, span.end);
  const first = ss[0] ?? span;
  const inner = taskInSentence(text, first, { ...ctx, actionList: true }, true);
  // (An entry that reports what was done, or that nothing is left, sets no task: see taskInCasedSentence.)
  if (inner === null && (NOTHING_LEFT.test(text.slice(first.start, first.end).trim()) || reportsDone(text.slice(first.start, first.end)))) return null;
  const a: FoundAction = inner ?? { range: { ...first }, owner: null, ownerRange: null, due: null, dueRange: null, source: 'list' };
  a.range = { start: Math.min(a.range.start, first.start), end: span.end };
  if (a.source === 'sentence' || a.source === 'imperative' || a.source === 'passive' || a.source === 'resolution') a.source = 'list';
  // Fields anywhere in the entry ("... Owner: Andre Baptiste. Due: January 24.") fill what the first sentence left open.
  if (a.ownerRange === null || a.due === null) {
    const probe: FoundAction = { range: a.range, owner: null, ownerRange: null, due: null, dueRange: null, source: a.source };
    readOwnerAndDue(text, span, probe, ctx.people);
    if (a.ownerRange === null && probe.ownerRange !== null) {
      a.owner = probe.owner;
      a.ownerRange = probe.ownerRange;
    }
    if (a.due === null && probe.due !== null) {
      a.due = probe.due;
      a.dueRange = probe.dueRange;
    }
  }
  return a;
}

/**
 * An entry of "Next steps" that says when the meeting meets next: "Next meeting: 2 December", "Next call Tuesday", "The
 * team will meet again on 11/25", "We will reconvene next Tuesday", "Meet again in two weeks". Not "Meet the contractor
 * on site", "Ana to meet the programme leaders", "Meet with the landlord": meeting someone is a task.
 */
const NEXT_MEETING_ENTRY =
  /^(?:\*\*|__)?(?:(?:the\s+)?next\s+(?:meeting|call|sync|session|check-?in|catch-?up)\b(?!\s+(?:agenda|minutes|notes)\b)|(?:(?:the\s+)?(?:team|group|committee|board|panel|we|all|everyone)\s+(?:will|shall|to|should|are\s+to)\s+)?(?:meet|reconvene|regroup)(?:\s+again\b|(?=\s*(?:[.;]|$|on\b|in\b|at\b|next\b|after\b|before\b|this\b|tomorrow\b|weekly\b|monthly\b|fortnightly\b|every\b))))/i;
const NO_TASK = /^(?:(?:none|nil|nothing)(?:\s+(?:required|needed|arising|further|this\s+time))?|n\/a|not\s+applicable|no(?:\s+further)?\s+actions?(?:\s+(?:required|needed|arising|this\s+time))?|nothing(?:\s+to\s+action)?|-+|–|—|\?+|\.{3}|…|\(\s*(?:none|nil|n\/a)\s*\))$/i;

/** One word, capitalised, in any language's letters: "Sara", "Zoë", "O’Neill". */
const CAPITALISED_WORD = new RegExp(String.raw`^[${CAPITALS}](?=[${SMALLS}'’-])[${SMALLS}'’-]*(?:['’-][${CAPITALS}][${SMALLS}]+|[${CAPITALS}][${SMALLS}]+)?[${SMALLS}'’-]*$`, 'u');
/** One capitalised word that may be a first name ("Sara"): enough for an owner in an action list or under an action label. */
function isFirstName(w: string): boolean {
  return CAPITALISED_WORD.test(w) && !NON_AGENT_STARTS.has(w.toLowerCase());
}

/** A comma, then one or two capitalised words closing the entry: "Send the deck, Ana Lopez." */
const COMMA_THEN_NAME_AT_END = new RegExp(String.raw`,\s+([${CAPITALS}][${LETTERS}.'’-]*(?:\s[${CAPITALS}][${LETTERS}.'’-]*)?)\s*[.;]?\s*$`, 'u');
/** A short text in brackets opening an entry, before its words: "(Ana) send the deck". */
const BRACKET_BEFORE_TEXT = new RegExp(String.raw`^\(([^()]{1,30})\)\s+(?=[${LETTERS}])`, 'u');
/**
 * Who an action list's entry names where such entries put it, though the notes never introduced them: "(Priya) Write a
 * one-page proposal", "(me) Share the rubric" (in brackets opening it; read from the sentence's own start, as a short
 * bracket there is set aside as a list's label, "(a)"); "Mary — road closure application" (opening it, before a dash);
 * "Share the rota with the team - Marco", "Follow up with the vendor (Speaker 2)" (ending it). `s` is the sentence from
 * `base`, past its list label.
 */
function entryOwner(text: string, sent: Span, s: string, base: number, people: People, lineStart: boolean): { name: string; at: number } | null {
  if (lineStart && text.charCodeAt(sent.start) === 0x28) {
    const br = BRACKET_BEFORE_TEXT.exec(text.slice(sent.start, Math.min(sent.end, sent.start + 40)));
    const v = br ? br[1]!.trim() : '';
    if (br && !DATE_WORDS.test(v) && !isPlaceholderOwner(v) && (looksLikeOwner(v, people) || isFirstName(v) || /^(?:me|myself)$/i.test(v))) return { name: v, at: sent.start + br[0].indexOf(v) };
  }
  if (lineStart) {
    const lead = LEADING_FIRST_NAME.exec(s);
    if (lead && entryFirstName(lead[1]!)) return { name: lead[1]!, at: base };
    // ("Mo          letter to Head of Housing       by 1 Dec", "Tasha/Deepak<TAB>party food": who, in a column of its own
    // that a run of spaces or a tab ends, as a list typed in columns sets it.)
    const col = LEADING_COLUMN.exec(s);
    // (Not a sentence's first word before a run of spaces a justified line left: "The   briefing note to be circulated".)
    if (col && col[1]!.split(/\s*[/&+]\s*/).every((w) => w !== '' && !isPlaceholderOwner(w) && !NON_AGENT_STARTS.has(w.toLowerCase()) && !/^(?:the|a|an|all|our|your|my)$/i.test(w) && (entryFirstName(w) || looksLikeOwner(w, people)))) return { name: col[1]!, at: base };
  }
  // ("Tidy the docs - Ravi - Fri 12th": the name, then by when, the last part.)
  const last = TRAILING_FIRST_NAME.exec(s);
  const dated = last === null || DATE_WORDS.test((last[1] ?? last[2])!) ? TRAILING_DATE_PART.exec(s) : null;
  const who = dated && readsAsDate(dated[1]!) ? TRAILING_FIRST_NAME.exec(s.slice(0, dated.index)) : last;
  const v = who ? (who[1] ?? who[2])! : '';
  if (who && (who[2]?.startsWith('Speaker ') || (!isEntryTag(v) && !DATE_WORDS.test(v) && !NON_AGENT_STARTS.has(v.toLowerCase()) && !topicLabel(v, people)))) return { name: v, at: base + who.index + who[0].indexOf(v) };
  // "Update the pricing slide, Ana": after a comma, someone the notes name (not "Book rooms in Paris, Berlin").
  const comma = s.includes(', ') ? COMMA_THEN_NAME_AT_END.exec(s) : null;
  if (comma && !DATE_WORDS.test(comma[1]!) && !isEntryTag(comma[1]!) && people.has(comma[1]!.split(/\s/)[0]!.toLowerCase())) return { name: comma[1]!, at: base + comma.index + comma[0].indexOf(comma[1]!) };
  return null;
}

/**
 * A first name opening an action list's entry before a dash ("John - report the potholes"): not a tag, a date or a topic,
 * nor a plural that names things ("Gutters – get quotes", "Hedges – cut back"; a name ending in "s" mostly ends "-as",
 * "-is", "-os", "-us", "-ss" or "-es" after another letter: "Lucas", "Chris", "Amos", "Marcus", "Ross", "James").
 */
function entryFirstName(w: string): boolean {
  return nameOpensSentence(w) && !isEntryTag(w) && !DATE_WORDS.test(w) && !TOPIC_WORDS.has(w.toLowerCase()) && !/[bcdfgklmnprtvwxz]s$|(?:g|ch|sh|x|z)es$/.test(w);
}

/**
 * In an action list, a first name typed in small letters opening the entry ("- ana to update the price list"), though the
 * notes never introduced her: a word that would name someone were it capitalised, and no word a list's entry opens with
 * ("plan to", "need to", "try to").
 */
function smallFirstName(w: string, at: number): boolean {
  return at === 0 && /^[a-z][a-z'’-]{1,14}$/.test(w) && entryFirstName(w[0]!.toUpperCase() + w.slice(1)) && !SMALL_NOT_NAMES.has(w);
}
/** A name run together in camel case: "BenO", "MaryJaneK". */
const CAMEL_NICK = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}]+(?:[${CAPITALS}][${SMALLS}]+){1,2}$`, 'u');
/**
 * In an action list or after an "ACTION:" label, a nickname in two capitalised halves ("TabAtkins", "JaneDoe"), as chat
 * logs and W3C minutes name people.
 */
function camelNick(w: string): boolean {
  return CAMEL_NICK.test(w);
}
/** Words in small letters that open a list's entry before "to", and name nobody. */
const SMALL_NOT_NAMES = new Set('plan plans need needs try tries want wants going how what when where why who time remember reminder note notes todo idea ideas proposal suggestion decision agreed agree also then and or but so just still maybe probably please pls nothing something anything everything'.split(' '));

/** A single word opening a sentence before "to VERB" that names someone: "Owen", not "Time", "Decision", "Agreed" or "Plans". */
function nameOpensSentence(w: string): boolean {
  if (!isFirstName(w)) return false;
  const low = w.toLowerCase();
  if (INFINITIVE_HEADS.has(low) || TASK_VERBS.has(low) || AUX.test(low) || /(?:tion|sion|ment|ness|ship|ism)s?$/.test(low)) return false;
  // "Changes to ...", "Plans to ...", "Costs to ...": the plural of such a word.
  if (low.endsWith('s') && (INFINITIVE_HEADS.has(low.slice(0, -1)) || TASK_VERBS.has(low.slice(0, -1)))) return false;
  // "Called to order at 7pm", "Voted to adopt ...": a verb's past, not a name (as "Ahmed" or "Fred" is).
  if (low.endsWith('ed')) {
    const stems = [low.slice(0, -2), low.slice(0, -1), low.slice(0, -3), low.slice(0, -3) + 'y'];
    if (stems.some((v) => TASK_VERBS.has(v) || NARRATIVE_VERBS.has(v))) return false;
  }
  return true;
}

/** "prepares", "sends", "fixes", "applies": a task verb in the present tense's third person. */
function isPresentOfTask(w: string): boolean {
  return TASK_VERBS.has(w.slice(0, -1)) || (w.endsWith('es') && TASK_VERBS.has(w.slice(0, -2))) || (w.endsWith('ies') && TASK_VERBS.has(w.slice(0, -3) + 'y'));
}

/** One or two capitalised words, then a spaced dash: "Dev Lal – ". */
const NAME_THEN_DASH = new RegExp(String.raw`^([${CAPITALS}][${LETTERS}'’.-]*(?:\s[${CAPITALS}][${LETTERS}'’.-]*)?)\s+[–—-]\s+`, 'u');
/** The label that opens a labelled task, with who may stand on it: "[ACTION]", "Action:", "AI(@jdoe):", "TODO @carmen:", "Action for the Clerk:", "ACTION BY Treasurer –". */
const TASK_LABEL = new RegExp(String.raw`^(?:\[[A-Za-z][A-Za-z ]*\]\s*(?:[:–—]\s*|-\s+)?(?=\S)|(?:\*\*|__|\*(?!\*)|_(?!_))?[A-Za-z][A-Za-z -]*?(?:-\d{1,4})?\s*(?:BY\s*|by\s*)?(?:\(([^()]{1,40})\)\s*|(@[${LETTERS}0-9_.-]+)\s*|(?<=\s)(?:for|FOR|For|by|BY|By)\s+([${LETTERS}${MARKS}0-9_.'’-]+(?:\s+[${LETTERS}${MARKS}0-9_.'’-]+){0,3})\s*)?(?:\*\*|__|\*|_)?\s*(?:[:–—]|-(?=\s))\s*(?:\*\*|__)?\s*)`, 'u');
/**
 * An action label's text that is who and by when: "SK, by 15/12", "CLERK BY 31/3", "Treasurer (by end Q1)", "Director of
 * Finance – by 31/01/27", "DM   Due: 12/12" (a deadline's field after who, as a table's columns leave it), "Clerk, deadline
 * 5 May". Who is group 1, when group 2 or 3.
 */
export const WHO_BY_WHEN = /^(.{1,40}?)(?:(?:,|\s+[–—-])?\s+(?:by|before|due\s*:?|deadline\s*:?)\s+(\S.{0,29})|\s*\(\s*(?:by|before|due:?)\s+([^()]{1,30}?)\s*\))$/i;
/**
 * A label's text that is who and by when (WHO_BY_WHEN), read from `at`: who, and the deadline with where it stands; null
 * where what comes before the deadline names nobody, or opens with what to do.
 */
function whoByWhen(rest: string, at: number, people: People): { who: string; due: string; dueRange: Span } | null {
  const m = WHO_BY_WHEN.exec(rest);
  if (!m || !looksLikeOwner(m[1]!, people) || TASK_VERBS.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) return null;
  const when = (m[2] ?? m[3])!;
  const w = at + m[1]!.length + m[0].slice(m[1]!.length).lastIndexOf(when);
  return { who: m[1]!, due: when, dueRange: { start: w, end: w + when.length } };
}
/** Who, then when, in brackets or after a spaced dash: "Clerk (end of March)", "Clerk – 31/03" (group 1 who, 2 or 3 when). */
const WHO_THEN_WHEN = /^(.{1,40}?)(?:\s*\(\s*([^()]{1,30}?)\s*\)|\s+[–—-]\s+([^–—()]{1,30}?))$/;
/** Who, the bracket that closes the label around them, then the task: "Clerk) Write to the owner." (group 1: who). */
const BRACKETED_WHO_THEN_TASK = /^([^()[\]]{1,40}?)\s*[)\]]\s+(?=\S)/;
/** A task introduced by a label: "ACTION – add to action sheet", "Action: Clerk", "AI: write up ...", "TODO: ... (owner: @x)". */
function labelledTask(text: string, span: Span, ctx: TaskContext, out: FoundAction[], source: ActionSource): void {
  const s = text.slice(span.start, span.end);
  // "AI(@jdoe): draft the KEP update": the owner may stand in brackets on the label.
  // ("TODO @carmen: fix the stories": or after it, as a handle.)
  // ("[ACTION] Bo: renew the domain", "_Action_: ...": a label in square brackets, or under a single mark of emphasis.)
  // ("Action for the Clerk: renew the insurance", "ACTION BY Treasurer: ...": who, after "for" or "by" on the label.)
  const lab = TASK_LABEL.exec(s);
  let restStart = span.start + (lab ? lab[0].length : 0);
  const labelName = lab?.[1] ?? lab?.[2] ?? lab?.[3];
  // ("TODO(wen): alert on the hit ratio": a user name the notes know, in lower case, as TODO comments write it.)
  const whoColon = labelName === undefined ? actionWhoColon(s, ctx.people) : null;
  // ("Action (Sam): book the room", "TODO(dave): fix the links": a name in the label's brackets is who, as an owner field
  // says it, though the notes name Sam nowhere else; not a tag, "Action (urgent):", "TODO(P1):".)
  const bracketName = lab?.[1] !== undefined ? lab[1].trim() : null;
  const labelOwner =
    lab && labelName !== undefined && (looksLikeOwner(labelName, ctx.people) || isKnownUser(labelName.trim(), ctx.people) || (bracketName !== null && !BRACKET_TAG.test(bracketName) && !BRACKET_NOT_NAME.test(bracketName) && !isPlaceholderOwner(bracketName) && ownerFieldNames(bracketName, ctx.people)))
      ? { name: labelName.trim(), start: span.start + lab[0].indexOf(labelName) }
      : whoColon
        ? { name: whoColon.name, start: span.start + whoColon.at }
        : null;
  // "ACTION: Approved the consent calendar", "Action taken: motion carried": the body's outcome, read by findOutcomes.
  if (RECORDS_OUTCOME.test(text.slice(restStart, Math.min(span.end, restStart + 20)))) return;
  // "ACTION: Motion by Councilmember Fong, second by Councilmember Ito, to approve ...": a US council's action minutes
  // label the motion and its result, not a task.
  if (MOTION_RECORD.test(text.slice(restStart, Math.min(span.end, restStart + 24)))) return;
  // "(Action: Clerk) Write to the owner.", "[Action: JB] Book the hall": the label in brackets opening the line, who inside
  // them, then the task after them.
  const opener = span.start > 0 ? text.charCodeAt(span.start - 1) : 0;
  // ("[Action: JB, by 1 May] Book the hall": who and by when, inside them.)
  const inBrackets = opener === 0x28 || opener === 0x5b ? BRACKETED_WHO_THEN_TASK.exec(text.slice(restStart, span.end)) : null;
  const whoWhen = inBrackets ? whoByWhen(inBrackets[1]!, restStart, ctx.people) : null;
  const who = whoWhen ? whoWhen.who : inBrackets?.[1];
  if (inBrackets && who !== undefined && (isPlaceholderOwner(who) || looksLikeOwner(who, ctx.people))) {
    const taskStart = restStart + inBrackets[0].length;
    const task = sentences(text, taskStart, span.end)[0] ?? { start: taskStart, end: span.end };
    const placeholder = isPlaceholderOwner(who);
    const a: FoundAction = { range: { start: span.start, end: task.end }, owner: placeholder ? null : who, ownerRange: placeholder ? null : { start: restStart, end: restStart + who.length }, due: whoWhen?.due ?? null, dueRange: whoWhen?.dueRange ?? null, source };
    readOwnerAndDue(text, task, a, ctx.people);
    out.push(a);
    return;
  }
  // "Owner: Ana. Update the speaker notes.": who, then the task's sentence, read for its deadline.
  // ("Owner: Jane | Task: renew the hall insurance | Due: 30 June": or who, a bar or a semicolon, then the task's field.)
  const ownerFirst = OWNER_THEN_SENTENCE.exec(s) ?? OWNER_THEN_FIELD.exec(s);
  if (ownerFirst && !TASK_VERBS.has(ownerFirst[1]!.split(/\s+/)[0]!.toLowerCase())) {
    const name = ownerFirst[1]!.replace(/[*_]+$/, '');
    const taskStart = span.start + ownerFirst[0].length;
    const task = sentences(text, taskStart, span.end)[0] ?? { start: taskStart, end: span.end };
    const at = span.start + s.indexOf(name, s.indexOf(':'));
    const placeholder = isPlaceholderOwner(name);
    const a: FoundAction = { range: { start: span.start, end: task.end }, owner: placeholder ? null : name, ownerRange: placeholder ? null : { start: at, end: at + name.length }, due: null, dueRange: null, source };
    // (The task's own sentence may still name who, after a placeholder: "Owner: TBC. Find a new PA (owner: Jo).", as the
    // quick fix writes it; and by when.)
    readOwnerAndDue(text, task, a, ctx.people);
    if (a.ownerRange === null) a.ownerRange = { start: at, end: at + name.length };
    out.push(a);
    return;
  }
  // The task ends at its sentence's end; what follows on the line may be another sentence, or its fields.
  const ss = sentences(text, restStart, span.end);
  let firstEnd = ss.length ? ss[0]!.end : span.end;
  // "(Action: SK, by 15/12)", "[ACTION: KL]": the bracket around the label is not the task's.
  // ("... (Action: Dr Kaur).": and the sentence's full stop after it.)
  const stop = text[firstEnd - 1] === '.' && (text[firstEnd - 2] === ')' || text[firstEnd - 2] === ']') ? 1 : 0;
  const closer = text[firstEnd - 1 - stop];
  if ((closer === ')' || closer === ']') && firstEnd - 1 - stop > span.start && !text.slice(span.start, firstEnd).includes(closer === ')' ? '(' : '[')) firstEnd -= 1 + stop;
  const a: FoundAction = { range: { start: span.start, end: firstEnd }, owner: null, ownerRange: null, due: null, dueRange: null, source };
  // "(ACTION: Cllr Brown)": the bracket closes the label, it is not part of the owner.
  let rest = text.slice(restStart, firstEnd).replace(/[.\s]+$/, '');
  // ("Action: T.R.": initials keep their last full stop.)
  if (/\.[A-Z]$/.test(rest) && DOTTED_INITIALS.test(rest + '.') && text.charCodeAt(restStart + rest.length) === 0x2e) rest += '.';
  if ((rest.endsWith(')') && !rest.includes('(')) || (rest.endsWith(']') && !rest.includes('['))) rest = rest.slice(0, -1).trimEnd();
  // "Action: None", "Actions: n/a", "Action: no action required": the label records that there is none.
  if (NO_TASK.test(rest)) return;
  // ("Action: complete.", "A-098: closed": how an earlier task ended, not a task; "Action: ongoing", "Action: carried
  // forward": how it stands, likewise.)
  if (/^(?:now\s+)?(?:complete|completed|done|closed|finished|cancell?ed|withdrawn|superseded|no\s+longer\s+(?:required|needed)|on-?going|in\s+progress|continuing|(?:still\s+)?open|carried\s+(?:forward|over)|c\/f)$/i.test(rest)) return;
  // ("Action: Clerk (ongoing)", "Action: Clerk – ongoing": how the task stands, after who has it.)
  rest = rest.replace(STATUS_TAIL, '');
  // ("Action: Owner – Director of Property; Due – 31 March 2027": the owner's field named, a dash, then who.)
  const ownerDash = OWNER_DASH_LEAD.exec(rest);
  if (ownerDash) {
    rest = rest.slice(ownerDash[0].length);
    restStart += ownerDash[0].length;
  }
  // "(Action: SK, by 15/12)": who, and by when.
  const byWhen = whoByWhen(rest, restStart, ctx.people);
  if (byWhen) {
    rest = byWhen.who;
    a.due = byWhen.due;
    a.dueRange = byWhen.dueRange;
  } else {
    // ("Action: Clerk (end of March)", "Action: Clerk – 31/03": who, then when without a "by", in brackets or after a dash.)
    const when = WHO_THEN_WHEN.exec(rest);
    const due = when ? (when[2] ?? when[3])! : '';
    if (when && DATE_WORDS.test(due) && !TASK_VERBS.has(due.split(/\s+/)[0]!.toLowerCase()) && looksLikeOwner(when[1]!, ctx.people) && !TASK_VERBS.has(when[1]!.split(/\s+/)[0]!.toLowerCase())) {
      const at = restStart + rest.lastIndexOf(due);
      rest = when[1]!;
      if (!noDateYet(due)) {
        a.due = due;
        a.dueRange = { start: at, end: at + due.length };
      }
    }
  }
  // "Follow-ups: Dee – check licences, Eve – book the war room": several tasks, each who, a dash and what, after one
  // label; each is read as its own.
  const more = rest.includes(', ') ? nextWhoDash(rest) : null;
  if (more && more.index > 0 && TASK_VERBS.has((WHO_DASH_VERB.exec(rest) ?? ['', ''])[1]!)) {
    const cut = restStart + more.index;
    labelledTask(text, { start: span.start, end: cut }, ctx, out, source);
    let at = cut + more[0].length;
    while (at < span.end) {
      const piece = text.slice(at, span.end);
      const again = nextWhoDash(piece);
      const end = again ? at + again.index : span.end;
      const who = NAME_THEN_DASH.exec(piece)!;
      const b: FoundAction = { range: { start: at, end }, owner: isPlaceholderOwner(who[1]!) ? null : who[1]!, ownerRange: { start: at, end: at + who[1]!.length }, due: null, dueRange: null, source };
      readDue(text.slice(at + who[0].length, end), at + who[0].length, b);
      out.push(b);
      if (!again) break;
      at = end + again[0].length;
    }
    return;
  }
  // "Action – Clerk – chase the contractor": who, a dash, then what; the sentence is read below (its deadline too).
  const whoFirst = /[–—-]/.test(rest) ? rest.split(DASH_SPLIT) : [rest];
  const whoThenWhat = whoFirst.length > 1 && TASK_VERBS.has((/^[a-z]+/.exec(whoFirst[1]!) ?? [''])[0]!);
  // (In capitals, asked of the words in ordinary case: "ACTION: CLERK TO WRITE TO THE COUNTY HIGHWAYS TEAM" names no team.)
  const restRead = rest.length >= 12 && oddCase(rest, { start: 0, end: rest.length }) === 1 ? (readableCase(rest, ctx.people) ?? rest) : rest;
  if (rest && !whoThenWhat && looksLikeOwner(restRead, ctx.people) && !TASK_VERBS.has(rest.split(/\s+/)[0]!.toLowerCase())) {
    // "ACTION: Clerk": the label names who, not what ("ACTION: TBC" names nobody).
    a.owner = isPlaceholderOwner(rest) ? null : rest;
    a.ownerRange = { start: restStart, end: restStart + rest.length };
  } else if (whoFirst.length === 2 && !whoThenWhat && OPENS_CAPITAL.test(rest) && looksLikeOwner(whoFirst[0]!, ctx.people) && !TASK_VERBS.has(whoFirst[0]!.split(/\s+/)[0]!.toLowerCase())) {
    // "Action: Director of Operations – recovery plan to the January Board": who, a dash, then what is due from them,
    // named by its noun.
    const who = whoFirst[0]!;
    a.owner = isPlaceholderOwner(who) ? null : who;
    a.ownerRange = { start: restStart, end: restStart + who.length };
    const what = restStart + rest.length - whoFirst[1]!.length;
    readDue(text.slice(what, firstEnd), what, a);
  } else if (ss.length) {
    a.due = a.dueRange = null;
    const inner = taskInSentence(text, ss[0]!, { ...ctx, actionList: true }, true);
    if (inner) {
      a.owner = inner.owner;
      a.ownerRange = inner.ownerRange;
      a.due = inner.due;
      a.dueRange = inner.dueRange;
    }
    // "To do: A. Laurent prepares the application draft": under the label, who and the task's verb in the present.
    const present = a.owner === null ? /^((?:[^\s,;:]+\s+){0,3}?[^\s,;:]+)\s+([a-z]+s)\s/.exec(rest) : null;
    // (As in an action list, a first name the minutes never introduced will do: "Action: Priya sends the invite".)
    if (present && isPresentOfTask(present[2]!) && (looksLikeOwner(present[1]!, ctx.people) || isFirstName(present[1]!)) && !isPlaceholderOwner(present[1]!)) {
      a.owner = present[1]!;
      a.ownerRange = { start: restStart, end: restStart + present[1]!.length };
    }
    // ("Action: Year 10 reps make posters (due 11 Dec)", "Action: All trustees complete the survey": a plural of people,
    // then the verb.)
    const plural = a.owner === null ? PLURAL_THEN_VERB.exec(rest) : null;
    if (plural && TASK_VERBS.has(plural[2]!) && pluralOfPeople(plural[1]!)) {
      a.owner = plural[1]!;
      a.ownerRange = { start: restStart, end: restStart + plural[1]!.length };
    }
  }
  if (labelOwner && a.owner === null && a.ownerRange === null) {
    a.owner = isPlaceholderOwner(labelOwner.name) ? null : labelOwner.name;
    a.ownerRange = { start: labelOwner.start, end: labelOwner.start + labelOwner.name.length };
  }
  out.push(a);
  let cur = a;
  for (const sent of ss.slice(1)) {
    const st = text.slice(sent.start, sent.end);
    // ("ACTION: Write to the landowner. (JS)": who, in brackets after the task's sentence.)
    const who = cur.owner === null && cur.ownerRange === null ? /^\(\s*([^()]{2,40}?)\s*\)\s*[.;]?$/.exec(st.trim()) : null;
    if (who && bracketNamesOwner(who[1]!, ctx.people)) {
      const at = sent.start + st.indexOf(who[1]!);
      cur.owner = isPlaceholderOwner(who[1]!) ? null : who[1]!;
      cur.ownerRange = { start: at, end: at + who[1]!.length };
      cur.range = { start: cur.range.start, end: sent.end };
    } else if (isFieldSentence(st)) attachFields(text, sent, cur);
    // ("Actions: Clerk to write to the landowner; Chair to walk the path": the label's next task, after a semicolon.)
    else if (/;\s*$/.test(text.slice(Math.max(span.start, sent.start - 4), sent.start))) {
      // ("Next steps: Priya will draft the RFP; Ken will review it.": or who and "will", read as the label's own text is.)
      let next = taskInSentence(text, sent, { ...ctx, ownLine: false }, false);
      if (next === null && WHO_WILL.test(st)) {
        const read: FoundAction[] = [];
        labelledTask(text, sent, ctx, read, source);
        next = read.length === 1 ? read[0]! : null;
      }
      if (next === null || next.owner === null) break;
      out.push(next);
      cur = next;
    } else break;
  }
}

/** One handle, the whole of a word. */
const ONE_HANDLE = new RegExp(`^${HANDLE}$`, 'u');
/** An arrow to a handle closing the sentence: "Need copy for the six error types → @sana". */
const ARROW_TO_HANDLE = new RegExp(String.raw`\s(?:→|->|=>)\s*(${HANDLE_ENDED})\s*[.;]?\s*$`, 'u');
/** Who, then "will" and a verb: "Ken will review it", "@sam will tag the release" (not "The Board will meet again in May"). */
const WHO_WILL = new RegExp(String.raw`^(?!(?:The|This|That|These|Those|It|We|They|There|He|She|I|You)\b)(?:[${CAPITALS}][${LETTERS}'’.-]*(?:\s[${CAPITALS}][${LETTERS}'’.-]*)?|${HANDLE})\s+(?:will|shall)\s+[a-z]`, 'u');
/** A few words ending in a plural of people ("Year 10 reps", "All trustees"), then a verb in its plain form. */
const PLURAL_THEN_VERB = /^((?:[\w'’-]+\s+){0,3}[A-Za-z'’-]+s)\s+([a-z]+)\b/;
/** Is the phrase a few words ending in a plural of people: "Year 9 reps", "All form captains", "trustees"? */
function pluralOfPeople(phrase: string): boolean {
  const last = /^(?:[\w'’-]+\s+){0,3}([A-Za-z'’-]+s)$/.exec(phrase.trim())?.[1]?.toLowerCase();
  return last !== undefined && (ROLE_WORDS.has(last) || ROLE_WORDS.has(last.slice(0, -1)));
}
/** One handle or several: "@sam", "@ana and @li-wei", "@x/@y". */
// ("@chidi + @emil submit the talk proposal": joined by a plus too.)
// ("@tomás": a handle's letters may be any language's.)
const HANDLES = String.raw`${HANDLE}(?:\s*(?:,|and|&|\/|\+)\s*${HANDLE})*`;
const HANDLES_ONLY = new RegExp(`^${HANDLES}$`, 'u');
/** "@sam to check ...", "@li-wei: get ...". */
// ("**@alice**: update the guide": in bold, its opening marks set aside before this is read.)
const HANDLE_THEN_TO = new RegExp(`^(${HANDLES})(?:\\*\\*|__)?\\s*(?::(?:\\*\\*|__)?\\s*|\\s+to\\s+(?=[a-z]))`, 'u');
/** Taking a task on: "owns", "will own", "is owning". */
const OWNS = String.raw`(?:owns|will\s+own|is\s+owning)`;
/** "@rosa-m owns the release notes": the handle takes the task on. */
const HANDLE_OWNS = new RegExp(`^(${HANDLES})\\s+${OWNS}\\s+\\S`, 'u');
/** "Yusuf owns the load test, due 12 Dec.": someone the minutes name takes the task on. */
const NAME_OWNS = new RegExp(String.raw`^([${CAPITALS}][${LETTERS}'’-]+(?:\s+[${CAPITALS}][${LETTERS}'’-]+){0,2})\s+${OWNS}\s+(?:the|this|that|it|its|a|an|our|their|follow-?ups?)\b`, 'u');
/** "@bob file a ticket ...", in an action list. */
const HANDLE_THEN_VERB = new RegExp(`^(${HANDLES})\\s+([a-z]+)\\b`, 'u');
/** A capitalised word and up to three words after it. */
const NAME_THEN_WORDS = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}'’-]+(?:\s+[${LETTERS}][${LETTERS}'’-]*){1,3}`, 'u');
/**
 * A full name the notes list, every word of it, then a task verb, as a mention copied without its "@" leaves them:
 * "Sanna Virtanen Write the runbook" (the verb may be capitalised too). The name, or null.
 */
function nameThenVerb(s: string, people: People): string | null {
  const head = NAME_THEN_WORDS.exec(s);
  if (!head) return null;
  // Each word with where it ends.
  const words = [...head[0].matchAll(/\S+/g)].map((w) => ({ w: w[0], end: w.index + w[0].length }));
  for (let k = 2; k < words.length; k++) {
    const last = words[k - 1]!;
    if (!OPENS_CAPITAL.test(last.w) || !words.slice(0, k).every((x) => people.has(x.w.toLowerCase()))) return null;
    if (isTaskVerb(words[k]!.w.toLowerCase())) return s.slice(0, last.end);
  }
  return null;
}
/** "@Ben Ortiz close ...": a mention of a person by name, then what to do. */
const MENTION_THEN_VERB = new RegExp(String.raw`^(@[${CAPITALS}][${SMALLS}'’-]+(?:\s+[${CAPITALS}][${LETTERS}'’-]+){1,2})\s+([${SMALLS}]+)\b`, 'u');

/** Labels that open a line as a name would ("Decided: keep variant B", "Context: ..."): not who is to act. */
const NOT_A_NAME_LABEL =
  /^(?:Yesterday|Today|Tomorrow|Blockers?|Blocked|Blocking|Concerns?|Caveats?|FYI|Impediments?|Doing|Wins?|Progress|Shipped|Action|Actions|Note|Notes|Decision|Decisions|Decided|Outcome|Outcomes|Resolution|Resolutions|Res|Resol|Motion|Recommendation|Recommendations|Vote|Voting|Response|Finding|Findings|Rationale|Purpose|Objective|Aim|Scope|Result|Conclusion|Consensus|Verdict|Summary|Update|Updates|Todo|Task|Owner|Due|Agreed|Approved|Resolved|Noted|Status|Next|Next steps|Topic|Item|Context|Background|Discussion|Question|Answer|Proposal|Idea|Issue|Problem|Risk|Blocker|Comment|Comments|Feedback|Reason|Goal|Plan|Slides?|Deck|Links?|Docs?|Document|Documents|Draft|Drafts|Paper|Papers|Agenda|Minutes|Recording|Video|Ref|Refs|Reference|References|See|Source|What|When|Where|Why|How|Who|Which|Deadline|Timescale|Timeline|Cost|Budget|Location|Venue|Date|Time)$/i;

/** Who, after a colon closing a task's sentence: "Re-order seeds for spring: Owen/Bill.", "Order the skip: Clerk." (group 1). */
const TRAILING_COLON_OWNER = new RegExp(String.raw`:\s*([${CAPITALS}][${LETTERS}'’.-]*(?:\s*[/&+]\s*[${CAPITALS}][${LETTERS}'’.-]*){0,3}|[${CAPITALS}][${SMALLS}'’-]+\s[${CAPITALS}][${SMALLS}'’-]+)\s*[.;]?\s*$`, 'u');
/**
 * Who closes sentence s after a colon (TRAILING_COLON_OWNER), each name someone the minutes know or a role: the colon's
 * index and who, or null.
 */
function colonOwner(s: string, people: People): { colon: number; who: string } | null {
  const tail = s.includes(':') ? TRAILING_COLON_OWNER.exec(s) : null;
  if (!tail) return null;
  const who = tail[1]!.replace(/\.+$/, '');
  const names = who.split(/\s*[/&+]\s*/);
  return names.every((w) => !isPlaceholderOwner(w) && !topicLabel(w, people) && !NOT_A_NAME_LABEL.test(w) && (people.has(w.toLowerCase()) || people.has(w.split(/\s/)[0]!.toLowerCase()) || isAgent(w, people))) ? { colon: tail.index, who } : null;
}
/** A label that records what was decided: "Decision:", "Agreed:", "Outcome:". */
const DECISION_LABEL = /^[\s“"‘'*_]*(?:decisions?|decided|outcome|resolution|resolved|agreed|conclusion|verdict)\s*(?:\*\*|__)?\s*:/i;
/** A list's number or letter before an entry: "(b) ", "iv) ", "3.2 ", "a. ". */
const LIST_MARK = String.raw`(?:\(\w{1,4}\)|\w{1,3}\)|\d{1,3}(?:\.\d{1,3})*\.?|[a-z]\.)[\s\u00a0]+`;
const LIST_MARK_OPENING = new RegExp(`^${LIST_MARK}`);
/** What opens a sentence without being part of its task: numbering, quotes, emphasis, a short "Topic:" label. */
// ("A14.1 MB to update the risk register", "AP3 Clerk to ...": an action log's reference before who acts, as a programme
// board numbers its actions; only before a capital or "@". "A" alone takes a second number: "A1 Taxis to provide the
// minibus" and "A-1 Roofing Ltd." are firms' names.)
// ("2. 👉 @joe to quarantine the flaky tests": an emoji pointing at the entry, after its number.)
// ("PROJ-123 @ana fix the login bug", "#412 @bo review": an issue's key, then the handle of who acts.)
// ("Item 9 (website compliance): Clerk to check ...": a topic with a bracket after it; not "Action 6 (mooring survey): ...",
// an action log's label, where the task's text starts.)
const OPENER = new RegExp(String.raw`^(?:${LIST_MARK}|(?:A\d{1,3}[.\/]\d{1,3}(?:[.\/]\d{1,3})?|(?:AP|AI|ACT)\d{1,3}(?:[.\/-]\d{1,3}){0,2})[a-z]?[\s\u00a0]+(?=[${CAPITALS}@])|(?:[A-Z][A-Z0-9]{1,9}-\d{1,6}|#\d{1,6}):?[\s\u00a0]+(?=@)|[“"‘'*_]+|(?:\*\*|__)?[A-Z][\w'’ ]{0,30}:(?:\*\*|__)?\s+(?=[${CAPITALS}@]|the\s+[${CAPITALS}])|(?!(?:[Aa]ctions?|ACTIONS?)\b)[A-Z][\w'’ ]{0,30}\s\([^()]{1,30}\):\s+(?=[${CAPITALS}@]|the\s+[${CAPITALS}])|\p{Extended_Pictographic}\uFE0F?[\s\u00a0]+)`, 'u');

/**
 * "The team will review ...", "the group shall ...", "The group needs to decide ...": a body in lower case, then what it
 * will do (in an action list).
 */
const COLLECTIVE_WILL = /^([Tt]he\s+[a-z][\w'’-]*)\s+(?:will|shall|needs\s+to|has\s+to|should|must)\s+[a-z]+\b/;
/** "Would the Clerk please write ...": who is asked (group 1), and the verb (group 2). */
const POLITE_REQUEST = new RegExp(String.raw`^(?:[Ww]ould|[Cc]ould|[Cc]an)\s+((?:the\s+)?[${CAPITALS}@][${LETTERS}${MARKS}0-9_.'’-]*(?:\s+(?:of\s+)?[${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*){0,3})\s+please\s+([a-z]+)\b`, 'u');
/** A due date given as a field: "(due 12 Jan)", "(deadline: Friday)", "Due: 5 March". */
const DUE_FIELD_IN = /\((?:due|deadline)\b\s*:?\s*[^()]{1,30}\)|\b(?:due|deadline)\s*:\s*\S/i;
/** "Frank will circulate ...", "The Clerk is to obtain ...": who, the modal, and the verb. */
// ("The clerk is to write to the county": a role in small letters after "The", which isAgent decides.)
const MODAL_TASK = new RegExp(String.raw`^((?:the\s+)?[${CAPITALS}@][${LETTERS}${MARKS}0-9_.'’-]*(?:\s+(?:and|&)\s+[${CAPITALS}@][${LETTERS}${MARKS}0-9_.'’-]*|\s+(?:of\s+)?[${CAPITALS}][${LETTERS}${MARKS}0-9_.'’-]*){0,4}|[Tt]he\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)\s+(will|shall|is\s+to|are\s+to|needs\s+to|need\s+to|is\s+required\s+to|are\s+required\s+to)\s+([a-z]+)\b(?![\w-])`, 'u');
/** A sentence about a person or the meeting ("He is to be congratulated", "The meeting is to be held ..."). */
const PERSON_SUBJECT = /^(?:he|she|they|it|we|i|you|cllr|councillor|mr|mrs|ms|dr|the\s+(?:meeting|event|agm|next\s+meeting))\b/i;
/** "Quotes are to be obtained for the fence", "The hedge is to be cut before March": a passive task, for nobody named. */
// ("Quotes for the new bench are to be sought by the Clerk": five words after the first, none opening a clause.)
/**
 * "The scheme is to be funded from reserves", "The cost to be met from the grant", "Costs to be charged to the events
 * budget": where the money comes from, not a task ("The invoice to be paid by the Treasurer" is one). `after`: what
 * follows the participle.
 */
function fundedFrom(verb: string, after: string): boolean {
  return /^(?:funded|financed|underwritten)$/.test(verb) || (/^(?:met|paid|charged|drawn|taken|allocated)$/.test(verb) && /^\s+(?:from|out\s+of|against|to\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:budget|reserves?|fund|grant|account|line|code)\b)/i.test(after));
}
const IS_TO_BE = /^(?:[Tt]he\s+|[Aa]\s+|[Aa]n\s+|[Ff]urther\s+|[Nn]ew\s+|[Tt]wo\s+|[Tt]hree\s+)?[A-Za-z][\w'’-]*(?:\s+(?!(?:whether|if|that|which|who|when|where|why|how|and|or|but)\b)[a-z][\w'’-]*){0,5}\s+(?:is|are)\s+to\s+be\s+([a-z]+)\b/;

/** A name closing a sentence, after a spaced dash or in brackets: "... — Ana", "... (Bo Chen)". */
const CLOSING_WHO = new RegExp(String.raw`(?:\s[–—-]\s*|\()[${CAPITALS}][${SMALLS}'’-]+(?:\s[${CAPITALS}][${SMALLS}'’-]+)?\)?\s*[.;]?\s*$`, 'u');
/** After a comma, the next of several tasks after one label: ", Eve – book the war room". */
const NEXT_WHO_DASH = new RegExp(String.raw`,\s+(?=[${CAPITALS}][${LETTERS}'’.-]*(?:\s[${CAPITALS}][${LETTERS}'’.-]*)?\s+[–—-]\s+([a-z]+))`, 'gu');
function nextWhoDash(s: string): RegExpExecArray | null {
  NEXT_WHO_DASH.lastIndex = 0;
  for (let m = NEXT_WHO_DASH.exec(s); m !== null; m = NEXT_WHO_DASH.exec(s)) if (TASK_VERBS.has(m[1]!)) return m;
  return null;
}
/** A label's first task as who, a dash and a verb: "Dee – check licences". */
const WHO_DASH_VERB = new RegExp(String.raw`^[${CAPITALS}][${LETTERS}'’.-]*(?:\s[${CAPITALS}][${LETTERS}'’.-]*)?\s+[–—-]\s+([a-z]+)`, 'u');
/** A word closing a sentence after a spaced dash or in brackets, in any case: the cheap look before CLOSING_WHO ("— bo"). */
const CLOSING_WORD = new RegExp(String.raw`(?:\s[–—-]\s*|\()[${LETTERS}][${LETTERS}'’-]+(?:\s[${LETTERS}][${LETTERS}'’-]+)?\)?\s*[.;]?\s*$`, 'u');
/** "#4420 needs an owner", "The rota still needs a volunteer": what needs doing, then that nobody has it. */
const NEEDS_OWNER = /^(?:[^\s].{0,60}?)\s+(?:still\s+)?needs?\s+(?:an?\s+)?(?:owner|volunteer|champion|assignee)(?:\s*\([^()]{1,60}\))?\s*[.;!]?\s*$/i;
/** "... still has gaps on the 24th – need volunteers!!", "... – still need someone": hands wanted, after a dash closing the sentence. */
const NEED_AFTER_DASH = /\S\s+[–—-]\s+(?:we\s+)?(?:still\s+)?(?:need|needs|looking\s+for)\s+(?:more\s+|some\s+|a\s+|an\s+)?(?:volunteers?|helpers?|someone|somebody|cover|owner)\s*[!.]*\s*$/i;
/** "No owner for the runner image upgrade yet", "No volunteer yet for the tombola": a task named, that nobody has (group 1: the task). */
const NO_OWNER_YET = /^no\s+(?:owner|volunteer|assignee|takers?|lead)\s+(?:yet\s+)?(?:for|on)\s+([^.;!?]{3,80}?)(?:\s+(?:yet|so\s+far))?\s*[.;!]?\s*$/i;
/** "Need someone to ...", "We still need a volunteer to ...": a task asked for, that nobody has yet. */
// ("need a volunteer for fridays", "Still need volunteers for the stall": for what, in a few words.)
const NEED_SOMEONE = /^(?:we\s+)?(?:still\s+)?(?:needs?|looking\s+for)\s+(someone|somebody|a\s+volunteer|volunteers|an\s+owner|a\s+lead|(?:a\s+|some\s+|more\s+|two\s+|three\s+)?(?:helpers?|volunteers?))\s+(?:to\s+([a-z]+)\b|for\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}\s*[.!]?\s*$)/i;
/** The verb after someone asked for: a task's, or "do" ("We still need someone to do the teas": "do" names a task there, as it does not in a sentence of its own). */
const asksSomeoneTo = (verb: string): boolean => TASK_VERBS.has(verb) || verb === 'do';
/** Hands asked for: "needed", or in other words, "Volunteers sought for ...", "Help wanted with ...". */
const HANDS_WANTED = String.raw`needed|wanted|sought|required`;
const WANTED_WORD = new RegExp(String.raw`\b(?:${HANDS_WANTED})\b`);
/** "Volunteers needed to run the tombola", "Volunteer needed for the tea rota", "Someone needed to take minutes": the same, as a notice (group 1: who; group 2: the verb, if any). */
// ("Help needed with the Christmas mailing", "Help is still needed to set out the chairs": likewise, nobody's yet.)
const SOMEONE_NEEDED = new RegExp(String.raw`^(someone|somebody|(?:a\s+)?volunteers?|(?:a\s+)?helpers?|an?\s+owner|help)\s+(?:is\s+|are\s+)?(?:still\s+|urgently\s+)?(?:${HANDS_WANTED})\s+(?:to\s+([a-z]+)\b|for\s+\S|(?<=^help\s.*)with\s+\S)`, 'i');
/** A spaced dash within a name's length of the start: the cheap test before "Luis Ortega - Update ..." is read. */
const DASH_NEAR_START = /^.{1,50}?\s(?:[-–—]|→|->|=>)\s/;
/** A report's noun and what it is about: "update on ...", "report from ...", "review of ...", "feedback re ...". */
/** A reason for absence after a name and a dash: "Cllr Lane – work commitments", "Ken – work", "Jo – family reasons". */
const ABSENCE_REASON_AFTER_DASH = /^(?:work|family|business|personal|prior|caring|childcare|medical|other)(?:[\s-]+(?:commitments?|reasons?|matters?|engagements?|pressures?|emergency|related))?\s*[.;,)]?\s*(?:$|apologies|\()/i;
const REPORT_NOUN_AFTER_DASH = /^(?:updates?|reports?|review|feedback|summary|briefing|overview|presentation)\s+(?:on|from|of|about|re|regarding|concerning)\b/i;

/**
 * The same, where a first name the notes never introduced will do, as before a dash: "Omar: PHX-231 onboarding step 2"
 * in an action list.
 */
function listColonOwner(who: string, people: People): boolean {
  return colonNamesOwner(who, people) || (!NOT_A_NAME_LABEL.test(who) && !isPlaceholderOwner(who) && entryFirstName(who));
}
/** Does the label before a colon opening an action list's entry name who does it ("Ana Lopez:", "Dana:", "Clerk:", "@sam:")? */
function colonNamesOwner(who: string, people: People): boolean {
  return !NOT_A_NAME_LABEL.test(who) && !isPlaceholderOwner(who) && !topicLabel(who, people) && looksLikeOwner(who, people) && (/\s/.test(who) || /^@/.test(who) || people.has(who.toLowerCase()) || isAgent(who, people));
}
/**
 * Is a single word before a colon a topic, not who acts ("Budget: finalise the figures", "Website: update the events
 * page", "Venue: book the hall")? A word of the topics lexicon that names no role or department ("Finance:", "Ops:",
 * "Comms:" name a team) nor anyone the minutes know.
 */
function topicLabel(who: string, people: People): boolean {
  const low = who.toLowerCase();
  return !/\s/.test(who) && TOPIC_WORDS.has(low) && !ROLE_WORDS.has(low) && !people.has(low);
}

/**
 * The task a sentence sets, if any. A sentence in capitals ("ACTION: CLERK TO WRITE TO KCC HIGHWAYS.", "CLLR SMITH TO
 * PHOTOGRAPH THE STILE BY 1 MARCH") is read in ordinary case, its owner and deadline then given as written.
 */
function taskInSentence(text: string, sent: Span, ctx: TaskContext, lineStart: boolean): FoundAction | null {
  // (And a sentence in small letters only, as quick notes are typed: "ana to update the runbook by thursday", "send the
  // invite — bo", with the names the notes know.)
  const odd = sent.end - sent.start >= 12 ? oddCase(text, sent) : 0;
  let t = odd !== 0 ? readableCase(text.slice(sent.start, sent.end), ctx.people, odd === 2) : null;
  // ("The Committee ASKED for the estates risks to be re-scored": the verb alone in capitals, read in small letters, where the
  // sentence as written sets no task.)
  if (t === null && odd === 0) {
    const s = text.slice(sent.start, sent.end);
    if (!s.includes('ED') || !CAPS_ASKING.test(s)) return taskInCasedSentence(text, sent, ctx, lineStart);
    const a = taskInCasedSentence(text, sent, ctx, lineStart);
    if (a) return a;
    t = s.replace(CAPS_ASKING_ALL, (w) => w.toLowerCase());
  }
  if (t !== null) {
    const a = taskInCasedSentence(t, { start: 0, end: t.length }, ctx, lineStart);
    if (!a) return null;
    const shift = (r: Span | null): Span | null => (r ? { start: r.start + sent.start, end: r.end + sent.start } : null);
    a.range = shift(a.range)!;
    a.ownerRange = shift(a.ownerRange);
    a.dueRange = shift(a.dueRange);
    if (a.owner !== null && a.ownerRange) a.owner = text.slice(a.ownerRange.start, a.ownerRange.end);
    if (a.due !== null && a.dueRange) a.due = text.slice(a.dueRange.start, a.dueRange.end);
    return a;
  }
  return taskInCasedSentence(text, sent, ctx, lineStart);
}

/**
 * 1 for a sentence in capitals (three or more words of capitals, no small letter), 2 for one in small letters only (a
 * word of three letters or more, no capital), 0 for the rest: one pass, stopping at the first of each.
 */
function oddCase(text: string, sent: Span): number {
  let sawLower = false;
  let sawUpper = false;
  let lowerRun = 0;
  let upperRun = 0;
  let capsWords = 0;
  let lowWord = false;
  for (let i = sent.start; i < sent.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) {
      if (sawUpper) return 0;
      sawLower = true;
      upperRun = 0;
      if (++lowerRun === 3) lowWord = true;
    } else if (c >= 0x41 && c <= 0x5a) {
      if (sawLower) return 0;
      sawUpper = true;
      lowerRun = 0;
      if (++upperRun === 2) capsWords++;
    } else lowerRun = upperRun = 0;
  }
  return sawUpper ? (capsWords >= 3 ? 1 : 0) : lowWord ? 2 : 0;
}

const TITLES_BEFORE_NAME = new Set(['cllr', 'councillor', 'mr', 'mrs', 'ms', 'mx', 'dr', 'revd', 'prof']);

/**
 * A sentence in capitals as it would be written in ordinary case, letter for letter (so offsets hold): small letters,
 * with capitals for its first word, a title and the name after it ("... SEND TO CLLR JONES"), and the names of people the
 * minutes know ("JOHN SMITH TO INSPECT ..." when John Smith was present), but not after "to", where a name that is a verb
 * too is the verb ("GROUNDSMAN TO MARK OUT THE PITCH" when Mark was present). Not every word before "to":
 * "PLANNING APPLICATION TO ERECT A GARAGE." names no one.
 */
export function readableCase(s: string, people?: People, whispered = false): string | null {
  let low = s;
  if (!whispered) {
    const out: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      const lo = ch.toLowerCase();
      out.push(lo.length === 1 ? lo : ch);
    }
    low = out.join('');
  }
  // (Asked of the attendance only: asking of the item's own names reads all its text, for every such sentence.)
  const has = people?.inHeader ?? people?.has;
  let chars: string[] | null = null;
  let prev = '';
  let firstDone = false;
  WORDS_IN_CASE.lastIndex = 0;
  for (let w = WORDS_IN_CASE.exec(low); w !== null; w = WORDS_IN_CASE.exec(low)) {
    const at = w.index;
    const word = w[0];
    const bare = word.replace(/[.'’-]+$/, '');
    // (In small letters, only the names: the first word may go on from a label, "ACTION – add to action sheet", and a
    // user name the notes know in small letters, "kofi_m", stays one.)
    const opens = !firstDone && !whispered;
    firstDone = true;
    const known = has !== undefined && bare.length > 1 && prev !== 'to' && has.call(people, bare) && !(whispered && (has.call(people, '@' + bare) || /[\d_]/.test(low.charAt(at + word.length))));
    if (opens || TITLES_BEFORE_NAME.has(prev) || TITLES_BEFORE_NAME.has(bare) || known) {
      chars ??= low.split('');
      const up = s[at]!.toUpperCase();
      chars[at] = up.length === 1 ? up : s[at]!;
    }
    prev = bare;
  }
  // (Nothing to put in capitals: the sentence reads as written.)
  if (chars === null) return whispered ? null : low;
  return chars.join('');
}
const WORDS_IN_CASE = new RegExp(String.raw`[${LETTERS}'’.-]+`, 'gu');

/**
 * Is a task verb after "Name:" the subject's noun, or a choice, not what they are to do? "Estates: restructure consultation
 * has started", "Bo: review of the fees is due in March", "Ana: update is due Friday" tell news; "Sofia: go with NATS"
 * says what was chosen. (`after`: the sentence after the verb.)
 */
function nounAfterColon(verb: string, after: string): boolean {
  // (Not a verb whose object is a clause: "Raj: confirm venue is booked", "Jo: check boiler has been serviced".)
  if (CLAUSE_VERBS.test(verb)) return false;
  return /^\s*(?:(?:of|on|for)\s+[^,;:]{1,40}?\s+|[a-z]+\s+)?(?:is|are|was|were|has|have|had)\b/.test(after) || (verb === 'go' && /^\s+with\b/.test(after));
}

/** Where a task opened by a name in bold starts: at the opening marks set aside before `base`, where the name's match closes them. */
function boldStart(text: string, base: number, match: string): number {
  if (base < 2 || !(match.includes('**') || match.includes('__'))) return base;
  const open = text.slice(base - 2, base);
  return open === '**' || open === '__' ? base - 2 : base;
}

/** One first name or two joined by "and" or "&": "Frank", "Rhona and Kit". */
const FIRST_NAMES = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}'’-]+(?:\s+(?:and|&)\s+[${CAPITALS}][${SMALLS}'’-]+)?$`, 'u');
/**
 * Does the subject of "X will ..." name who has the task, where something else makes it one (an action list, a due date
 * as a field)? Someone the minutes know, or one or two first names ("Frank", "Rhona and Kit").
 */
function modalNamesSomeone(who: string, people: People): boolean {
  return (isAgent(who, people) || FIRST_NAMES.test(who)) && !NON_AGENT_STARTS.has(who.toLowerCase());
}

/** An arrow, then a name closing the line: "... -> Ana". */
const ARROW_TO_NAME = new RegExp(String.raw`\s(?:→|->|=>)\s*([${CAPITALS}][${LETTERS}.'’ -]{0,38}[${LETTERS}])\s*[.;]?\s*$`, 'u');
/** One or two capitalised words and nothing else: "Carol", "Carol Diaz". */
const ONE_OR_TWO_NAMES = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}'’-]+(?:\s+[${CAPITALS}][${SMALLS}'’-]+)?$`, 'u');
/** Who (up to four words, or two joined by "/", "&" or "+"), a dash or an arrow, and the next word: "Luis Ortega - Update ...". */
const WHO_DASH_WORD = new RegExp(String.raw`^([${LETTERS}@][${LETTERS}.'’@-]*(?:(?:\s+|\s*[/&+]\s*)[${LETTERS}@][${LETTERS}.'’@-]*){0,3})(?:\*\*|__)?\s+(?:[-–—]|→|->|=>)\s+([${LETTERS}]+)\b`, 'u');
/** A word opening with a capital, alone or before another such word. */
const WRITTEN_AS_A_NAME = new RegExp(String.raw`^[${CAPITALS}]\S*$|^[${CAPITALS}]\S*\s[${CAPITALS}]`, 'u');
/** Who (a name, an initial and a name, a role of two words, a user name), a colon and the verb after it: "Priya: review ...". */
const NAME_COLON_VERB = new RegExp(String.raw`^((?:[${CAPITALS}]\.\s?)?(?:[${CAPITALS}][${SMALLS}'’-]+)(?:\s+[${CAPITALS}][${SMALLS}'’-]+)?|[${CAPITALS}][${SMALLS}'’-]+\s+[a-z]+|[a-z][\w.-]{1,30})(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?:please\s+)?([a-z]+)\b(?!-\w)`, 'u');
/**
 * What a speaker says after their name and a colon, as a scribe's notes give it, that is no task: "dbaron: agree, but the
 * upgrade story needs work", "Ana: agree with that", "westbrook: let's come back to this next week".
 */
const SPEAKER_SAYS = /^(?:agree(?:\s*[,.;!]|\s+(?:with|that|on|to\s+(?:that|this|it)\b)|\s*$)|let['’]s\b)/i;
/** Reads one sentence, in ordinary case, as a task, if it is one. */
function taskInCasedSentence(text: string, sent: Span, ctx: TaskContext, lineStart: boolean): FoundAction | null {
  let s = text.slice(sent.start, sent.end);
  let lead = 0;
  // Set aside what opens the sentence without being part of the task: numbering, quotes, emphasis, a short "Topic:" label.
  // A list label, then perhaps a topic: "c) Internal auditor: the Clerk to obtain a quote".
  for (let k = 0; k < 2; k++) {
    const open = OPENER.exec(s);
    if (!open) break;
    // ("“Core hours” wording to be clarified": a quote that closes inside the sentence quotes a phrase of the task.)
    if (/^[“"‘']/.test(open[0]) && /^[“"‘']+\S[^“”"‘’']*?[”"’'](?=\s+\S)/.test(s)) break;
    // (In an action list, "Ana Lopez: Send the deck" names who does it, as "Ana Lopez: send the deck" does: read below.)
    if (ctx.actionList && lineStart && open[0].includes(':') && listColonOwner(open[0].slice(0, open[0].indexOf(':')).replace(/\*\*|__/g, '').trim(), ctx.people)) break;
    // ("Order seeds for spring: Owen.": the task, then who after its colon; not a topic's label.)
    if (open[0].includes(':') && colonOwner(s, ctx.people)?.colon === s.indexOf(':')) break;
    lead += open[0].length;
    s = s.slice(open[0].length);
  }
  const base = sent.start + lead;
  // (`from`: where the task's own clause starts, after a condition whose deadline is not the task's: "If the quotes arrive
  // by Friday, Bo to book the venue".)
  const res = (start: number, owner: string | null, ownerRange: Span | null, source: ActionSource, from = base): FoundAction => {
    const a: FoundAction = { range: { start, end: sent.end }, owner, ownerRange, due: null, dueRange: null, source };
    readOwnerAndDue(text, { start: from, end: sent.end }, a, ctx.people);
    // In an action list, a first name the notes never introduced, where such entries put who does the task.
    if (ctx.actionList && a.owner === null && a.ownerRange === null) {
      const who = entryOwner(text, sent, s, base, ctx.people, lineStart);
      if (who) {
        a.owner = who.name;
        a.ownerRange = { start: who.at, end: who.at + who.name.length };
      }
    }
    return a;
  };

  // "@sam to ...", "@li-wei: get ..."
  const handle = HANDLE_THEN_TO.exec(s);
  // "Priya: review the HR policy draft" / "Jonas: write up ...": a name, a colon and a task.
  // "tanvi: finish the changelog": a handle the notes wrote as "@tanvi" elsewhere, without its "@".
  // ("Slides: draft-ietf-quic-multipath-18" names a document: a verb runs into no hyphen.)
  // ("Estates team: replace the lock": a role or a team too.)
  // ("Cy: please review the migration PR by EOD": a "please" before the verb.)
  // ("C. Rahman: draft a leaflet": an initial before the name.)
  // ("**Alice**: update the guide", "**Alice:** update the guide": the name in bold, as notes set it; the opening marks are
  // set aside above, the closing ones stand before or after the colon.)
  const named = NAME_COLON_VERB.exec(s);
  // (Not "Subscriptions: increase to £75 a term agreed.": a topic's label and what was decided about it.)
  if (named && TASK_VERBS.has(named[2]!) && !DECIDED_AT_END.test(s) && !nounAfterColon(named[2]!, s.slice(named[0].length)) && !SPEAKER_SAYS.test(s.slice(named[0].length - named[2]!.length)) && (WRITTEN_AS_A_NAME.test(named[1]!) || ctx.people.has('@' + named[1]!) || (/\s[a-z]/.test(named[1]!) && isAgent(named[1]!, ctx.people))) && !NOT_A_NAME_LABEL.test(named[1]!) && !topicLabel(named[1]!, ctx.people)) {
    return res(boldStart(text, base, named[0]), named[1]!, { start: base, end: base + named[1]!.length }, 'sentence');
  }
  // In an action list, "Dana: mute the legacy disk alert", "Bilal: runbook for the upgrade (Fri)": someone the minutes name
  // (or a role), a colon, and the task, whatever its first word.
  if (ctx.actionList && lineStart) {
    // ("**Tanya**: Draft the newsletter", as AI meeting summaries write it.)
    // ("Ana, Bo: chase the printer": two people, before one task; read so only where a comma or "&" comes before a colon.)
    const c1 = s.indexOf(':');
    const colon = LIST_WHO_COLON.exec(s) ?? (c1 > 0 && c1 < 60 && (s.lastIndexOf(',', c1) >= 0 || s.lastIndexOf('&', c1) >= 0 || s.lastIndexOf('+', c1) >= 0) ? LIST_WHOM_COLON.exec(s) : null);
    // ("TODO Ana: send the deck", "AI Bo: ...": a label's word before who, without its own colon, is not part of the name.)
    const labelWord = colon ? /^(?:TODO|To\s?do|ToDo|todo|AI|ACTION|Action)\s+(?=\S)/.exec(colon[2]!) : null;
    const who = labelWord ? colon![2]!.slice(labelWord[0].length) : colon?.[2];
    // (Not where what follows names who acts in its own words: "JS: Bo to update the changelog", a scribe's or a label's
    // note of Bo's task, read below as any "X to do" is.)
    if (who && listColonOwner(who, ctx.people) && !namesWhoActs(s.slice(colon![0].length), ctx.people)) {
      const at = base + (colon![1] ? colon![1].length : 0) + (labelWord ? labelWord[0].length : 0);
      return res(base, who, { start: at, end: at + who.length }, 'sentence');
    }
  }
  // In an action list, "Luis Ortega - Update the billing plan" / "Clerk – chase the contractor": who, a dash, what to do.
  // (On a line of its own or a bullet of discussion too, where who is a role or someone the minutes name and the verb is
  // in lower case: "Clerk – obtain three quotes.", "• Secretary – chase the contractor".)
  if (lineStart && DASH_NEAR_START.test(s)) {
    // ("Tony / Kevin – deliver the leaflets", "Ana & Bo – book the hall": two who share it.)
    // ("Mei → write the Q1 announcement": an arrow serves as the dash.)
    // ("**Carol** – move the API reference": the name in bold, its opening marks set aside above.)
    const dashed = WHO_DASH_WORD.exec(s);
    // ("John - report the potholes online": in an action list, a first name the notes never introduced will do, before
    // a verb in lower case, as after the task: "Share the rota - Marco".)
    const who = dashed?.[1];
    // (In bold, only a person's name: "**CI** – move the suite to the large runners" is a topic and what was decided.)
    const inBold = dashed !== null && (dashed[0].includes('**') || dashed[0].includes('__'));
    const names = (w: string): boolean => !NOT_A_NAME_LABEL.test(w) && (!inBold || ONE_OR_TWO_NAMES.test(w)) && (isAgent(w, ctx.people) || (ctx.actionList && /^[a-z]/.test(dashed![2]!) && entryFirstName(w)));
    const joint = who !== undefined && /[/&+]/.test(who) ? who.split(/\s*[/&+]\s*/) : null;
    // ("Clerk – update on the grant application", "Chair – report from the county forum": who gave a report, its noun
    // before what it is about; not "Clerk – write to the county", "Clerk – report the potholes".)
    // (Nor why someone sent apologies: "Cllr Lane – work commitments.")
    const afterDash = dashed !== null ? s.slice(dashed.index + dashed[0].length - dashed[2]!.length) : '';
    const reportOn = dashed !== null && (REPORT_NOUN_AFTER_DASH.test(afterDash) || ABSENCE_REASON_AFTER_DASH.test(afterDash));
    if (dashed && !reportOn) {
      const w = dashed[2]!;
      const verb = TASK_VERBS.has(w.toLowerCase()) && (ctx.actionList || /^[a-z]/.test(w));
      // ("Sue – third quote from Tennis Tech before next meeting.", "Clerk – letter to the county by 1 May": who, a dash, and
      // the work they bring by when, named by a noun. Without a deadline, "Priti – posters." may only say who is on what.)
      // (Not what they said or how they stand: "Jo – thanks to all before the close", "Dev – away before the AGM".)
      const noun = !verb && /^[a-z]/.test(w) && !TASK_VERBS.has(w) && !NOT_WORK_AFTER_DASH.test(w) && ASKED_BY_WHEN.test(s);
      if ((verb || noun) && (joint ? joint.every((x) => x !== '' && names(x)) : names(who!))) return res(base, dashed[1]!, { start: base, end: base + dashed[1]!.length }, 'sentence');
    }
  }
  // "Need copy for the six error types → @sana": an arrow to a handle hands the line to its owner.
  const arrowTo = s.includes('@') ? ARROW_TO_HANDLE.exec(s) : null;
  if (arrowTo && lineStart) {
    const at = base + arrowTo.index + arrowTo[0].indexOf(arrowTo[1]!);
    return res(base, arrowTo[1]!, { start: at, end: at + arrowTo[1]!.length }, 'sentence');
  }
  // In an action list, "Chase the printer -> Ana": an arrow to someone the minutes name (or a role) ending the line.
  const arrowName = ctx.actionList && lineStart && (s.includes('>') || s.includes('→')) ? ARROW_TO_NAME.exec(s) : null;
  if (arrowName && !isPlaceholderOwner(arrowName[1]!) && looksLikeOwner(arrowName[1]!, ctx.people)) {
    const at = base + arrowName.index + arrowName[0].indexOf(arrowName[1]!);
    return res(base, arrowName[1]!, { start: at, end: at + arrowName[1]!.length }, 'sentence');
  }
  // "@ben-o: the dashboards will break" reports what someone said; only a task follows "@x:" outside an action list.
  // ("@dmitri: cost is ~$600/month more": a word followed by "is" is a noun, not the task's verb.)
  const afterHandle = handle ? /^([a-z]+)(?:\s+([a-z]+))?/.exec(s.slice(handle[0].length)) : null;
  if (handle && (ctx.actionList || !handle[0].trimEnd().endsWith(':') || (afterHandle !== null && TASK_VERBS.has(afterHandle[1]!) && !NOUN_BEFORE.test(afterHandle[2] ?? '')))) {
    const who = handle[1]!;
    return res(boldStart(text, base, handle[0]), who, { start: base, end: base + who.length }, 'sentence');
  }
  // "@rosa-m owns the release notes — due Friday": the handle takes the task on.
  const owns = HANDLE_OWNS.exec(s);
  if (owns) return res(base, owns[1]!, { start: base, end: base + owns[1]!.length }, 'sentence');
  const nameOwns = lineStart ? NAME_OWNS.exec(s) : null;
  if (nameOwns && isAgent(nameOwns[1]!, ctx.people)) return res(base, nameOwns[1]!, { start: base, end: base + nameOwns[1]!.length }, 'sentence');
  // In an action list, "@bob file a ticket for the runner upgrade": the handle, then what to do, whatever the verb
  // ("@kasia quarantine the flaky tests").
  if (ctx.actionList && lineStart) {
    // ("@Ben Ortiz close the five oldest postmortems": Confluence and Teams mention people by their names.)
    const bare = MENTION_THEN_VERB.exec(s) ?? HANDLE_THEN_VERB.exec(s);
    if (bare && !AUX.test(bare[2]!)) {
      // ("@Cy Draft the proposal": a capitalised verb after a one-word mention, not a surname.)
      const words = bare[1]!.split(/\s+/);
      const last = words[words.length - 1]!;
      const who = words.length > 1 && isTaskVerb(last.toLowerCase()) && !isTaskVerb(bare[2]!) ? bare[1]!.slice(0, bare[1]!.lastIndexOf(last)).trimEnd() : bare[1]!;
      return res(base, who, { start: base, end: base + who.length }, 'sentence');
    }
    // ("Sanna Virtanen Write the migration runbook": a Confluence mention copied as text loses its "@"; the name is one
    // the notes list, every word of it, and a task verb follows.)
    const who = nameThenVerb(s, ctx.people);
    if (who) return res(base, who, { start: base, end: base + who.length }, 'sentence');
  }

  // In an action list, "TODO(Ana) send the deck": a code comment's label, who in its brackets, and no colon after it.
  if (ctx.actionList && lineStart && (s.charCodeAt(0) | 0x20) === 0x74) {
    const todo = /^(?:TODO|ToDo|Todo|todo)\s*\(([^()]{1,40})\)\s+(?=[a-z])/.exec(s);
    if (todo && !isPlaceholderOwner(todo[1]!) && (looksLikeOwner(todo[1]!, ctx.people) || isFirstName(todo[1]!))) {
      const at = base + todo[0].indexOf(todo[1]!);
      return res(base, todo[1]!, { start: at, end: at + todo[1]!.length }, 'sentence');
    }
  }
  // In an action list, "[Hana Kim] Book the removal company": who acts in brackets before the task, as Google Meet's notes
  // write it.
  if (ctx.actionList && lineStart) {
    const who = /^\[([^\][]{2,40})\]\s+(?=\S)/.exec(s);
    if (who && (looksLikeOwner(who[1]!, ctx.people) || isFirstName(who[1]!)) && !isPlaceholderOwner(who[1]!) && !/^(?:done|closed|complete|completed|open|wip|todo|to\s*do|actions?(?:\s+items?)?|tasks?|ai|ap|note|info|decision|fyi)$/i.test(who[1]!)) {
      return res(base, who[1]!, { start: base + 1, end: base + 1 + who[1]!.length }, 'sentence');
    }
  }
  // In an action list, "[[Rhea Kapoor]] update the prototype": a link to the person's note, then what to do, as Logseq and
  // Obsidian notes name people ("[[Rhea Kapoor|Rhea]]": the name the link shows).
  if (ctx.actionList && lineStart && s.charCodeAt(0) === 0x5b) {
    // (Not "[[Noor]] to draft ...", read as any "X to do" is.)
    const wiki = /^\[\[([^\][|]{1,40})(?:\|([^\][|]{1,40}))?\]\]\s+(?!to\s)(?=[a-z])/.exec(s);
    if (wiki) {
      const name = (wiki[2] ?? wiki[1]!).trim();
      const at = base + wiki[0].indexOf(name, 2);
      return res(base, name, { start: at, end: at + name.length }, 'sentence');
    }
  }
  // "Someone needs to book the training": a task, and nobody has it.
  const someone = /^(someone|somebody)\s+(?:needs\s+to|should|must|has\s+to|will\s+need\s+to)\s+([a-z]+)\b/i.exec(s);
  if (someone && TASK_VERBS.has(someone[2]!)) return res(base, null, { start: base, end: base + someone[1]!.length }, 'sentence');
  // "#4420 needs an owner.", "The newsletter still needs a volunteer.": a task named, that nobody has yet.
  const needsOwner = s.includes('need') ? NEEDS_OWNER.exec(s) : null;
  if (needsOwner) return res(base, null, null, 'sentence');
  // "Christmas rota still has gaps – need volunteers!!": what needs doing, then that hands are wanted for it.
  if (s.includes('need') && NEED_AFTER_DASH.test(s)) return res(base, null, null, 'sentence');
  // "No owner for the runner image upgrade yet": likewise, the other way round.
  const noOwner = (s.charCodeAt(0) | 0x20) === 0x6e ? NO_OWNER_YET.exec(s) : null;
  if (noOwner && !/\b(?:was|were|is|are|has|have|had|came|could|would)\b/i.test(noOwner[1]!)) return res(base, null, null, 'sentence');
  const wanted = WANTED_WORD.test(s) ? SOMEONE_NEEDED.exec(s) : null;
  if (wanted && (wanted[2] === undefined || asksSomeoneTo(wanted[2]))) return res(base, null, { start: base, end: base + wanted[1]!.length }, 'sentence');
  // "Need someone to write the release notes", "We need a volunteer to run the stall": the same, asked for.
  const needed = s.includes(' to ') || s.includes(' for ') ? NEED_SOMEONE.exec(s) : null;
  if (needed && (needed[2] === undefined || asksSomeoneTo(needed[2]))) {
    const at = base + needed[0].indexOf(needed[1]!);
    return res(base, null, { start: at, end: at + needed[1]!.length }, 'sentence');
  }

  const tasked = s.includes('tasked') ? TASKED_WITH.exec(s) : null;
  if (tasked && TASK_VERBS.has(gerundToBase(tasked[3]!)) && isAgent(tasked[1]!, ctx.people) && (tasked[2] !== undefined || !TASKED_PHRASE_GOES_ON.test(s.slice(tasked[0].length)))) return res(base, tasked[1]!, { start: base, end: base + tasked[1]!.length }, 'sentence');
  const referred = s.includes(' to ') ? REFERRED_FOR_ACTION.exec(s) : null;
  if (referred && isAgent(referred[1]!, ctx.people) && !BODY_SUBJECT.test(referred[1]!)) {
    const at = base + referred[0].indexOf(referred[1]!, referred[0].indexOf(' to ') + 4);
    return res(base, referred[1]!, { start: at, end: at + referred[1]!.length }, 'sentence');
  }
  const took = s.includes('action') ? TOOK_ACTION.exec(s) : null;
  if (took && TASK_VERBS.has(took[2]!) && isAgent(took[1]!, ctx.people)) return res(base, took[1]!, { start: base, end: base + took[1]!.length }, 'sentence');
  // ("Would the Clerk please write to the county", "Could Cllr Ray please confirm the dates": a request put politely, a task
  // for whom it asks.)
  const polite = s.includes('please') ? POLITE_REQUEST.exec(s) : null;
  if (polite && TASK_VERBS.has(polite[2]!) && isAgent(polite[1]!, ctx.people)) {
    const at = base + polite[0].indexOf(polite[1]!, polite[0].indexOf(' '));
    return res(base, polite[1]!, { start: at, end: at + polite[1]!.length }, 'sentence');
  }
  // "The Clerk is to obtain three quotes": the minutes' formal "is to".
  const modal = MODAL_TASK.exec(s);
  if (modal && /^(?:is|are|needs?)/.test(modal[2]!) && TASK_VERBS.has(modal[3]!) && !MEMBERSHIP.test(s.slice(modal[0].length - modal[3]!.length)) && isAgent(modal[1]!, ctx.people)) {
    return res(base, modal[1]!, { start: base, end: base + modal[1]!.length }, 'sentence');
  }
  // ("Rhona and Kit will draft the newsletter (due 12 Jan)": what someone will do, with a due date given as a field, is a
  // task; without the field, "The Clerk will write to the owner" only tells what is to happen.)
  if (modal && (modal[2] === 'will' || modal[2] === 'shall') && TASK_VERBS.has(modal[3]!) && DUE_FIELD_IN.test(s) && modalNamesSomeone(modal[1]!, ctx.people)) {
    return res(base, modal[1]!, { start: base, end: base + modal[1]!.length }, 'sentence');
  }

  // ("To be added to the next agenda.", "To be reported back in March.": a line of its own that says what is to be done,
  // the item its subject; not "To be confirmed.", "To be discussed at the next meeting.")
  // (Or a sentence after another: "Rob raised the winch. To be looked at before the fit-out.")
  const toBe = (ctx.ownLine || !lineStart) && s.startsWith('To') ? /^To\s+be\s+([a-z]+)\b/.exec(s) : null;
  if (toBe && isParticiple(toBe[1]!) && !NOT_DONE_BY_ANYONE.test(toBe[1]!)) {
    return res(base, null, null, 'passive');
  }
  const isToBe = IS_TO_BE.exec(s);
  if (isToBe && isParticiple(isToBe[1]!) && !fundedFrom(isToBe[1]!, s.slice(isToBe.index + isToBe[0].length)) && !/^(?:held|appointed|authorised|authorized|delegated|elected|co-opted|congratulated|thanked|commended|welcomed|noted|found|seen|expected|hoped|reviewed|discussed|considered|decided|confirmed|agreed)$/.test(isToBe[1]!) && !PERSON_SUBJECT.test(s)) {
    return res(base, null, null, 'passive');
  }
  // "NP to VERB ..." and "NP to be DONE ..."
  const to = subjectTo(s, ctx.people, ctx.actionList);
  if (to) {
    const from = to.cond > 0 ? base + to.cond : base;
    if (to.passive) return res(base, null, null, 'passive', from);
    const npRange = { start: base + to.npStart, end: base + to.npStart + to.np.length };
    // ("Ask the school office to send the letter home @Jo", "... — Lena", "... (Sam)": who closes the line does the asking,
    // and the task is theirs; without one, whoever is asked has it.)
    if (to.agent && to.npStart > 0 && lineStart && /^(?:ask|request|remind|tell|get)\s/i.test(s)) {
      const asker = res(base, null, null, 'imperative');
      if (asker.owner !== null && asker.ownerRange !== null && asker.ownerRange.start > npRange.end) return asker;
    }
    if (to.agent) return res(base, to.np, npRange, 'sentence', from);
    // "Someone to contact the council about repairs": a task whose owner is a placeholder, so nobody.
    if (isPlaceholderOwner(to.np)) return res(base, null, npRange, 'sentence');
  }

  // "Council requested that the CEO seek further information": whom the meeting asks acts, as in a resolution.
  // ("It was agreed that the Clerk should obtain three quotes": what the meeting agreed someone does.)
  // ("Agreed: Louise will draft a letter by the weekend": after a decision's label, what was agreed someone does, as after
  // "It was agreed".)
  const agreedLabel = lead > 0 && !ctx.resolution && AGREED_WHO_OPENS.test(s) && DECISION_LABEL.test(text.slice(sent.start, base));
  if (!ctx.resolution && (agreedLabel || ASKED_THAT.test(s) || AGREED_THAT.test(s) || (/agreed|decided/i.test(s) && AGREED_THAT_LATER.test(s)) || AGREED_NAME.test(s) || BODY_AGREED_NAME.test(s))) {
    // (Only there may a modal stand before the verb: "... received assurance that the Plan will deliver" tells what is hoped.)
    const r = resolutionTask(s, ctx.people, true);
    if (r && (r.start > 0 || agreedLabel)) return res(base + r.start, r.np, { start: base + r.npStart, end: base + r.npStart + r.np.length }, 'sentence');
  }
  // In a resolution: "that the Clerk chase the refill", "(b) Officers prepare a report".
  if (ctx.resolution) {
    const r = resolutionTask(s, ctx.people);
    if (r) return res(base + r.start, r.np, { start: base + r.npStart, end: base + r.npStart + r.np.length }, 'resolution');
  }

  // An imperative: "Notify Shoreline Roofing ...", "Update the safeguarding page ..."
  // ("Outline application for 45 dwellings", "Draft budget 2026": outside an action list, a noun phrase that names a paper.)
  // ("Decision: Buy a second parasol." records what was decided: the verb after that label is the decision's.)
  // ("Motion: Approve the November 4 minutes as presented.": a motion's wording, likewise, not an instruction.)
  const decided = lead > 0 && (DECISION_LABEL.test(text.slice(sent.start, base)) || MOTION_LABEL.test(text.slice(sent.start, base)));
  // ("That the Board: a) approve the grants; b) decline the application": in a resolution, a clause that opens with the
  // verb the body decides with is its decision.)
  const bodyDecides = ctx.resolution && DECISION_VERBS.has((/^[a-z-]+/.exec(s) ?? [''])[0]!);
  if ((ctx.actionList || ctx.ownLine) && lineStart && !decided && !bodyDecides && isImperative(s) && (ctx.actionList || !PAPER_NAME.test(s))) return res(base, null, null, 'imperative');
  // "- Write up the open questions in the tracking issue (owner: tmandry)": a bullet of notes that opens with what to do
  // and gives it an owner field is a task, as an action list's entry is. (Without the field a bullet may only sum up
  // what was said: "- Update the docs" under a topic stays what it is.)
  // ("1. Renew the insurance. Owner: Dev Lal. Due: 1 February.": or an owner's field as the sentence after it, on its line.)
  const fieldNext = !ctx.ownLine && !ctx.actionList && lineStart && text.charCodeAt(sent.end) !== 0x0a && OWNER_FIELD_NEXT.test(text.slice(sent.end, sent.end + 48));
  if (!ctx.ownLine && !ctx.actionList && lineStart && !decided && !bodyDecides && (((s.includes(':') || s.includes('=') || OWNER_NOT_YET.test(s)) && OWNER_FIELD.test(s)) || fieldNext) && isImperative(s) && !PAPER_NAME.test(s)) {
    if (fieldNext) return res(base, null, null, 'imperative');
    const a = res(base, null, null, 'imperative');
    // ("(responsible: TBC)": a field that says nobody yet.)
    if (a.owner !== null || a.ownerRange !== null) return a;
  }
  // "- Follow up with legal about the licence — Ana": a bullet of notes that opens with what to do and closes with someone
  // the notes name (in their attendance, or as "@ana"), after a dash or in brackets, gives them the task, as an owner
  // field does. (Not "Ship the fix — agreed", nor a name the notes never gave.)
  if (!ctx.ownLine && !ctx.actionList && lineStart && !decided && !bodyDecides && CLOSING_WHO.test(s) && isImperative(s) && !PAPER_NAME.test(s)) {
    const a = res(base, null, null, 'imperative');
    const first = a.owner?.split(/\s+/)[0]!.toLowerCase();
    if (first !== undefined && a.ownerRange !== null && (ctx.people.has(first) || ctx.people.has('@' + first)) && /^[\s).;]*$/.test(text.slice(a.ownerRange.end, sent.end))) return a;
  }
  // "To contact the school about the crossing – RFO": an agenda's "To ..." with who does it after a dash, as action tables
  // write it. (Not "To note the report", the agenda's wording copied into the minutes: it names nobody.)
  if (ctx.ownLine && lineStart && !decided && /^To\s+[a-z]/.test(s) && isImperative(s.replace(/^To\s+/, ''))) {
    const who = /\s[–—-]\s+([^–—-]{1,40}?)[.;]?\s*$/.exec(s);
    if (who && looksLikeOwner(who[1]!, ctx.people)) return res(base, null, null, 'imperative');
  }
  // "Agreed to seek quotes for repainting – AK.", "It was agreed to write to the landowner (FG).": what the meeting agreed
  // to do, with who does it after a dash or in brackets at the end, as parish minutes hand out their tasks. Without one it
  // is the decision alone.
  const agreedTo = AGREED_TO_TASK.exec(s);
  if (agreedTo && TASK_VERBS.has(agreedTo[1]!.toLowerCase())) {
    const who = /(?:\s[–—-]\s+([^–—()-]{1,40}?)|\s\(([^()]{1,40})\))\s*[.;]?\s*$/.exec(s);
    const v = who ? (who[1] ?? who[2]!).trim() : '';
    if (who && !DATE_WORDS.test(v) && !isPlaceholderOwner(v) && looksLikeOwner(v, ctx.people) && (ctx.people.has(v.toLowerCase()) || isAgent(v, ctx.people))) {
      const a = res(base, null, null, 'sentence');
      if (a.owner !== null) return a;
    }
  }
  // Under an action label or in a list, "Frank will circulate the lease" names Frank: the label makes it a task.
  if (ctx.actionList && lineStart) {
    if (modal && modalNamesSomeone(modal[1]!, ctx.people)) {
      return res(base, modal[1]!, { start: base, end: base + modal[1]!.length }, 'sentence');
    }
    // ("The team will review the plan by Friday": a body named in lower case, as notes write "the team", "the group".)
    const body = modal ? null : COLLECTIVE_WILL.exec(s);
    if (body && isAgent(body[1]!, ctx.people)) return res(base, body[1]!, { start: base, end: base + body[1]!.length }, 'sentence');
  }
  if (ctx.actionList && lineStart && s.trim()) {
    // ("Dana sent the deck to Gears.", "The board reviewed the open actions.", "Insurance renewed.", "Nothing outstanding.":
    // an entry that reports what was done, or that nothing is left, sets no task, as "done" closing it says.)
    if (NOTHING_LEFT.test(s) || reportsDone(s)) return null;
    // ("Dana agreed to send the deck", "Bo volunteered to book the room": who took the task on.)
    const took = TOOK_ON.exec(s);
    if (took && TASK_VERBS.has(took[2]!.toLowerCase()) && looksLikeOwner(took[1]!, ctx.people)) return res(base, took[1]!, { start: base, end: base + took[1]!.length }, 'sentence');
    // In an action list, a sentence with an explicit owner field or "(Name)" is a task even without a verb we know.
    return res(base, null, null, 'list');
  }
  return null;
}
/** Who took a task on, in an action list: "Dana agreed to send the deck", "Bo volunteered to book the room" (who, the verb). */
const TOOK_ON = new RegExp(String.raw`^((?:[${CAPITALS}][${LETTERS}'’.-]*)(?:\s+[${CAPITALS}][${LETTERS}'’.-]*){0,2}|@[\w.-]+)\s+(?:has\s+|had\s+)?(?:agreed|volunteered|offered|undertook|undertaken|committed|promised)\s+to\s+([A-Za-z]+)`, 'u');

const AUX_WORDS = 'was|were|is|are|be|been|being|has|have|had|would|will|should|could|can|may|might|must|shall|did|does|do|felt|said|asked|thinks|think|wants|want|needs|need|hopes|hoped|wished|wishes|seems|seemed|appears|appeared|continues|continued|helped|helps|used|plans|planned|agreed|agrees|decided|declined|refused|offered|undertook|promised|intends|intended|expects|expected|going';
const AUX = new RegExp(`^(?:${AUX_WORDS})$`, 'i');
const AUX_ANY = new RegExp(`(?:^|[\\s,;:])(?:${AUX_WORDS})(?=$|[\\s,;:])`, 'i');
/** Is words[i] a finite verb? Not "Needs" in "Head of Housing Needs": a capitalised word after "of" belongs to a role's name. */
function isFiniteWord(w: string, i: number, words: readonly string[], mixedCase = false): boolean {
  if (!AUX.test(w)) return false;
  // ("ACTION: DO to present the model", "JS and DO to ...": initials in capitals, though "do" is a verb, in a sentence not
  // written in capitals.)
  if (mixedCase && /^[A-Z]{2,4}$/.test(w)) return false;
  if (i === 0 || !OPENS_CAPITAL.test(w)) return true;
  // ("Omar Said will file the tickets", "Theresa May to chair": a surname after a first name, in capitals as names are.)
  if (OPENS_CAPITALISED.test(words[i - 1]!) && !/^(?:Was|Were|Is|Are|Be|Been|Being|Has|Have|Had|Would|Should|Could|Can|Must|Shall|Did|Does|Do)$/.test(w)) return false;
  for (let k = 0; k < i; k++) if (words[k] === 'of' || words[k] === 'for') return false;
  return true;
}
/** A phrase in double or single curly quotes, a double one's opening quote perhaps set aside already ("You said, we did” poster). */
// (Not a possessive's apostrophe: "the officers’ team".)
const QUOTED_NAME = /^[^“”"‘’]{1,60}[”"](?=\s)|[“"][^“”"]{1,60}[”"]|‘[^‘’]{1,60}’(?=[\s,.;:!?]|$)/g;
const unquoted = (s: string): string => (s.includes('”') || s.includes('"') || s.includes('‘') ? s.replace(QUOTED_NAME, 'Quoted') : s);
/** Any finite verb in a phrase makes it a clause, not a noun phrase. */
function hasFinite(np: string, mixedCase = false): boolean {
  if (!AUX_ANY.test(np)) return false;
  const words = np.split(/[\s,;:]+/).filter(Boolean);
  return words.some((w, i) => isFiniteWord(w, i, words, mixedCase));
}

/** "[[Kenji]]" or "[[Kenji Sato|Kenji]]" at the end of a task, perhaps before its date ("📅 2026-01-28"). */
const WIKI_OWNER = /\[\[([^\][|]{1,40})(?:\|([^\][|]{1,40}))?\]\](?=\s*(?:📅\s*\S+)?\s*[.;]?\s*$)/u;
/** Who, a column's gap (a tab, or three spaces or more), then the task: the cell is group 1. */
const LEADING_COLUMN = new RegExp(String.raw`^([${CAPITALS}][${LETTERS}.'’-]*(?:\s?[/&+]\s?[${CAPITALS}][${LETTERS}.'’-]*){0,3}(?: [${CAPITALS}][${LETTERS}.'’-]*)?)(?:\t|[ \u00a0]{3,})(?=\S)`, 'u');
const LEADING_FIRST_NAME = new RegExp(String.raw`^([${CAPITALS}][${SMALLS}'’-]+)\s+[–—-]\s+(?=\S)`, 'u');
/** A last part after a dash, short enough to be a date: " - Fri 12th". */
const TRAILING_DATE_PART = /\s[-–—]\s+([^-–—\s][^-–—]{0,24}?)\s*[.;]?\s*$/;
/** A name ending an action list's entry: "... - Marco", "... – Dana Ruiz", "... (Marco)", "... (Speaker 2)". */
const TRAILING_FIRST_NAME = new RegExp(String.raw`(?:\s(?:[-–—]|\/\/)\s+([${CAPITALS}][${SMALLS}'’-]+(?:\s[${CAPITALS}][${SMALLS}'’-]+)?)|\s\(([${CAPITALS}][${SMALLS}'’-]+(?:\s[${CAPITALS}][${SMALLS}'’-]+)?|Speaker\s\d{1,2})\))\s*[.;]?\s*$`, 'u');
/**
 * Words that end an entry to say what it is, not who has it: "- Urgent", "(Done)"; a bracket's tags and a few more; and
 * when or how often, "(Again)", "(Weekly)" (BRACKET_NOT_NAME).
 */
function isEntryTag(v: string): boolean {
  return BRACKET_TAG.test(v) || /^(?:pending|later|next|tbc|tbd|tba|todo|asap|complete|completed|priority|critical|minor|major|everyone|all|team)$/i.test(v) || BRACKET_NOT_NAME.test(v);
}
/**
 * How the work after who and a colon opens: a word or a number; or a draft's revision ("Ravi: -05 of zone-hints"), an
 * issue's number ("Ana: #412 triage"), a quoted name ("Jo: “Getting started” page").
 */
const WORK_OPENS = String.raw`(?=[${LETTERS}\d]|[-#]\d|["“‘])`;
/** In an action list, who before a colon: "Dana: mute the alert", "**Tanya**: Draft the newsletter". */
/** Does the text open with who, then "to" and a task verb: "Bo to update the changelog", "the Clerk to write"? */
const WHO_TO_VERB = new RegExp(String.raw`^((?:the\s+)?[${CAPITALS}@][${LETTERS}${MARKS}.'’@-]*(?:\s+[${CAPITALS}][${LETTERS}${MARKS}.'’-]*){0,2})\s+to\s+([a-z]+)\b`, 'u');
function namesWhoActs(rest: string, people: People): boolean {
  const m = WHO_TO_VERB.exec(rest);
  return m !== null && TASK_VERBS.has(m[2]!) && isAgent(m[1]!, people);
}
const LIST_WHO_COLON = new RegExp(String.raw`^(\*\*|__)?([${LETTERS}@][${LETTERS}.'’@-]*(?:\s+[${LETTERS}][${LETTERS}.'’-]*){0,3})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+${WORK_OPENS}`, 'u');
/** Several of them: "Ana, Bo: chase the printer", "Ana & Bo: ...", "Ana + Bo: ...". */
const LIST_WHOM_COLON = new RegExp(String.raw`^(\*\*|__)?([${LETTERS}@][${LETTERS}.'’@-]*(?:(?:\s+|,\s*|\s+(?:&|and|\+)\s+)[${LETTERS}@][${LETTERS}.'’@-]*){0,3})(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s+${WORK_OPENS}`, 'u');
/** "Agreed to seek quotes", "It was agreed to write", "Resolved to ask": what the meeting agreed to do; the verb. */
const AGREED_TO_TASK = /^(?:it\s+was\s+(?:also\s+|further\s+|unanimously\s+)?)?(?:agreed|resolved|decided)\s+to\s+([a-z]+)\b/i;
/** A clause of a body's decisions that opens with the asking ("3. Asked officers to report ..."). */
/** Asked to act ("The Clerk was asked to write"); "invited" is only a request to the one asked ("Residents were invited to attend"). */
// ("The Exco was mandated to write to the Local Government", as Nigerian associations instruct theirs.)
const ASKED_TO_ACT = 'asked|requested|instructed|directed|mandated';
const ASKED_PAST = `${ASKED_TO_ACT}|invited`;
/** The meeting asking ("The board asked ...", "Members then requested ..."): whom it asks acts. */
// ("The Board, on motion duly made and seconded, directed the County Administrator to ...": an aside between commas.)
// ("The Chair asked the Clerk to circulate ...", "Cllr Moss requested that the Clerk write ...": one who chairs or sits on it,
// asking in the meeting, as the meeting does; "The Leader asked officers to model ...", as a cabinet's chair.)
const ASKER = String.raw`(?:(?:the|this)\s+)?(?:${BODY_WORDS})|(?:the\s+)?(?:chair(?:man|woman|person)?|vice[- ]chair(?:man|woman|person)?|mayor|deputy\s+mayor|president|conven[eo]r|cathaoirleach|(?:deputy\s+)?leader(?:\s+of\s+the\s+council)?)|(?:cllr|councillor|alderman|trustee|governor|director|mr|mrs|ms|miss|mx|dr)\.?\s+(?:[${CAPITALS}]\.\s*)*[${CAPITALS}][${LETTERS}${MARKS}0-9_'’-]+`;
const BODY_ASKED = `(?:${ASKER})(?:\\s*,[^,]{1,50},)?\\s+(?:(?:also|then|further|formally|unanimously)\\s+)?(?:${ASKED_TO_ACT})`;
/** "Senate NOTED the results and ASKED the Faculties to report ...": the meeting's outcome, then its asking. */
const BODY_AND_ASKED = `(?:(?:the|this)\\s+)?(?:${BODY_WORDS})\\s+(?:noted|received|considered|discussed|welcomed|accepted|approved|agreed|endorsed|thanked|reviewed|examined|scrutinised|scrutinized|heard)\\s+[^.;]{1,100}?\\s+and\\s+(?:(?:also|then|further)\\s+)?(?:${ASKED_TO_ACT})`;
/** "Council requested that the CEO seek ...", "Members asked that the Clerk write ...". */
// ("The Board: • REQUESTED that the Director of Finance circulate ...": a clause of the body's list, opening with the verb.)
// ("It was requested that the Clerk place the item on the next agenda.")
const ASKED_THAT = new RegExp(`^(?:${BODY_ASKED}|${ASKED_TO_ACT}|it\\s+was\\s+(?:also\\s+|further\\s+)?(?:asked|requested))\\s+that\\s`, 'iu');
/** "Following discussion the motion was agreed and it was agreed that the District Manager would write to TII.": in a later clause. */
const AGREED_THAT_LATER = /^[^.;:]{1,100}?(?:,|;|\s+and)\s+it\s+was\s+(?:also\s+|further\s+|then\s+|unanimously\s+)?(?:agreed|decided)\s+that\s/i;
/** "It was agreed that ...", "The Committee decided that ...", "Agreed that ...": what follows may give someone a task. */
const AGREED_THAT = new RegExp(`^(?:(?:following|after)\\s+(?:(?:some|a|further|brief|lengthy|long|full|much)\\s+){0,2}(?:discussion|debate|deliberation|consideration)(?:\\s+[^,]{1,40})?,\\s*)?(?:it\\s+was\\s+(?:also\\s+|further\\s+|then\\s+|unanimously\\s+)?|we\\s+(?:all\\s+|also\\s+)?|(?:(?:the|this)\\s+)?(?:${BODY_WORDS})\\s+(?:(?:also|then|further|unanimously)\\s+)?)?(?:agreed|decided)\\s+(?:that\\s|(?=the\\s+[A-Z]))`, 'i');
/** "It was agreed the Secretary would write": what was agreed, "that" left out, before whoever is to act. */
// ("It was agreed Cllr Ray would speak to the vicar", "... agreed Jo would ask": a titled name, or a name and its modal.)
// ("It was agreed the clerk would write to the county": a role in small letters, and its modal; whether it names someone
// is the task's reading to say.)
const AGREED_WHO = String.raw`(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Revd)\.?\s+[${CAPITALS}]|[${CAPITALS}][${SMALLS}]+\s+(?:would|should|will|shall)\s|the\s+[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?\s+(?:would|should|will|shall)\s`;
/** What a decision's label may open with, when what was agreed is that someone does something ("Agreed: Jo will ..."). */
const AGREED_WHO_OPENS = new RegExp(String.raw`^(?:${AGREED_WHO}|the\s+[A-Z])`, 'u');
const AGREED_THE = new RegExp(String.raw`\b(?:[Aa]greed|[Dd]ecided|AGREED|DECIDED)\s+(?=the\s+[A-Z]|${AGREED_WHO})`, 'u');
/** "It was agreed Cllr Ray would speak to the vicar": what was agreed someone named does, "that" left out. */
const AGREED_NAME = new RegExp(String.raw`^(?:[Ii]t\s+was\s+(?:also\s+|further\s+|then\s+|unanimously\s+)?)?(?:[Aa]greed|[Dd]ecided)\s+(?=${AGREED_WHO})`, 'u');
/** "The committee agreed Priya should book the hall": the body, then what it agreed someone does, "that" left out. */
const BODY_AGREED_NAME = new RegExp(String.raw`^(?:the\s+)?(?:${BODY_WORDS})\s+(?:(?:also|then|further|unanimously)\s+)?(?:agreed|decided)\s+(?=${AGREED_WHO})`, 'iu');
const MODAL_WORD = /^(?:should|would|will|shall|must)$/;
/** A word after which the word before it is a noun, not a verb: "the office move can wait", "the car park is full". */
const NOUN_BEFORE = /^(?:can|could|may|might|is|was|has|had|does|did|needs|seems)$/;
/**
 * "Ask officers to ...", "requests the Clerk to ...", "Asked officers to ...", "The board asked Lena to ...": whoever is asked does it.
 * ("For the clerk to write to the county": "for" and whoever is to do it, as parish minutes hand out a task.)
 */
const ASKING = new RegExp(
  `^(?:[\\s\\S]*?\\s)?(?:ask|asks|request|requests|instruct|instructs|mandate|mandates|invite|invites|direct|directs|require|requires)\\s+|^(?:${ASKED_PAST})\\s+(?:for\\s+)?|^for\\s+|^(?:[^,]{1,30},\\s*)?(?:${BODY_ASKED}|${BODY_AND_ASKED})\\s+(?:for\\s+)?`,
  'iu',
);
/** The meeting asking for something to be done: "The Committee asked for ...", "Members requested for ...". */
const ASKING_FOR = new RegExp(`^(?:${ASKED_PAST})\\s+for\\s+|^(?:[^,]{1,30},\\s*)?(?:${BODY_ASKED}|${BODY_AND_ASKED})\\s+for\\s+`, 'iu');
/** "Dan, our IT technician, ": a name (group 1), then between commas who that is (group 2). */
const APPOSITIVE_NAME = new RegExp(String.raw`^([${CAPITALS}][${SMALLS}'’-]+(?:\s[${CAPITALS}][${SMALLS}'’-]+){0,2}),\s+((?:our|the|their|its)\s[^,]{2,40}),\s*$`, 'u');
/** "Trustees are reminded", "Members were reminded": whom the meeting reminded. */
const WAS_REMINDED = /^(.+?)\s+(?:was|were|is|are|have\s+been|has\s+been)\s+(?:again\s+|also\s+)?reminded$/i;
// ("Staff directed to return with pricing", "Clerk instructed to write to the owner": in a clerk's shorthand, the verb alone;
// not "asked" or "requested" alone, which may be what the subject asked: "Members asked to see the figures".)
const WAS_ASKED = new RegExp(`^(.+?)\\s+(?:(?:was|were|is|are|be|has\\s+been|have\\s+been)\\s+(?:${ASKED_TO_ACT}|tasked)|instructed|directed|mandated|tasked)$`, 'i');
/** "The Secretary was tasked with updating the website": who, and the task as a verb in "-ing". */
const TASK_SUBJECT = String.raw`((?:the\s+)?[${CAPITALS}@][${LETTERS}${MARKS}0-9_.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[${LETTERS}@][${LETTERS}${MARKS}0-9_.'’-]*){0,4}?)`;
// ("Clerk tasked with writing to KCC.": in a clerk's shorthand, "was" left out; group 2 is then empty.)
const TASKED_WITH = new RegExp(String.raw`^${TASK_SUBJECT}\s+((?:was|were|is|are|has\s+been|have\s+been)\s+)?tasked\s+with\s+([a-z]+ing)\b`, 'u');
/** Words after a shorthand "tasked with ..." that make it a phrase in a longer sentence: "The group tasked with reviewing it reported ...". */
const TASKED_PHRASE_GOES_ON = /\b(?:reported|said|presented|met|found|recommended|explained|confirmed|noted|advised|updated|gave|has|have|had|is|are|was|were|will|would)\b/;
/** "Cllr Hart took an action to contact the school", "Ana has the action to update the page": who took the task on (group 2: its verb). */
/**
 * "Referred to the Clerk for action.", "Passed to the Footpaths Officer to follow up.", "Matter referred to Cllr Dent for a
 * response": whom the item is handed to (group 1), and what for.
 */
const REFERRED_FOR_ACTION = new RegExp(String.raw`^(?:(?:this|it|the\s+(?:matter|issue|item|request|complaint|letter|query|email|e-mail|concern))\s+(?:was\s+|is\s+|to\s+be\s+)?|matter\s+|)(?:referred|refer|passed|pass|handed|hand|forwarded|forward)\s+(?:on\s+|over\s+)?to\s+((?:the\s+)?[${CAPITALS}][${LETTERS}${MARKS}.'’-]*(?:\s+(?:[${CAPITALS}][${LETTERS}${MARKS}.'’-]*|of|and|&)){0,4}?)\s+(?:for\s+(?:action|follow[- ]?up|investigation|a\s+response|response|a\s+reply|reply|attention)|to\s+(?:action|deal\s+with|progress|follow\s+up|investigate|respond))\b`, 'iu');
const TOOK_ACTION = new RegExp(String.raw`^${TASK_SUBJECT}\s+(?:took|takes|has|had|accepted|took\s+on|has\s+taken)\s+(?:an|the)\s+action\s+to\s+([a-z]+)\b`, 'u');
/** Words after "Name –" that say what someone said or how they stand, not the work they bring: "thanks", "away", "apologies". */
const NOT_WORK_AFTER_DASH = /^(?:by|before|due|until|thanks|thank|apologies|apology|congratulations|condolences|regrets|welcome|welcomed|away|absent|off|out|on|in|at|not|no|nothing|all|still|now|currently|already|back|leaving|left|present|here|unable|happy|pleased|sorry|concerned|keen)$/;
/** Business verbs that name work out of the meeting once a deadline follows: "asked to make personal calls before January 15". */
const WORK_BY_WHEN = /^(?:make|give|share|identify|comment|review|raise)$/;
/** A deadline after the task: "... by Friday", "... before year end", "... by 5 January", "... by the next meeting". */
const ASKED_BY_WHEN = new RegExp(String.raw`\b(?:by|before)\s+(?:the\s+)?(?:end\b|year[- ]end\b|next\s+(?:meeting|week|month)\b|close\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:${MONTHS})\b|\d)`, 'i');
/** What a body is asked to do in the meeting itself: "Members were asked to consider the report" sets nobody a task. */
const BUSINESS_VERBS = /^(?:consider|note|approve|agree|discuss|debate|review|comment|decide|determine|endorse|accept|adopt|receive|ratify|support|vote|confirm|recommend|scrutinise|scrutinize|identify|declare|raise|ask|reflect|share|give|put|make)$/;
/** The meeting itself, as the subject of a sentence: "Members", "Councillors", "the Committee", "Trustees". */
const BODY_SUBJECT = new RegExp(`^(?:the\\s+)?(?:all\\s+)?(?:${BODY_WORDS})$`, 'i');
// ("We ask our premises committee to review ...", "The Council asks officers to ...": the asking in the present, as Quaker
// minutes and resolutions word it.)
const BODY_ASKS = `(?:(?:the|this)\\s+)?(?:${BODY_WORDS})\\s+(?:(?:also|further)\\s+)?(?:ask|asks|request|requests|instruct|instructs|direct|directs)`;
// ("By consensus, the Commission directed staff to ...": a short phrase and its comma may open the sentence.)
/** "We are not yet clear about the way forward and ask premises committee to ...": a Quaker meeting's minute, in the present. */
const WE_AND_ASK = String.raw`we\s+[^.;]{1,100}?\s+and\s+(?:also\s+)?(?:ask|request|invite)`;
const ASKED_WHOM = new RegExp(`^(?:[^,]{1,30},\\s*)?(?:${ASKED_PAST}|${BODY_ASKED}|${BODY_ASKS}|${BODY_AND_ASKED}|${WE_AND_ASK})\\s+(?:for\\s+)?(?:the\\s+|an?\\s+)?[${LETTERS}][${LETTERS}${MARKS}0-9_'’-]*\\.?(?:\\s+[${LETTERS}][${LETTERS}${MARKS}0-9_'’-]*\\.?){0,3}$`, 'iu');

/** What "do" takes as a task: an object ("the rota", "a risk assessment", "rota", "risk assessments"), not "with", "so", "it", "not", "that", ... */
const DO_WHAT = /^\s+(?:(?:the|a|an|some|their|his|her|its|our|all\s+the|any)\s+)?(?!(?:with|so|this|that|it|not|nothing|anything|something|everything|more|less|what|which|and|or|but|about|to|for|in|on|at|as|if|when|whatever|justice|well|better|best|likewise|otherwise|without|business)\b)[A-Za-z][\w'’-]*/;
/** Words after "to" that are not verbs: "Ann to the rescue", "Bo to his credit". */
const NOT_A_VERB = new Set('the a an be do his her their its our my your this that these those which what all any each every some no not date day time end start next last first second'.split(' '));

/** One word of letters (apostrophes and hyphens allowed). */
const ONE_PLAIN_WORD = new RegExp(String.raw`^[${LETTERS}'’-]+$`, 'u');
/** Is np only one or two of the people the minutes name ("felix", "Ann Lee", "@kai")? */
function namesOnly(np: string, people: People): boolean {
  const ws = np.trim().split(/\s+/);
  return ws.length >= 1 && ws.length <= 2 && ws.every((w) => ONE_HANDLE.test(w) || (ONE_PLAIN_WORD.test(w) && people.has(w.toLowerCase())));
}

/** What follows "to have" when someone is to get it done: a thing, then its participle ("the door planed", "the hedge cut"). */
const CAUSATIVE = /^\s+(?:the|a|an|this|these|those|its|their|our|all|both)\s+(?:[\w'’-]+\s+){0,4}?(?:[a-z]+(?:ed|en)|cut|set|put|done|made|sent|built|fixed|mown|sewn|shut|swept|dug)\b(?!\s+(?:by|to)\s+(?:the\s+)?(?:end|time)\b)/;
/** A task verb, or one with a prefix and its hyphen ("re-focus", "co-sign", "pre-book"). */
const isTaskVerb = (v: string): boolean => TASK_VERBS.has(v) || (/^(?:re|co|pre)-[a-z]+$/.test(v) && TASK_VERBS.has(v.slice(v.indexOf('-') + 1)));

/** Does text end inside a bracket it opened ("Bo (backup: ")? */
function insideBracket(t: string): boolean {
  const open = t.lastIndexOf('(');
  return open >= 0 && t.indexOf(')', open) < 0;
}

/** What "to be confirmed" leaves open rather than sets someone to do: "Date to be confirmed", "Venue to be announced". */
const TBC_SUBJECT = /^(?:the\s+)?(?:exact\s+|final\s+|new\s+)?(?:date|dates|time|times|timing|venue|location|details|start\s+time|cost|costs|price|fee|fees|speaker|programme|program)$/i;
/** A reporting verb after a "to be" phrase: "Adjustments to be made at year end were noted.", "... was explained". */
const REPORTED_AFTER = /^[^.;]*?\s(?:was|were|is|are)\s+(?:\w+ly\s+)?(?:noted|discussed|explained|agreed|approved|circulated|reported|considered|outlined|presented|received|listed|shown|given|described|summari[sz]ed|highlighted|confirmed|welcomed)\b/;

/** A clause of condition or time opening a sentence, up to its comma: "If the grant is approved, ", "Should the contractor be unavailable, ". */
const CONDITION_FIRST = /^\s*(?:if|should|once|when|whenever|unless|provided(?:\s+that)?|assuming(?:\s+that)?|as\s+soon\s+as|until|in\s+case|in\s+the\s+event\s+(?:that|of))\s[^,;:()]{2,80},\s+(?=\S)/i;
/** A deadline in brackets closing a phrase: "(by 15 December)", "(due 1 March)". */
const DUE_ASIDE = /\s*\((?:by|before|due:?|deadline:?)\s[^()]{1,30}\)$/i;
/**
 * Splits "NP to VERB" at its "to": the subject noun phrase and whether it is an agent, or the sentence is passive; `cond`,
 * where an opening condition ends (-1 where none does).
 */
/** A decision stated tersely before a comma: "Agreed,", "Agreed in principle,", "Quote accepted,", "Budget approved unanimously,". */
const DECISION_FIRST = /^(?:[\w'’£$€.-]+\s+){0,3}?(?:agreed|approved|accepted|decided|adopted|endorsed)(?:\s+(?:in\s+principle|unanimously|nem\.?\s*con\.?))?,\s+(?=\S)/i;
function subjectTo(s: string, people: People, listy = false): { np: string; npStart: number; agent: boolean; passive: boolean; cond: number } | null {
  const re = /\s+to\s+(be\s+)?([a-z][a-z-]*)\b/g;
  let m: RegExpExecArray | null;
  // ("Should Greenway be unable to deliver before the fete, Cllr Moss to ask ...": a "to" inside an opening condition is
  // the condition's.)
  const opening = s.includes(', ') ? CONDITION_FIRST.exec(s) : null;
  // (Initials in capitals that spell a verb, "DO to present ...", name someone only in a sentence not in capitals: asked
  // once, where a "to" and its verb make it matter.)
  let mixed: boolean | undefined;
  while ((m = re.exec(s))) {
    if (m.index > 120) return null;
    if (opening && m.index < opening[0].length) continue;
    // The word after "to" decides first: most "to"s in prose are not followed by a task verb.
    const verb0 = m[2]!;
    // In an action list, "felix to restring the house guitar": someone the minutes name, then "to" and a verb the
    // lexicon may not hold.
    // (Asked only where it decides: asking who the minutes name reads the whole item for names, once, the first time.)
    const at = m.index;
    let knownMemo: boolean | undefined;
    const known = (): boolean => (knownMemo ??= listy && namesOnly(s.slice(0, at), people));
    const named = !m[1] && !isTaskVerb(verb0) && !NOT_A_VERB.has(verb0) && known();
    // ("Beth to do the rota", "Clerk to do a risk assessment": "do" and the work it names; not "nothing to do with it",
    // "Clerk to do so", whose subjects or objects name no task.)
    // ("Churchwardens to have the door planed by Lent", "Clerk to have the hedge cut": someone to see it done.)
    const doing = !m[1] && ((verb0 === 'do' && DO_WHAT.test(s.slice(m.index + m[0].length))) || (verb0 === 'have' && CAUSATIVE.test(s.slice(m.index + m[0].length))));
    if (m[1] ? !isParticiple(verb0) : !isTaskVerb(verb0) && !named && !doing) continue;
    let npRaw = s.slice(0, m.index);
    // "Training is due for two trustees: SF and PG to complete it by 31 December": who acts opens the clause after a colon.
    let skipped = 0;
    const colon = /^[\s\S]*\S:\s+(?=\S)/.exec(npRaw);
    // (Not a colon inside a bracket after who acts: "Bo (backup: Cy) to rotate the keys".)
    if (colon && npRaw.length - colon[0].length <= 60 && !insideBracket(colon[0])) {
      skipped = colon[0].length;
      npRaw = npRaw.slice(skipped);
    }
    // "Grit bin at Church Corner – Cllr Frith to check it": a topic, a dash, then who.
    // ("Need volunteers for setup – Sarah to post on the class groups": what the topic says does not make the clause after
    // the dash prose.)
    // ("Kit's DBS check still outstanding → Priya to chase": an arrow serves too.)
    const topic = /^[\s\S]*\S\s+(?:[–—-]|→|->|=>)\s+(?=\S)/.exec(npRaw);
    // ("Then the rat problem near the compost bays: Mair to ask the council": after a topic and a colon, as after a dash.)
    let topicEnd = skipped > 0 ? skipped : -1;
    if (topic) {
      skipped += topic[0].length;
      npRaw = npRaw.slice(topic[0].length);
      topicEnd = skipped;
    }
    // "The Clerk was asked to write to the landowner", "Officers were requested to report": whoever was asked does it
    // (not the meeting itself: "Members were asked to consider the report" is the item's business, not a task).
    const wasAsked = m[1] ? null : WAS_ASKED.exec(npRaw);
    // ("Members were asked to send comments to the Clerk": what they are asked to do out of the meeting is theirs.)
    // ("Trustees are asked to make personal asks before year end", "... to review the policy by Friday": a deadline puts
    // such work out of the meeting; not "to consider them before the January meeting", the meeting's own business.)
    if (wasAsked && (!BODY_SUBJECT.test(wasAsked[1]!.trim()) || !BUSINESS_VERBS.test(verb0) || (WORK_BY_WHEN.test(verb0) && ASKED_BY_WHEN.test(s.slice(m.index + m[0].length))))) npRaw = wasAsked[1]!;
    // ("Trustees are reminded to complete the state ethics training by June 30": reminded of work to do by a deadline, as asked
    // to do it; not "Members were reminded to declare their interests", the meeting's own business.)
    else if (!m[1] && npRaw.includes('reminded')) {
      const reminded = WAS_REMINDED.exec(npRaw);
      if (reminded && !BUSINESS_VERBS.test(verb0) && ASKED_BY_WHEN.test(s.slice(m.index + m[0].length))) npRaw = reminded[1]!;
    }
    // "If the grant is approved, the Clerk to place the order", "Once the order is placed, the Clerk to notify ...": a
    // condition or a time opens the sentence, then who acts (its verbs are the condition's, not the subject's).
    const condition = npRaw.length > 8 && npRaw.includes(', ') ? CONDITION_FIRST.exec(npRaw) : null;
    let condEnd = -1;
    if (condition && npRaw.length - condition[0].length <= 60) {
      condEnd = skipped + condition[0].length;
      skipped += condition[0].length;
      npRaw = npRaw.slice(condition[0].length);
    }
    // ("Agreed in principle, Bob to bring a costing.", "Quote accepted, Clerk to place the order.": the decision, then who
    // acts on it.)
    const decided = npRaw.length > 8 && npRaw.includes(', ') ? DECISION_FIRST.exec(npRaw) : null;
    if (decided && npRaw.length - decided[0].length <= 60) {
      skipped += decided[0].length;
      npRaw = npRaw.slice(decided[0].length);
    }
    // "Asked officers to publish ...": the only finite verb is the asking, which the next lines set aside.
    if (hasFinite(unquoted(npRaw), (mixed ??= /[a-z]/.test(s))) && !ASKED_WHOM.test(npRaw.trim())) return null;
    // "Ask officers to review the routes", "requests the Clerk to write": whoever is asked does it.
    // "The Committee: ... 2. Asked officers to publish ...": the body's decision, opening its clause.
    // ("Trustees asked for refresher training to be arranged": what the meeting asks to be done, for nobody named.)
    const asked = m[1] ? (npRaw.includes(' for ') ? ASKING_FOR.exec(npRaw) : null) : ASKING.exec(npRaw);
    if (asked && npRaw.length > asked[0].length) {
      skipped += asked[0].length;
      npRaw = npRaw.slice(asked[0].length);
    }
    // "Disco – date TBC, committee to propose dates": after a comma, whoever acts, where what comes before it names nobody
    // ("Ann, Bob and Carl to ..." and "Assistant Director, Highways to ..." keep their commas).
    // (Three words at most after the comma: the word gate, scan.ts, counts so far.)
    // ("Dan, our IT technician, to confirm ...": the name, and between commas who the name is; the name acts. The rest is
    // blanked, not cut, so that the offsets read from the phrase below still hold.)
    const appos = npRaw.length < 70 && npRaw.includes(', ') ? APPOSITIVE_NAME.exec(npRaw) : null;
    const apposed = appos !== null && isAgent(appos[2]!, people);
    if (apposed) npRaw = appos[1]! + ' '.repeat(npRaw.length - appos[1]!.length);
    const comma = npRaw.lastIndexOf(', ');
    if (comma > 0 && npRaw.slice(comma + 2).trim().split(/\s+/).length <= 3 && !isAgent(npRaw.slice(0, comma), people) && isAgent(npRaw.slice(comma + 2), people) && !nameList(npRaw, people)) {
      skipped += comma + 2;
      npRaw = npRaw.slice(comma + 2);
    }
    // "2. Authorises the CEO to sign the contract": a delegation of power, not a task.
    if (/^\s*(?:authori[sz]es?|empowers?|delegates?\s+to|permits?|allows?)\s/i.test(npRaw)) return null;
    const np = npRaw.replace(/^[\s(“"‘']+/, '').replace(/[\s,]+$/, '');
    const npStart = skipped + npRaw.length - npRaw.trimStart().replace(/^[(“"‘']+/, '').length;
    // (A phrase in quotes is one name, whatever its words: "“You said, we did” poster to be drafted".)
    const words = unquoted(np).split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    // A finite verb before "to" makes it prose ("He was pleased to report", "Members were asked to note").
    if (words.some((w, i) => isFiniteWord(w.replace(/[,;:]+$/, ''), i, words, (mixed ??= /[a-z]/.test(s))))) return null;
    const first = words[0]!.toLowerCase();
    // ("SO and TW to organise the mince pies": initials in capitals, though "so" is a conjunction.)
    if (NON_AGENT_STARTS.has(first) && !eachRole(words) && !(first === 'our' && words.length > 1 && isAgent(np, people)) && !(/^[A-Z]{2,4}$/.test(words[0]!) && s !== s.toUpperCase())) return null;
    // "Find a volunteer to hold the spare key": an imperative whose object is to act, not a subject.
    // (Not a noun alone before "to be": "Spring show – schedule to be printed by February".)
    if (words[0] === first && TASK_VERBS.has(first) && !(m[1] && words.length === 1)) return null;
    const verb = m[2]!;
    if (m[1]) {
      if (!isParticiple(verb) || words.length > 16) continue;
      // ("The Chair asked for a minute's silence to be observed", "... for phones to be switched off", "... for his thanks to
      // be recorded": what is done in the meeting there and then.)
      if (asked && npRaw.length > 0 && /^(?:observed|switched|turned|recorded|minuted|noted|muted|silenced|read|held|kept)$/.test(verb)) return null;
      // ("The Clerk to be asked to write to the council": whoever is to be asked does it.)
      // (Not "Our MP to be invited to the next meeting": to come, not to act.)
      const then = /^\s+to\s+([a-z]+)\b/.exec(s.slice(m.index + m[0].length));
      // ("Mrs Okafor to be asked to do the flowers": "do" and the work it names, as "Beth to do the rota" is read.)
      const thenDoes = then !== null && (isTaskVerb(then[1]!) || (then[1] === 'do' && DO_WHAT.test(s.slice(m.index + m[0].length + then[0].length))));
      if (/^(?:asked|requested|instructed|directed|invited)$/.test(verb) && thenDoes && isAgent(np, people)) {
        return { np, npStart, agent: true, passive: false, cond: condEnd };
      }
      // ("Pencilled in for Sunday 17 May, to be confirmed": a participle and its preposition open a clause about a date,
      // not the thing someone is to do.)
      // ("Scheduled for March, the report to be brought to Council": the thing is what follows the clause's comma.)
      if (words.length >= 2 && /^[A-Z][a-z]+(?:[^aeiou]ed)$/.test(words[0]!) && /^(?:in|for|on|at|until|till|to|by)$/.test(words[1]!)) {
        const c = np.lastIndexOf(', ');
        if (c < 0 || !/\S/.test(np.slice(c + 2))) return null;
        const after = np.slice(c + 2);
        return { np: after, npStart: npStart + c + 2, agent: false, passive: true, cond: -1 };
      }
      // ("Item to be deferred to the next meeting", "Budget to be approved in March": a decision to come, not a task.)
      if (/^(?:held|appointed|authorised|authorized|delegated|elected|co-opted|deferred|postponed|noted|received|approved|adopted|accepted|agreed|ratified|endorsed|considered|discussed)$/.test(verb)) return null;
      const after = s.slice(m.index + m[0].length);
      if (fundedFrom(verb, after)) return null;
      // ("Item to be carried forward to January": put off, as "deferred" is.)
      if (verb === 'carried' && /^\s+(?:forward|over)\b/.test(after)) return null;
      // ("Date to be confirmed", "Venue to be announced": not known yet, as "TBC" says, not a task; "The date to be confirmed
      // by the Chair" is the Chair's.)
      // ("Spring fun day – date to be fixed at next meeting": likewise.)
      if (/^(?:confirmed|announced|advised|determined|finalised|finalized|decided|arranged|fixed|set|agreed)$/.test(verb) && TBC_SUBJECT.test(np) && !/\bby\b/i.test(after)) return null;
      // ("Adjustments to be made at year end were noted": the phrase names what the sentence's own verb reports on.)
      if (REPORTED_AFTER.test(after)) return null;
      // ("The contractor to be used is Green Ltd.", "The sum to be paid was £450.": the phrase names its noun, the sentence's
      // own verb straight after it says what of it.)
      // ("The stretch to be cut this year is the one by the lane": a few words of when or which before that verb.)
      if (/^(?:\s+(?!(?:before|after|when|if|once|so|as|because|until|unless|while|where|it|they|he|she|we|you|which|who|there)\b)[\w'’-]+){0,3}?\s+(?:is|are|was|were|will\s+be|would\s+be|has\s+been|had\s+been)\s/.test(after)) return null;
      // ("Legal action to be taken against the tenant": proceedings the body may bring, not a task for anyone.)
      if (/\b(?:legal|enforcement|disciplinary|court|formal)\s+(?:action|proceedings)$/i.test(np)) return null;
      return { np, npStart, agent: false, passive: true, cond: condEnd };
    }
    if (!isTaskVerb(verb) && !named && !doing) continue;
    if (MEMBERSHIP.test(s.slice(m.index + m[0].length - verb.length))) return null;
    // ("Council to support the application", "CC to raise no objection": the council's response, read as an outcome.)
    if (BODY_TO_RESPOND.test(s.slice(npStart))) return null;
    // ("MSP (Lamb/Ng) to hold entry fees at 2025 levels": moved, seconded and passed, a motion's words, not a task for "MSP".)
    if (MOVED_SECONDED_ABBR.test(np)) return null;
    // ("MOTION (Hale/Ortiz) to approve the October minutes": a motion's words, in capitals as in small letters.)
    if (/^(?:motion|amendment|proposal|resolution)\b/i.test(np)) return null;
    if (words.length > 9) return null;
    // "Referring to ...", "The report sought a recommendation to Cabinet to add ...": a clause, not someone to act.
    // ("Licensing Officer to write ...", "Planning Manager to ...": a role's own "-ing" word is not such a clause.)
    const ingRole = /ing$/.test(first) && words.length <= 4 && OPENS_CAPITAL.test(words[0]!) && !np.includes(',') && isAgent(np, people);
    // ("Clerk to the Governors to write ...": the office's own "to".)
    const clerkTo = CLERK_TO_THE.test(np);
    if ((/ing$/.test(first) && !ingRole) || words.some((w) => (w === 'to' && !clerkTo) || IRREGULAR_PARTICIPLES.has(w) || /^[a-z]+ed$/.test(w))) return null;
    // In an action list or after an "Action:" label, "Sara to run ..." names Sara even if the minutes never introduced her.
    // "Sarah (Secretary) to update the website": a name and, in brackets, the role.
    const bare = np.replace(/\s*\([^()]{1,30}\)$/, '');
    // Opening a sentence (or its clause after a condition: "If the quotes arrive, Bo to book the venue"), "Owen to book the
    // change window" names Owen too: a single capitalised word there is someone's
    // name unless it is a word that takes "to" itself ("Time to review ...", "Agreed to try ...").
    // ("Design not final → Priya to chase design by Wed": after a topic and a dash or an arrow too.)
    // ("Jo (chair) to sign the cheques": the word and, in brackets, the role.)
    const agent = apposed || isAgent(bare, people) || known() || (listy && (isFirstName(bare) || camelNick(bare) || smallFirstName(bare, npStart))) || ((npStart === 0 || npStart === condEnd || npStart === topicEnd) && [bare, np].includes(s.slice(npStart, m.index).trim()) && nameOpensSentence(bare));
    // "A report to come back to the next meeting": a thing that is to come back is a task for nobody named, like "to be brought".
    // ("Sign-up sheet to go out this week (S. Okoro)", "Posters to go up in the village": to be sent out, put up.)
    if (!agent && (verb === 'come' || verb === 'return' || verb === 'go') && /^(?:come|return|go)\s+(?:back\s+|out\s+)?(?:to|before)\b|^go\s+(?:out|up)\b(?!\s+(?:of|with)\b)/.test(s.slice(m.index + m[0].length - verb.length))) return { np, npStart, agent: false, passive: true, cond: -1 };
    // ("Clerk (by 15 December) to draw up the rota": a deadline in brackets after who is not who.)
    const dueAside = np.endsWith(')') ? DUE_ASIDE.exec(np) : null;
    return { np: dueAside ? np.slice(0, dueAside.index) : np, npStart, agent, passive: false, cond: condEnd };
  }
  return null;
}

function isParticiple(w: string): boolean {
  return IRREGULAR_PARTICIPLES.has(w) || (/(?:ed|en)$/.test(w) && w.length > 3);
}

/** A word ending as a possessive does: "Committee’s", "Chair's", "members'". */
const POSSESSIVE_END = /(?:['’]s|s['’])$/;
/** "that the Clerk chase ...", "request that officers identify ...", "Officers prepare ..." inside a resolution. */
// ("RESOLVED FURTHER THAT the Company Secretary be and is hereby directed to file the forms": a company resolution's form.)
const BE_INSTRUCTED = new RegExp(`^((?:[\\w.'’-]+\\s+){0,5}?[\\w.'’-]+)\\s+be\\s+(?:and\\s+(?:is|are)\\s+hereby\\s+|hereby\\s+)?(?:${ASKED_TO_ACT})\\s+to\\s+([a-z]+)\\b`);
function resolutionTask(s: string, people: People, modals = false): { start: number; np: string; npStart: number } | null {
  const starts = [0];
  const that = /\b(?:[Tt]hat|THAT)[\s\u00a0]+/g;
  let m: RegExpExecArray | null;
  while ((m = that.exec(s))) starts.push(m.index + m[0].length);
  // ("It was agreed the Secretary would write to ...": "that" left out.)
  if (modals) {
    const ag = AGREED_THE.exec(s);
    if (ag) starts.push(ag.index + ag[0].length);
  }
  // Word bounds, read by hand: this runs on every clause of every resolution.
  const wStart: number[] = [];
  const wEnd: number[] = [];
  // (Asked once, not once per "that": a clause of many would take time in the square of its length.)
  const be = s.includes(' be ');
  // (And for a passive clause's "be" wherever a line's end falls beside it: "... membership" / "be confirmed".)
  const passive = be || /\sbe\s/.test(s);
  const consults = s.includes('consult') || s.includes('agreement');
  for (const st of starts) {
    // "that the Clerk be instructed to write to the owner": whoever the resolution instructs acts.
    const told = be ? BE_INSTRUCTED.exec(s.slice(st)) : null;
    if (told && TASK_VERBS.has(told[2]!) && isAgent(told[1]!, people) && !isBody(told[1]!)) return { start: st, np: told[1]!, npStart: st };
    // "that the Director of Place, in consultation with the Leader, finalise the scheme": whom the officer consults stands
    // between who acts and the verb.
    const consulting = consults ? IN_CONSULTATION.exec(s.slice(st)) : null;
    if (consulting) {
      if ((TASK_VERBS.has(consulting[2]!) || TASK_VERBS.has(presentToBase(consulting[2]!))) && isAgent(consulting[1]!, people) && !isBody(consulting[1]!)) return { start: st, np: consulting[1]!, npStart: st };
      // (Not the words up to the verb, commas and all, as who acts: "the Council, in consultation with residents, reviews ...".)
      continue;
    }
    // The subject is at most seven words, then a verb in its base form: "the Head of Waste Services report ...".
    wStart.length = wEnd.length = 0;
    wordBounds(s, st, 9, wStart, wEnd);
    for (let k = 1; k < wStart.length && k <= 7; k++) {
      // ("... that the Chair would reply.": the verb may close the sentence, its full stop after it.)
      let vEnd = wEnd[k]!;
      if (k === wStart.length - 1) while (vEnd > wStart[k]! && /[.!?;:,]/.test(s[vEnd - 1]!)) vEnd--;
      if (!isLowerWord(s, wStart[k]!, vEnd)) continue;
      const verb = s.slice(wStart[k]!, vEnd);
      // ("RESOLVED that the Committee note the finance team report": the body's own verb after it; "report" is no task.)
      if (DECISION_VERBS.has(verb) && !TASK_VERBS.has(verb) && isBody(s.slice(wStart[0]!, wEnd[k - 1]!))) break;
      // ("RESOLVED that the Clerk writes to the county": the verb in the present, as some minutes put it.)
      if (!TASK_VERBS.has(verb) && !(k >= 2 && TASK_VERBS.has(presentToBase(verb)))) continue;
      // ("RESOLVED – That Councillor Amos replace Councillor Bell on the Planning Committee": a change of membership.)
      if (MEMBERSHIP.test(s.slice(wStart[k]!))) break;
      // ("Resolution 2025/07: The Board resolves to hold ...": the body deciding, in the present, sets nobody a task.)
      if (verb !== presentToBase(verb) && DECISION_VERBS.has(presentToBase(verb)) && isBody(s.slice(wStart[Math.max(0, k - 3)]!, wEnd[k - 1]!).replace(/^.*:\s*/, ''))) break;
      // ("(b) the Committee’s comments above be forwarded to Cabinet": a word after a possessive is a noun, not the verb.)
      if (POSSESSIVE_END.test(s.slice(wStart[k - 1]!, wEnd[k - 1]!))) continue;
      // "That the Preferred Options document be approved": a word followed by "be" is a noun, not the verb.
      if (k + 1 < wStart.length && wEnd[k + 1]! - wStart[k + 1]! === 2 && s.startsWith('be', wStart[k + 1]!)) continue;
      // ("... that the finance review group membership be confirmed": nor is one a few words before the clause's "be" and
      // its participle, the passive's subject; not "... report the figures to be published".)
      if (passive && PASSIVE_AHEAD.test(s.slice(wEnd[k]!, wEnd[k]! + 60))) continue;
      // ("... that the office move can wait": nor is one followed by a modal or "is".)
      if (k + 1 < wStart.length && NOUN_BEFORE.test(s.slice(wStart[k + 1]!, wEnd[k + 1]!))) continue;
      // ("ROSPA report received.", "Tree survey report noted; ...": a noun, then what became of it, closing the clause.)
      if (k + 1 < wStart.length && /^[a-z]+ed[.;,]?$/.test(s.slice(wStart[k + 1]!, wEnd[k + 1]!)) && /^[a-z]+ed\s*(?:[.;,]|$)/.test(s.slice(wStart[k + 1]!))) continue;
      // ("Legal action to be taken against the tenant": nor is one followed by "to be".)
      if (k + 2 < wStart.length && s.startsWith('to', wStart[k + 1]!) && wEnd[k + 1]! - wStart[k + 1]! === 2 && s.startsWith('be', wStart[k + 2]!) && wEnd[k + 2]! - wStart[k + 2]! === 2) continue;
      // "c) request staff report back on the outcomes": whom the body asks acts.
      if (k >= 2 && /^(?:request|requests|ask|asks|direct|directs|instruct|instructs|mandate|mandates|require|requires)$/.test(s.slice(wStart[0]!, wEnd[0]!))) {
        const asked = s.slice(wStart[1]!, wEnd[k - 1]!);
        if (isAgent(asked, people) && !isBody(asked)) return { start: wStart[0]!, np: asked, npStart: wStart[1]! };
        break;
      }
      // ("It was agreed that the Clerk should obtain quotes", "... that Cllr Moss would contact the school": a modal before the verb.)
      // ("RESOLVED THAT ... the Company Secretary do file the forms": the formal "do" of company resolutions, likewise.)
      const modal = k >= 2 && ((modals && MODAL_WORD.test(s.slice(wStart[k - 1]!, wEnd[k - 1]!))) || (wEnd[k - 1]! - wStart[k - 1]! === 2 && s.startsWith('do', wStart[k - 1]!)));
      const np = s.slice(wStart[0]!, wEnd[modal ? k - 2 : k - 1]!);
      // ("a) note the governance forward work calendar": the body's own verb opens the clause; "forward" is no one's task.)
      const w0 = s.slice(wStart[0]!, wEnd[0]!);
      if (/^[a-z]/.test(w0) && (DECISION_VERBS.has(w0) || TASK_VERBS.has(w0))) break;
      if (isAgent(np, people) && !isBody(np)) return { start: wStart[0]!, np, npStart: wStart[0]! };
      // ("We agreed that Jo would email the landlord": a first name before the modal names someone, though the minutes never
      // introduced Jo.)
      if (modal && k === 2 && nameOpensSentence(np)) return { start: wStart[0]!, np, npStart: wStart[0]! };
      break;
    }
  }
  return null;
}

/** Up to three more words, then "be" and a participle (not "to be"): the rest of a passive clause's subject. */
const PASSIVE_AHEAD = /^(?:\s+(?!and\b|or\b|to\b)[a-z][\w'’-]*){1,3}\s+be\s+[a-z]+(?:ed|en|wn|t)\b/;
/** Who acts, a clause of whom they consult between commas, and the verb (groups 1 and 2). */
const IN_CONSULTATION = /^([^,;.]{2,60}?),\s+(?:in\s+consultation\s+with|after\s+consulting|following\s+consultation\s+with|with\s+the\s+agreement\s+of)\s+[^,;]{2,80},\s+([a-z]+)\b/;

/** "updating" → "update", "writing" → "write", "sending" → "send", "getting" → "get": a task verb's base, if one fits. */
function gerundToBase(w: string): string {
  const stem = w.slice(0, -3);
  for (const v of [stem, stem + 'e', stem.slice(0, -1)]) if (TASK_VERBS.has(v)) return v;
  return stem;
}

/** "writes" → "write", "reports" → "report", "pushes" → "push", "copies" → "copy"; other words as they are. */
function presentToBase(w: string): string {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|o)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** JavaScript's \s (the white space of an export but the zero-width space). */
const isSpace = (c: number): boolean => c !== 0x200b && isWsCode(c);

/** The bounds of up to `max` runs of non-white-space in s from `from`, appended to `starts` and `ends`. */
function wordBounds(s: string, from: number, max: number, starts: number[], ends: number[]): void {
  let i = from;
  while (starts.length < max && i < s.length) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const b = i;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
    starts.push(b);
    ends.push(i);
  }
}

/** Is s[from, to) a non-empty run of the letters a-z? */
function isLowerWord(s: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** s split at runs of white space, as s.split(/\s+/) does for a trimmed, non-empty s. */
function splitWords(s: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  wordBounds(s, 0, Infinity, starts, ends);
  return starts.map((b, k) => s.slice(b, ends[k]));
}

function isBody(np: string): boolean {
  // ("Clare County Council", "the Northbridge Borough Council": the body by its full name; not "the Leader of the Council".)
  // ("the Board of Education", "the Board of Trustees", "the Court of Common Council": the body, named by what it is of.)
  const t = np.trim();
  return (
    /^(?:the\s+)?(?:(?!of\b|to\b|for\b)[\w'’-]+\s+){0,3}(?:council|committee|board|cabinet|panel|meeting|association|trust|authority|sub-committee)$/i.test(t) ||
    /^(?:the\s+)?(?:board|court|council)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+$/i.test(t)
  );
}

/** A verb that also names a kind of paper, before the paper: "Outline application", "Draft minutes", "Update report". */
const PAPER_NAME =
  /^(?:outline|draft|review|update|progress|audit|survey)\s+(?:planning\s+)?(?:application|permission|consent|report|budget|minutes|accounts|plan|proposals?|policy|strategy|statement|programme|program|agenda|design|scheme|version|figures|document)s?\b/i;

const NOUN_THEN_OUTCOME =
  /^\s+(?:(?!(?:as|once|when|if|after|until|unless|before|and|or|to|be|being|is|are)\b)[\w'’./-]+\s+){1,3}?(?:was\s+|were\s+)?(?:approved|agreed|noted|adopted|accepted|received|carried|deferred|endorsed|ratified|rejected|completed|withdrawn|filed|tabled|passed)\b(?:\s+(?:as|for|and|with|unanimously|subject)\b|\s*[.;!]?\s*$)/i;
const NOUN_THEN_SUM =
  /^\s+(?:(?!(?:the|a|an|to|and|or)\b)[\w'’./-]+\s+){1,5}?(?:now\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:(?:set|fixed|agreed|capped|frozen)\s+at|raised|made|totall?ed|cost|came\s+to|amounted\s+to|generated|brought\s+in)\s+(?:[£$€]|\d)/i;
const OUTCOME_AFTER_NOUN = /^(?:approved|agreed|noted|adopted|accepted|received|carried|deferred|endorsed|ratified|rejected|completed|done|withdrawn|filed|tabled|passed|signed\s+off)\b/i;

const SPACED_DASH = /\s[–—-]\s/;
/** A word, then a participle in "-ed" and a preposition, a number or the sentence's end ("Work scheduled for Jan 5"). */
const PARTICIPLE_CLAUSE = /^[A-Za-z][a-z-]*\s+[a-z]{3,}ed(?:\s+(?:for|to|at|by|on|in|with|from|until|till|before|after|during|as|last|this|yesterday|today|earlier|\d)\b|\s*[.!;]?\s*$)/;
/** A topic of a few words, a dash, then how it stands: "Sign replacement – still waiting on the second bid". */
const DASH_STATUS =
  /^\S+(?:\s+\S+){0,4}\s+[–—-]\s+(?:(?:still|now|currently)\s+)?(?:waiting|awaiting|pending|ongoing|in\s+progress|on\s+hold|no\s+(?:update|change|progress|news|response|reply)|not\s+yet|delayed|completed?|done|closed|carried\s+forward)\b/i;
const DASH_DECIDED = /\s[–—-]\s+(?:(?:duly|unanimously)\s+)?(?:agreed|approved|resolved|noted|decided|accepted|adopted|carried|deferred|declined|refused|denied|rejected)\b/i;
/** A verb's word, then one to three bare lower-case words and a finite verb: "Pay ballot turnout is at 38%", "Open rates fell again",
 * "Restore test passed on the new cluster", "Deploy job broke after the upgrade" (how a run went, as status notes say it). */
// (No determiner, pronoun or conjunction among them: "Pay the invoice that is overdue" is an instruction. A phrase of what
// they are for or of may follow them: "Audit results for pain assessment were 96% compliant".)
const NOUNS_THEN_VERB =
  /^[A-Za-z][a-z-]*(?:\s+(?!(?:the|a|an|this|that|these|those|all|any|each|every|which|who|whose|our|their|its|his|her|my|your|some|no|it|they|we|what|if|whether|when|where|how|and|or|but|so|to|for|of|in|on|at|by|with)\b)[a-z][a-z'’-]*){1,3}(?:\s+(?:for|of|from|in|on|at|across|with)(?:\s+(?:the|a|an|our|their|this|last|each))?(?:\s+(?!(?:the|a|an|that|which|who|and|or|to)\b)[a-z][a-z\u00DF-\u00F6\u00F8-\u00FF'’-]*){1,3})?\s+(?:is|are|was|were|has|have|had|remains|stands|failed|broke|crashed|succeeded|passed|worked|hung|stalled|regressed|flaked|timed\s+out|fell|rose|grew|shrank|sank|remained|stayed|doubled|halved|tripled|increased|decreased|dropped|declined|improved|worsened|slipped|jumped|recommends|proposes|suggests|says|agrees|thinks|believes|feels|expects|seems|appears|prefers|considers|intends|advises|argues|insists|understands|endorses|continues|requires|wants|welcomes|will|would|should|can|could|must|might)\b/;
/** Verbs whose object may be a clause: "Check the boiler is working", "Make sure the gate is locked". */
const CLAUSE_VERBS = /^(?:check|ensure|confirm|verify|make|see|find|ask|tell|establish|clarify|investigate|determine|ascertain|note|remind|inform|advise|explain|show|prove|double-check|recheck)$/;

const READER_NOTICE =
  /\b(?:you|your|yourself|yourselves)\b|\bif\s+(?:anyone|anybody)\b|\bfor\s+(?:more\s+|further\s+|full\s+|the\s+latest\s+)?(?:details|information|info|updates|news)\s*[.!]?\s*$|^(?:visit|see|check)\s+(?:the|our)\s+(?:website|web\s+site|facebook\s+page|noticeboard|notice\s+board|newsletter)\s+(?:to|for)\b|^(?:get\s+well|happy\s+\w+day|good\s+luck|well\s+done|best\s+wishes|welcome\s+back)\b|^refer\s+to\s+(?:the\s+)?(?:appendix|annex|attached|attachment|page|section|item|minute|paper|report|document|table|figure|enclosure|link|website|minutes|notes)\b|^watch\s+this\s+space\b|!\s*$/i;
const LET_US = /^Let(?:['’]s|\s+us)\s/i;
/** "Authorise the CEO to sign", "delegate to the Clerk authority to ...", "empower officers to ...": a power given. */
const DELEGATING = /^(?:authori[sz]e|empower|delegate)\s+(?:(?:to\s+)?(?:the\s+)?[\w'’.,-]+\s+){1,6}?to\s+[a-z]/i;
/** A first name and a surname, then a verb that reports what they did or said: "Sam Okafor explained ...". */
const NAME_THEN_REPORTING_VERB = new RegExp(String.raw`^[${CAPITALS}][${SMALLS}]+\s+[${CAPITALS}][${SMALLS}'’-]+\s+(?:[a-z]+ed|said|asked|gave|spoke|told|took|made|was|is|has|had|will|would|noted|felt|thought|explained)\b`, 'u');
function isImperative(s: string): boolean {
  const m = /^([A-Za-z][a-z-]*)\b\s*(\S*)/.exec(s);
  if (!m) return false;
  // ("Let's take this back to the issue", "Let us write to them": what the speaker proposes the meeting do, as "we will"
  // says, not an instruction to anyone.)
  if (LET_US.test(s)) return false;
  // ("Contact the Clerk for details.", "Ask the Clerk if you need a copy.", "Email the Clerk with your comments", "Refer to
  // appendix B.", "Keep up the good work!", "Watch this space.", "Visit the website to book.", "Get well soon to Bill.": a
  // notice or a greeting to whoever reads the minutes, in the second person or not, not a task for anyone.)
  if (READER_NOTICE.test(s)) return false;
  // ("Call: we ship Friday.", "Answer: yes, from June.", "Update: the site is live": the word is a label, a colon after it.)
  if (s.charCodeAt(m[1]!.length) === 0x3a) return false;
  const verb = m[1]!.toLowerCase();
  // ("Re-run the test", "Co-ordinate the rota": a prefix and its hyphen before the verb.)
  if (!isTaskVerb(verb) || NOUN_FIRST_VERBS.has(verb)) return false;
  // ("2. authorise the CEO to execute the contract": a resolution's delegation of a power, not a task.)
  if (DELEGATING.test(s)) return false;
  // ("Hire rates for 2027 – agreed at £15/hour.": what was decided about a thing, after a dash, not an instruction.)
  if (DASH_DECIDED.test(s)) return false;
  // ("Sign replacement – still waiting on the second bid": a topic, a dash and how it stands, not an instruction.)
  if (SPACED_DASH.test(s) && DASH_STATUS.test(s)) return false;
  // "Report approved.", "Review completed.": a noun and what became of it, not an instruction.
  if (OUTCOME_AFTER_NOUN.test(m[2]!)) return false;
  // ("Review went well overall", "Launch was smooth", "Update is due": a noun and its own verb.)
  // ("Work will start in March", "Review would follow": a noun and a modal, never an instruction.)
  if (/^(?:went|came|ran|was|were|is|are|has|had|seemed|looked|took|got|felt|began|started|ended|finished|overran|happened|remains|remained|continues|continued|looks|seems|goes|will|would|can|could|should|must|may|might|shall)\b/.test(m[2]!)) return false;
  // ("Read, approved and signed.": participles in a list, what became of the minutes; not "Review, amend and circulate".)
  if (/^,\s*[a-z]+ed\b/.test(s.slice(m[1]!.length))) return false;
  // ("Chase Miller reported the figures", "Mark Jones asked ...": a first name that is also a verb, then a surname and what
  // the person did.)
  if (NAME_THEN_REPORTING_VERB.test(s)) return false;
  // ("Mark presented the financials", "Chase asked about the fence", "Mark summarised the open issues": such a name alone,
  // then what the person did, in the past tense.)
  if (/^(?:Mark|Chase|Bill|Grant|Sue|Pat|Rob|Drew|Will|Read)\s+(?:[a-z]{2,}ed|said|gave|led|spoke|told|took|made|went|thought|felt|brought|will|would|was|has|had|is)\b/.test(s)) return false;
  // ("Support, subject to a condition on hours.", "Object." : a planning response, its verb with no object.)
  if (/^(?:support|object|comment|note|approve|agree|accept|recommend)$/.test(verb) && /^[,.;!]?$/.test(m[2]!.slice(0, 1))) return false;
  // ("Open question: do we A/B test?", "Review notes: ...": a label of two words, not an instruction.)
  if (/^[a-z]+:(?:\*\*|__)?$/i.test(m[2]!)) return false;
  // ("Draft presented.", "Update circulated.": a noun and a participle, the whole sentence.)
  if (/^[a-z]+ed[.!]?$/.test(m[2]!) && /^\S+\s+\S+\s*$/.test(s.trim())) return false;
  // ("Work scheduled for Jan 5–16.", "Report circulated to all members": a noun, its participle and what the participle
  // says, not "Replace damaged panels", "Collect donated items from the hall", where the participle is the object's.)
  if (PARTICIPLE_CLAUSE.test(s) && !/^(?:get|have|keep|leave|see|make)$/.test(verb)) return false;
  // ("Report CL-2026-11 received as information.", "Draft budget 2027 approved.": a longer name, then what became of it;
  // not "Send the letter as agreed", "Circulate the minutes once approved".)
  if (NOUN_THEN_OUTCOME.test(s.slice(m[1]!.length))) return false;
  // ("Hire charge for non-members now fixed at £20 an hour", "Book sale raised £40": a noun phrase, then what it was fixed
  // at or came to, a sum or a number after it; not "Book the hall for £40".)
  if (NOUN_THEN_SUM.test(s.slice(m[1]!.length))) return false;
  // "Action 3 (website page): complete.", "Item 4: done": a numbered entry's label, not "Contact 3 suppliers".
  if (/^\S+\s+\d{1,4}[a-z]?\s*(?:\([^()]{0,60}\)\s*)?[:–—]/.test(s)) return false;
  // ("Action log (new actions)", "Action items": the heading over a list of tasks.)
  if (s.length <= 60 && ACTIONS_SECTION.test(s.replace(/\*\*|__/g, '').replace(/[:.]\s*$/, '').trim())) return false;
  // ("Action 2025-41 (staffing dashboard) is complete.", "Action 41 closed.": an action log's entry and how it stands.)
  if (/^\S+\s+\d[\w/-]*\s*(?:\([^()]{0,60}\)\s*)?(?:[:–—-]\s*)?(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now\s+)?(?:complete|completed|done|closed|ongoing|open|on\s+track|in\s+progress|carried\s+forward|superseded|withdrawn)\b/i.test(s)) return false;
  // ("Pay ballot turnout is at 38% with two weeks to go": a noun phrase the verb's word opens, then its own verb; not "Check
  // the boiler is working", "Ensure gate is locked", whose verbs take a clause.)
  // ("Interview panel recommends acceptance", "Book club will meet on Tuesday": the phrase's verb a present or a modal.)
  if (NOUNS_THEN_VERB.test(s) && !CLAUSE_VERBS.test(verb)) return false;
  // "Write to the owner", "Reply to the resident": verbs whose object comes after "to".
  // ("Add to next agenda.", "Add to the action log": the clerk's own shorthand for a task.)
  if (!m[2] || (NOT_TASK_AFTER_VERB.test(m[2]) && !(/^to$/i.test(m[2]) && (/^(?:write|reply|respond|speak|talk|refer|return|go|reach)$/.test(verb) || (verb === 'add' && ADD_TO_LIST.test(s)))))) return false;
  // A heading in title case ("Practice Quality Assurance (Audit Framework)") is not an instruction;
  // an instruction has lower-case words after its verb, whatever proper names it holds.
  const ws = s.split(/\s+/).slice(1).filter((w) => /^[A-Za-z]{3,}/.test(w));
  const lower = ws.filter((w) => /^[a-z]/.test(w)).length;
  return lower > 0 && lower / Math.max(1, ws.length) >= 0.3;
}

/** What "To be ..." says of an item that nobody is to do: not known yet ("To be confirmed."), put off, or the meeting's own business. */
const NOT_DONE_BY_ANYONE = /^(?:confirmed|decided|agreed|arranged|announced|advised|determined|discussed|considered|held|noted|deferred|postponed|carried|tabled|withdrawn|continued|seen|expected|hoped|reviewed|appointed|elected|finalised|finalized)$/;

/** "Add to next agenda", "Add to the action log": a list the clerk keeps. */
const ADD_TO_LIST = /^add\s+to\s+(?:the\s+|our\s+)?(?:next\s+|following\s+|[A-Z][a-z]+\s+|future\s+)?(?:agenda|action\s+(?:log|list|sheet|plan|tracker)|risk\s+register|work\s*plan|forward\s+plan|website|newsletter)\b/i;

/** "Clerk to the Governors", "Clerk to the Council": an office whose name holds a "to". */
const CLERK_TO_THE = /^(?:the\s+)?(?:Deputy\s+|Assistant\s+)?Clerk\s+to\s+the\s+(?:[A-Z][\w'’-]*\s*){1,3}$/;
/** Initials with their full stops: "J.H.", "J.H", "A.B.C.". */
const DOTTED_INITIALS = /^(?:[A-Z]\.){1,3}[A-Z]\.?$/;

/** What no name opens with: a dash or a stop, a time ("8:15 pm", "7.30pm"), a reference or a date in figures ("2026/27"). */
const NOT_A_NAME_OPENING = /^(?:[–—\-.,:;!?)\]]|\d{1,2}[:.]\d{2}\b|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d+(?:[/.-]\d+)+\s*$)/i;
/** A household or a plot named by its number: "Flat 7", "Plot 12a", "Unit 3". */
const UNIT_HOLDER = /^(?:Flat|Unit|Plot|Apartment|Apt\.?|Lot)\s+\d{1,4}[A-Za-z]?$/;
/** Two names joined by a slash: "Clerk/Chair", "Ana / Bo". */
const SLASHED_PAIR = new RegExp(String.raw`^[${LETTERS}][${LETTERS}${MARKS}0-9_.'’ -]*\/\s*[${LETTERS}][${LETTERS}${MARKS}0-9_.'’ -]*$`, 'u');
/** One to four words, each opening with a capital: "Finance Team", "HR & Payroll". */
/** Is t three or more people, each named or a role, with commas and a last "and" ("Ann, Bob and Carl")? */
function nameList(t: string, people: People): boolean {
  if (t.length > 80 || !t.includes(',') || !(t.includes(' and ') || t.includes(' & '))) return false;
  const parts = t.trim().split(/\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+/);
  return parts.length >= 3 && parts.length <= 6 && parts.every((p) => p !== '' && (NAME_IN_LIST.test(p) || isAgent(p, people)));
}
/** One of a list of people: a name of up to three capitalised words, perhaps after its title ("Ann", "Mr Hughes", "Ken Blake"). */
const NAME_IN_LIST = new RegExp(String.raw`^(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Revd?)\.?\s+)?[${CAPITALS}][${SMALLS}'’-]*[${SMALLS}](?:\s+[${CAPITALS}][${SMALLS}'’-]*[${SMALLS}]){0,2}$`, 'u');
const CAPITALISED_WORDS = new RegExp(String.raw`^\s*(?:[${CAPITALS}][${LETTERS}${MARKS}0-9_&'’-]*\s*){1,4}$`, 'u');
/** Does this phrase name who does something: a role, a body, a person, a handle? */
export function isAgent(np: string, people: People): boolean {
  // ("our treasurer", "our premises committee": as Quaker and church minutes name their own officers.)
  const t = np.trim().replace(/^(?:the|The|our|Our)\s+/, '');
  if (!t) return false;
  // ("Jo (chair) and Sam", "Cllr Patel (lead) and Cllr Ahmed", "Bo (backup: Cy)": a part or a stand-in in brackets after a
  // name says what they do there, not who; the name decides. Not "(TBC)", which leaves who open.)
  if (t.includes('(')) {
    const bare = t.replace(/\s*\((?!\s*(?:tbc|tbd|tba|\?+)\s*\))[^()]{1,24}\)(?=\s|$)/gi, '');
    if (bare !== t && bare.trim() !== '') return isAgent(bare, people);
  }
  // ("Ann, Bob and Carl", "Patel, Brown and Lee", "Ken Blake, Mr Hughes and Cllr Patel": three or more, each named or
  // each a role, with commas and a last "and".)
  if (nameList(t, people)) return true;
  // "Assistant Director, Highways": a role, then the service it belongs to.
  const comma = t.indexOf(',');
  if (comma > 0 && CAPITALISED_WORDS.test(t.slice(comma + 1)) && isAgent(t.slice(0, comma), people)) return true;
  if (HANDLES_ONLY.test(t)) return true;
  // "[[Ines]] to chase the agency": a link to a person's note, as notes kept in Obsidian name people.
  if (/^\[\[[^\][|]{1,40}(?:\|[^\]]{1,40})?\]\]$/.test(t)) return true;
  if (isPlaceholderOwner(t)) return false;
  // ("– 8:15 pm.", "8.15pm", "2026/27": no one is named by a dash, a time or a reference; "3G Pitch Group", "2nd Vice
  // Chair" and "#ops" may be.)
  if (NOT_A_NAME_OPENING.test(t)) return false;
  // ("Flat 7 to draw up a planting plan", "Plot 9 to clear the brambles": a household or a plot's holder, as housing co-ops,
  // residents' associations and allotment societies name their members; "Ruth and Flat 7" together.)
  // (Looked at only where a figure stands: most phrases hold none.)
  if (/\d/.test(t)) {
    if (UNIT_HOLDER.test(t)) return true;
    const pair = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(t);
    if (pair && (UNIT_HOLDER.test(pair[1]!) || UNIT_HOLDER.test(pair[2]!)) && pair.slice(1).every((x) => CAPITALISED_WORD.test(x) || isAgent(x, people))) return true;
  }
  // "Clerk/RFO to update the asset register", "LS / TP to advertise the course": joint owners.
  if (t.length <= 40 && t.includes('/') && SLASHED_PAIR.test(t)) return t.split('/').every((p) => p.trim() !== '' && isAgent(p, people));
  if (CLERK_TO_THE.test(t)) return true;
  const words = splitWords(t);
  // ("Kasia Nowak and J. Farrow", "the Treasurer and Jim Farrow": two who act together, each named as either would be
  // alone; shorter pairs are read whole below.)
  if (words.length > 4 && words.length <= 9 && (t.includes(' and ') || t.includes(' & '))) {
    const pair = /^(.+?)\s+(?:and|&)\s+(.+)$/.exec(t);
    if (pair && isAgent(pair[1]!, people) && isAgent(pair[2]!, people)) return true;
  }
  if (words.length > 8) return false;
  // "..., all in favour to approve the payments": a vote, not who acts.
  if (/\bin\s+favou?r\b/i.test(t)) return false;
  // Initials, as minutes write owners: "JS to circulate the draft".
  if (/^[A-Z]{2,4}$/.test(t) && !NOT_INITIALS.test(t)) return true;
  // ("DO and KL to review the policy", "JS & DO to check the accounts": each in capitals, though "do" is a verb; the
  // joining word in small letters, so not a sentence in capitals.)
  if (JOINED_INITIALS.test(t)) return allInitials(t);
  // (With their full stops: "J.H. to contact the landowner".)
  if (DOTTED_INITIALS.test(t) && !/^(?:N\.B|P\.S|A\.O\.B|T\.B\.[CDA])\.?$/.test(t)) return true;
  // A role's short form in mixed case, as a trust's board papers write them: "DoF" (Director of Finance), "CoSec", "HoS".
  if (/^[A-Z][a-z]{0,2}[A-Z][A-Za-z]{0,4}$/.test(t)) return true;
  // "IT to reset the passwords": an acronym in capitals is a team, not the pronoun.
  if (eachRole(words)) return true;
  if (NON_AGENT_STARTS.has(words[0]!.toLowerCase()) && words[0] !== words[0]!.toUpperCase()) return false;
  // ("note the governance", "forward the report": a verb in small letters and its object name nobody, whatever the noun.)
  if (words.length >= 2 && /^[a-z]+$/.test(words[0]!) && (DECISION_VERBS.has(words[0]!) || TASK_VERBS.has(words[0]!)) && /^(?:the|a|an|our|their|its|this|these|those|all)$/.test(words[1]!)) return false;
  if (/^(?:a|an)$/i.test(words[0]!)) return false;
  // ("Omar Said", where the minutes name him: a name, though "said" is a verb.)
  // (Every word capitalised before any is looked up: the first look-up reads the item for names.)
  const known = words.length >= 2 && words.length <= 4 && words.every((w) => OPENS_CAPITAL.test(w)) && words.every((w) => people.has(w.toLowerCase().replace(/[.,]$/, '')));
  if (!known && words.some((w, i) => isFiniteWord(w, i, words) || w === 'to' || /^(?:that|resolved|agreed)$/i.test(w))) return false;
  // Verbs in the past tense say this is a clause, not a name ("Foster care continued").
  if (words.some((w) => /^[a-z]+ed$/.test(w) && !ROLE_WORDS.has(w))) return false;
  // The head of the phrase decides: "the Head of Waste Services" is a role, "the Council Tax Support Scheme for 2025/26" is a thing.
  const prep = words.findIndex((w, i) => i > 0 && /^(?:of|for|in|on|at|with|from|within|under|over)$/.test(w));
  const head = (prep > 0 ? words[prep - 1]! : words[words.length - 1]!).toLowerCase().replace(/[’']s$|[.,:;)]+$/g, '');
  if (ROLE_WORDS.has(head)) return true;
  if (roleThenName(words, people)) return true;
  return looksLikeName(words, people);
}

/** Capitals that are not someone's initials: "AOB", "TBC", "FYI". */
const NOT_INITIALS = /^(?:AOB|AGM|EGM|TBC|TBD|TBA|NB|PS|FYI|ASAP|N\/A)$/;
/** Of capitals joined by commas, "&", "/" or "and" ("KT & ME", "DO and KL"): is none of them a word like "AOB" or "TBC"? */
function allInitials(t: string): boolean {
  return t.split(/\s*(?:[,/&]|\band\b)\s*/).every((p) => !NOT_INITIALS.test(p));
}
/** Two or more sets of initials joined: "DO and KL", "JS & DO", "AB, CD and EF". */
const JOINED_INITIALS = /^[A-Z]{2,4}(?:(?:,\s*|\s*&\s*|\s+and\s+)[A-Z]{2,4})*(?:\s*&\s*|\s+and\s+)[A-Z]{2,4}$/;

/** "Each councillor", "every member", "all stewards": everyone in a role, who can be responsible together. */
function eachRole(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const q = words[0]!.toLowerCase();
  // ("All board members", "all the trustees", "each committee member": a body's word may stand before the role.)
  let rest = words.slice(1).map((w) => w.toLowerCase());
  if (rest[0] === 'the') rest = rest.slice(1);
  if (rest.length < 1 || rest.length > 2 || (rest.length === 2 && !ROLE_WORDS.has(rest[0]!))) return false;
  const role = rest[rest.length - 1]!;
  // "All stewards to encourage members ...": the plural, after "all".
  if (q === 'all') return /s$/.test(role) && (ROLE_WORDS.has(role) || ROLE_WORDS.has(role.slice(0, -1)));
  return (q === 'each' || q === 'every') && ROLE_WORDS.has(role);
}

/** A word of letters, "&", apostrophes or hyphens. */
const ROLE_WORD = new RegExp(String.raw`^[${LETTERS}&'’-]+$`, 'u');
/**
 * A role, then who holds it: "Union rep Ellis", "H&S rep Bro. Ellis", "Treasurer Mrs Hale". After a role written in small
 * letters any name will do; after one in capitals, only a name with its title ("Council Tax Support" names no one).
 */
function roleThenName(words: string[], people: People): boolean {
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const role = words[k - 1]!;
    if (!ROLE_WORDS.has(role.toLowerCase()) || !OPENS_CAPITAL.test(words[k]!)) continue;
    if (!words.slice(0, k - 1).every((w) => ROLE_WORD.test(w))) return false;
    const name = words.slice(k);
    const titled = NAME_TITLES.has(name[0]!.toLowerCase().replace(/\.$/, ''));
    return name.length <= 3 && (titled || OPENS_SMALL.test(role)) && looksLikeName(name, people);
  }
  return false;
}

/** A word of a name: capitalised, an initial or initials, or a handle. */
const NAME_WORD = new RegExp(String.raw`^(?:[${CAPITALS}][${LETTERS}'’-]*\.?|[${CAPITALS}]\.(?:[${CAPITALS}]\.)*|${HANDLE})$`, 'u');
function looksLikeName(words: string[], people: People): boolean {
  const core = words.filter((w) => !NAME_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  const titled = core.length < words.length;
  if (core.length === 0 || core.length > 4) return false;
  // ("Ana + Bo", as quick notes join two owners.)
  const connectors = /^(?:and|&|\+|de|van|von|da|del|di|le|la|of)$/;
  // "tanvi", where the notes write "@tanvi" elsewhere.
  if (core.length === 1 && /^[a-z][\w.-]*$/.test(core[0]!) && people.has('@' + core[0]!)) return true;
  // ("@Tomás Ferreira": a mention's letters may be any language's.)
  if (!core.every((w) => NAME_WORD.test(w) || connectors.test(w))) return false;
  if (titled) return true;
  if (core.length >= 2 && core.some((w) => INITIAL_WORD.test(w))) return true; // "M. Doyle"
  if (core.length >= 2) return true; // "Karen Blythe", "Sung-min Cho"
  return people.has(core[0]!.toLowerCase().replace(/[’']s$/, ''));
}

/** A full stop, a question or an exclamation mark and a space, which is not an initial's or a title's: a sentence ends there. */
const SENTENCE_BREAK = new RegExp(String.raw`(?<!(?<![${LETTERS}${MARKS}0-9_])(?:[${CAPITALS}]|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Revd|Cllr|Fr|St))[.!?]\s`, 'u');
/** Does this whole phrase read as an owner (for "ACTION: Clerk", "(M. Doyle)", "— Director of Finance —")? */
export function looksLikeOwner(phrase: string, people: People): boolean {
  const t = phrase.trim();
  if (!t || t.length > 60) return false;
  if (isPlaceholderOwner(t)) return true;
  // Two sentences are not a name; an initial ("M. Doyle") is.
  if (SENTENCE_BREAK.test(t)) return false;
  // Initials, as action lists write owners: "KT", "JS/AR", "KT & ME".
  if (/^[A-Z]{2,4}(?:\s*(?:[,/&]|and)\s*[A-Z]{2,4})*$/.test(t)) return allInitials(t);
  // Joint owners: "Clerk/Chair", "Treasurer, Secretary".
  if (/\//.test(t)) return t.split(/\s*\/\s*/).every((p) => p && isAgent(p, people));
  return isAgent(t, people);
}

/** Up to three capitalised words and nothing else: "Facilities Manager", "J. O'Neill". */
const NAME_OF_THREE_WORDS = new RegExp(String.raw`^[${CAPITALS}][${LETTERS}'’.-]*(?:\s+[${CAPITALS}][${LETTERS}'’.-]*){0,2}$`, 'u');
/** A value given in an owner field ("Owner: Hugo", "(Owner: Jo)"): someone the minutes know, or any name written as one. */
function ownerFieldNames(v: string, people: People): boolean {
  const t = v.trim();
  // ("Speaker 3": a transcript's name for someone.)
  // ("owner: tmandry", "owner: bo": a user name in lower case, which the field itself says is who.)
  // ("owner: [[Rosa]]": a link to the person's note, as Obsidian's notes name people.)
  // ("owner: All form captains", "owner: Year 9 reps": a few words ending in a plural of people.)
  return pluralOfPeople(t) || looksLikeOwner(t, people) || /^\[\[[^\][|]{1,40}(?:\|[^\][]{1,40})?\]\]$/.test(t) || (NAME_OF_THREE_WORDS.test(t) && !NOT_A_NAME_LABEL.test(t)) || isKnownUser(t, people) || /^Speaker\s\d{1,2}$/.test(t) || (/^[a-z][\w.-]{1,30}$/.test(t) && !FIELD_NOT_A_USER.test(t));
}

/**
 * For minutes whose people are `people` (as MinutesDocument.people lists them): would an owner's field holding a name
 * ("(owner: Ana Ruiz)") name someone? Asked by the quick fix before it offers a name.
 */
export function ownerFieldReader(people: readonly string[]): (name: string) => boolean {
  const words = new Set(people.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const known: People = { has: (w) => words.has(w) };
  return (name) => !isPlaceholderOwner(name) && ownerFieldNames(name, known);
}

/** Words an owner field may hold that name no one in particular. */
const FIELD_NOT_A_USER = /^(?:everyone|everybody|all|us|we|them|they|you|me|both|various|multiple|shared|same|ditto|open|pending|later|na|no|it|is|to|as|at|by|of|on|or|an|if|in)$/;

/** A user name the notes know, written in lower case ("yuki", "@yuki"), as TODO comments and owner fields write them. */
function isKnownUser(n: string, people: People): boolean {
  if (!/^@?[a-z][\w.-]{1,30}$/.test(n)) return false;
  const bare = n.replace(/^@/, '');
  return people.has(bare) || people.has('@' + bare);
}

/** The first owner field that names someone, looking past placeholders ("Owner: TBD"); null when none does. */
function namingOwnerField(s: string, base: number, people: People): { value: string; range: Span } | null {
  let from = 0;
  for (let k = 0; k < 4; k++) {
    const f = fieldValue(s.slice(from), OWNER_FIELD, base + from);
    if (!f) return null;
    if (!isPlaceholderOwner(f.value) && ownerFieldNames(f.value, people)) return f;
    // (The next field may stand inside this one's value: "Needs an owner: ask the lawyers (owner: @hoang)".)
    from = f.range.start - base;
  }
  return null;
}

/** Does a bracket's text after a task name who does it ("(M. Doyle)", "(JS)")? Not a date ("(Fri)"), unless the minutes
 * name someone so: "(Jun)" is Jun where they do, not June. */
function bracketNamesOwner(v: string, people: People): boolean {
  // ("Update the page (Website)": what it is about, not who.)
  return (!DATE_WORDS.test(v) || people.has(v.toLowerCase())) && !topicLabel(v, people) && looksLikeOwner(v, people);
}

/** A name in brackets ending a task: "(M. Doyle)", "[JS]"; or before its deadline: "Docs update (Chloé), due Oct 1", "(Dev Patel) by Friday". */
// ("Reproduce it on an older phone (Ines) — by Friday": a deadline after a dash, too.)
const TRAILING_BRACKET = /[([]([^()[\]]{2,60})([)\]])(?:\s*(?:,|\s[–—-])?\s*(?:due|by|before)\s+[^()[\],;]{1,30}?)?\s*[.;]?\s*$/i;
/** A word alone after a task (in brackets, after a dash) that says when or how often, not who: "(Again)", "(Recurring)", "(Weekly)", "(Reminder)" (read by isEntryTag). */
const BRACKET_NOT_NAME = /^(?:again|also|too|later|soon|now|today|tomorrow|tonight|annual|repeat|reminder|continued|cont|contd|follow-?up|note|info|bau|carry-?over|daily|weekly|fortnightly|monthly|quarterly|yearly|annually|regularly|early|urgently|only)$|^[a-z]{4,}ing$/i;
/** Tags in square brackets that say what a task is, not who does it: "[WIP]", "[P1]", "[TBC]" (a placeholder, read as such). */
const BRACKET_TAG = /^(?:wip|done|open|new|closed|urgent|high|medium|med|low|fyi|n\/a|p\d|draft|blocked|optional|ongoing|in\s+progress)$/i;
/** A handle ending a task, after an arrow, a dash, "owner" or "assigned to", or in brackets with perhaps a date. */
const TRAILING_HANDLE = new RegExp(String.raw`(?:\s|^)(?:(?:→|->|=>|[–—-])\s*|,?\s*(?:owner|assigned\s+to|assignee)\s*:?\s*)?[\[(]?(${HANDLE_ENDED})(?:\s*,\s*([^()[\]]{1,25}))?[\])]?\s*[.;]?\s*$`, 'iu');
/** A date not yet known: "date TBC", "TBD", "to be confirmed". No deadline. */
// (A dash, "none" or "nil" in a table's due column: no date.)
const NO_DATE_YET = /^(?:(?:the\s+)?(?:date|deadline|timing|time)\s+)?(?:tbc|tbd|tba|t\.b\.[cda]\.?|to\s+be\s+(?:confirmed|agreed|decided|arranged|fixed|set|announced|determined)|unknown|n\/a|\?+|[-–—]+|none|nil|on-?going|continuing|continuous|pending|open|in\s+progress|rolling|no\s+deadline|as\s+(?:and\s+when\s+)?(?:required|needed|necessary|appropriate))$/i;
/** Does a due date as written say only that none is known yet ("date TBC", "Due: TBD"), or that none is set ("Ongoing", "As required")? */
export function noDateYet(due: string): boolean {
  return NO_DATE_YET.test(due.trim());
}

/**
 * Mentions ending a task, as Notion and Confluence write them: "@Sam Lee" (a person, by name), "@December 3, 2025" (a
 * date). One or more, at the end: "Ask legal about the wording @Ana Ruiz @December 3, 2025".
 */
const TRAILING_MENTIONS = new RegExp(String.raw`(?:\s@(?:[${CAPITALS}][${LETTERS}'’-]+(?:\s+[${CAPITALS}][${LETTERS}'’-]+){0,2}(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?))+\s*[.;]?\s*$`, 'u');
/** Obsidian's Tasks: "📅 2025-12-01" is the task's due date. */
const TASK_DUE_EMOJI = /📅\s*(\d{4}-\d{2}-\d{2})/u;

/** Fills in an action's owner (fields, "(Name)", "— Owner —", "by the Clerk") and due date from its text. */
/** A dash's part that names who and then by when: "HR (by 30/11)", "Estates by Friday" (the deadline without its "by"). */
const WHO_BY = /^([^()]{2,40}?)\s*(?:\(\s*(?:by|before|due:?)\s+([^()]{2,25})\)|\s+(?:by|before)\s+([^,()]{2,25}))$/i;
/** "by" and who: a name (up to five words, "of" between), perhaps after "the", or a handle. */
const BY_WHOM = new RegExp(String.raw`\bby\s+((?:the\s+)?[${CAPITALS}@][${LETTERS}${MARKS}0-9_@'’.-]*(?:\s+(?:of\s+)?[${CAPITALS}][${LETTERS}${MARKS}0-9_'’.-]*){0,4})`, 'u');
export function readOwnerAndDue(text: string, span: Span, a: FoundAction, people: People): void {
  const s = text.slice(span.start, span.end);
  const base = span.start;
  // Cheap looks first: most tasks have no field, dash, bracket or deadline words, and their patterns need not be tried.
  const low = s.toLowerCase();
  const fields = s.includes(':') || s.includes('=') || ((s.includes('–') || s.includes('—') || s.includes(' - ')) && DASH_FIELD.test(s)) || OWNER_NOT_YET.test(s);
  // "Needs an owner" says nobody, whatever else the sentence says.
  // (Unless an owner is named after it: "Needs an owner: ask the lawyers (owner: @hoang)", as the quick fix writes it.)
  const named = fields ? namingOwnerField(s, base, people) : null;
  if ((low.includes('owner') || low.includes('unassigned')) && /\bneeds?\s+(?:an\s+)?owner\b|\(unassigned\)|\bunassigned\b|\bno\s+owner\b/i.test(s) && !named) {
    a.owner = null;
    a.ownerRange = { start: base, end: base };
  } else {
    // An owner field wins over the sentence: "Responsible: TBC" says nobody.
    // "(owner: TBD) (owner: @tomasz)": a name given after a placeholder fills it (as the quick fix writes it).
    const field = named ?? (fields ? fieldValue(s, OWNER_FIELD, base) : null);
    if (field && (isPlaceholderOwner(field.value) || ownerFieldNames(field.value, people))) {
      a.owner = isPlaceholderOwner(field.value) ? null : field.value;
      a.ownerRange = field.range;
    }
  }
  // "Draft the one-pager (Assigned to Nora Lind)", "(assigned: Sam)": as Teams and Planner write who has a task.
  // ("... — Assigned to Dev Patel — Due 3 Feb", "..., assigned to Lisa Grey": as Loop writes it, after a dash or a comma.)
  if (a.owner === null && a.ownerRange === null && low.includes('assigned')) {
    const as = /\(\s*assigned\s+to\s*:?\s*([^()]{2,40}?)\s*\)/i.exec(s) ?? /(?:[–—,]|\s-)\s*assigned\s+to\s*:?\s*([^()–—,;]{2,40}?)\s*(?:\s[–—-]\s|[,;]|\.?\s*$)/i.exec(s);
    if (as && (isPlaceholderOwner(as[1]!) || looksLikeOwner(as[1]!, people))) {
      const at = as.index + as[0].indexOf(as[1]!);
      a.owner = isPlaceholderOwner(as[1]!) ? null : as[1]!;
      a.ownerRange = { start: base + at, end: base + at + as[1]!.length };
    }
  }
  if (a.owner && isPlaceholderOwner(a.owner)) a.owner = null;

  // "Task — Owner — Due", or "Owner — Task — Due" when the first part is a name and the second starts with a task verb.
  const parts = s.includes('—') || s.includes('–') || s.includes('-') ? s.split(DASH_SPLIT) : [s];
  if (parts.length > 1 && a.owner === null && a.ownerRange === null) {
    const first = parts[0]!.replace(/^[\s*_]+|[\s*_]+$/g, '');
    const secondVerb = /^\s*([a-z]+)/.exec(parts[1]!);
    // "tanvi — changelog": one known name or handle first, then what to do, even as a noun.
    // "SF, PG — safeguarding training": initials of several.
    // ("Uma Patel — two more agency quotes": or a full name the minutes give.)
    const oneName = !/\s/.test(first) || /^[A-Z]{2,4}(?:\s*(?:,|and|&|\/)\s*[A-Z]{2,4})+$/.test(first) || (first.length <= 40 && first.split(/\s+/).every((w) => OPENS_CAPITAL.test(w) && people.has(w.toLowerCase())));
    const ownerFirst = (secondVerb !== null && TASK_VERBS.has(secondVerb[1]!)) || (oneName && !looksLikeOwner(parts[1]!.replace(/[.;,\s]+$/, ''), people));
    if (first && ownerFirst && looksLikeOwner(first, people) && first.split(/\s+/).length <= 4) {
      const at = s.indexOf(first);
      a.owner = isPlaceholderOwner(first) ? null : first;
      a.ownerRange = { start: base + at, end: base + at + first.length };
      parts.shift();
      parts[0] = '';
    }
  }
  if (parts.length > 1) {
    let off = parts[0]!.length;
    for (let i = 1; i < parts.length; i++) {
      const p = parts[i]!;
      const at = s.indexOf(p, off);
      off = at + p.length;
      const v = p.replace(/[.;,\s]+$/, '').trim();
      if (!v || /^(?:responsible|owner)\s*:/i.test(v)) continue;
      // ("Update the README (Dana – by 5 Dec)": a dash inside a bracket; the bracket is read whole below.)
      if (v.endsWith(')') && !v.includes('(')) continue;
      // "Print badges – Cy, Mon", "– Raj Patel, 12 Dec": who, then by when (as "(Mina, Fri)" is in brackets).
      // "– HR (by 30/11)", "– Estates by Friday": who, then by when, in brackets or not.
      const open = a.owner === null && a.ownerRange === null && a.due === null;
      const whoWhen = open && v.includes(',') ? /^([^,]{2,40}?),\s*((?:by\s+)?[^,]{2,25})$/.exec(v) : null;
      const whoBy = open && !whoWhen ? WHO_BY.exec(v) : null;
      const who = whoWhen ? whoWhen[1]! : whoBy ? whoBy[1]! : '';
      const when = whoWhen ? whoWhen[2]!.replace(/^by\s+/i, '') : whoBy ? (whoBy[2] ?? whoBy[3])!.trim() : '';
      const named = whoWhen ? looksLikeOwner(who, people) || isFirstName(who) : looksLikeOwner(who, people);
      if (who && DATE_WORDS.test(when) && !DATE_WORDS.test(who) && named && when.split(/\s+/).length <= 4) {
        a.owner = isPlaceholderOwner(who) ? null : who;
        a.ownerRange = { start: base + at, end: base + at + who.length };
        const w = at + v.lastIndexOf(when);
        a.due = when;
        a.dueRange = { start: base + w, end: base + w + when.length };
        continue;
      }
      if (a.owner === null && a.ownerRange === null && looksLikeOwner(v, people) && !DATE_WORDS.test(v)) {
        a.owner = isPlaceholderOwner(v) ? null : v;
        a.ownerRange = { start: base + at, end: base + at + v.length };
      } else if (a.due === null && DATE_WORDS.test(v) && v.length <= 40) {
        // "– by 28 February", "– Due: 30 June", "– ETA Monday": the deadline, without its "by" or its label.
        // ("– target 30/04/27": a target's date, without the word.)
        const by = /^(?:by|before|due(?:\s+date)?\s*:?|deadline\s*:?|target(?:\s+date)?\s*:?|eta\s*:?)\s*/i.exec(v);
        const d = by ? v.slice(by[0].length) : v;
        // (Without a "by", a number inside a word is no date: "Ravi - v05 of zone-hints", "Ravi – -05 of the draft".)
        if (!by && !readsAsDate(d)) continue;
        // A date opens the part, or the part is short: "– Jon to check the anchors before Saturday" is the task.
        const opening = d.replace(/^the\s+/i, '');
        // Nor is "– draft 2026 budget –", which opens with what to do.
        const firstWord = opening.slice(0, opening.search(/\s|$/));
        if ((d.split(/\s+/).length > 3 || TASK_VERBS.has(firstWord)) && !DATE_WORDS.test(firstWord)) continue;
        // ("Lead: Cllr Jones – review the hedges": a task verb in lower case opening the part is the task, though
        // "review" may name a date after "by".)
        if (!by && TASK_VERBS.has(firstWord) && /^[a-z]/.test(opening)) continue;
        a.due = d;
        a.dueRange = { start: base + at + (by ? by[0].length : 0), end: base + at + v.length };
      }
    }
  }

  // "Update the pricing copy @Sam Lee", "... @Ana Ruiz @December 3, 2025": mentions of a person and of a date.
  if ((a.owner === null && a.ownerRange === null) || a.due === null) {
    const tail = s.includes('@') ? TRAILING_MENTIONS.exec(s) : null;
    if (tail) {
      const re = /@([^@]+?)\s*[.;]?\s*(?=@|$)/g;
      let m: RegExpExecArray | null;
      const from = tail.index;
      const part = s.slice(from);
      while ((m = re.exec(part))) {
        const v = m[1]!.trim();
        const at = from + m.index + 1;
        if (DATE_WORDS.test(v) || /^(?:today|tomorrow|yesterday)$/i.test(v)) {
          if (a.due === null) {
            a.due = v;
            a.dueRange = { start: base + at, end: base + at + v.length };
          }
        } else if (a.owner === null && a.ownerRange === null && /\s/.test(v) && looksLikeOwner(v, people)) {
          // (A single word, "@Ana", is a handle: read below, with its "@".)
          a.owner = v;
          a.ownerRange = { start: base + at, end: base + at + v.length };
        }
      }
    }
  }
  if (a.due === null && s.includes('📅')) {
    const cal = TASK_DUE_EMOJI.exec(s);
    if (cal) {
      const at = cal.index + cal[0].length - cal[1]!.length;
      a.due = cal[1]!;
      a.dueRange = { start: base + at, end: base + at + cal[1]!.length };
    }
  }
  // "Run the A/B test [[Kenji]] 📅 2026-01-28": a link to a person's note closing the task, as Obsidian's task lists
  // write who does it.
  if (a.owner === null && a.ownerRange === null && s.includes('[[')) {
    const link = WIKI_OWNER.exec(s);
    if (link) {
      const v = link[2] ?? link[1]!;
      const at = link.index + link[0].lastIndexOf(v);
      // (Not a daily note's date: "[[2026-02-11]]".)
      if (!isPlaceholderOwner(v) && !/^\d{4}-\d{2}-\d{2}$|^(?:today|tomorrow)$/i.test(v)) {
        a.owner = v;
        a.ownerRange = { start: base + at, end: base + at + v.length };
      }
    }
  }
  // "Write the doc → @ana", "... [@ana]", "... (@ana, Fri)", "..., owner @ana", "... – assigned to @bo", "... @ana": a handle
  // ending the task names who does it (and what follows it in the bracket, when it is a date, by when).
  if (a.owner === null && a.ownerRange === null && s.includes('@')) {
    const tail = TRAILING_HANDLE.exec(s);
    if (tail) {
      const at = tail.index + tail[0].indexOf(tail[1]!);
      a.owner = tail[1]!;
      a.ownerRange = { start: base + at, end: base + at + tail[1]!.length };
      if (tail[2] && a.due === null && DATE_WORDS.test(tail[2])) {
        const d = tail[2].trim();
        const dAt = tail.index + tail[0].lastIndexOf(d);
        a.due = d;
        a.dueRange = { start: base + dAt, end: base + dAt + d.length };
      }
    }
  }
  // "(M. Doyle)", "(Director of Finance)", "(owner: @x)", "[JS]", "(Action: JS)" at the end.
  if (a.owner === null && a.ownerRange === null) {
    const paren = s.includes(')') || s.includes(']') ? TRAILING_BRACKET.exec(s) : null;
    if (paren && (paren[0].trimStart()[0] === '(') === (paren[2] === ')') && !(paren[0].trimStart()[0] === '[' && BRACKET_TAG.test(paren[1]!.trim()))) {
      const label = /^(?:actions?(?:\s+by)?|who|(?:led|owned)\s+by)\s*[:–—-]?\s+/i.exec(paren[1]!) ?? /^(?:actions?(?:\s+by)?|who)\s*[:–—-]\s*/i.exec(paren[1]!);
      // ("(Ana Lopez to lead)", "(Bo leading)", "(Finance to own)", "(led by Cy)": who, with the word that says they lead.)
      const inner = paren[1]!.slice(label ? label[0].length : 0).replace(/\s+(?:to\s+(?:lead|own)|leading|owning|lead)\s*$/i, '');
      const v = inner.trim();
      const vAt = paren.index + 1 + paren[1]!.indexOf(v, label ? label[0].length : 0);
      // ("Send the deck (Ana, Fri)": who, then by when, as a handle and its date are written too.)
      // ("Chase the printer (Tomasz).": a first name alone in brackets, though the minutes never introduced him; not "(Website)",
      // "(Urgent)", "(Monday)".)
      const whole = bracketNamesOwner(v, people) || (CAPITALISED_WORD.test(v) && entryFirstName(v));
      // ("(Dana – by 5 Dec)", "(Dana, by Friday)": a dash may part them too, and the deadline is given without its "by".)
      const when = whole ? null : /^(.+?)(?:,|\s[–—-])\s*(\S.{0,30})$/.exec(v);
      const named = whole ? v : when && DATE_WORDS.test(when[2]!) && !DATE_WORDS.test(when[1]!) && (bracketNamesOwner(when[1]!, people) || isFirstName(when[1]!)) ? when[1]! : null;
      if (named !== null) {
        a.owner = isPlaceholderOwner(named) ? null : named;
        a.ownerRange = { start: base + vAt, end: base + vAt + named.length };
        if (named !== v && a.due === null) {
          const d = when![2]!.trim().replace(/^(?:by|before)\s+/i, '');
          const dAt = vAt + v.lastIndexOf(d);
          a.due = d;
          a.dueRange = { start: base + dAt, end: base + dAt + d.length };
        }
      }
    }
  }

  // "Re-order seeds for spring: Owen/Bill.": who, after a colon closing the task.
  const closing = a.owner === null && a.ownerRange === null ? colonOwner(s, people) : null;
  if (closing) {
    const from = closing.colon + s.slice(closing.colon).indexOf(closing.who);
    a.owner = closing.who;
    a.ownerRange = { start: base + from, end: base + from + closing.who.length };
  }
  // Passive with an agent: "... to be circulated by the Clerk".
  if (a.owner === null && a.ownerRange === null && a.source === 'passive') {
    // (Or a role written in lower case: "to be sent by the duty doctor".)
    const named = BY_WHOM.exec(s);
    // ("The hedge to be cut by the contractor by March": a date after the second "by" leaves the role after the first.)
    const by = named && !DATE_WORDS.test(named[1]!) ? { who: named[1]!.replace(/[.,;:]+$/, ''), at: named.index + named[0].length - named[1]!.length } : roleBy(s);
    if (by && !DATE_WORDS.test(by.who) && isAgent(by.who, people)) {
      a.owner = by.who;
      a.ownerRange = { start: base + by.at, end: base + by.at + by.who.length };
    }
  }

  if (a.due === null) {
    readDue(s, base, a, low, fields);
    // ("The zip wire is to be repaired by the contractor in spring": who does it, after "by", is no deadline.)
    if (a.dueRange && a.ownerRange && a.dueRange.start === a.ownerRange.start) {
      a.due = null;
      a.dueRange = null;
    }
  }
}

/** "by the duty doctor on the day": "by the", then up to three words of which the last is a role; who, and where it starts. */
function roleBy(s: string): { who: string; at: number } | null {
  const m = /\bby\s+(the\s+([a-z-]+)(?:\s+([a-z-]+))?(?:\s+([a-z-]+))?)/.exec(s);
  // ("A report to be brought by officers to the next meeting": a body of people, without "the".)
  const bare = m ? null : /\bby\s+(officers|staff|members|volunteers|trustees|governors|councillors|directors|contractors)\b/.exec(s);
  if (bare) return { who: bare[1]!, at: bare.index + bare[0].length - bare[1]!.length };
  if (!m) return null;
  for (let k = 2; k <= 4 && m[k]; k++) {
    if (ROLE_WORDS.has(m[k]!)) return { who: 'the ' + m.slice(2, k + 1).join(' '), at: m.index + m[0].length - m[1]!.length };
  }
  return null;
}

/** Punctuation inside a date: the comma before its year ("December 9, 2025") and an abbreviated month's full stop ("Dec. 9"). */
const DATE_PUNCT = /(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))\.(?=\s*\d)|(?<=\d(?:st|nd|rd|th)?),(?=\s*(?:19|20)\d\d\b)/g;
// ("prior to the next meeting"; "by no later than 31 January" reads from its date.)
const DUE_BY = /\b(?:(?:by\s+)?(?:no|not)\s+later\s+than|by|before|prior\s+to|ahead\s+of|in\s+advance\s+of|in\s+time\s+for)\s+/gi;
const PARTICIPLE_BEFORE = /(?:^|\s)(?!(?:the|a|an|its|their|his|her|our|your|this|that|any|start|begin|finish|complete|stop)\s)\S+\s+(?:[a-z]+ing(?:\s+due)?)\s+$/i;
const DUE_STOP = /\s*(?:[.;,()|!?]|\s[—–-]\s|\s+(?:at\s+the\s+latest|by|before|and|so|about|to|for|if|with|regarding|re|because|as|when|unless|which|who|where|once|so\s+that|in\s+order|on\s+behalf|at\s+the\s+request|within)\b|\s+(?!(?:morning|evening|beginning|meeting|spring|opening|closing|sitting|briefing|hearing|planning|building|funding)\b)[a-z]+ing\b(?!\s+(?:season|period|date|day|week|month|deadline|window|time|term)\b))/i;

/**
 * The deadline of a task whose sentence runs on to the next line, as text pasted from a PDF wraps it ("The Deputy
 * Town Clerk to submit the" / "Council's comments by 16 March."): `s` is the sentence with its line break as a space.
 */
export function readWrappedDue(s: string, base: number, a: FoundAction): void {
  readDue(s, base, a, s.toLowerCase(), false);
}

const DUE_IN_TARGET = new RegExp(`^in\\s+(?:(?:${MONTHS})\\b|(?:the\\s+)?(?:spring|summer|autumn|fall|winter|new\\s+year)\\b|\\d{4}\\b)`, 'i');
const TRAILING_DATE = new RegExp(
  `\\((?:by\\s+|due\\s+|before\\s+)?((?:(?:${WEEKDAYS})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+(?:${MONTHS})\\.?)?)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?(?:\\s+\\d{4})?|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|eod|eow|end\\s+of\\s+(?:the\\s+)?(?:day|week|month)|next\\s+(?:week|meeting)))\\)\\s*[.;]?\\s*$`,
  'i',
);
/** A word that holds a number after a letter or a hyphen ("v05", "-05", "zone2"), but a quarter ("Q3"). */
const NUMBER_IN_WORD = /(?<!\S)(?![Qq][1-4]\b)[A-Za-z-][^\s\d]*\d\S*/g;
/** Does a part read as a date, a number inside a word set aside ("Fri 12th", not "v05 of zone-hints")? */
const readsAsDate = (v: string): boolean => DATE_WORDS.test(v.replace(NUMBER_IN_WORD, ' '));
/** After an event's noun, a phrase about it and the verb of a clause: " for the green are ordered", " is held". */
const CLAUSE_GOES_ON = /^(?:\s+(?:for|of|in|on|at|to|from|with)\s+[^.;,]{1,40}?)?\s+(?:is|are|was|were|has|have|had|be|been|will|can|could|would|gets?|goes|go)\b/i;
/** "due 15 March", "due by Friday": the date after "due", up to a mark that ends it or a spaced dash. */
const DUE_WORD = /\bdue\s+(?:by\s+|on\s+|date\s+)?((?:(?!\s[–—-]\s)[^.;,()[\]|:])+)/i;
/** "deadline 1 April", "ETA next Tuesday": likewise. */
const DEADLINE_WORD = /\b(?:deadline|eta)\s+(?:is\s+|of\s+)?((?:(?!\s[–—-]\s)[^.;,()|])+)/i;
/** What "by" measures when it says how much, not when: "by 10%", "by £5,000", "by 2.5 per cent", "by half", "by 3 votes" (not "by half term"). */
const BY_HOW_MUCH =
  /^(?:(?:about|around|roughly|approximately|some|up\s+to|at\s+least|a\s+further|another|an\s+extra|a\s+total\s+of)\s+)?(?:[£$€]\s?\d|\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b|pc\b|percentage\s+points?\b|points?\b|votes?\b|k\b|bn\b|m\b|million\b|billion\b|thousand\b|hundred\b|metres?\b|meters?\b|feet\b|ft\b|miles?\b|km\b|cm\b|mm\b|kg\b|tonnes?\b|tons?\b|units?\b|places?\b|seats?\b|posts?\b|pounds\b|dollars\b|euros\b)|(?:(?:one|a)\s+)?(?:half|third|quarter|fifth|tenth)(?:\s+again)?$|(?:two|three)\s+(?:thirds|quarters|fifths)$)/i;

/** A body and when it sits, after "by" or "before": "the Board at its next meeting", "full Council in March". */
const BODY_THEN_WHEN = new RegExp(String.raw`^(?:the\s+)?(?:full\s+|main\s+|whole\s+)?(?:board|committee|sub-committee|council|cabinet|panel|members|trustees|directors|governors|executive|commission|assembly|senate|congregation|membership|shareholders|vestry|synod|pcc)(?:\s+of\s+(?:directors|trustees|governors))?(?:\s+(?:at|in|on|when)\b|\s*$)`, 'i');
function readDue(s: string, base: number, a: FoundAction, low = s.toLowerCase(), fields = true): void {
  const f = fields ? fieldValue(s, DUE_FIELD, base) : null;
  if (f) {
    a.due = f.value;
    a.dueRange = f.range;
    return;
  }
  // ("[Due 15/1]": the bracket closes the deadline.)
  // ("due end of month — owner TBD": a spaced dash ends it too.)
  const dueWord = low.includes('due') ? DUE_WORD.exec(s) : null;
  // ("Training is due for two trustees ..." and "due to the delay" say nothing of when; "The renewal is due in January: Bob
  // to get quotes" says when something else falls, a target, not the task's deadline.)
  // ("invoices falling due within 30 days" is when the invoices fall due, not when the task is.)
  if (dueWord && DATE_WORDS.test(dueWord[1]!) && !/\b(?:fall(?:s|ing)?|fell|becom(?:e|es|ing)|became)\s+$/i.test(s.slice(Math.max(0, dueWord.index - 12), dueWord.index)) && !/^(?:to|for|from|with)\b/i.test(dueWord[1]!) && !DUE_IN_TARGET.test(dueWord[1]!)) {
    const v = dueWord[1]!.trim().replace(/[.\s]+$/, '');
    const at = dueWord.index + dueWord[0].indexOf(dueWord[1]!);
    a.due = v;
    a.dueRange = { start: base + at, end: base + at + v.length };
    return;
  }
  // "..., deadline 1 April", "(deadline Friday)", "ETA next Tuesday": the date after the word.
  const deadline = low.includes('deadline') || low.includes('eta') ? DEADLINE_WORD.exec(s) : null;
  if (deadline && DATE_WORDS.test(deadline[1]!) && !/^(?:to|for|from|with|was|has|had|will|and)\b/i.test(deadline[1]!)) {
    const v = deadline[1]!.trim().replace(/[.\s]+$/, '');
    const at = deadline.index + deadline[0].lastIndexOf(deadline[1]!);
    a.due = v;
    a.dueRange = { start: base + at, end: base + at + v.length };
    return;
  }
  // "runbook for the upgrade (Fri)", "(31 Oct)", "(by 2025-12-01)": a date alone in brackets ending the task.
  const paren = /\)[.;]?\s*$/.test(s) ? TRAILING_DATE.exec(s) : null;
  if (paren) {
    const at = paren.index + paren[0].indexOf(paren[1]!);
    a.due = paren[1]!;
    a.dueRange = { start: base + at, end: base + at + paren[1]!.length };
    return;
  }
  // "two weeks before the meeting", "10 days after the AGM": kept whole.
  const relative =
    low.includes('before') || low.includes('after') || low.includes('ahead') || low.includes('prior')
      ? /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?:working\s+)?(?:days?|weeks?|months?)\s+(?:before|after|ahead\s+of|prior\s+to)\s+[^.;,()|]+/i.exec(s)
      : null;
  if (relative) {
    const v = relative[0].replace(/[.\s]+$/, '');
    a.due = v;
    a.dueRange = { start: base + relative.index, end: base + relative.index + v.length };
    return;
  }
  let within = low.includes('within') ? /\bwithin\s+[^.;,()|]+/i.exec(s) : null;
  // "an alert for certs expiring within 14 days", "invoices falling due within 30 days": the time belongs to the noun
  // before it, not to the task ("the filing within 14 days" is the task's).
  // ("provide figures on readmissions within 30 days": likewise a noun's, after "on", "of" or "about"; not a name's, "file
  // the forms with the Registrar of Companies within 30 days".)
  const beforeWithin = within ? s.slice(Math.max(0, within.index - 40), within.index) : '';
  if (within && (PARTICIPLE_BEFORE.test(beforeWithin) || /\b(?:[Oo]n|[Oo]f|[Aa]bout)\s+(?:the\s+)?[a-z][\w'’-]*\s+$/.test(beforeWithin))) within = null;
  // Every deadline phrase below holds "by", "before", "later", "ahead", "advance", "prior" or "time" ("in time for").
  if (!within && !low.includes('by') && !low.includes('before') && !low.includes('later') && !low.includes('ahead') && !low.includes('advance') && !low.includes('time') && !low.includes('prior')) return;
  DUE_BY.lastIndex = 0;
  let m: RegExpExecArray | null;
  // ("December 9, 2025" and "Dec. 9" are one date: that comma and full stop end nothing.) Masked once for the whole
  // sentence, not once per "by": the text after each is a suffix of it, and what precedes that suffix (the white space
  // DUE_BY ends in) cannot change what the patterns see, so the masked suffix is the suffix masked.
  let masked: string | undefined;
  while ((m = DUE_BY.exec(s))) {
    if (within && within.index < m.index) break;
    const from = m.index + m[0].length;
    const rest = s.slice(from);
    masked ??= s.replace(/\.(?=\d)/g, '·').replace(DATE_PUNCT, (p) => '·'.repeat(p.length));
    // "by 31 March at noon" keeps "at noon"? No: a deadline is the date; what follows is another clause.
    const stop = DUE_STOP.exec(masked.slice(from));
    let v = rest.slice(0, stop ? stop.index : rest.length).trim();
    v = v.replace(/[.\s]+$/, '');
    if (!v || v.length > 50) continue;
    if (/^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Clerk|Council|Committee|Chair|Officers?|Councillor|Cllr)\b/.test(v) && !DATE_WORDS.test(v.replace(/\b(?:Committee|Council)\b/g, ''))) continue;
    // ("to place a status report before the Board at its next meeting", "... to be approved by the Council at its next
    // meeting": a body before whom something is put, or who does it; when names the meeting, a target, not a deadline.
    // Not "before the Board meeting on 5 May", the meeting itself.)
    if (BODY_THEN_WHEN.test(v)) continue;
    // After "by" a phrase may name who ("by the Clerk"), so it must read as a time; after "before" or "ahead of" an
    // event will do ("before the switch", "ahead of the launch"), but not a clause ("before it is published").
    // (Nor one whose verb comes after a phrase about it: "before the new benches for the green are ordered".)
    const eventual = !/^by\b/i.test(m[0]) && /^(?:the|a|an|next|our|its|their)\s+\S/i.test(v) && !/\b(?:is|are|was|were|has|have|had|be|been|will|can|could|would)\b/i.test(v) && !CLAUSE_GOES_ON.test(rest.slice(v.length));
    if (!eventual && !DATE_WORDS.test(v) && !/^(?:rc|v|beta|alpha)\d/i.test(v)) continue;
    // After "by" the phrase ends in its time ("by the end of the year", "by Friday 21 Feb"): "by year group" is a way of
    // splitting something, not a deadline; "by the next FGB" names the next meeting.
    if (/^by\b/i.test(m[0]) && !DATE_WORDS.test(v.slice(v.lastIndexOf(' ') + 1)) && !/^(?:the\s+)?next\s/i.test(v)) continue;
    if (/^(?:email|post|phone|letter|hand)\b/i.test(v)) continue;
    // ("Clerk to reduce the budget by 10%", "increase the reserve by £5,000", "cut the grant by half": by how much.)
    if (/^by\b/i.test(m[0]) && BY_HOW_MUCH.test(v)) continue;
    a.due = v;
    a.dueRange = { start: base + from, end: base + from + v.length };
    return;
  }
  if (within) {
    const v = within[0].replace(/[.\s]+$/, '');
    a.due = v;
    a.dueRange = { start: base + within.index, end: base + within.index + v.length };
  }
}
