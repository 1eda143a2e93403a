/**
 * The bad-input corpus (issue 8): workbooks a careless producer, a hurried user or an
 * attacker could hand the product. Each case is built at test time — the large ones
 * (a million-row used range, 32 000-character cells) would be megabytes in git — as core
 * Grids, so the same case runs through the CLI (rendered to .xlsx by ExcelJS) and through
 * the Office.js adapter (loaded into the FakeExcel).
 */
import * as ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Cell, CellValue, Grid, GridRange } from '../../src/core/grid';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow, type CellInput } from '../helpers/grid';
import { compoundFile } from '../xlsx/helpers';

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/** Text a user may type that a careless writer would turn into a formula, a link or markup. */
export const HOSTILE_TEXT = [
  '=HYPERLINK("http://evil.example","klik")',
  '+4512345678',
  '-',
  '@SUM(A1:A9)',
  '=1+1',
  '<b>fed</b>',
  '<img src=x onerror=alert(1)>',
  ']]></t><f>1+1</f><t>',
  '&amp; &lt;',
];

export interface SheetCase {
  grid: Grid;
  state?: 'visible' | 'hidden';
  /** 1-based sheet rows / columns to hide (xlsx only: the fake does not model hiding). */
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** Cells to write as rich text runs (xlsx only), A1 → runs. */
  richText?: Record<string, string[]>;
}

export interface WorkbookCase {
  name: string;
  sheets: SheetCase[];
}

