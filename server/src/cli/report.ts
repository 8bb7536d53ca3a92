/**
 * The JSON report of one file (`minutes check --format json`), built from the
 * model and the rules. Lines and characters are 0-based, as in LSP.
 */
import { parse } from '../model/parse';
import { allItems } from '../model/syntax';
import { LineTable } from '../model/text';
import { runRules, type Severity } from '../rules';

export interface Position {
  line: number;
  character: number;
}

export interface FileReport {
  path: string;
  /** Set when the file could not be read; the other fields are then empty. */
  error?: string;
  items: Array<{ title: string; line: number; procedural: boolean; outcome: string | null }>;
  actions: Array<{ line: number; text: string; owner: string | null; due: string | null }>;
  diagnostics: Array<{ code: string; severity: Severity; message: string; range: { start: Position; end: Position } }>;
}

export function analyse(path: string, text: string, disabled: ReadonlySet<string> = new Set()): FileReport {
  const doc = parse(text);
  const lines = new LineTable(text);
  const settings: Record<string, 'off'> = {};
  for (const id of disabled) settings[id] = 'off';
  return {
    path,
    items: allItems(doc).map((it) => ({
      title: it.title.replace(/^#+\s*/, ''),
      line: lines.lineAt(it.titleRange.start),
      procedural: it.procedural,
      outcome: it.container ? null : it.outcome,
    })),
    actions: doc.actions.map((a) => ({ line: lines.lineAt(a.range.start), text: a.text, owner: a.owner, due: a.due })),
    diagnostics: runRules(doc, settings).map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: { start: lines.position(f.range.start), end: lines.position(f.range.end) },
    })),
  };
}
