/**
 * The Minutes language service: turns the model into LSP data types. It knows
 * nothing of the connection and does no IO; every LSP handler is a one-line
 * call into it (see lsp/server.ts).
 */
import { fromRoman, toRoman } from '../model/numbering';
import {
  CodeAction,
  CodeActionKind,
  CompletionItem,
  CompletionItemKind,
  Diagnostic,
  DiagnosticSeverity,
  DocumentSymbol,
  FoldingRange,
  FoldingRangeKind,
  Hover,
  InsertTextFormat,
  MarkupKind,
  Position,
  Range as LspRange,
  SymbolKind,
  TextEdit,
} from 'vscode-languageserver-types';
import type { Action, AgendaItem, GarbledRun, MinutesDocument, Outcome, Range, Section } from '../model/syntax';
import { allItems, readableTitle } from '../model/syntax';
import { LETTERS, MARKS } from '../model/lexicon';
import { CORRESPONDENCE_TITLE, MID_SENTENCE_END, mentionedPeople, rowOutcomeCell } from '../model/parse';
import { ownerFieldReader, sentences } from '../model/language';
import { eolOf, lineEndFrom, lineStartBefore } from '../model/text';
import { docsUrl, runRules, type RuleSettings, type Severity } from '../rules';
import type { Parsed } from './documents';

export interface ServiceOptions {
  /** The client can take snippets in completions. */
  readonly snippets: boolean;
  /** The client renders Markdown in hovers. */
  readonly markdown: boolean;
}

export interface Settings {
  readonly rules: RuleSettings;
}

export const DEFAULT_SETTINGS: Settings = { rules: {} };

export interface LanguageService {
  diagnostics(doc: Parsed, settings?: Settings): Diagnostic[];
  documentSymbols(doc: Parsed): DocumentSymbol[];
  foldingRanges(doc: Parsed): FoldingRange[];
  completions(doc: Parsed, position: Position): CompletionItem[];
  hover(doc: Parsed, position: Position): Hover | null;
  codeActions(doc: Parsed, range: LspRange, diagnostics: readonly Diagnostic[]): CodeAction[];
}

