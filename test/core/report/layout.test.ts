import { estimateRowHeights } from '../../../src/core/report/layout';
import type { SheetSpec } from '../../../src/core/report/sheetspec';

const spec = (rows: SheetSpec['rows'], merges: string[] = []): SheetSpec => ({
  name: 'x',
  owner: 'summary',
  visibility: 'visible',
  rows,
  styles: { wrap: { wrap: true }, big: { size: 18 } },
  columns: [10, 20],
  merges,
});

describe('estimateRowHeights', () => {
  it('grows rows whose wrapped text needs more lines, and rows with a large font', () => {
    const heights = estimateRowHeights(
      spec([
        [{ value: 'kort', style: 'wrap' }],
        [null, { value: 'x'.repeat(63), style: 'wrap' }],
        [{ value: 30, style: 'big' }],
        [{ value: 'x'.repeat(63) }],
        [{ value: 'a\nb\nc', style: 'wrap' }],
      ]),
    );
    expect(heights).toEqual({ 2: 45, 3: 26, 5: 45 });
  });

  it('counts the width of a merged range', () => {
    expect(estimateRowHeights(spec([[{ value: 'x'.repeat(30), style: 'wrap' }]], ['A1:B1']))).toEqual({});
    expect(estimateRowHeights(spec([[{ value: 'x'.repeat(30), style: 'wrap' }]]))).toEqual({ 1: 45 });
  });
});
