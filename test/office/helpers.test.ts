import { toWorkbookError } from '../../src/office/errors';
import { dateToSerial, serialToDate } from '../../src/core/dateserial';
import { freeSheetName } from '../../src/core/report/names';
import { ownerFormula, ownerOf } from '../../src/workbook/owner';
import { isDateFormat } from '../../src/core/parse/number-format';
import { blocksOf, boxesOf, cellValue, parseAreas, valueTypesOf } from '../../src/office/read';
import { cellInput, planChunks, styleRects } from '../../src/office/write';
import type { SheetSpec } from '../../src/core/report/sheetspec';
import { WorkbookError } from '../../src/workbook/port';

describe('number formats and serials', () => {
  it.each([
    ['dd-mm-yyyy', true],
    ['d. mmmm yyyy', true],
    ['[$-406]d/m/yy;@', true],
    ['h:mm AM/PM', true],
    ['[h]:mm', true],
    ['General', false],
    ['0.00', false],
    ['#,##0 "kr."', false],
    ['"dag "0', false],
    ['[Red]0.0%', false],
    ['@', false],
  ])('%s is a date format: %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });

  it('converts serials and dates both ways in UTC', () => {
    expect(serialToDate(43708)).toEqual(new Date(Date.UTC(2019, 7, 31)));
    expect(dateToSerial(new Date(Date.UTC(2019, 7, 31)))).toBe(43708);
    expect(cellValue(43708, 'Double', 'dd-mm-yyyy')).toEqual(new Date(Date.UTC(2019, 7, 31)));
    expect(cellValue(1.1, 'Double', '0.00')).toBe(1.1);
    expect(cellValue('#N/A', 'Error', 'General')).toEqual({ error: '#N/A' });
    expect(cellValue('', 'Empty', 'General')).toBeNull();
  });
});

describe('write helpers', () => {
  it('writes every string behind an apostrophe so Excel keeps it as text', () => {
    expect(['=1+1', '+45', '-', '@x', '1.10', 'Grøn', ''].map((v) => cellInput(v, false))).toEqual(["'=1+1", "'+45", "'-", "'@x", "'1.10", "'Grøn", '']);
    expect(cellInput(null, false)).toBe('');
    expect(cellInput(3, false)).toBe(3);
  });

  it('writes a date as its serial in the date system of the workbook', () => {
    const day = new Date(Date.UTC(2018, 11, 15));
    expect(cellInput(day, false)).toBe(43449);
    expect(cellInput(day, true)).toBe(43449 - 1462);
  });

  it('round-trips owner keys through the marker formula', () => {
    expect(ownerOf(ownerFormula('area:3'))).toBe('area:3');
    expect(ownerOf(ownerFormula('a"b'))).toBe('a"b');
    expect(ownerOf('=Ark1!$A$1')).toBeNull();
  });

  it('finds free sheet names within 31 characters', () => {
    expect(freeSheetName('Samlet status', ['samlet status', 'Samlet status (2)'])).toBe('Samlet status (3)');
    expect(freeSheetName('x'.repeat(31), ['x'.repeat(31)])).toBe(`${'x'.repeat(27)} (2)`);
  });

  it('groups styled cells into few rectangles', () => {
    const rows: SheetSpec['rows'] = [
      [{ value: 'a', style: 'h' }, { value: 'b', style: 'h' }],
      [{ value: 1, style: 'c' }, { value: 2, style: 'c' }],
      [{ value: 3, style: 'c' }, { value: 4, style: 'c' }],
      [{ value: 5, style: 'c' }, null],
    ];
    expect(Object.fromEntries(styleRects(rows, 0, 4))).toEqual({
      h: [{ top: 0, left: 0, bottom: 0, right: 1 }],
      c: [
        { top: 1, left: 0, bottom: 2, right: 1 },
        { top: 3, left: 0, bottom: 3, right: 0 },
      ],
    });
  });

  it('packs small sheets into one request and cuts long ones into slices', () => {
    const spec = (rows: number): SheetSpec => ({
      name: 'x',
      owner: 'x',
      visibility: 'visible',
      rows: Array.from({ length: rows }, () => [{ value: 'x'.repeat(100) }]),
      styles: {},
      columns: [],
      merges: [],
    });
    expect(planChunks([spec(2), spec(3)], 10_000)).toEqual([[{ spec: 0, from: 0, to: 2 }, { spec: 1, from: 0, to: 3 }]]);
    const chunks = planChunks([spec(100)], 5_000);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.flat().reduce((n, s) => n + s.to - s.from, 0)).toBe(100);
  });

  it('parses RangeAreas addresses with quoted sheet names', () => {
    expect(parseAreas("'Ark, 1'!A1:B2,'Ark, 1'!D4")).toEqual([
      { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 2 },
      { rowIndex: 3, columnIndex: 3, rowCount: 1, columnCount: 1 },
    ]);
  });

  it('groups the areas of occupied cells into boxes: touching ones together, a stray cell alone', () => {
    const rect = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({ rowIndex, columnIndex, rowCount, columnCount });
    // A1:K1 title, A3:K4 and A5:B6 touch; A9 is apart; A1048576 and XFD3 are strays.
    const areas = [rect(1_048_575, 0, 1, 1), rect(2, 0, 2, 11), rect(0, 0, 1, 11), rect(4, 0, 2, 2), rect(8, 0, 1, 1), rect(2, 16_383, 1, 1)];
    expect(boxesOf(areas)).toEqual([rect(0, 0, 1, 11), rect(2, 0, 4, 11), rect(2, 16_383, 4, 1), rect(8, 0, 1, 1), rect(1_048_575, 0, 1, 1)]);
    expect(boxesOf([])).toEqual([]);
  });
});