export function createLanguageService(options: ServiceOptions): LanguageService {
  return {
    diagnostics: (doc, settings = DEFAULT_SETTINGS) => diagnostics(doc, settings),
    documentSymbols,
    foldingRanges,
    completions: (doc, position) => completions(doc, position, options),
    hover: (doc, position) => hover(doc, position, options),
    codeActions,
  };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

// A plain literal: LspRange.create validates its arguments, which shows when a long document has thousands of findings.
const range = (doc: Parsed, r: Range): LspRange => ({ start: doc.text.positionAt(r.start), end: doc.text.positionAt(r.end) });

// ---------------------------------------------------------------- diagnostics

/** One description object per rule, shared by its diagnostics: a long document has thousands. */
const descriptions = new Map<string, { href: string }>();
const description = (code: string): { href: string } => {
  let d = descriptions.get(code);
  if (!d) descriptions.set(code, (d = { href: docsUrl(code) }));
  return d;
};

function diagnostics(doc: Parsed, settings: Settings): Diagnostic[] {
  return runRules(doc.model, settings.rules).map((f) => ({
    range: range(doc, f.range),
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: description(f.code),
    source: 'minutes',
    message: f.message,
  }));
}

// ---------------------------------------------------------------- symbols

const oneLine = (s: string, max = 80): string => {
  const t = s.replace(/[\s\u00a0]+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

/** The item's name as the Outline shows it: its title, with its number where the minutes give one. */
export function itemName(it: AgendaItem): string {
  const title = oneLine(readableTitle(it.title));
  if (it.number && !title.startsWith(it.number.replace(/\.$/, ''))) return numberBefore(it.number, ' ') + title;
  return title;
}

/** A minute's number as it stands before a title: a reference bare ("25/039 "), a number or letter with a full stop ("6. "). */
function numberBefore(n: string, sep: string): string {
  return n.includes('/') ? `${n}${sep}` : `${n}.${sep}`;
}

function actionName(a: Action): string {
  return `${a.owner ?? 'unassigned'}: ${oneLine(a.text, 60)}`;
}

function documentSymbols(doc: Parsed): DocumentSymbol[] {
  const m = doc.model;
  const children: DocumentSymbol[] = [];
  for (const b of m.blocks) {
    if (b.type === 'item') children.push(itemSymbol(doc, b));
    else if (b.type === 'section' && b.kind !== 'closing' && b.titleRange) children.push(sectionSymbol(doc, b));
  }
  const whole = LspRange.create(doc.text.positionAt(0), doc.text.positionAt(m.text.length));
  const titleEnd = m.header.range.end > 0 ? Math.min(m.text.search(/\r|\n|$/), m.header.range.end) : 0;
  const meeting: DocumentSymbol = {
    name: oneLine(m.header.title ?? 'Meeting') || 'Meeting',
    detail: m.header.date ?? '',
    kind: SymbolKind.Namespace,
    range: whole,
    selectionRange: range(doc, { start: 0, end: Math.max(0, titleEnd) }),
    children,
  };
  return [meeting];
}

function itemSymbol(doc: Parsed, it: AgendaItem): DocumentSymbol {
  const kids: Array<{ at: number; sym: DocumentSymbol }> = [];
  const inBlocks = (r: Range) => it.resolutions.some((b) => r.start >= b.range.start && r.end <= b.range.end);
  for (const mo of it.motions) {
    const who = [mo.mover && `moved ${mo.mover}`, mo.seconder && `seconded ${mo.seconder}`].filter(Boolean).join(', ');
    kids.push({ at: mo.range.start, sym: { name: `Motion${mo.result ? ` ${mo.result}` : ''}`, detail: who, kind: SymbolKind.Event, range: range(doc, mo.range), selectionRange: range(doc, mo.range) } });
  }
  for (const b of it.resolutions) {
    const word = b.unresolved ? 'UNRESOLVED' : 'RESOLVED';
    if (b.resolutions.length === 0) {
      kids.push({ at: b.range.start, sym: { name: word, kind: SymbolKind.EnumMember, range: range(doc, b.range), selectionRange: range(doc, b.keyword) } });
    }
    for (const r of b.resolutions) {
      const name = `${word}${r.label ? ' ' + r.label : ''}: ${oneLine(r.text, 60)}`;
      kids.push({ at: r.range.start, sym: { name, kind: SymbolKind.EnumMember, range: range(doc, r.range), selectionRange: range(doc, r.range) } });
    }
  }
  // Outcomes outside RESOLVED blocks and motions: "Members noted the report", "Agreed: ...", "Decision: ...".
  for (const o of it.outcomes) {
    if (inBlocks(o.range) || it.motions.some((mo) => o.range.start >= mo.range.start && o.range.end <= mo.range.end)) continue;
    if (o.range.start < it.titleRange.end && o.range.start >= it.titleRange.start && o.kind !== 'response') continue;
    const line = lineAround(doc.model.text, o.range);
    // The words that record it: its line without a list's bullet, or, in a table's row, its cell; on the title's line,
    // what follows the title ("1. Minutes of last meeting – accepted as a true record.": "accepted as a true record.").
    const onTitleLine = line.start <= it.titleRange.start && o.range.start >= it.titleRange.end;
    const words = onTitleLine
      ? doc.model.text.slice(it.titleRange.end, line.end).replace(/^(?:\*\*|__)?[\s\u00a0]*(?:[–—:-][\s\u00a0]*)?/, '')
      : doc.model.text.slice(line.start, line.end).replace(/^[\s\u00a0]*(?:[-*+•·]|\d{1,2}[.)])[\s\u00a0]+/, '');
    const cell = /\|/.test(words) ? cellAround(doc.model.text, o.range) : null;
    // (In a paragraph of several sentences, the one that records it: "Members noted the update." after the discussion, not
    // the paragraph's first words.)
    const ss = cell || onTitleLine ? [] : sentences(doc.model.text, line.start, line.end);
    const own = ss.length > 1 ? ss.find((x, k) => k > 0 && o.range.start >= x.start && o.range.start < x.end) : undefined;
    const shown = (cell ? doc.model.text.slice(cell.start, cell.end) : own ? doc.model.text.slice(own.start, own.end) : words).replace(/\*\*|__/g, '');
    // ("Decision: ship it" is named so already.)
    const named = shown.replace(/^[\s*_]+/, '').toLowerCase().startsWith(o.kind) ? oneLine(shown.replace(/^[\s*_]+/, ''), 60) : `${cap(o.kind)}: ${oneLine(shown, 60)}`;
    kids.push({ at: o.range.start, sym: { name: named, kind: SymbolKind.EnumMember, range: range(doc, line), selectionRange: range(doc, o.range) } });
  }
  for (const a of it.actions) {
    kids.push({ at: a.range.start, sym: { name: actionName(a), detail: a.due ? `due ${a.due}` : '', kind: SymbolKind.Function, range: range(doc, a.range), selectionRange: range(doc, a.range) } });
  }
  for (const c of it.children) kids.push({ at: c.range.start, sym: itemSymbol(doc, c) });
  kids.sort((x, y) => x.at - y.at);
  const detail = it.procedural ? 'procedural' : it.container ? '' : it.outcome ? it.outcome : 'no outcome recorded';
  return { name: itemName(it) || 'Agenda item', detail, kind: SymbolKind.Class, range: range(doc, trimEnd(doc.model.text, it.range)), selectionRange: range(doc, it.titleRange), children: kids.map((k) => k.sym) };
}

function sectionSymbol(doc: Parsed, s: Section): DocumentSymbol {
  const kids: Array<{ at: number; sym: DocumentSymbol }> = s.actions.map((a) => ({
    at: a.range.start,
    sym: { name: actionName(a), detail: a.due ? `due ${a.due}` : '', kind: SymbolKind.Function, range: range(doc, a.range), selectionRange: range(doc, a.range) },
  }));
  if (s.decisions.length) {
    const decides = decidedItems(doc.model);
    for (const d of s.decisions) {
      const about = decides.get(d);
      kids.push({ at: d.range.start, sym: { name: `Decision: ${oneLine(doc.model.text.slice(d.range.start, d.range.end), 60)}`, detail: about ? itemName(about) : '', kind: SymbolKind.EnumMember, range: range(doc, d.range), selectionRange: range(doc, d.range) } });
    }
    kids.sort((x, y) => x.at - y.at);
  }
  const children = kids.map((k) => k.sym);
  return { name: oneLine(s.title ?? s.kind), detail: s.kind, kind: SymbolKind.Namespace, range: range(doc, trimEnd(doc.model.text, s.range)), selectionRange: range(doc, s.titleRange!), children };
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

function lineAround(text: string, r: Range): Range {
  return { start: lineStartBefore(text, r.start), end: lineEndFrom(text, r.end) };
}

/** The table cell around r: from the "|" before it to the "|" after it, on its line. */
function cellAround(text: string, r: Range): Range {
  let s = r.start;
  while (s > 0 && text[s - 1] !== '|' && text[s - 1] !== '\n' && text[s - 1] !== '\r') s--;
  let e = r.end;
  while (e < text.length && text[e] !== '|' && text[e] !== '\n' && text[e] !== '\r') e++;
  return { start: s, end: e };
}

/** A range without its trailing blank lines, so that symbols and folds end on the item's last words. */
function trimEnd(text: string, r: Range): Range {
  let e = r.end;
  while (e > r.start && /[\s\u00a0\ufeff]/.test(text[e - 1]!)) e--;
  return { start: r.start, end: Math.max(r.start, e) };
}

// ---------------------------------------------------------------- folding

function foldingRanges(doc: Parsed): FoldingRange[] {
  const out: FoldingRange[] = [];
  const text = doc.model.text;
  const add = (r: Range, kind?: string) => {
    const t = trimEnd(text, r);
    const a = doc.text.positionAt(t.start).line;
    const b = doc.text.positionAt(t.end).line;
    if (b > a) out.push(kind ? { startLine: a, endLine: b, kind } : { startLine: a, endLine: b });
  };
  const m = doc.model;
  if (m.header.range.end > 0) add(m.header.range, FoldingRangeKind.Region);
  const item = (it: AgendaItem) => {
    add(it.range);
    // Sections of an item: RESOLVED blocks, action lists, supporting documents.
    let run: { kind: string; start: number; end: number } | null = null;
    const flush = () => {
      if (run) add(run);
      run = null;
    };
    for (const p of it.parts) {
      if (p.kind === 'resolution' || p.kind === 'actions' || p.kind === 'supporting') {
        if (run && run.kind === p.kind) run.end = p.range.end;
        else {
          flush();
          run = { kind: p.kind, start: p.range.start, end: p.range.end };
        }
      } else if (p.kind !== 'blank') flush();
    }
    flush();
    it.children.forEach(item);
  };
  for (const b of m.blocks) {
    if (b.type === 'item') item(b);
    else if (b.type === 'section') add(b.range);
  }
  return out;
}

// ---------------------------------------------------------------- completion

interface Snip {
  label: string;
  detail: string;
  body: string;
  plain: string;
}

/** Where an owner or a mover goes, and what is typed of the name so far, a title perhaps first (group 1: "Cllr O"). */
const NAME_SLOT = new RegExp(
  String.raw`(?:\b(?:moved|seconded|proposed)\s+by|\b(?:owner|responsible|action\s+by|assigned\s+to)\s*:|\(owner:|^\s*(?:[-*•·]\s+)?(?:\[ \]\s+)?)\s*((?:(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Mx|Dr|Revd|Prof)\.?\s+)?@?[${LETTERS}${MARKS}0-9_.'’-]*)$`,
  'iu',
);

function completions(doc: Parsed, position: Position, options: ServiceOptions): CompletionItem[] {
  const m = doc.model;
  const offset = doc.text.offsetAt(position);
  const lineStart = doc.text.offsetAt({ line: position.line, character: 0 });
  const before = m.text.slice(lineStart, offset);
  const eol = eolOf(m.text);

  // Where an owner or a mover goes: names of people the document already mentions.
  // (What is typed of the name may hold any language's letters: "Moved by Cllr Ó".)
  const nameSlot = NAME_SLOT.exec(before);
  const people = peopleOf(m);
  const out: CompletionItem[] = [];
  if (nameSlot && (nameSlot[0].trim() !== '' || before.trim() === '')) {
    const typed = nameSlot[1] ?? '';
    const wantHandles = typed.startsWith('@');
    const isSlot = /by|:/i.test(nameSlot[0]);
    for (const p of people) {
      if (wantHandles !== p.startsWith('@')) continue;
      if (!isSlot && !wantHandles) continue;
      out.push({
        label: p,
        kind: CompletionItemKind.Value,
        detail: 'mentioned in these minutes',
        sortText: `0${p}`,
        textEdit: TextEdit.replace(LspRange.create(doc.text.positionAt(offset - typed.length), position), p),
      });
    }
    if (isSlot || wantHandles) return out;
  }

  // Snippets are offered where a new line starts (or its first word is being typed).
  if (!/^\s*[\w*#]*$/.test(before)) return out;
  const typedWord = /[\w*#]*$/.exec(before)![0];
  const item = itemAt(m, offset);
  const snippets = [...topLevelSnippets(m, eol)];
  if (item) snippets.unshift(...itemSnippets(m, item, eol));
  for (const [i, s] of snippets.entries()) {
    out.push({
      label: s.label,
      kind: CompletionItemKind.Snippet,
      detail: s.detail,
      sortText: String(i).padStart(3, '0'),
      filterText: s.label,
      insertTextFormat: options.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: TextEdit.replace(LspRange.create(doc.text.positionAt(offset - typedWord.length), position), options.snippets ? s.body : s.plain),
    });
  }
  return out;
}

/** People the minutes name: attendance first, then mentions and owners. */
function peopleOf(m: MinutesDocument): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (n: string | null) => {
    if (!n) return;
    const t = n.trim();
    if (t && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  };
  m.people.forEach(add);
  for (const a of m.actions) add(a.owner);
  mentionedPeople(m.text).forEach(add);
  return out.slice(0, 200);
}

function itemAt(m: MinutesDocument, offset: number): AgendaItem | null {
  let found: AgendaItem | null = null;
  const walk = (items: readonly AgendaItem[]) => {
    for (const it of items) {
      if (offset >= it.range.start && (offset < it.range.end || (offset === it.range.end && offset === m.text.length))) {
        found = it;
        walk(it.children);
      }
    }
  };
  walk(m.items);
  return found;
}

/**
 * The next minute number in the document's own numbering ("25/039" after "25/038", "32/26" after "30/26" and "31/26",
 * "6" after "5.", "VII" after "VI").
 */
function nextNumber(m: MinutesDocument): string {
  const top = m.items.filter((it) => it.number).map((it) => it.number!);
  const last = top[top.length - 1];
  if (!last) return String(m.items.length + 1);
  if (last.includes('/') && /\d$/.test(last)) {
    // The reference's runs of digits at the odd places; the last goes on, or the one that changed from the item before
    // ("25/26" … "31/26": the minute's number, then the year's).
    const parts = last.split(/(\d+)/);
    const prev = top.length > 1 ? top[top.length - 2]!.split(/(\d+)/) : null;
    const changed = prev && prev.length === parts.length ? parts.findIndex((p, i) => i % 2 === 1 && p !== prev[i]) : -1;
    const k = changed >= 0 ? changed : parts.length - 2;
    parts[k] = String(Number(parts[k]) + 1).padStart(parts[k]!.length, '0');
    return parts.join('');
  }
  if (/^\d+$/.test(last)) return String(Number(last) + 1);
  if (/^[IVXLC]+$/.test(last)) return toRoman(fromRoman(last) + 1);
  if (/^[A-Z]$/.test(last)) return String.fromCharCode(last.charCodeAt(0) + 1);
  return String(top.length + 1);
}



/** A snippet as plain text, for clients without snippet support: placeholders keep their text, choices their first option. */
function plainText(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|}]*)[^}]*\}/g, '$1')
    .replace(/\$\d+/g, '');
}

