import { finding, type Rule } from './rule';

export const idMissing: Rule = {
  id: 'id.missing',
  severity: 'error',
  check({ overview }) {
    if (overview.header.columns.id === undefined) return [];
    return overview.initiatives.filter((i) => i.id.value === null).map((i) => finding(idMissing, i.id.cell, null));
  },
};
