/**
 * `minutes check PATH...`: the same analysis as the editor, for CI and batch use.
 * This is the only part of the server package besides the LSP entry point that
 * does IO.
 */
// (First: how V8 runs regular expressions, before any runs.)
import '../node/regexp';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { analyse, type FileReport } from './report';
import { RULES } from '../rules';

const VERSION = '0.1.0';

/** The rules' ids, in the registry's order: what --disable takes. */
const RULE_IDS = RULES.map((r) => r.id);

const USAGE = `Usage: minutes check [options] PATH...

Checks meeting minutes: agenda items with no recorded outcome, actions with
nobody responsible, characters garbled by an export.

PATH is a file, a folder (searched for *.minutes files) or a glob
("minutes/**/*.minutes"). Markdown notes (.md) are checked when named.

Options:
  --format text|json   text (default): one line per finding, file:line:col;
                       json: one object, see README "JSON output"
  --disable RULE       do not run RULE (may be given more than once), one of:
${RULE_IDS.map((id) => `                         ${id}`).join('\n')}
  --quiet              print findings only, no summary line
  -h, --help           show this help
  --version            print the version

Exit status: 0 no findings, 1 findings, 2 bad usage or unreadable input.`;

interface Options {
  format: 'text' | 'json';
  disabled: Set<string>;
  quiet: boolean;
  paths: string[];
}

export function main(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    out(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    out(VERSION);
    return 0;
  }
  if (argv[0] !== 'check') {
    err(`minutes: unknown command '${argv[0]}'. Did you mean 'minutes check ${argv.join(' ')}'?\n\n${USAGE}`);
    return 2;
  }
  // ("minutes check --help": the help, wherever it is asked for before "--".)
  const dashes = argv.indexOf('--');
  if (argv.slice(1, dashes < 0 ? argv.length : dashes).some((a) => a === '-h' || a === '--help')) {
    out(USAGE);
    return 0;
  }
  const parsed = parseOptions(argv.slice(1), err);
  if (!parsed) return 2;
  if (parsed.paths.length === 0) {
    err(`minutes check: name at least one file, folder or glob.\n\n${USAGE}`);
    return 2;
  }

  let bad = false;
  const files: string[] = [];
  for (const p of parsed.paths) {
    const found = expand(p);
    if (found.error) {
      err(`minutes: ${found.error}`);
      bad = true;
    }
    files.push(...found.files);
  }
  const reports: FileReport[] = [];
  for (const f of unique(files)) {
    const read = readText(f);
    if ('error' in read) {
      err(`minutes: cannot read ${f}: ${read.error}`);
      reports.push({ path: f, error: read.error, items: [], actions: [], diagnostics: [] });
      bad = true;
      continue;
    }
    reports.push(analyse(f, read.text, parsed.disabled));
  }

  let warnings = 0;
  let errors = 0;
  for (const r of reports)
    for (const d of r.diagnostics) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
    }

  if (parsed.format === 'json') {
    out(JSON.stringify({ version: 1, files: reports }, null, 2));
  } else {
    for (const r of reports)
      for (const d of r.diagnostics) out(`${r.path}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`);
    if (!parsed.quiet) {
      const checked = reports.filter((r) => !r.error).length;
      const total = warnings + errors;
      const unread = reports.length - checked;
      // ("No problems found in 0 files" alone would read as an all-clear for the file that could not be read.)
      const what = `${checked} file${checked === 1 ? '' : 's'}${unread ? ` (${unread} more could not be read)` : ''}`;
      // (Where nothing was found to check, the message above says why: "No problems found" would read as an all-clear.)
      if (reports.length === 0) out('No files were checked.');
      else out(total === 0 ? `No problems found in ${what}.` : `${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${what}.`);
    }
  }
  if (bad) return 2;
  return warnings + errors > 0 ? 1 : 0;
}

