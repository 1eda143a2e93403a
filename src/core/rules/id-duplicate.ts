import { finding, type Rule } from './rule';

/** Ids compare trimmed and case-insensitively: `1.3A` and `1.3a` are the same initiative. */
export const idDuplicate: Rule = {
  id: 'id.duplicate',
  severity: 'error',
  check({ overview }) {
    const firstRow = new Map<string, number>();
    const out = [];
    for (const i of overview.initiatives) {
      if (i.id.value === null || i.id.value.trim() === '') continue;
      const key = i.id.value.trim().toLowerCase();
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i.row);
      else out.push(finding(idDuplicate, i.id.cell, i.id.value, { value: i.id.value, firstRow: first }));
    }
    return out;
  },
};
