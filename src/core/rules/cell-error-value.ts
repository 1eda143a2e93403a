import { finding, type Rule } from './rule';

export const cellErrorValue: Rule = {
  id: 'cell.error-value',
  severity: 'error',
  check({ overview }) {
    // Most sheets have no error values: skip indexing every row for none.
    if (overview.errorCells.length === 0) return [];
    const byRow = new Map(overview.initiatives.map((i) => [i.row, i.id.value]));
    return overview.errorCells.map((e) => finding(cellErrorValue, e.cell, byRow.get(e.row) ?? null, { value: e.error }));
  },
};
