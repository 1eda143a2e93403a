/**
 * The CLI as a user runs it: `node bin/leverance.js …` in its own process (built by
 * `npm run build:cli`), against a baseline run the same way.
 */
import ExcelJS from 'exceljs';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { alternate, type ChildRun, type Command } from './child';
import { syntheticGrid } from './synthetic';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'bin/leverance.js');
export const EXAMPLE = join(ROOT, 'examples/leveranceoversigt-2016-2020.xlsx');
const BASELINE = join(__dirname, 'exceljs-roundtrip.js');

export interface Comparison {
  measured: ChildRun[];
  baseline: ChildRun[];
}

/** `validate` of the bundled example against `node -e 0`, Node's own start. */
export function compareValidate(scratchDir: string, pairs: number): Comparison {
  const validate: Command = { args: [CLI, 'validate', EXAMPLE], okCodes: [0, 1] };
  const nodeStart: Command = { args: ['-e', '0'], okCodes: [0] };
  const runs = alternate(validate, nodeStart, pairs, scratchDir);
  return { measured: runs.a, baseline: runs.b };
}

/** `summarize` of `input` against a bare ExcelJS load + save of the same file. */
export function compareSummarize(scratchDir: string, input: string, pairs: number): Comparison {
  const summarize: Command = {
    args: [CLI, 'summarize', input, '--out', join(scratchDir, 'summarized.xlsx'), '--report-date', '2018-12-15'],
    okCodes: [0],
  };
  const roundTrip: Command = { args: [BASELINE, input, join(scratchDir, 'roundtrip.xlsx')], okCodes: [0] };
  const runs = alternate(summarize, roundTrip, pairs, scratchDir);
  return { measured: runs.a, baseline: runs.b };
}

/** The synthetic overview of `rows` initiatives as an .xlsx file; returns its size in MB. */
export async function writeSyntheticWorkbook(path: string, rows: number): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Leveranceoversigt');
  for (const row of syntheticGrid(rows).cells) {
    const added = ws.addRow(row.map((c) => (c ? c.value : null)));
    row.forEach((c, k) => {
      if (c?.fill) added.getCell(k + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill}` } };
    });
  }
  await wb.xlsx.writeFile(path);
  return statSync(path).size / 2 ** 20;
}
