import type { MinutesDocument, Range } from '../model/syntax';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding, in model terms: offsets, not LSP positions. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
}

export type Report = (range: Range, message: string) => void;

/** One check: its stable id, what it asks of minutes, and how it looks. */
export interface Rule {
  /** Stable id, used as the diagnostic's `code` and the settings key. Never renamed. */
  readonly id: string;
  /** One line: what the rule asks of minutes. */
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly tags: readonly string[];
  check(doc: MinutesDocument, report: Report): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Where each rule's documentation lives; the page is docs/rules/<id>.md. */
export const DOCS_BASE = 'https://github.com/minutes-tools/minutes/blob/main/docs/rules/';
export const docsUrl = (id: string): string => `${DOCS_BASE}${id}.md`;
