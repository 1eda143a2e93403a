import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { syntheticGrid } from './synthetic';

export interface CliMeasure {
  baselineMs: number;
  summarizeMs: number;
  ratio: number;
}

async function writeWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Leveranceoversigt');
  for (const row of syntheticGrid(rows).cells) {
    const added = ws.addRow(row.map((c) => (c ? c.value : null)));
    row.forEach((c, k) => {
      if (c?.fill) added.getCell(k + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.fill}` } };
    });
  }
  await wb.xlsx.writeFile(path);
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Best of three, for each side, so a busy moment on a shared machine does not decide. */
export async function measureCli(dir: string, rows: number): Promise<CliMeasure> {
  const input = join(dir, 'input.xlsx');
  await writeWorkbook(input, rows);
  const quiet = { stdout: () => undefined, stderr: () => undefined, isTTY: false };
  const baseline: number[] = [];
  const summarize: number[] = [];
  for (let k = 0; k < 3; k++) {
    baseline.push(
      await time(async () => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(input);
        await wb.xlsx.writeFile(join(dir, 'baseline.xlsx'));
      }),
    );
    summarize.push(
      await time(async () => {
        const code = await main(['summarize', input, '--out', join(dir, 'out.xlsx'), '--report-date', '2018-12-15'], quiet);
        if (code !== 0) throw new Error(`summarize exited ${code}`);
      }),
    );
  }
  const baselineMs = Math.min(...baseline);
  const summarizeMs = Math.min(...summarize);
  return { baselineMs, summarizeMs, ratio: summarizeMs / baselineMs };
}
