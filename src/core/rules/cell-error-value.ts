import { finding, type Rule } from './rule';

export const cellErrorValue: Rule = {
  id: 'cell.error-value',
  severity: 'error',
  check({ overview }) {
    // Most sheets have no error values: then there is nothing to look up per row.
    if (overview.errorCells.length === 0) return {};
    const errorRows = new Set(overview.errorCells.map((e) => e.row));
    const idOfRow = new Map<number, string | null>();
    return {
      row(i) {
        if (errorRows.has(i.row)) idOfRow.set(i.row, i.id.value);
      },
      end(out) {
        for (const e of overview.errorCells) out.push(finding(cellErrorValue, e.cell, idOfRow.get(e.row) ?? null, { value: e.error }));
      },
    };
  },
};
