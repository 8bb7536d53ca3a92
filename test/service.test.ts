/** The language service in memory, for what the protocol tests do not reach: clients without snippet support. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Documents } from '../server/src/service/documents';
import { createLanguageService } from '../server/src/service/service';

test('without snippet support, completions are plain text: no tab stops, placeholders or choices', () => {
  const docs = new Documents();
  const text = ['4. Budget', 'Members discussed the budget.', ''].join('\n');
  docs.open('file:///plain.minutes', 'minutes', 1, text);
  const service = createLanguageService({ snippets: false, markdown: false });
  const items = service.completions(docs.get('file:///plain.minutes')!, { line: 2, character: 0 });
  assert.ok(items.length >= 5, items.map((i) => i.label).join(', '));
  for (const i of items) {
    const t = (i.textEdit as { newText: string }).newText;
    assert.doesNotMatch(t, /\$\{|\$\d/, `${i.label}: ${t}`);
  }
  const motion = items.find((i) => i.label.startsWith('Motion'))!;
  // A choice becomes its first option.
  assert.equal((motion.textEdit as { newText: string }).newText, 'Motion: text. Moved by name, seconded by name. Motion carried.');
  const agenda = items.find((i) => i.label === 'Agenda item')!;
  assert.equal((agenda.textEdit as { newText: string }).newText, '5. Title\n');
});
