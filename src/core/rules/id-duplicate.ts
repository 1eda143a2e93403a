import { finding, type Rule } from './rule';

/** Ids compare trimmed and case-insensitively: `1.3A` and `1.3a` are the same initiative. */
export const idDuplicate: Rule = {
  id: 'id.duplicate',
  severity: 'error',
  check() {
    const firstRow = new Map<string, number>();
    return {
      row(i, out) {
        const id = i.id;
        const value = id.value;
        if (value === null) return;
        const key = value.trim().toLowerCase();
        if (key === '') return;
        const first = firstRow.get(key);
        if (first === undefined) firstRow.set(key, i.row);
        else out.push(finding(idDuplicate, id.cell, value, { value, firstRow: first }));
      },
    };
  },
};