describe('valueTypesOf', () => {
  it('tells types by the values, and errors by their areas, which may reach beyond the block', () => {
    const values = [
      ['1.1', 4, true, ''],
      ['#N/A', '#N/A', 2.5, null],
    ];
    // The block starts at B3 (row 2, column 1); the error areas are A4:B4 and Z1, cut to the block.
    const errors = [
      { rowIndex: 3, columnIndex: 0, rowCount: 1, columnCount: 2 },
      { rowIndex: 0, columnIndex: 25, rowCount: 1, columnCount: 1 },
    ];
    expect(valueTypesOf(values, { rowIndex: 2, columnIndex: 1 }, errors)).toEqual([
      ['String', 'Double', 'Boolean', 'Empty'],
      ['Error', 'String', 'Double', 'Empty'],
    ]);
  });
});

describe('blocksOf', () => {
  const rect = (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => ({ rowIndex, columnIndex, rowCount, columnCount });
  it('cuts a rectangle into whole-row blocks of at most the given cells, and very wide rows into pieces', () => {
    expect(blocksOf(rect(10, 2, 250, 11), 512)).toEqual([rect(10, 2, 46, 11), rect(56, 2, 46, 11), rect(102, 2, 46, 11), rect(148, 2, 46, 11), rect(194, 2, 46, 11), rect(240, 2, 20, 11)]);
    expect(blocksOf(rect(0, 0, 2, 1000), 512)).toEqual([rect(0, 0, 1, 512), rect(0, 512, 1, 488), rect(1, 0, 1, 512), rect(1, 512, 1, 488)]);
    expect(blocksOf(rect(0, 0, 3, 3), 50_000)).toEqual([rect(0, 0, 3, 3)]);
  });
});

describe('toWorkbookError', () => {
  const office = (code: string, message = '') => Object.assign(new Error(message), { code });
  it.each([
    ['InvalidOperationInCellEditMode', '', 'editing'],
    ['AccessDenied', '', 'protected'],
    ['InvalidOperation', 'The sheet is protected.', 'protected'],
    ['RequestPayloadSizeLimitExceeded', '', 'too-large'],
    ['ApiNotFound', '', 'api-unsupported'],
    ['ItemNotFound', '', 'sheet-not-found'],
  ])('%s (%s) → %s', (code, message, expected) => {
    expect(toWorkbookError(office(code, message), 'write', 'Ark')).toEqual(new WorkbookError(expected as never, 'Ark'));
  });

  it('says a refusal on no sheet in particular is the workbook structure protection', () => {
    expect(toWorkbookError(office('AccessDenied'), 'write')).toEqual(new WorkbookError('workbook-protected'));
  });

  it('keeps unknown read errors and makes unknown write errors write-failed', () => {
    const e = office('GeneralException', 'boom');
    expect(toWorkbookError(e, 'read', 'Ark')).toBe(e);
    expect(toWorkbookError(e, 'write', 'Ark')).toEqual(new WorkbookError('write-failed', 'GeneralException'));
  });
});