/** A heading for a new item, in the document's own style, as a snippet. */
function heading(m: MinutesDocument, title: string, eol: string, body: string): string {
  const n = nextNumber(m);
  const numbered = m.items.some((it) => it.number);
  const sep = m.items.some((it) => /\t/.test(it.title)) ? '\t' : ' ';
  let num = numbered ? numberBefore(n, sep) : '';
  // As the last numbered title writes its number: "Item 9<TAB>...", "Agenda Point 5: ...", "MIN. 04/26 – ...".
  const last = [...m.items].reverse().find((it) => it.number);
  const at = last && last.number ? last.title.indexOf(last.number) : -1;
  if (last && at >= 0 && at <= 20) {
    const after = /^[.:)]?(?:[ \t\u00a0]*[–—-][ \t\u00a0]+|[ \t\u00a0]+)/.exec(last.title.slice(at + last.number!.length));
    if (after) num = last.title.slice(0, at) + n + after[0];
  }
  // ("TM/26/14" / "Draft Schedule of Works", "Minute No. 101" / "Apologies": the number on a line of its own, over the title.)
  const own = last ? last.parts.find((p) => p.kind === 'number') : undefined;
  if (last && own && at < 0) {
    const written = m.text.slice(own.range.start, own.range.end).trim();
    const k = written.indexOf(last.number!);
    if (k >= 0) num = written.slice(0, k) + n + written.slice(k + last.number!.length) + eol;
  }
  switch (m.style) {
    case 'moderngov':
      return `Agenda item${eol}${eol}${num}${title}${eol}${eol}Minutes:${eol}${eol}${body}`;
    case 'markdown':
      return `${'#'.repeat(Math.max(2, markdownDepth(m)))} ${numbered ? `${n}. ` : ''}${title}${eol}${eol}${body}`;
    default:
      return numbered ? `${num}${title}${eol}${body}` : `${title}:${eol}${body}`;
  }
}

