/**
 * Reads the example workbook and the formula-text fixture with the xlsx adapter and writes
 * them as Grid JSON for the playground, which runs in a browser and so cannot read .xlsx.
 * `ts-node playground/make-grids.ts [outDir]`; default playground/generated (git-ignored).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XlsxWorkbook } from '../src/xlsx';
import { gridBookToJson } from './grid-json';

const ROOT = join(__dirname, '..');

/** The workbooks the playground offers, by the name `?fixture=` selects. */
export const PLAYGROUND_BOOKS: Record<string, string> = {
  example: join(ROOT, 'examples', 'leveranceoversigt-2016-2020.xlsx'),
  'formula-text': join(ROOT, 'test', 'fixtures', 'formula-text.xlsx'),
};

export async function writeGrids(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  for (const [name, file] of Object.entries(PLAYGROUND_BOOKS)) {
    const book = await XlsxWorkbook.open(file);
    const sheets = [];
    for (const info of await book.listSheets()) sheets.push(await book.readGrid(info.name));
    writeFileSync(join(outDir, `${name}.json`), gridBookToJson({ source: basename(file), sheets }));
  }
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, 'generated');
  writeGrids(out).then(
    () => console.log(`playground grids written to ${out}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}
