import { defineRule } from './rule';

/**
 * Text that went through the wrong character set on its way into the minutes ("Hartâ€™s", "Â£450", "ACTION â€“ ...")
 * reads badly in the signed copy, and hides what the other rules look for (an "ACTION –" label with a broken dash is
 * no label). One finding per line, over its broken characters (the parser finds them: MinutesDocument.garbled); the
 * quick fix reads them back.
 */
export default defineRule({
  id: 'mis-encoded-text',
  description: 'The text has no characters garbled by the wrong character set.',
  defaultSeverity: 'warning',
  tags: ['text'],
  check(doc, report) {
    for (const line of doc.garbled) {
      const first = line.runs[0]!;
      const shown = `"${first.garbled}" for "${first.fixed}"`;
      report(
        line.range,
        line.runs.length === 1
          ? `This text looks mis-encoded: ${shown} (UTF-8 read as Windows-1252). The quick fix repairs it.`
          : `This line has ${line.runs.length} mis-encoded characters, such as ${shown} (UTF-8 read as Windows-1252). The quick fix repairs them.`,
      );
    }
  },
});
