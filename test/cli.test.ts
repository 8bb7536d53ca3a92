/** `minutes check` as a user runs it: the bundled CLI in a child process. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });

function workspace(): string {
  const d = mkdtempSync(join(tmpdir(), 'minutes-cli-'));
  writeFileSync(
    join(d, 'clean.minutes'),
    'Agenda item\n1. Budget\nMinutes:\nRESOLVED: That the budget be approved.\nClerk to publish it by 1 May.\n',
  );
  writeFileSync(join(d, 'findings.minutes'), 'Agenda item\n2. Parking\nMinutes:\nMembers discussed parking.\nA survey to be carried out.\n');
  mkdirSync(join(d, 'sub'));
  writeFileSync(join(d, 'sub', 'deep.minutes'), '1. Finance\nThe accounts were noted.\n');
  writeFileSync(join(d, 'notes.md'), '# Sync\n\n## 1. Release\n- talked about it\n');
  return d;
}

test('compiler-style lines, a summary, exit 1 on findings', () => {
  const d = workspace();
  const r = run(['check', 'findings.minutes'], d);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.match(lines[0]!, /^findings\.minutes:2:1: warning missing-resolution Agenda item "2\. Parking" records no outcome/);
  assert.match(lines[1]!, /^findings\.minutes:5:1: warning unattributed-action /);
  assert.equal(lines[2], '2 problems (0 errors, 2 warnings) in 1 file.');
});

test('exit 0 and a clean summary when nothing is found', () => {
  const d = workspace();
  const r = run(['check', 'clean.minutes'], d);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trim(), 'No problems found in 1 file.');
});

test('folders are searched for *.minutes, Markdown only when named', () => {
  const d = workspace();
  const r = run(['check', '--format', 'json', '.'], d);
  const paths = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
  assert.deepEqual(paths, ['clean.minutes', 'findings.minutes', join('sub', 'deep.minutes')]);
  const md = JSON.parse(run(['check', '--format=json', 'notes.md'], d).stdout);
  assert.equal(md.files[0].items[0].title, '1. Release');
});

test('globs, including **', () => {
  const d = workspace();
  const r = run(['check', '--format', 'json', '**/*.minutes'], d);
  assert.equal(JSON.parse(r.stdout).files.length, 3);
  const none = run(['check', '*.nothing'], d);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /no files match '\*\.nothing'/);
});

test('the JSON report has the documented shape, 0-based lines', () => {
  const d = workspace();
  const out = JSON.parse(run(['check', '--format', 'json', 'clean.minutes', 'findings.minutes'], d).stdout);
  assert.equal(out.version, 1);
  const [clean, findings] = out.files;
  assert.deepEqual(clean.items, [{ title: '1. Budget', line: 1, procedural: false, outcome: 'resolved' }]);
  assert.deepEqual(clean.actions, [{ line: 4, text: 'Clerk to publish it by 1 May.', owner: 'Clerk', due: '1 May' }]);
  assert.deepEqual(clean.diagnostics, []);
  assert.deepEqual(findings.diagnostics[1].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 27 } });
  assert.equal(findings.diagnostics[1].severity, 'warning');
});

test('an unreadable file is named, the others are still checked, exit 2', () => {
  const d = workspace();
  writeFileSync(join(d, 'binary.minutes'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 0]));
  const r = run(['check', 'missing.minutes', 'binary.minutes', 'findings.minutes'], d);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such file or folder: missing\.minutes/);
  assert.match(r.stderr, /cannot read binary\.minutes: it is not a text file/);
  assert.match(r.stdout, /findings\.minutes:2:1: warning missing-resolution/);
  assert.match(r.stdout, /in 1 file \(1 more could not be read\)\.$/m);
  if (process.getuid && process.getuid() !== 0) {
    chmodSync(join(d, 'clean.minutes'), 0);
    assert.match(run(['check', 'clean.minutes'], d).stderr, /permission denied/);
  }
});

test('bad usage says what is wrong and exits 2', () => {
  for (const args of [['check'], ['frobnicate', 'x'], ['check', '--format', 'xml', 'a'], ['check', '--wat', 'a'], ['check', '--disable', 'nope', 'a']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.ok(r.stderr.trim().length > 0, args.join(' '));
  }
  assert.equal(run(['--help']).status, 0);
});

test('help after the command, and a folder holding no minutes, say so', () => {
  const d = workspace();
  for (const args of [['check', '--help'], ['check', 'sub', '-h']]) {
    const r = run(args, d);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /^Usage: minutes check/);
  }
  mkdirSync(join(d, 'empty'));
  const r = run(['check', 'empty'], d);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no \*\.minutes files in empty/);
  // Not "No problems found in 0 files": nothing was checked.
  assert.equal(r.stdout.trim(), 'No files were checked.');
});

test('--disable turns a rule off', () => {
  const d = workspace();
  const r = run(['check', '--disable', 'unattributed-action', '--quiet', 'findings.minutes'], d);
  assert.equal(r.stdout.trim().split('\n').length, 1);
  assert.match(r.stdout, /missing-resolution/);
});

test('--disable takes every rule the registry holds, and the help names them all', () => {
  const d = workspace();
  writeFileSync(join(d, 'garbled.minutes'), '1. Budget\nThe Clerk\u00e2\u20ac\u2122s report was noted.\n');
  assert.equal(run(['check', '--quiet', 'garbled.minutes'], d).status, 1);
  const r = run(['check', '--disable', 'mis-encoded-text', '--quiet', 'garbled.minutes'], d);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), '');
  const help = run(['--help']).stdout;
  for (const id of ['missing-resolution', 'unattributed-action', 'mis-encoded-text']) assert.match(help, new RegExp(`\\b${id}\\b`));
});

test('UTF-16 files with a BOM, as Word saves them, are read', () => {
  const d = workspace();
  const text = 'Agenda item\n3. Grants\nMinutes:\nMembers discussed the grants.\n';
  writeFileSync(join(d, 'word.minutes'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const out = JSON.parse(run(['check', '--format', 'json', 'word.minutes'], d).stdout);
  assert.equal(out.files[0].items[0].title, '3. Grants');
  assert.equal(out.files[0].diagnostics[0].code, 'missing-resolution');
});

test('a PDF, a Word document or a Rich Text file is named as what it is, with how to get the text out', () => {
  const d = workspace();
  writeFileSync(join(d, 'minutes.pdf'), Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'));
  writeFileSync(join(d, 'minutes.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0]));
  writeFileSync(join(d, 'minutes.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  writeFileSync(join(d, 'minutes.rtf'), '{\\rtf1\\ansi {\\fonttbl {\\f0 Times;}} 1. Apologies\\par None.}\n');
  const cases: Array<[string, RegExp]> = [
    ['minutes.pdf', /cannot read minutes\.pdf: it is a PDF, not text; copy its text/],
    ['minutes.docx', /cannot read minutes\.docx: it is a Word document .*save the minutes as plain text \(in Word: File, Save As, Plain Text\)/],
    ['minutes.doc', /cannot read minutes\.doc: it is a Word 97-2003 document/],
    ['minutes.rtf', /cannot read minutes\.rtf: it is a Rich Text \(\.rtf\) document/],
  ];
  for (const [f, want] of cases) {
    const r = run(['check', f], d);
    assert.equal(r.status, 2, f);
    assert.match(r.stderr, want);
    assert.equal(r.stdout.trim(), 'No problems found in 0 files (1 more could not be read).');
  }
});

