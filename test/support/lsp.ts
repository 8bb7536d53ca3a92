/**
 * A minimal LSP client for tests and the benchmark: starts the bundled server
 * with --stdio and speaks JSON-RPC to it as an editor would.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export const SERVER = join(__dirname, '..', '..', '..', 'dist', 'server.js');

type Handler = (msg: { method: string; params: unknown }) => void;

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private buf = Buffer.alloc(0);
  private chunks: Buffer[] = [];
  private chunked = 0;
  /** Bytes still missing from the message being received. */
  private need = 0;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Set<Handler>();
  readonly notifications: Array<{ method: string; params: unknown; at: number }> = [];
  stderr = '';

  constructor(args: string[] = ['--stdio']) {
    this.proc = spawn(process.execPath, [SERVER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d: Buffer) => this.onData(d));
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
  }

  private onData(d: Buffer): void {
    // Chunks wait in a list until a whole message is there: joining the buffer on every chunk would copy a
    // multi-megabyte message over and over, and the harness, not the server, would set the figures.
    this.chunks.push(d);
    this.chunked += d.length;
    if (this.chunked < this.need) return;
    this.buf = Buffer.concat([this.buf, ...this.chunks]);
    this.chunks = [];
    this.chunked = 0;
    this.need = 0;
    for (;;) {
      const sep = this.buf.indexOf('\r\n\r\n');
      if (sep < 0) return;
      const header = this.buf.subarray(0, sep).toString('ascii');
      const len = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (this.buf.length < sep + 4 + len) {
        this.need = sep + 4 + len - this.buf.length;
        return;
      }
      const body = this.buf.subarray(sep + 4, sep + 4 + len).toString('utf8');
      this.buf = this.buf.subarray(sep + 4 + len);
      const msg = JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } };
      if (msg.method && msg.id !== undefined) {
        // A request from the server (workspace/configuration, client/registerCapability): answer it plainly.
        this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? [{}] : null });
      } else if (msg.method) {
        const n = { method: msg.method, params: msg.params, at: performance.now() };
        this.notifications.push(n);
        for (const l of [...this.listeners]) l(n);
      } else if (msg.id !== undefined) {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(msg.error.message));
        else p?.resolve(msg.result);
      }
    }
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = unknown>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (already received since `since`, or to come) that matches. */
  waitFor<T = unknown>(method: string, pred: (p: T) => boolean = () => true, timeoutMs = 10_000, since = 0): Promise<T> {
    const seen = this.notifications.slice(since).find((n) => n.method === method && pred(n.params as T));
    if (seen) return Promise.resolve(seen.params as T);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners.delete(l);
        reject(new Error(`no ${method} within ${timeoutMs} ms; server stderr: ${this.stderr.slice(-500)}`));
      }, timeoutMs);
      const l: Handler = (n) => {
        if (n.method === method && pred(n.params as T)) {
          clearTimeout(timer);
          this.listeners.delete(l);
          resolve(n.params as T);
        }
      };
      this.listeners.add(l);
    });
  }

  async initialize(capabilities: object = defaultCapabilities): Promise<unknown> {
    const r = await this.request('initialize', { processId: process.pid, rootUri: null, capabilities });
    this.notify('initialized', {});
    return r;
  }

  async shutdown(): Promise<number | null> {
    try {
      await Promise.race([this.request('shutdown', null), new Promise((r) => setTimeout(r, 2000))]);
      this.notify('exit', null);
    } catch {
      // The server may already be gone.
    }
    return new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve(this.proc.exitCode);
      const t = setTimeout(() => {
        this.proc.kill();
        resolve(null);
      }, 3000);
      this.proc.on('exit', (code) => {
        clearTimeout(t);
        resolve(code);
      });
    });
  }
}

export const defaultCapabilities = {
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: { completionItem: { snippetSupport: true } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    publishDiagnostics: { versionSupport: true },
  },
  workspace: { configuration: true },
};

export interface Pos {
  line: number;
  character: number;
}
export interface LspRange {
  start: Pos;
  end: Pos;
}
export interface LspDiagnostic {
  range: LspRange;
  code: string;
  source: string;
  message: string;
  severity: number;
  codeDescription?: { href: string };
}
export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: LspDiagnostic[];
}

/** Applies LSP text edits to a text (edits given in original positions). */
export function applyEdits(text: string, edits: Array<{ range: LspRange; newText: string }>): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') continue;
    if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const off = (p: Pos) => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}
