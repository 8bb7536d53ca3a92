import { findMisencoded } from '../model/encoding';
import { defineRule } from './rule';

/**
 * Text that went through the wrong character set on its way into the minutes ("Hartâ€™s", "Â£450", "ACTION â€“ ...")
 * reads badly in the signed copy, and hides what the other rules look for (an "ACTION –" label with a broken dash is
 * no label). One finding per line, over its broken characters; the quick fix reads them back.
 */
export default defineRule({
  id: 'mis-encoded-text',
  description: 'The text has no characters garbled by the wrong character set.',
  defaultSeverity: 'warning',
  tags: ['text'],
  check(doc, report) {
    const text = doc.text;
    const found = findMisencoded(text);
    for (let k = 0; k < found.length; ) {
      const first = found[k]!;
      const lineEnd = text.indexOf('\n', first.range.start);
      const end = lineEnd < 0 ? text.length : lineEnd;
      let last = k;
      while (last + 1 < found.length && found[last + 1]!.range.start < end) last++;
      const count = last - k + 1;
      const shown = `"${text.slice(first.range.start, first.range.end)}" for "${first.fixed}"`;
      report(
        { start: first.range.start, end: found[last]!.range.end },
        count === 1
          ? `This text looks mis-encoded: ${shown} (UTF-8 read as Windows-1252). The quick fix repairs it.`
          : `This line has ${count} mis-encoded characters, such as ${shown} (UTF-8 read as Windows-1252). The quick fix repairs them.`,
      );
      k = last + 1;
    }
  },
});