function markdownDepth(m: MinutesDocument): number {
  const it = m.items[0];
  if (!it) return 2;
  const line = m.text.slice(it.range.start, it.titleRange.start);
  const h = /^(#+)/.exec(line.trimStart());
  return h ? h[1]!.length : 2;
}

function topLevelSnippets(m: MinutesDocument, eol: string): Snip[] {
  const make = (label: string, detail: string, title: string, body: string): Snip => {
    const h = heading(m, title, eol, body);
    return { label, detail, body: h, plain: plainText(h) };
  };
  return [
    make('Agenda item', 'A new agenda item in this document\'s style', '${1:Title}', '$0'),
    make('Apologies', 'Apologies for absence', 'Apologies for absence', 'Apologies were received from ${1:Councillor}.$0'),
    make('Declarations of interest', 'Declarations of interest', 'Declarations of interest', '${1:None.}$0'),
    make('Minutes of the previous meeting', 'Approval of the last minutes', 'Minutes of the previous meeting', 'RESOLVED: That the minutes of the meeting held on ${1:date} be approved as a correct record.$0'),
    make('Date of next meeting', 'Date of the next meeting', 'Date of next meeting', '${1:date}.$0'),
  ];
}

function itemSnippets(m: MinutesDocument, it: AgendaItem, eol: string): Snip[] {
  const out: Snip[] = [];
  const snip = (label: string, detail: string, body: string): Snip => ({ label, detail, body, plain: plainText(body) });
  if (m.style === 'moderngov' && !it.parts.some((p) => p.kind === 'minutes')) out.push(snip('Minutes:', 'The minutes of this item', `Minutes:${eol}${eol}$0`));
  // The next resolution number in the item's own numbering: "1.3" after "1.2", "(c)" after "(b)".
  const labels = it.resolutions.flatMap((b) => b.resolutions.map((r) => r.label).filter((l): l is string => !!l));
  const last = labels[labels.length - 1];
  let next = '1.1';
  if (last) {
    const dec = /^(\d+)\.(\d+)$/.exec(last);
    const let_ = /^\(?([a-z])\)$/.exec(last);
    if (dec) next = `${dec[1]}.${Number(dec[2]) + 1}`;
    else if (let_) next = `(${String.fromCharCode(let_[1]!.charCodeAt(0) + 1)})`;
    else if (/^\d+\.?$/.test(last)) next = `${parseInt(last, 10) + 1}.`;
  } else {
    const itemNo = it.number && /^\d+$/.test(it.number) ? it.number : null;
    next = itemNo ? `${itemNo}.1` : '1.1';
  }
  if (m.style === 'markdown') {
    out.push(snip('Decision', 'Record a decision', `**Decision:** \${1:what was decided}$0`));
    out.push(snip('Action item', 'An action with owner and due date', `- [ ] @\${1:owner} to \${2:task} by \${3:date}$0`));
    out.push(snip('Motion', 'A motion, moved and seconded', `**Motion:** \${1:text}. Moved by \${2:name}, seconded by \${3:name}. \${4|Carried,Failed|}.$0`));
    return out;
  }
  out.push(snip('RESOLVED', `A RESOLVED block (next resolution ${next})`, `RESOLVED:${eol}${eol}${next}\tThat \${1:resolution}.$0`));
  out.push(
    snip(
      'Motion (moved/seconded)',
      'A motion with mover and seconder',
      m.style === 'moderngov' ? `It was MOVED by \${1:Councillor}, SECONDED by \${2:Councillor} and${eol}${eol}RESOLVED: That \${3:resolution}.$0` : `Motion: \${1:text}. Moved by \${2:name}, seconded by \${3:name}. Motion \${4|carried,failed|}.$0`,
    ),
  );
  out.push(
    snip(
      'Action point',
      'An action with owner and due date',
      m.style === 'moderngov' ? `Action Point${eol}${eol}\${1:Owner} to \${2:task} by \${3:date}.$0` : `\${1:Clerk} to \${2:task} by \${3:date}.$0`,
    ),
  );
  out.push(snip('NOTED', 'Record that the item was noted', `\${1:Members} noted the \${2:report}.$0`));
  return out;
}

// ---------------------------------------------------------------- hover

function hover(doc: Parsed, position: Position, options: ServiceOptions): Hover | null {
  const m = doc.model;
  const offset = doc.text.offsetAt(position);
  const action = m.actions.find((a) => offset >= a.range.start && offset <= a.range.end);
  const fmt = (lines: string[]) => (options.markdown ? { kind: MarkupKind.Markdown, value: lines.join('\n\n') } : { kind: MarkupKind.PlainText, value: lines.join('\n').replace(/\*\*|_/g, '') });
  if (action) {
    const it = ownerItem(m, action);
    return {
      contents: fmt([`**Action**`, `Owner: ${action.owner ? action.owner : '_unassigned_'}`, `Due: ${action.due ?? '_no date_'}`, `Agenda item: ${it ? itemName(it) : '_none_'}`]),
      range: range(doc, action.range),
    };
  }
  const item = allItems(m).find((it) => offset >= it.titleRange.start && offset <= it.titleRange.end);
  if (item) {
    const all = [item, ...allItems({ ...m, items: item.children })];
    const actions = all.flatMap((x) => x.actions);
    const unassigned = actions.filter((a) => a.owner === null).length;
    const resolutions = item.resolutions.reduce((n, b) => n + Math.max(1, b.resolutions.length), 0);
    const outcome = item.procedural
      ? 'procedural (no outcome needed)'
      : item.container
        ? 'groups its sub-items'
        : item.outcome === null
          ? '**none recorded**'
          : item.decidedIn && !item.outcomes.length
            ? `${item.outcome} (listed under ${sectionOf(m, item.decidedIn.range)}, line ${doc.text.positionAt(item.decidedIn.range.start).line + 1})`
            : item.outcome;
    return {
      contents: fmt([
        `**${itemName(item)}**`,
        `Outcome: ${outcome}`,
        `Resolutions: ${resolutions} · Motions: ${item.motions.length} · Actions: ${actions.length}${unassigned ? ` (${unassigned} unassigned)` : ''}`,
      ]),
      range: range(doc, item.titleRange),
    };
  }
  // An entry of a "Decisions" section: which item it decides.
  const entry = decisionEntries(m).find((e) => offset >= e.range.start && offset <= e.range.end);
  if (entry) {
    const about = decidedItems(m).get(entry);
    return { contents: fmt([`**Decision**`, `Agenda item: ${about ? itemName(about) : '_not linked: name the item it decides ("Release plan: ...")_'}`]), range: range(doc, entry.range) };
  }
  return null;
}

/** Each "Decisions" entry that decides an item, with that item. */
function decidedItems(m: MinutesDocument): Map<Outcome, AgendaItem> {
  const out = new Map<Outcome, AgendaItem>();
  for (const it of allItems(m)) if (it.decidedIn) out.set(it.decidedIn, it);
  return out;
}

function decisionEntries(m: MinutesDocument): Outcome[] {
  return m.blocks.flatMap((b) => (b.type === 'section' ? b.decisions : []));
}

/** "“Decisions”": the title of the section holding r. */
function sectionOf(m: MinutesDocument, r: Range): string {
  const s = m.blocks.find((b) => b.type === 'section' && r.start >= b.range.start && r.start < b.range.end);
  return s && s.type === 'section' && s.title ? `“${s.title}”` : 'the decisions';
}

function ownerItem(m: MinutesDocument, a: Action): AgendaItem | null {
  let best: AgendaItem | null = null;
  for (const it of allItems(m)) if (a.range.start >= it.range.start && a.range.start < it.range.end) best = it;
  return best;
}

// ---------------------------------------------------------------- quick fixes

function codeActions(doc: Parsed, _range: LspRange, diags: readonly Diagnostic[]): CodeAction[] {
  const out: CodeAction[] = [];
  const m = doc.model;
  const eol = eolOf(m.text);
  for (const d of diags) {
    if (d.source !== 'minutes') continue;
    const start = doc.text.offsetAt(d.range.start);
    if (d.code === 'missing-resolution') {
      const it = allItems(m).find((x) => x.titleRange.start === start);
      if (!it) continue;
      // A row of a table of items: the outcome goes into its row, never as a line that would break the table.
      if (m.text[it.range.start] === '|' || /^[ \t]*\|/.test(m.text.slice(it.range.start, it.titleRange.start))) {
        const cell = rowOutcomeCell(m.text, it.titleRange.start);
        if (!cell) continue;
        const fixes: Array<[string, string]> =
          cell.column === 'decision'
            ? [
                ['Record the decision in the table', '[what was decided]'],
                ['Record that the item was noted', 'Noted.'],
              ]
            : [['Record that the item was noted', 'Noted.']];
        fixes.forEach(([title, text], i) => out.push(insertFix(doc, d, title, cell.at, cell.before + text + cell.after, i === 0)));
        continue;
      }
      // A row of a table set out with tabs, as Word exports one ("2. Premises<TAB>Roof survey due.<TAB>..."): the noting goes
      // at the end of the row's text cell, so the table stays a table. That cell is the one after the title's, or the title's
      // own where it holds the item's text too ("4<TAB>Open day – posters and a banner.<TAB>P. Shah").
      const rowRest = m.text.slice(it.titleRange.end, lineEndFrom(m.text, it.titleRange.end));
      const ownCell = rowRest.indexOf('\t');
      if (ownCell === 0 || (ownCell > 0 && /\S/.test(rowRest.slice(0, ownCell)))) {
        const lead = rowRest.length - rowRest.replace(/^\t+/, '').length;
        const cellStart = it.titleRange.end + lead;
        const tab = rowRest.indexOf('\t', lead);
        let cellEnd = tab < 0 ? it.titleRange.end + rowRest.length : it.titleRange.end + tab;
        while (cellEnd > cellStart && /[ \u00a0]/.test(m.text[cellEnd - 1]!)) cellEnd--;
        out.push(insertFix(doc, d, 'Record that the item was noted', cellEnd, cellEnd > cellStart ? ' Noted.' : 'Noted.', true));
        continue;
      }
      const at = endOfItemText(m.text, it);
      const body = bodyWord(m);
      // Notes that indent a topic's text under its title, with no blank line before the next topic: the new lines are
      // indented as the text is, so the next topic still stands at the margin.
      const indent = indentUnder(m.text, it, at);
      const fixes: Array<[string, string]> =
        m.style === 'markdown'
          ? [
              ['Add a decision', `**Decision:** [what was decided]`],
              ['Record that the item was noted', `Noted.`],
            ]
          : [
              ['Add a RESOLVED block', `RESOLVED:${eol}${indent ?? ''}That [resolution].`],
              // ("The Council noted the correspondence.": what a correspondence item lists is not a report.)
              ['Record that the item was noted', `${body} noted the ${CORRESPONDENCE_TITLE.test(it.title) ? 'correspondence' : 'report'}.`],
            ];
      // An item that is a list's entry with its text as entries under it ("- **Pricing page**" / "  - no agreement yet",
      // an outliner's "<TAB>- ### 2. Pricing page" / "<TAB><TAB>- ..."): the outcome is one more entry, as deep as the last.
      const entry = listEntryUnder(m.text, it, at);
      if (entry !== null) {
        fixes.forEach(([title, text], i) => out.push(insertFix(doc, d, title, at, `${eol}${entry}${text.replace(/(?:\r\n?|\n)[ \t]*/g, ' ')}`, i === 0)));
        continue;
      }
      fixes.forEach(([title, text], i) => out.push(insertFix(doc, d, title, at, indent !== null ? `${eol}${indent}${text}` : `${eol}${eol}${text}`, i === 0)));
    } else if (d.code === 'mis-encoded-text') {
      // Each broken run replaced by the one character it was: a word's letters change back, none is dropped.
      // (Found by the parser: reading the whole text here would copy it, as the editor holds it in pieces.)
      const line = m.garbled.find((g) => g.range.start === start);
      if (!line) continue;
      const here = line.runs;
      const one = here.length === 1 ? `Repair "${here[0]!.garbled}" to "${here[0]!.fixed}"` : `Repair the ${here.length} mis-encoded characters on this line`;
      out.push(replaceFix(doc, d, one, here, true));
      const all = m.garbled.flatMap((g) => g.runs);
      if (all.length > here.length) out.push(replaceFix(doc, d, `Repair all ${all.length} mis-encoded characters in the file`, all, false));
    } else if (d.code === 'unattributed-action') {
      const a = m.actions.find((x) => x.range.start === start);
      if (!a || a.source === 'table') continue;
      const at = ownerInsertionPoint(m.text, a);
      const md = m.style === 'markdown';
      candidates(m).forEach((who, i) => out.push(insertFix(doc, d, `Assign to ${who}`, at, md ? ` (owner: ${who})` : ` (Owner: ${who})`, i === 0)));
    }
  }
  return out;
}

function replaceFix(doc: Parsed, d: Diagnostic, title: string, runs: readonly GarbledRun[], preferred: boolean): CodeAction {
  const edits = runs.map((r) => TextEdit.replace({ start: doc.text.positionAt(r.range.start), end: doc.text.positionAt(r.range.end) }, r.fixed));
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [doc.uri]: edits } } };
}

