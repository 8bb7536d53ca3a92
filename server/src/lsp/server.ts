/**
 * The language server: the only layer that knows LSP's wire. Every handler is
 * one call into the language service; this file adds only scheduling (when to
 * publish diagnostics) and settings.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { Documents, type Parsed } from '../service/documents';
import { createLanguageService, DEFAULT_SETTINGS, type LanguageService, type Settings } from '../service/service';
import { RULES } from '../rules';
import { warmUp } from '../service/warmup';

/** The longest a burst of edits waits before its diagnostics are computed. */
const MAX_WAIT_MS = 250;
/** Validation slower than this makes the next one wait a little (see schedule). */
const SLOW_MS = 100;
/**
 * A document this long (in characters) is read in steps when opened: the findings in its first FIRST_CHARS go out as
 * soon as they are read, and the rest is read STEP_CHARS at a time, with requests and edits answered between steps.
 */
const STEPPED_FROM = 2_000_000;
const FIRST_CHARS = 16_000;
const STEP_CHARS = 400_000;


export function startServer(connection: Connection): void {
  const documents = new Documents();
  let service: LanguageService = createLanguageService({ snippets: false, markdown: false });
  let settings: Settings = DEFAULT_SETTINGS;
  let configurationRequests = false;
  // Diagnostics for the newest version only. After an edit, validation runs at once unless one is running or its
  // publish is still being written: edits arriving meanwhile are applied at once and coalesce into the next run, so the
  // work per key shrinks as the document grows and the lag cannot grow under continuous typing. A new key never
  // restarts a wait, so typing cannot starve it either.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cost = new Map<string, number>();
  const inFlight = new Set<string>();
  const published = new Map<string, number>();

  const parsed = (uri: string): Parsed | undefined => documents.get(uri);
  const withDoc = <T>(uri: string, f: (d: Parsed) => T, none: T): T => {
    const d = parsed(uri);
    return d ? f(d) : none;
  };

  /** Publishes diagnostics for the latest version; intermediate versions are never computed. */
  const validate = (uri: string): void => {
    timers.delete(uri);
    const d = parsed(uri);
    if (!d) return;
    if (published.get(uri) === d.version) return;
    const diagnostics = service.diagnostics(d, settings);
    published.set(uri, d.version);
    // Backpressure: until this publish is written out, later edits wait; a client slower than the typing then gets
    // fewer, newer publishes instead of a growing queue of stale ones.
    inFlight.add(uri);
    void connection.sendDiagnostics({ uri, version: d.version, diagnostics }).finally(() => {
      inFlight.delete(uri);
      if (documents.has(uri) && published.get(uri) !== documents.version(uri)) schedule(uri);
    });
  };
  const timed = (uri: string): void => {
    // (The first parse of a document reads all of it; the ones after it read only what the edits touched, so its time
    // says nothing of theirs.)
    const first = !documents.parsedOnce(uri);
    const t0 = performance.now();
    validate(uri);
    if (first) cost.delete(uri);
    else cost.set(uri, performance.now() - t0);
  };
  const schedule = (uri: string): void => {
    if (timers.has(uri) || inFlight.has(uri)) return;
    const last = cost.get(uri) ?? 0;
    // Most work goes out at once: edits that arrive while it runs or while its publish is written coalesce into the next
    // run, so the lag stays within about two runs. Only very slow work (a huge document on a slow machine) waits half as
    // long as it took, to leave the server time for other requests.
    const wait = last < SLOW_MS ? 0 : Math.min(last / 2, MAX_WAIT_MS);
    timers.set(uri, setTimeout(() => timed(uri), wait));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    service = createLanguageService({
      snippets: !!c.textDocument?.completion?.completionItem?.snippetSupport,
      markdown: !!c.textDocument?.hover?.contentFormat?.includes('markdown'),
    });
    configurationRequests = !!c.workspace?.configuration;
    settings = readSettings(params.initializationOptions);
    // Compile the parser's hot paths now, so that the first document opened is not the one that pays for it.
    warmUp();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Minutes' },
        foldingRangeProvider: true,
        completionProvider: { triggerCharacters: ['@'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'minutes-language-server', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (configurationRequests) void refreshSettings();
  });

  const refreshSettings = async (): Promise<void> => {
    try {
      const section = await connection.workspace.getConfiguration('minutes');
      settings = readSettings(section);
    } catch {
      // A client without workspace/configuration keeps the initialization options.
    }
    published.clear();
    for (const uri of documents.uris()) schedule(uri);
  };

  connection.onDidChangeConfiguration((p) => {
    if (configurationRequests) void refreshSettings();
    else {
      settings = readSettings((p.settings as { minutes?: unknown } | undefined)?.minutes);
      published.clear();
      for (const uri of documents.uris()) schedule(uri);
    }
  });

  /**
   * Reads on into a long document opened (see STEPPED_FROM): the findings of its first part are published as soon as
   * they are final (the rest follow with the whole document's); then it reads a step at a time, letting requests and
   * edits in between. A request that needs the whole model, or an edit, finishes the parse at once (Documents.get).
   */
  const readOn = (uri: string, chars: number, first: boolean): void => {
    const r = documents.readMore(uri, chars, first);
    if (first && r.part) {
      const { parsed } = r.part;
      void connection.sendDiagnostics({ uri, version: parsed.version, diagnostics: service.diagnostics(parsed, settings) });
    }
    if (r.done) schedule(uri);
    else setImmediate(() => readOn(uri, STEP_CHARS, first && !r.part));
  };

  connection.onDidOpenTextDocument((p) => {
    const { uri, languageId, version, text } = p.textDocument;
    documents.open(uri, languageId, version, text);
    if (text.length >= STEPPED_FROM) {
      documents.readInSteps(uri);
      readOn(uri, FIRST_CHARS, true);
    }
    // The first diagnostics go out at once: nothing is typed yet.
    else timed(uri);
  });
  connection.onDidChangeTextDocument((p) => {
    if (documents.change(p.textDocument.uri, p.textDocument.version, p.contentChanges)) schedule(p.textDocument.uri);
  });
  connection.onDidCloseTextDocument((p) => {
    documents.close(p.textDocument.uri);
    const t = timers.get(p.textDocument.uri);
    if (t) clearTimeout(t);
    cost.delete(p.textDocument.uri);
    timers.delete(p.textDocument.uri);
    published.delete(p.textDocument.uri);
    void connection.sendDiagnostics({ uri: p.textDocument.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((p) => withDoc(p.textDocument.uri, (d) => service.documentSymbols(d), []));
  connection.onFoldingRanges((p) => withDoc(p.textDocument.uri, (d) => service.foldingRanges(d), []));
  connection.onCompletion((p) => withDoc(p.textDocument.uri, (d) => service.completions(d, p.position), []));
  connection.onHover((p) => withDoc(p.textDocument.uri, (d) => service.hover(d, p.position), null));
  connection.onCodeAction((p) => withDoc(p.textDocument.uri, (d) => service.codeActions(d, p.range, p.context.diagnostics), []));

  connection.listen();
}

/** Reads the `minutes` settings: `minutes.rules.<id>` is "off", "hint", "information", "warning" or "error". */
function readSettings(raw: unknown): Settings {
  const rules: Record<string, 'off' | 'hint' | 'information' | 'warning' | 'error'> = {};
  const r = (raw as { rules?: Record<string, unknown> } | undefined)?.rules;
  if (r && typeof r === 'object') {
    for (const rule of RULES) {
      const v = r[rule.id];
      if (v === 'off' || v === 'hint' || v === 'information' || v === 'warning' || v === 'error') rules[rule.id] = v;
    }
  }
  return { rules };
}
