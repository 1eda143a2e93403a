import { defineRule } from './rule';

export const cellErrorValue = defineRule({
  id: 'cell.error-value',
  severity: 'error',
  params: { value: 'text' },
  check({ overview }, finding) {
    // Most sheets have no error values: then there is nothing to look up per row.
    if (overview.errorCells.length === 0) return {};
    const errorRows = new Set(overview.errorCells.map((e) => e.row));
    const idOfRow = new Map<number, string | null>();
    return {
      row(i) {
        if (errorRows.has(i.row)) idOfRow.set(i.row, i.id);
      },
      end(out) {
        for (const e of overview.errorCells) out.push(finding(e.cell, idOfRow.get(e.row) ?? null, { value: e.error }));
      },
    };
  },
});
