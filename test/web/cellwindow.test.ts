import { gridOf } from '../helpers/grid';
import { shownText, cellWindow } from '../../src/web/cellwindow';

describe('the cells around a picked cell', () => {
  const grid = gridOf([['Initiativ', 'Status'], ['1.1', 'Grøn'], ['1.2', null]], { sheet: 'Oversigt', originRow: 5, originCol: 2 });

  it('takes rows and columns around the cell, clipped at row 1 and column A, and marks the cell itself', () => {
    const w = cellWindow(grid, 'C6', { around: { rows: 1, cols: 1 } })!;
    expect(w.sheet).toBe('Oversigt');
    expect(w.columns).toEqual(['B', 'C', 'D']);
    expect(w.rows.map((r) => r.row)).toEqual([5, 6, 7]);
    expect(w.rows[1].cells.map((c) => [c.address, c.text, c.target])).toEqual([
      ['B6', '1.1', false],
      ['C6', 'Grøn', true],
      ['D6', '', false],
    ]);
    const corner = cellWindow(grid, 'A1', { around: { rows: 4, cols: 2 } })!;
    expect(corner.columns).toEqual(['A', 'B', 'C']);
    expect(corner.rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 5]);
    expect(corner.rows[4].cells.map((c) => c.text)).toEqual(['', 'Initiativ', 'Status']);
  });

  it('puts the header over the columns when it lies above the rows shown, a merged heading’s text where the last row has none', () => {
    const rows = [['Initiativ', 'Tidshorisont', null, 'Status'], [null, 2016, 2017, null], ...Array.from({ length: 20 }, (_, k) => [`1.${k + 1}`, 'x', null, 'Grøn'])];
    const tall = gridOf(rows, { originRow: 4 });
    const low = cellWindow(tall, 'C20', { header: { top: 4, row: 5 }, around: { rows: 2, cols: 2 } })!;
    expect([low.header?.row, low.header?.label]).toEqual([5, '4–5']);
    expect(low.header?.cells.map((c) => [c.address, c.text, c.target])).toEqual([
      ['A5', 'Initiativ', false],
      ['B5', '2016', false],
      ['C5', '2017', false],
      ['D5', 'Status', false],
      ['E5', '', false],
    ]);
    expect(cellWindow(tall, 'C20', { header: { top: 5, row: 5 } })!.header?.label).toBe('5');
    expect(cellWindow(tall, 'C7', { header: { top: 4, row: 5 }, around: { rows: 2, cols: 1 } })!.header).toBeNull();
    expect(cellWindow(tall, 'C20', { around: { rows: 2, cols: 1 } })!.header).toBeNull();
  });

  it('is null for an address that is none', () => {
    expect(cellWindow(grid, 'Status!')).toBeNull();
  });

  it('shows the text Excel shows, or the value', () => {
    expect(shownText({ value: 0.5, text: '50 %' })).toBe('50 %');
    expect(shownText({ value: new Date(Date.UTC(2018, 11, 15)) })).toBe('2018-12-15');
    expect(shownText({ value: { error: '#N/A' } })).toBe('#N/A');
    expect(shownText({ value: true })).toBe('true');
    expect(shownText(null)).toBe('');
  });
});
