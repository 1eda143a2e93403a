/** The bench's one table: a row per measurement, in Markdown so the README can show it as printed. */

export interface Row {
  measure: string;
  result: string;
  /** The SPEC target, where the row has one. */
  target?: string;
  met?: boolean;
}

function verdict(row: Row): string {
  if (row.met === undefined) return '';
  return row.met ? '✓' : '✗';
}

/** Whether a row misses its target, which fails the run. */
export function fails(row: Row): boolean {
  return row.met === false;
}

export function formatTable(rows: Row[]): string {
  const header = ['measure', 'result', 'target', 'met'];
  const cells = [header, ...rows.map((r) => [r.measure, r.result, r.target ?? '', verdict(r)])];
  const widths = header.map((_, k) => Math.max(...cells.map((c) => c[k].length)));
  const line = (c: string[]) => `| ${c.map((text, k) => text.padEnd(widths[k])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...cells.slice(1).map(line)].join('\n');
}
