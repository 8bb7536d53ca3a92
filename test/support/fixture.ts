/**
 * Fixtures with expectations marked inline. A marker line is carets under the
 * line above, then what is expected there:
 *
 *   Action Point
 *   A report to be brought to a future committee.
 *   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ unattributed-action
 *
 *   4.1 Tenancy audit
 *   ^^^^^^^^^^^^^^^^^ item outcome=noted procedural=no level=2
 *   Clerk to write to the tenants by 31 March.
 *   ^ action owner="Clerk" due="31 March"
 *
 * A diagnostic code asserts the exact range; `item` and `action` assert where
 * the title or the task starts and the facts given. Marker lines are removed
 * before parsing, so every other line keeps its real position. Within a file,
 * the marked diagnostics are all the diagnostics and the marked actions all the
 * actions (none marked: none expected); when any `item` is marked, the marked
 * ones are all the items.
 */
export interface Expectation {
  line: number;
  start: number;
  end: number;
  kind: 'diagnostic' | 'item' | 'action';
  code: string;
  attrs: Record<string, string>;
}

export interface Fixture {
  text: string;
  expectations: Expectation[];
}

const MARKER = /^(\s*)(\^+)\s+(\S.*)$/;

export function readFixture(source: string): Fixture {
  // Keep the fixture's own line endings: CRLF fixtures test CRLF.
  const parts = source.split(/(\r\n|\n)/);
  const lines: string[] = [];
  const eols: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    lines.push(parts[i]!);
    eols.push(parts[i + 1] ?? '');
  }
  const kept: string[] = [];
  const keptEol: string[] = [];
  const expectations: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = MARKER.exec(lines[i]!);
    if (m && kept.length > 0) {
      const start = m[1]!.length;
      const end = start + m[2]!.length;
      const spec = m[3]!.trim();
      const word = spec.split(/\s+/)[0]!;
      const attrs: Record<string, string> = {};
      const re = /(\w+)=("([^"]*)"|\S+)/g;
      let a: RegExpExecArray | null;
      while ((a = re.exec(spec))) attrs[a[1]!] = a[3] ?? a[2]!;
      const kind = word === 'item' ? 'item' : word === 'action' ? 'action' : 'diagnostic';
      expectations.push({ line: kept.length - 1, start, end, kind, code: word, attrs });
      // The marker's own line break is dropped; the line above keeps its own.
      continue;
    }
    kept.push(lines[i]!);
    keptEol.push(eols[i]!);
  }
  let text = '';
  for (let i = 0; i < kept.length; i++) text += kept[i]! + keptEol[i]!;
  // A marker on the last line leaves the line above with its line break; fixtures that test a missing final newline put no marker last.
  return { text, expectations };
}