/** A clean initiative row in the published layout, green, with a milestone in its year. */
function row(id: string, title: string, status: CellInput = 'Grøn', remark = ''): CellInput[] {
  return overviewRow(`${id}: ${title}`, ['ultimo 2016'], 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', status, remark);
}

function overview(body: CellInput[][], opts: { sheet?: string; merges?: GridRange[] } = {}): Grid {
  return gridOf([...OVERVIEW_HEAD, ...body], { sheet: opts.sheet, merges: [...OVERVIEW_HEAD_MERGES, ...(opts.merges ?? [])] });
}

const SMALL = [['1. Digital kommunikation og borgerbetjening'], row('1.1', 'Borgerservice'), row('1.2', 'Digital post', 'Gul', 'Forsinket')];

/** The 1-based sheet row of body row k (after the five head rows). */
export const bodyRow = (k: number) => OVERVIEW_HEAD.length + 1 + k;

/** A small overview plus one value in the last row Excel has: a used range of 1 048 576 rows. */
export function millionRows(): WorkbookCase {
  const grid = overview(SMALL);
  const far: Cell = { value: 'x' };
  const last = 1_048_576;
  // Sparse: rows between stay empty arrays, as the xlsx adapter gives them (the Office adapter leaves holes).
  const cells: Grid['cells'] = grid.cells.concat(Array.from({ length: last - grid.cells.length - 1 }, () => []), [[far]]);
  return { name: 'a 1 048 576-row used range', sheets: [{ grid: { ...grid, cells } }] };
}

/** Every Excel error value, in delivery, contact, email, status and remark cells. */
export function errorValues(): WorkbookCase & { expected: string[] } {
  const body: CellInput[][] = [['1. Digital kommunikation og borgerbetjening']];
  const expected: string[] = [];
  // Columns B (2016), G (contact), H (email), J (status), K (remark), cycling.
  const cols = [1, 6, 7, 9, 10];
  ERROR_VALUES.forEach((error, k) => {
    const r = row(`1.${k + 1}`, `Initiativ ${k + 1}`);
    const c = cols[k % cols.length];
    r[c] = { value: { error } };
    body.push(r);
    expected.push(`${'ABCDEFGHIJK'[c]}${bodyRow(k + 1)}`);
  });
  return { name: 'every Excel error value', sheets: [{ grid: overview(body) }], expected };
}

/** A title merged across the whole header width, and header cells merged across two columns. */
export function mergedHeader(): WorkbookCase {
  const grid = gridOf(
    [
      ['LEVERANCEOVERSIGT'],
      ['Initiativ', null, 'Tidshorisont', null, null, 'Kontakt-person hos KL', 'Kontakt', 'Kontor i KL.', 'Status', 'Bemærkning'],
      [null, null, 2016, 2017, 2018],
      ['1. Digital kommunikation og borgerbetjening'],
      ['1.1: Borgerservice', null, 'ultimo 2016', null, null, 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn', ''],
      ['1.2: Digital post', null, null, 'medio 2017', null, 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Rød', 'Stoppet'],
    ],
    {
      merges: [
        { top: 0, left: 0, bottom: 0, right: 9 },
        { top: 1, left: 0, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 1, right: 4 },
        { top: 3, left: 0, bottom: 3, right: 9 },
        { top: 4, left: 0, bottom: 4, right: 1 },
        { top: 5, left: 0, bottom: 5, right: 1 },
      ],
    },
  );
  return { name: 'merged cells across the header', sheets: [{ grid }] };
}

/** Two sheets that both look like an overview: the better header wins, whatever the order. */
export function twoCandidates(): WorkbookCase {
  const weak = gridOf([['Nr.', 'Status'], ['9.1', 'Grøn'], ['9.2', 'Gul']], { sheet: 'Kladde' });
  return { name: 'two candidate overviews (best header wins)', sheets: [{ grid: weak }, { grid: overview(SMALL) }] };
}

/** The same overview twice, a hidden copy first: the visible one wins. */
export function hiddenCopy(): WorkbookCase {
  return {
    name: 'two equal candidates (visible beats hidden)',
    sheets: [{ grid: overview(SMALL, { sheet: 'Gammel kopi' }), state: 'hidden' }, { grid: overview(SMALL) }],
  };
}

export function headerOnly(): WorkbookCase {
  return { name: 'header only', sheets: [{ grid: overview([]) }] };
}

/** Hidden rows and columns are still part of the overview (a filter must not hide problems). */
export function hiddenRowsCols(): WorkbookCase & { hiddenRow: number } {
  const body = [...SMALL, row('1.3', 'Skjult række', 'Blå')];
  return {
    name: 'hidden rows and columns',
    sheets: [{ grid: overview(body), hiddenRows: [bodyRow(3)], hiddenCols: [3, 4, 9] }],
    hiddenRow: bodyRow(3),
  };
}

/** Dates as serial numbers: a date-formatted serial, a bare serial and a date in year columns. */
export function serialDates(): WorkbookCase {
  const r = (id: string, years: CellInput[]) => overviewRow(`${id}: Dato`, years, 'Anne Bach', 'anbk@kl.dk', 'Digitalisering og Borgerbetjening', 'Grøn');
  const body: CellInput[][] = [
    ['1. Digital kommunikation og borgerbetjening'],
    r('1.1', [{ value: 42735, numFmt: 'dd-mm-yyyy' }]),
    r('1.2', [null, 43100]),
    r('1.3', [null, null, new Date(Date.UTC(2018, 5, 30))]),
    r('1.4', [null, null, null, { value: -1, numFmt: 'dd-mm-yyyy' }, { value: 2958466, numFmt: 'yyyy-mm-dd' }]),
  ];
  return { name: 'dates as serial numbers', sheets: [{ grid: overview(body) }] };
}

/** Rich text runs in the id, title, status and remark cells (xlsx only). */
export function richText(): WorkbookCase {
  const body = [['1. Digital kommunikation og borgerbetjening'], row('1.1', 'Borgerservice', 'Gul', 'Forsinket')];
  const r = bodyRow(1);
  return {
    name: 'rich text',
    sheets: [
      {
        grid: overview(body),
        richText: { [`A${r}`]: ['1.1: ', 'Borger', 'service'], [`J${r}`]: ['G', 'ul'], [`K${r}`]: ['Forsinket ', 'pga. leverandør'] },
      },
    ],
  };
}

/** 32 000-character text in every text column of a few rows. */
export function longCells(): WorkbookCase {
  const long = (seed: string) => (seed + ' ').repeat(Math.ceil(32_000 / (seed.length + 1))).slice(0, 32_000);
  const body: CellInput[][] = [['1. Digital kommunikation og borgerbetjening']];
  for (let k = 1; k <= 3; k++) {
    body.push(overviewRow(`1.${k}: ${long('Titel')}`, [long('ultimo 2016')], long('Navn'), long('a@kl.dk'), long('Kontor'), k === 1 ? long('Gul') : 'Gul', long('Bemærkning')));
  }
  return { name: '32 000-character cells', sheets: [{ grid: overview(body) }] };
}

/** Formula-looking text and markup in every column, on yellow and red rows so it reaches the summary. */
export function hostileText(): WorkbookCase {
  const body: CellInput[][] = [['1. Digital kommunikation og borgerbetjening']];
  HOSTILE_TEXT.forEach((text, k) => {
    body.push(overviewRow(`1.${k + 1}: ${text}`, [text, text, text, text, text], text, text, text, k % 2 ? 'Gul' : 'Rød', text));
  });
  return { name: 'formula-looking and markup text', sheets: [{ grid: overview(body) }] };
}

/** 100 areas with long, colliding and forbidden-character names. */
export function hundredAreas(): WorkbookCase {
  const body: CellInput[][] = [];
  for (let a = 1; a <= 100; a++) {
    // Names that differ only after 31 characters, in case, or by characters Excel forbids.
    const name = a % 3 === 0 ? `Digitalisering af den kommunale opgaveløsning [${a % 7}]` : a % 3 === 1 ? 'Fælles/IT: *infrastruktur?' : 'FÆLLES/it: *INFRASTRUKTUR?';
    body.push([`${a}. ${name}`]);
    body.push(row(`${a}.1`, `Initiativ i område ${a}`));
  }
  return { name: 'an overview with 100 areas', sheets: [{ grid: overview(body) }] };
}

/** Every workbook case, for the sweeps that only need "findings or a clear error". */
export function workbookCases(): WorkbookCase[] {
  return [millionRows(), errorValues(), mergedHeader(), twoCandidates(), hiddenCopy(), headerOnly(), hiddenRowsCols(), serialDates(), richText(), longCells(), hostileText(), hundredAreas()];
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

/** Renders a case as an .xlsx file, as Excel would save it. */
export async function xlsxOf(c: WorkbookCase): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of c.sheets) {
    const { grid } = s;
    const ws = wb.addWorksheet(grid.sheetName, { state: s.state ?? 'visible' });
    grid.cells.forEach((cells, r) =>
      cells?.forEach((cell, k) => {
        if (!cell) return;
        const target = ws.getCell(grid.originRow + r, grid.originCol + k);
        target.value = excelValue(cell.value);
        if (cell.numFmt) target.numFmt = cell.numFmt;
        if (cell.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${cell.fill}` } };
      }),
    );
    for (const m of grid.merges) ws.mergeCells(grid.originRow + m.top, grid.originCol + m.left, grid.originRow + m.bottom, grid.originCol + m.right);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const col of s.hiddenCols ?? []) ws.getColumn(col).hidden = true;
    for (const [ref, runs] of Object.entries(s.richText ?? {})) {
      ws.getCell(ref).value = { richText: runs.map((text, k) => ({ text, font: k % 2 ? { bold: true } : { italic: true } })) };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A password-protected workbook as Excel saves it: an encrypted package inside a Compound File. */
export function encryptedWorkbook(): Buffer {
  // The directory entries Excel writes for an encrypted package.
  return compoundFile(['EncryptionInfo', 'EncryptedPackage']);
}

/** Files that are not (usable) workbooks, by name; each must give exit 2 and one line. */
export async function unusableFiles(valid: Buffer): Promise<Record<string, Buffer>> {
  const zipOf = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: 'nodebuffer' });
  };
  const withPart = async (name: string, text: string) => {
    const zip = await JSZip.loadAsync(valid);
    zip.file(name, text);
    return zip.generateAsync({ type: 'nodebuffer' });
  };
  return {
    'empty (0 bytes)': Buffer.alloc(0),
    'truncated to 100 bytes': valid.subarray(0, 100),
    'truncated to half': valid.subarray(0, Math.floor(valid.length / 2)),
    'cut one byte short': valid.subarray(0, valid.length - 1),
    'plain text': Buffer.from('Initiativ;Status\n1.1;Grøn\n', 'utf8'),
    'a PNG image': Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    'a zip without a workbook': await zipOf({ 'readme.txt': 'hej' }),
    'a .docx-like package': await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    'garbage workbook.xml': await withPart('xl/workbook.xml', '\u0000\u0001 not xml <<<'),
    'garbage worksheet': await withPart('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row>'),
    'password-protected (CFB)': encryptedWorkbook(),
  };
}
