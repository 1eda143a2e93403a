import { finding, type Rule } from './rule';

export const cellErrorValue: Rule = {
  id: 'cell.error-value',
  severity: 'error',
  check({ overview }) {
    const byRow = new Map(overview.initiatives.map((i) => [i.row, i.id.value]));
    return overview.errorCells.map((e) => finding(cellErrorValue, e.cell, byRow.get(e.row) ?? null, { value: e.error }));
  },
};