function insertFix(doc: Parsed, d: Diagnostic, title: string, offset: number, text: string, preferred: boolean): CodeAction {
  const p = doc.text.positionAt(offset);
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: preferred, edit: { changes: { [doc.uri]: [TextEdit.insert(p, text)] } } };
}

/**
 * Where the item's title is a list's entry and the line ending at `at` an entry nested under it: that line's indentation
 * and bullet ("<TAB><TAB>- "), for one more entry; else null.
 */
function listEntryUnder(text: string, it: AgendaItem, at: number): string | null {
  const titleLine = lineStartBefore(text, it.titleRange.start);
  const title = /^([ \t]*)[-*+•][ \t]+/.exec(text.slice(titleLine, it.titleRange.start));
  const lineStart = lineStartBefore(text, at);
  if (!title || lineStart <= titleLine) return null;
  const last = /^([ \t]*)([-*+•])[ \t]+/.exec(text.slice(lineStart, at));
  return last && last[1]!.length > title[1]!.length ? `${last[1]}${last[2]} ` : null;
}

/** The indentation of the line ending at `at`, where the item's title stands at the margin and its text is indented; else null. */
function indentUnder(text: string, it: AgendaItem, at: number): string | null {
  const titleLine = lineStartBefore(text, it.titleRange.start);
  if (text.charCodeAt(titleLine) === 0x20 || text.charCodeAt(titleLine) === 0x09) return null;
  const lineStart = lineStartBefore(text, at);
  if (lineStart <= titleLine) return null;
  const ws = /^[ \t]+/.exec(text.slice(lineStart, at));
  return ws ? ws[0] : null;
}

