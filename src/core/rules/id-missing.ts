import { finding, type Rule } from './rule';

export const idMissing: Rule = {
  id: 'id.missing',
  severity: 'error',
  check({ overview }) {
    if (overview.header.columns.id === undefined) return {};
    return {
      row(i, out) {
        if (i.id.value === null) out.push(finding(idMissing, i.id.cell, null));
      },
    };
  },
};
