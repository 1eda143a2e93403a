import { a1 } from '../../src/core/address';
import type { Cell, Grid, GridRange } from '../../src/core/grid';
import { OfficeWorkbook } from '../../src/office/workbook';
import { WorkbookError } from '../../src/workbook/port';
import { cellValue } from '../../src/office/read';
import { FakeExcel, WEB_LIMITS, ensureCell, type SheetInit } from '../fake-excel';

/** A leveranceoversigt as KL keeps it: title rows, a two-row header, an area row, initiatives. */
function overview(rows = 4): SheetInit {
  const body = [];
  for (let k = 1; k <= rows; k++) {
    body.push([
      { value: k === 2 ? 1.1 : `1.${k}`, numberFormat: k === 2 ? '0.00' : undefined },
      `Initiativ ${k}`,
      k === 3 ? { value: new Date(Date.UTC(2019, 7, 31)), numberFormat: 'dd-mm-yyyy' } : 'Medio 2019',
      k === 4 ? { error: '#DIV/0!' } : 'ultimo 2020',
      k === 1 ? { value: null, fill: '00B050' } : { value: 'Gul', fill: 'FFFF00' },
      'anbk@kl.dk',
    ]);
  }
  return {
    originRow: 2,
    originCol: 2,
    rows: [
      ['LEVERANCEOVERSIGT'],
      [null, null, 'Tidshorisont', null],
      ['Initiativ', 'Titel', 2019, 2020, 'Status', 'Kontakt'],
      ['1. Digital kommunikation', null, null, null, null, null],
      ...body,
    ],
    merges: ['D3:E3', 'B5:G5'],
    tables: [{ name: 'Oversigt', range: `B4:G${5 + rows}` }],
  };
}

/** A grid's non-empty cells by sheet address, so grids with different origins compare. */
function cellsByAddress(grid: Grid): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  grid.cells.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (cell) out[a1(grid.originRow + r, grid.originCol + c)] = cell;
    }),
  );
  return out;
}

/** Merges and tables of a grid as sheet ranges. */
function shapeOf(grid: Grid) {
  const at = (g: GridRange) => `${a1(grid.originRow + g.top, grid.originCol + g.left)}:${a1(grid.originRow + g.bottom, grid.originCol + g.right)}`;
  return { merges: grid.merges.map(at).sort(), tables: grid.tables.map((t) => `${t.name}=${at(t)}/${t.headerRow}`) };
}

