/**
 * Open documents and their parsed models. Edits are applied as they arrive;
 * parsing waits until someone asks (diagnostics, a request) and then reparses
 * incrementally from the union of the edits since the last parse.
 *
 * Pure: no connection, no IO.
 */
import { parse, parseInSteps, type SteppedParse } from '../model/parse';
import { TextBuffer, type TextChange } from './text-buffer';
import { reparse } from '../model/incremental';
import type { MinutesDocument } from '../model/syntax';

export interface Parsed {
  readonly uri: string;
  readonly version: number;
  /** Positions and offsets of the text the model was parsed from; valid until the document's next change. */
  readonly text: TextBuffer;
  readonly model: MinutesDocument;
}

interface Entry {
  text: TextBuffer;
  model: MinutesDocument | null;
  /** Reads the text `model` was parsed from, from the buffer's pieces as they were then. */
  modelSlice?: (from: number, to: number) => string;
  /** Edits since the last parse, in the last parsed text's offsets: a prefix up to `start` and a suffix of `tail` characters are unchanged. */
  pending: { start: number; tail: number } | null;
  /** A first parse under way in steps (see readInSteps), and how far it has read. */
  steps?: { parse: SteppedParse; read: number } | null;
}

/** What readMore gives: the part of the document read so far whose findings are final, up to `through`. */
export interface PartlyParsed {
  readonly parsed: Parsed;
  readonly through: number;
}

export class Documents {
  private readonly entries = new Map<string, Entry>();

  open(uri: string, languageId: string, version: number, text: string): void {
    this.entries.set(uri, { text: new TextBuffer(uri, languageId, version, text), model: null, pending: null });
  }

  close(uri: string): void {
    this.entries.delete(uri);
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether the document has been parsed whole once: its next parse then reads only what the edits touched. */
  parsedOnce(uri: string): boolean {
    const e = this.entries.get(uri);
    return !!e && e.model !== null && !e.steps;
  }

  version(uri: string): number | undefined {
    return this.entries.get(uri)?.text.version;
  }

  /** Applies the client's changes in order, and remembers which part of the text they touched. */
  change(uri: string, version: number, changes: readonly TextChange[]): boolean {
    const e = this.entries.get(uri);
    if (!e) return false;
    for (const c of changes) {
      const len = e.text.length;
      let start = 0;
      let end = len;
      if ('range' in c && c.range) {
        start = e.text.offsetAt(c.range.start);
        end = e.text.offsetAt(c.range.end);
        if (end < start) [start, end] = [end, start];
      }
      const tail = len - end;
      e.pending = e.pending ? { start: Math.min(e.pending.start, start), tail: Math.min(e.pending.tail, tail) } : { start, tail };
      e.text.update([c], version);
    }
    // Each change already set the version; a notification with none still moves it on.
    if (changes.length === 0) e.text.update([], version);
    return true;
  }

  /**
   * Starts the first parse of a document just opened in steps (see parseInSteps), so that the findings at the start of
   * a long text can be shown while the rest is read: readMore reads on, and get finishes it whenever a full model is
   * needed. Edits that arrive meanwhile wait, as they do for any parse, and are read into the finished model.
   */
  readInSteps(uri: string): void {
    const e = this.entries.get(uri);
    if (!e || e.model || e.steps || e.pending) return;
    e.steps = { parse: parseInSteps(e.text.getText()), read: 0 };
    e.modelSlice = e.text.snapshot();
  }

  /**
   * Reads about `chars` more characters of a document being parsed in steps. Gives the part read so far whose findings
   * are final (when `part` is asked for), or null when nothing is final yet; `done` when the parse is over (or was never in steps, or the text has
   * changed since it began: get gives the document then).
   */
  readMore(uri: string, chars: number, part = true): { part: PartlyParsed | null; done: boolean } {
    const e = this.entries.get(uri);
    if (!e || !e.steps || e.pending) return { part: null, done: true };
    const more = e.steps.parse.advance((e.steps.read += chars));
    const p = part ? e.steps.parse.partial() : null;
    return { part: p && { parsed: { uri, version: e.text.version, text: e.text, model: p.doc }, through: p.through }, done: !more };
  }

  /** The document parsed at its latest version (reparsing only what the edits touched). */
  get(uri: string): Parsed | undefined {
    const e = this.entries.get(uri);
    if (!e) return undefined;
    if (e.steps) {
      // The first parse, of the text as opened; edits since are read into it below.
      e.model = e.steps.parse.finish();
      e.steps = null;
    }
    const text = e.text.getText();
    if (!e.model) {
      e.model = parse(text);
      e.modelSlice = e.text.snapshot();
    } else if (e.pending) {
      const prevLen = e.model.text.length;
      const { start, tail } = e.pending;
      const edit = { start, oldEnd: Math.max(start, prevLen - tail), newEnd: Math.max(start, text.length - tail) };
      // The item is read from the buffer's pieces: slicing the whole new text would copy all of it on every keystroke. So
      // would slicing the previous text, which the last parse was handed as a rope too: it is read from its pieces.
      const buf = e.text;
      e.model = reparse(e.model, text, edit, (from, to) => buf.slice(from, to), e.modelSlice).doc;
      e.modelSlice = e.text.snapshot();
    }
    e.pending = null;
    return { uri, version: e.text.version, text: e.text, model: e.model };
  }
}
