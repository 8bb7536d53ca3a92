/**
 * TextBuffer (server/src/service/text-buffer.ts) must agree with
 * vscode-languageserver-textdocument on every text, and with a TextDocument
 * made from that text on every position and offset, after any sequence of
 * edits: line breaks of all three kinds, edits that split or join "\r\n"
 * pairs, edits past the ends, and windows that outgrow the buffer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TextBuffer } from '../server/src/service/text-buffer';
import { rng } from './support/random';

const PIECES = ['a', 'bc', ' ', 'Clerk to write.', '\n', '\r\n', '\r', '\n\n', '\r\r\n', '–', '\u00a0', 'RESOLVED:\n'];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

function agree(edited: TextDocument, buf: TextBuffer, what: string): void {
  const text = edited.getText();
  // Positions are compared with a document made afresh from the text: TextDocument's own incremental line table goes
  // wrong when an edit puts "\n" just after a "\r" (it counts two line breaks where the text has one).
  const doc = TextDocument.create('u', 'minutes', edited.version, text);
  assert.equal(buf.getText(), text, `${what}: text`);
  assert.equal(buf.length, text.length, `${what}: length`);
  assert.equal(buf.lineCount, doc.lineCount, `${what}: lineCount`);
  for (let o = -1; o <= text.length + 1; o++) assert.deepEqual(buf.positionAt(o), doc.positionAt(o), `${what}: positionAt(${o}) in ${JSON.stringify(text)}`);
  for (let line = -1; line <= doc.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 1000]) {
      const p = { line, character };
      assert.equal(buf.offsetAt(p), doc.offsetAt(p), `${what}: offsetAt(${line}:${character}) in ${JSON.stringify(text)}`);
    }
  }
  for (let k = 0; k < 5; k++) {
    const x = Math.floor(Math.random() * (text.length + 1));
    const y = x + Math.floor(Math.random() * (text.length - x + 1));
    assert.equal(buf.slice(x, y), text.slice(x, y), `${what}: slice(${x}, ${y})`);
  }
}

test('TextBuffer agrees with TextDocument after random edits', { timeout: 120_000 }, () => {
  for (let seed = 1; seed <= 400; seed++) {
    const r = rng(seed);
    const initial = randomText(r, Math.floor(r() * 30));
    let doc = TextDocument.create('u', 'minutes', 1, initial);
    const buf = new TextBuffer('u', 'minutes', 1, initial);
    agree(doc, buf, `seed ${seed} initial`);
    for (let step = 0; step < 25; step++) {
      const len = doc.getText().length;
      const x = Math.floor(r() * (len + 3)) - 1;
      const y = r() < 0.5 ? x : x + Math.floor(r() * 12);
      const start = doc.positionAt(x);
      const end = doc.positionAt(y);
      // Now and then a range given in positions past a line's end, or reversed.
      const range = r() < 0.1 ? { start: { line: start.line, character: start.character + 40 }, end: { line: end.line + 1, character: 3 } } : r() < 0.1 ? { start: end, end: start } : { start, end };
      const change = r() < 0.03 ? { text: randomText(r, 10) } : { range, text: r() < 0.4 ? '' : randomText(r, 1 + Math.floor(r() * 3)) };
      // The reference starts each edit afresh from its text (see agree).
      doc = TextDocument.update(TextDocument.create('u', 'minutes', doc.version, doc.getText()), [change], step + 2);
      buf.update([change], step + 2);
      agree(doc, buf, `seed ${seed} step ${step} ${JSON.stringify(change)}`);
      assert.equal(buf.version, doc.version);
    }
  }
});

test('TextBuffer rebuilds its base when the changed window grows large, and stays exact', () => {
  const line = 'The Committee noted the report.\r\n';
  const initial = line.repeat(5000);
  let doc = TextDocument.create('u', 'minutes', 1, initial);
  const buf = new TextBuffer('u', 'minutes', 1, initial);
  const r = rng(7);
  for (let step = 0; step < 300; step++) {
    // Edits far apart, so the window of changed lines keeps widening.
    const at = doc.positionAt(Math.floor(r() * doc.getText().length));
    const change = { range: { start: at, end: at }, text: step % 3 === 0 ? '\n' : 'x' };
    doc = TextDocument.update(TextDocument.create('u', 'minutes', doc.version, doc.getText()), [change], step + 2);
    buf.update([change], step + 2);
  }
  doc = TextDocument.create('u', 'minutes', doc.version, doc.getText());
  assert.equal(buf.getText(), doc.getText());
  for (let o = 0; o < doc.getText().length; o += 997) assert.deepEqual(buf.positionAt(o), doc.positionAt(o));
  for (let l = 0; l < doc.lineCount; l += 101) assert.equal(buf.offsetAt({ line: l, character: 7 }), doc.offsetAt({ line: l, character: 7 }));
});

test('a snapshot reads the text as it was when taken, after later edits and a rebuilt base too', () => {
  const line = 'The Committee\u00a0noted the report.\n';
  const buf = new TextBuffer('u', 'minutes', 1, line.repeat(4000));
  const r = rng(11);
  for (let round = 0; round < 20; round++) {
    const before = buf.getText();
    const read = buf.snapshot();
    for (let step = 0; step < 200; step++) {
      const at = buf.positionAt(Math.floor(r() * buf.length));
      buf.update([{ range: { start: at, end: at }, text: step % 5 === 0 ? '\n' : 'xy' }], buf.version + 1);
    }
    for (let k = 0; k < 50; k++) {
      const from = Math.floor(r() * before.length);
      const to = Math.min(before.length, from + Math.floor(r() * 300));
      assert.equal(read(from, to), before.slice(from, to));
    }
  }
});
