/**
 * A large overview as an .xlsx file, made fast for the browser tests: the benchmark's
 * synthetic grid (scripts/bench/synthetic.ts) written as inline strings into a one-sheet
 * package by the product's own zip layer (test/xlsx/helpers.ts), in well under a second
 * for 20 000 rows. Fills are left out: the statuses stand as text. Every fourth e-mail
 * address is broken (as the playground's `?rows=N` does), so there are findings to list.
 */
import { a1 } from '../../src/core/address';
import { syntheticGrid } from '../../scripts/bench/synthetic';
import { handMadeBook } from '../xlsx/helpers';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The synthetic overview of `rows` initiatives as the bytes of an .xlsx file. */
export function largeWorkbook(rows: number): Buffer {
  const grid = syntheticGrid(rows);
  grid.cells.forEach((row, r) => {
    if (r % 4 === 0 && row[7]?.value) row[7] = { value: `kontakt ${r} (at) kl.dk` };
  });
  const xml = grid.cells.map((cells, r) => {
    const row = r + 1;
    const cs = cells.map((cell, c) => {
      if (cell === null || cell === undefined || cell.value === null) return '';
      const ref = a1(row, c + 1);
      const v = cell.value;
      return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(String(v))}</t></is></c>`;
    });
    return `<row r="${row}">${cs.join('')}</row>`;
  });
  return handMadeBook({ sheet: `<sheetData>${xml.join('')}</sheetData>` });
}