/** Where an item's own text ends: after its last words, before supporting documents and sub-items. */
function endOfItemText(text: string, it: AgendaItem): number {
  let end = it.titleRange.end;
  for (const p of it.parts) {
    if (p.kind === 'supporting') break;
    if (p.kind === 'blank') continue;
    end = p.range.end;
  }
  for (;;) {
    while (end > it.titleRange.end && /[\s\u00a0\ufeff]/.test(text[end - 1]!)) end--;
    // (A line holding only "<br>", as notes exported from HTML leave the blank line between items, is a blank line: the
    // fix goes before it, so that it still parts this item from the next.)
    const ls = lineStartBefore(text, end);
    if (ls <= it.titleRange.end || !/^[\s\u00a0]*(?:<br\s*\/?>[\s\u00a0]*)+$/i.test(text.slice(ls, end))) break;
    end = ls;
  }
  return end;
}

/**
 * Where the task's sentence ends when the parser read it whole over the lines it wraps onto ("- Update the events page on
 * the" / "  website before the author evening"): its text holds more words than its range, and they stand, in order, on
 * the lines after it. Else the end of its range.
 */
function wrappedEnd(text: string, a: Action): number {
  const own = text.slice(a.range.start, a.range.end).replace(/\s+/g, ' ').trim();
  const whole = a.text.replace(/\s+/g, ' ').trim();
  if (whole.length <= own.length || !whole.startsWith(own)) return a.range.end;
  const rest = whole.slice(own.length).replace(/\s+/g, '');
  let at = a.range.end;
  let end = a.range.end;
  for (let k = 0; k < rest.length; k++) {
    while (at < text.length && /[\s\u00a0]/.test(text[at]!)) at++;
    if (text[at] !== rest[k]) return a.range.end;
    end = ++at;
  }
  return end;
}

