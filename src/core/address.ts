/** A1 addresses; rows and columns are 1-based. */

/** Letters per column, built once: every field of every row asks for its address. */
const LETTERS: string[] = [];

export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let n = col;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col > 0 && col <= 16384) LETTERS[col] = s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export interface CellRef {
  row: number;
  col: number;
}

export function parseA1(address: string): CellRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** `'Sheet name'!A1` — quoted the way Excel formulas and hyperlinks expect. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
