/**
 * Text saved as UTF-8 and read back as Windows-1252 (an export opened with the
 * wrong character set, then pasted on): "Councillor Hart’s" comes out as
 * "Councillor Hartâ€™s", "£450" as "Â£450", "ACTION – " as "ACTION â€“ ". Each
 * such run of characters is the bytes of one character, which can be read back
 * exactly. Pure: no IO.
 */
import type { GarbledLine, GarbledRun } from './syntax';
import { lineEndFrom } from './text';

/** The Windows-1252 characters of bytes 0x80-0x9F, by code point: the bytes they were. */
const CP1252: ReadonlyMap<number, number> = new Map([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/** The byte a character stands for in Windows-1252 text, or -1 (the five bytes it leaves undefined pass through as U+0081 ...). */
function byteOf(code: number): number {
  if (code >= 0x80 && code <= 0xff) return code;
  return CP1252.get(code) ?? -1;
}
const continuation = (b: number): boolean => b >= 0x80 && b <= 0xbf;

/**
 * The first byte of a character of two bytes this reads ("Â", "Ã": Latin-1's signs and accented letters; "Å", "Æ", "Ë":
 * "œ", "Š", "ƒ", "˜") or of three ("â": dashes, quotes, "…", "•", "€", "™"). Other lead bytes are left alone: "é" or "ö"
 * before two such characters is far likelier a word's own letter than a broken one.
 */
const LEAD = /[ÂÃÅÆËâ]/g;
/** Does text hold one of LEAD's characters at or after `from`? */
function holdsLead(text: string, from: number): boolean {
  return text.indexOf('\u00e2', from) >= 0 || text.indexOf('\u00c2', from) >= 0 || text.indexOf('\u00c3', from) >= 0 || text.indexOf('\u00c5', from) >= 0 || text.indexOf('\u00c6', from) >= 0 || text.indexOf('\u00cb', from) >= 0;
}

/** Every mis-encoded character in text[from, to), in order. */
export function findMisencoded(text: string, from = 0, to = text.length): GarbledRun[] {
  const out: GarbledRun[] = [];
  // (Over a whole document, six searches for a character find most texts clean in half the time of the pattern's pass.)
  if (to - from > 4096 && !holdsLead(text, from)) return out;
  LEAD.lastIndex = from;
  for (let m = LEAD.exec(text); m !== null && m.index < to; m = LEAD.exec(text)) {
    const at = m.index;
    const lead = text.charCodeAt(at);
    const b1 = at + 1 < to ? byteOf(text.charCodeAt(at + 1)) : -1;
    if (lead === 0xe2) {
      const b2 = at + 2 < to ? byteOf(text.charCodeAt(at + 2)) : -1;
      if (continuation(b1) && continuation(b2)) {
        const cp = ((lead & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        out.push({ range: { start: at, end: at + 3 }, garbled: text.slice(at, at + 3), fixed: String.fromCharCode(cp) });
        LEAD.lastIndex = at + 3;
      } else if (b1 === 0x80) {
        // "â€" and then a space or a letter: a closing quote (U+201D), whose last byte Windows-1252 has no character for and
        // the export dropped.
        out.push({ range: { start: at, end: at + 2 }, garbled: text.slice(at, at + 2), fixed: '\u201d' });
        LEAD.lastIndex = at + 2;
      }
      continue;
    }
    if (!continuation(b1)) continue;
    const cp = ((lead & 0x1f) << 6) | (b1 & 0x3f);
    out.push({ range: { start: at, end: at + 2 }, garbled: text.slice(at, at + 2), fixed: String.fromCharCode(cp) });
    LEAD.lastIndex = at + 2;
  }
  return out;
}

/** The text with each mis-encoded character in [from, to) read back. */
export function repairMisencoded(text: string, from = 0, to = text.length): string {
  let out = '';
  let last = from;
  for (const f of findMisencoded(text, from, to)) {
    out += text.slice(last, f.range.start) + f.fixed;
    last = f.range.end;
  }
  return out + text.slice(last, to);
}

/** The garbled characters of text, a line at a time (the parser keeps these in the document: see MinutesDocument.garbled). */
export function garbledLines(text: string): GarbledLine[] {
  const runs = findMisencoded(text);
  const out: GarbledLine[] = [];
  for (let k = 0; k < runs.length; ) {
    const end = lineEndFrom(text, runs[k]!.range.start);
    let last = k;
    while (last + 1 < runs.length && runs[last + 1]!.range.start < end) last++;
    out.push({ range: { start: runs[k]!.range.start, end: runs[last]!.range.end }, runs: runs.slice(k, last + 1) });
    k = last + 1;
  }
  return out;
}