/**
 * After the action's words, before its closing full stop: "... future committee (Owner: Clerk)." Where its line stops on
 * a word no sentence ends with and the sentence goes on in small letters on the next ("members asked for the" / "data to
 * be published on the website."), after the sentence there, so the owner stays inside it.
 */
function ownerInsertionPoint(text: string, a: Action): number {
  let end = wrappedEnd(text, a);
  while (end > a.range.start && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  if (MID_SENTENCE_END.test(text.slice(Math.max(a.range.start, end - 8), end))) {
    const le = lineEndFrom(text, end);
    const next = text.startsWith('\r\n', le) ? le + 2 : le + 1;
    const on = le < text.length && text.slice(end, le).trim() === '' ? /^[ \t]*[a-z][^\r\n.!?]*[.!?]/.exec(text.slice(next, next + 300)) : null;
    if (on) end = next + on[0].length;
  }
  if (text[end - 1] === '.') end--;
  return end;
}

function bodyWord(m: MinutesDocument): string {
  const t = m.text.slice(0, 5000);
  for (const w of ['Committee', 'Council', 'Board', 'Cabinet', 'Panel', 'Trustees']) if (new RegExp(`\\b${w}\\b`).test(t)) return `The ${w}`;
  return 'Members';
}

/** Who an action could be assigned to: owners already used in these minutes, then the people present. */
function candidates(m: MinutesDocument): string[] {
  const count = new Map<string, number>();
  // ("Cllr Hart (Chair)", "Bo (backup: Cy)": the name without its bracket, which an owner's field in brackets could not hold.)
  const name = (o: string): string => o.replace(/^the\s+/i, '').replace(/\s*\([^()]*\)$/, '');
  for (const a of m.actions) {
    const who = a.owner ? name(a.owner) : '';
    if (who) count.set(who, (count.get(who) ?? 0) + 1);
  }
  const out = [...count.entries()].sort((x, y) => y[1] - x[1]).map(([k]) => k);
  // (Only names an owner's field reads as someone: "present: the usual crowd" names nobody to assign.)
  const reads = ownerFieldReader(m.people);
  for (const p of m.people) if (!out.includes(p) && reads(p)) out.push(p);
  if (m.style === 'markdown') {
    const handles = out.filter((x) => x.startsWith('@'));
    if (handles.length) return handles.slice(0, 5);
  }
  if (out.length === 0) out.push('Clerk', 'Chair');
  return out.slice(0, 5);
}