function parseOptions(args: string[], err: (s: string) => void): Options | null {
  const o: Options = { format: 'text', disabled: new Set(), quiet: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json') {
        err(`minutes check: --format takes 'text' or 'json', not '${v ?? ''}'.`);
        return null;
      }
      o.format = v;
    } else if (a === '--disable' || a.startsWith('--disable=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v || !RULE_IDS.includes(v)) {
        err(`minutes check: --disable takes a rule id (${RULE_IDS.join(', ')}), not '${v ?? ''}'.`);
        return null;
      }
      o.disabled.add(v);
    } else if (a === '--quiet' || a === '-q') o.quiet = true;
    else if (a === '--') o.paths.push(...args.slice(i + 1)), (i = args.length);
    else if (a.startsWith('-') && a.length > 1) {
      err(`minutes check: unknown option '${a}'. See 'minutes --help'.`);
      return null;
    } else o.paths.push(a);
  }
  return o;
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist']);

function expand(p: string): { files: string[]; error?: string } {
  if (/[*?[]/.test(p)) {
    const files = glob(p);
    return files.length ? { files } : { files, error: `no files match '${p}'` };
  }
  let st;
  try {
    st = statSync(p);
  } catch {
    return { files: [], error: `no such file or folder: ${p}` };
  }
  if (st.isDirectory()) {
    const files = walk(p, (f) => f.endsWith('.minutes'));
    return files.length ? { files } : { files, error: `no *.minutes files in ${p} (name Markdown notes or other files explicitly)` };
  }
  return { files: [p] };
}

function walk(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const f = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) out.push(...walk(f, keep));
    } else if (e.isFile() && keep(f)) out.push(f);
  }
  return out;
}

/** A small glob: "*" within a name, "**" across folders, "?" one character. */
function glob(pattern: string): string[] {
  const norm = pattern.split(/[\\/]/).join('/');
  const parts = norm.split('/');
  const firstWild = parts.findIndex((x) => /[*?[]/.test(x));
  const base = parts.slice(0, firstWild).join('/') || (norm.startsWith('/') ? '/' : '.');
  const rest = parts.slice(firstWild).join('/');
  let re = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (c === '*' && rest[i + 1] === '*') {
      re += rest[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += rest[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const rx = new RegExp(`^${re}$`);
  const root = resolve(base);
  return walk(root, (f) => rx.test(relative(root, f).split(sep).join('/'))).map((f) => (base === '.' ? relative('.', f) : join(base, relative(root, f))));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Reads a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM, as Word exports it. */
function readText(f: string): { text: string } | { error: string } {
  let buf: Buffer;
  try {
    if (statSync(f).isDirectory()) return { error: 'it is a folder' };
    buf = readFileSync(f);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message) };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  // What a clerk may hand it instead of the minutes' text: said by name, with how to get the text out.
  const opens = (sig: string) => buf.subarray(0, sig.length).equals(Buffer.from(sig, 'latin1'));
  if (opens('%PDF-')) return { error: 'it is a PDF, not text; copy its text (Select All, Copy) into a plain-text file and check that' };
  if (opens('PK\x03\x04')) return { error: 'it is a Word document or another zipped file (.docx, .odt), not text; save the minutes as plain text (in Word: File, Save As, Plain Text)' };
  if (opens('\xd0\xcf\x11\xe0')) return { error: 'it is a Word 97-2003 document (.doc), not text; save the minutes as plain text (in Word: File, Save As, Plain Text)' };
  if (opens('{\\rtf')) return { error: 'it is a Rich Text (.rtf) document; save the minutes as plain text (in Word or WordPad: Save As, Plain Text)' };
  if (buf.subarray(0, 8000).includes(0)) return { error: 'it is not a text file (it holds NUL bytes); save the minutes as plain text' };
  return { text: new TextDecoder('utf-8').decode(buf) };
}

if (require.main === module) {
  const lines: string[] = [];
  // Print in one write: a pipe closed early (| head) must not turn into an EPIPE crash.
  const code = main(process.argv.slice(2), (s) => lines.push(s), (s) => process.stderr.write(s + '\n'));
  process.stdout.on('error', () => process.exit(code));
  process.stdout.write(lines.length ? lines.join('\n') + '\n' : '', () => process.exit(code));
}