describe('OfficeWorkbook.readGrid', () => {
  it('reads values, number formats, dates, errors, fills, merges and tables as the core Grid', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Leveranceoversigt', overview());
    const grid = await new OfficeWorkbook(fake.host).readGrid('Leveranceoversigt');

    expect(grid).toMatchObject({ sheetName: 'Leveranceoversigt', originRow: 2, originCol: 2 });
    const at = (row: number, col: number) => grid.cells[row - grid.originRow]?.[col - grid.originCol];
    expect(at(2, 2)).toEqual({ value: 'LEVERANCEOVERSIGT' });
    expect(at(4, 4)).toEqual({ value: 2019 });
    expect(at(6, 2)).toEqual({ value: '1.1' });
    expect(at(7, 2)).toEqual({ value: 1.1, numFmt: '0.00' });
    expect(at(8, 4)).toEqual({ value: new Date(Date.UTC(2019, 7, 31)), numFmt: 'dd-mm-yyyy' });
    expect(at(9, 5)).toEqual({ value: { error: '#DIV/0!' } });
    expect(at(6, 6)).toEqual({ value: null, fill: '00B050' });
    expect(at(7, 6)).toEqual({ value: 'Gul', fill: 'FFFF00' });
    expect(at(3, 3)).toBeNull();
    expect(grid.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 3, left: 0, bottom: 3, right: 5 },
    ]);
    expect(grid.tables).toEqual([{ name: 'Oversigt', headerRow: true, top: 2, left: 0, bottom: 7, right: 5 }]);
  });

  it('reads in two syncs, and a sheet whose values exceed one response in one sync more per ~4 MB', async () => {
    const read = async (rows: number) => {
      const fake = new FakeExcel();
      fake.addSheet('Ark', overview(rows));
      const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
      expect(grid.cells.length).toBe(rows + 4);
      return { fake, grid };
    };
    const small = await read(100);
    const large = await read(20_000);
    expect(small.fake.syncCount).toBe(2);
    const values = large.fake.stats.reduce((n, s) => n + s.responseBytes, 0);
    expect(large.fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(values / 4_000_000));
    // Beyond the fill budget only the status column's fills are read, and they still arrive.
    const last = large.grid.cells[large.grid.cells.length - 1];
    expect(last[4]).toEqual({ value: 'Gul', fill: 'FFFF00' });
    expect(large.fake.largest.request).toBeLessThan(500_000);
    expect(large.fake.largest.response).toBeLessThan(WEB_LIMITS.payloadBytes);
  });

  it('reads number formats only where numbers are, in the same sync as the values: dates keep theirs, text gets none', async () => {
    const fake = new FakeExcel();
    const rows: SheetInit['rows'] = [['Initiativ', 'Start', 'Status']];
    for (let k = 0; k < 20_000; k++) {
      rows.push([
        { value: `1.${k}`, numberFormat: '@' },
        k < 19_990 ? { value: new Date(Date.UTC(2019, k % 12, 1)), numberFormat: 'd. mmm yyyy' } : 'ultimo 2019',
        k === 5 ? { value: 3, formula: '=1+2', numberFormat: '0.00' } : { value: 'Gul', fill: 'FFFF00' },
      ]);
    }
    fake.addSheet('Ark', { rows });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
    expect(grid.cells[1]).toEqual([{ value: '1.0' }, { value: new Date(Date.UTC(2019, 0, 1)), numFmt: 'd. mmm yyyy' }, { value: 'Gul', fill: 'FFFF00' }]);
    expect(grid.cells[6][2]).toEqual({ value: 3, numFmt: '0.00' });
    expect(grid.cells[20_000][1]).toEqual({ value: 'ultimo 2019' });
    expect(grid.cells[19_990][1]).toEqual({ value: new Date(Date.UTC(2019, 19_989 % 12, 1)), numFmt: 'd. mmm yyyy' });
    expect(fake.syncCount).toBe(2);
    expect(fake.largest.response).toBeLessThan(WEB_LIMITS.payloadBytes);
  });

  it('reads number formats with the values where numbers are most of the sheet (their areas would be no smaller)', async () => {
    const fake = new FakeExcel();
    const rows: SheetInit['rows'] = [['Nr.', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']];
    for (let k = 0; k < 30_000; k++) rows.push([`1.${k}`, ...Array.from({ length: 9 }, (_, c) => ({ value: k + c / 10, numberFormat: '0.0' }))]);
    fake.addSheet('Tal', { rows });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Tal');
    expect(grid.cells[1]).toEqual([{ value: '1.0' }, ...Array.from({ length: 9 }, (_, c) => ({ value: c / 10, numFmt: '0.0' }))]);
    expect(grid.cells[30_000][9]).toEqual({ value: 29_999.8, numFmt: '0.0' });
    const response = fake.stats.reduce((n, x) => n + x.responseBytes, 0);
    expect(fake.syncCount).toBeLessThanOrEqual(2 + Math.ceil(response / 4_000_000));
    expect(fake.largest.response).toBeLessThan(WEB_LIMITS.payloadBytes);
  });

  it('reads number formats with the values after all when their areas came back larger than the first rows promised', async () => {
    const fake = new FakeExcel();
    const long = `#,##0.00 "${'kroner i alt '.repeat(12)}"`;
    const rows: SheetInit['rows'] = [['Initiativ', 'Beløb', 'Bemærkning']];
    for (let k = 0; k < 20_000; k++) rows.push([`1.${k}`, { value: k, numberFormat: k < 30 ? 'General' : long }, `${'En bemærkning. '.repeat(8)}${k}`]);
    fake.addSheet('Ark', { rows });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
    expect(grid.cells[20_000]).toEqual([{ value: '1.19999' }, { value: 19_999, numFmt: long }, { value: expect.stringMatching(/19999$/) }]);
    expect(grid.cells[1][1]).toEqual({ value: 0 });
    expect(fake.stats.filter((x) => x.responseBytes > WEB_LIMITS.payloadBytes)).toHaveLength(1);
  });

  it('reads again in smaller bands what Excel on the web refuses, where the first rows were a poor sample', async () => {
    const fake = new FakeExcel();
    const rows: SheetInit['rows'] = [['Initiativ', 'Status', 'Bemærkning']];
    for (let k = 0; k < 20_000; k++) rows.push([`1.${k}`, { value: 'Gul', fill: 'FFFF00' }, k < 40 ? '' : `${'En lang bemærkning om status. '.repeat(10)}${k}`]);
    fake.addSheet('Stor', { rows });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Stor');
    expect(grid.cells.length).toBe(20_001);
    expect(grid.cells[20_000]).toEqual([{ value: '1.19999' }, { value: 'Gul', fill: 'FFFF00' }, { value: expect.stringMatching(/19999$/) }]);
    const refused = fake.stats.filter((s) => s.responseBytes > WEB_LIMITS.payloadBytes);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThanOrEqual(2);
  });

  it('reads merged areas in blocks of 512 cells and fills in blocks of 50 000, within Excel on the web\'s limits', async () => {
    const fake = new FakeExcel();
    const rows: SheetInit['rows'] = [['Initiativ', 'Titel', 'Status']];
    const merges: string[] = [];
    for (let k = 0; k < 60_000; k++) {
      if (k % 20 === 0) {
        rows.push([`${k / 20 + 1}. Område`]);
        merges.push(`A${rows.length}:C${rows.length}`);
      } else rows.push([`1.${k}`, 'Titel', { value: 'Rød', fill: 'FF0000' }]);
    }
    fake.addSheet('Ark', { rows, merges });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
    expect(grid.merges).toHaveLength(3000);
    expect(grid.cells[60_000][2]).toEqual({ value: 'Rød', fill: 'FF0000' });
    expect(fake.largest.request).toBeLessThan(WEB_LIMITS.payloadBytes);
  });

  it('honours the 1904 date system and reads Integer values as numbers', async () => {
    const fake = new FakeExcel();
    fake.book.date1904 = true;
    fake.addSheet('Ark', { rows: [['Dato'], [{ value: new Date(Date.UTC(2019, 7, 31)), numberFormat: 'dd-mm-yyyy' }]] });
    expect(fake.cell('Ark', 'A2')?.value).toBe(43708 - 1462);
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
    expect(grid.cells[1][0]).toEqual({ value: new Date(Date.UTC(2019, 7, 31)), numFmt: 'dd-mm-yyyy' });
    expect(cellValue(7, 'Integer', 'General')).toBe(7);
    expect(cellValue(0, 'Integer', 'yyyy-mm-dd', true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
  });

  it('reads back a core Grid loaded into the fake unchanged', async () => {
    const grid: Grid = {
      sheetName: 'Oversigt',
      originRow: 3,
      originCol: 2,
      cells: [
        [{ value: 'Nr.' }, { value: 'Status' }, { value: 2019 }],
        [{ value: 1.1, numFmt: '0.00' }, { value: null, fill: 'C00000' }, { value: new Date(Date.UTC(2019, 5, 30)), numFmt: 'd/m/yyyy' }],
        [{ value: '6.12' }, { value: 'Grøn', fill: '92D050' }, { value: { error: '#REF!' } }],
        [{ value: true }, null, { value: 'ultimo 2019' }],
      ],
      merges: [{ top: 3, left: 1, bottom: 3, right: 2 }],
      tables: [{ name: 'Tabel1', top: 0, left: 0, bottom: 3, right: 2, headerRow: true }],
    };
    const fake = new FakeExcel();
    fake.addGrid(grid);
    expect(await new OfficeWorkbook(fake.host).readGrid('oversigt')).toEqual(grid);
  });

  it('reads an empty sheet as an empty grid, and a formatted-only range does not count', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Tom', { rows: [[{ value: null, fill: 'FF0000' }]] });
    const grid: Grid = await new OfficeWorkbook(fake.host).readGrid('Tom');
    expect(grid).toEqual({ sheetName: 'Tom', originRow: 1, originCol: 1, cells: [], merges: [], tables: [] });
  });

  it('reads without merges where ExcelApi 1.13 is missing', async () => {
    const fake = new FakeExcel({ apiVersion: '1.12' });
    fake.addSheet('Ark', overview());
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');
    expect(grid.merges).toEqual([]);
    expect(grid.cells.length).toBe(8);
  });

  it('turns Office failures into WorkbookErrors', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', overview());
    const port = new OfficeWorkbook(fake.host);
    await expect(port.readGrid('Findes ikke')).rejects.toEqual(new WorkbookError('sheet-not-found', 'Findes ikke'));
    fake.editing = true;
    await expect(port.readGrid('Ark')).rejects.toEqual(new WorkbookError('editing', 'Ark'));
    const old = new FakeExcel({ apiVersion: '1.11' });
    old.addSheet('Ark', overview());
    await expect(new OfficeWorkbook(old.host).readGrid('Ark')).rejects.toEqual(new WorkbookError('api-unsupported', 'ExcelApi 1.12'));
    expect(old.syncCount).toBe(0);
  });

  it('reads a used range of 1 048 576 rows only where it holds something, in five syncs', async () => {
    const plain = new FakeExcel();
    plain.addSheet('Ark', overview(300));
    const expected = await new OfficeWorkbook(plain.host).readGrid('Ark');

    const fake = new FakeExcel();
    const sheet = fake.addSheet('Ark', overview(300));
    // A stray value in the last row and a formula far right: the used range is A2:XFD1048576.
    Object.assign(ensureCell(sheet, 1_048_575, 0), { value: 'x' });
    Object.assign(ensureCell(sheet, 2, 16_383), { value: 7, formula: '=3+4' });
    const grid = await new OfficeWorkbook(fake.host).readGrid('Ark');

    expect(grid).toMatchObject({ originRow: 2, originCol: 1 });
    expect(grid.cells.length).toBe(1_048_575);
    expect(cellsByAddress(grid)).toEqual({ ...cellsByAddress(expected), A1048576: { value: 'x' }, XFD3: { value: 7 } });
    expect(shapeOf(grid)).toEqual(shapeOf(expected));
    // The used range is as wide as the sheet, so its head takes a sync of its own.
    expect(fake.syncCount).toBe(5);
    // Only the occupied parts travel: nothing like a million rows of empty cells.
    expect(Math.max(...fake.stats.map((s) => s.responseBytes))).toBeLessThan(2 * Math.max(...plain.stats.map((s) => s.responseBytes)));
  });

  it('still refuses a large used range whose occupied parts are too many or too large to read', async () => {
    // 50 001 single cells, apart: more areas than a read may list.
    const scattered = new FakeExcel();
    scattered.addSheet('Ark', { rows: Array.from({ length: 100_002 }, (_, k) => (k % 2 === 0 ? ['x'] : [])) });
    ensureCell(scattered.sheet('Ark'), 0, 16_383).value = 'y';
    await expect(new OfficeWorkbook(scattered.host).readGrid('Ark')).rejects.toEqual(new WorkbookError('too-large', 'Ark'));
    // Refused from the counts, before the areas are listed.
    expect(scattered.syncCount).toBe(2);

    // A diagonal of 1 500 cells: few cells, but every box around them holds 2.25 million.
    const diagonal = new FakeExcel();
    diagonal.addSheet('Ark', { rows: Array.from({ length: 1500 }, (_, k) => [...new Array<null>(k).fill(null), 'x']) });
    await expect(new OfficeWorkbook(diagonal.host).readGrid('Ark')).rejects.toEqual(new WorkbookError('too-large', 'Ark'));
    // Refused from the areas, before any cell is read.
    expect(diagonal.syncCount).toBe(3);
    expect(Math.max(...diagonal.stats.map((s) => s.responseBytes))).toBeLessThan(100_000);
  });

  it('lists sheets with visibility and owner, in two syncs', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Leveranceoversigt', overview());
    fake.addSheet('Samlet status', { names: { 'Leverance.Ejer': '="summary"' } });
    fake.addSheet('Historik', { names: { 'Leverance.Ejer': '="snapshot"' }, visibility: 'VeryHidden' });
    fake.addSheet('Noter', { names: { Andet: '=1' }, visibility: 'Hidden' });
    expect(await new OfficeWorkbook(fake.host).listSheets()).toEqual([
      { name: 'Leveranceoversigt', visible: true, owner: null },
      { name: 'Samlet status', visible: true, owner: 'summary' },
      { name: 'Historik', visible: false, owner: 'snapshot' },
      { name: 'Noter', visible: false, owner: null },
    ]);
    expect(fake.syncCount).toBe(2);
  });
});
