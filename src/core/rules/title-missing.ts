import { finding, type Rule } from './rule';

export const titleMissing: Rule = {
  id: 'title.missing',
  severity: 'error',
  check({ overview }) {
    const { columns, combinedIdTitle } = overview.header;
    if (columns.title === undefined && !combinedIdTitle) return {};
    return {
      row(i, out) {
        if (i.title.value === null && i.title.cell !== '') out.push(finding(titleMissing, i.title.cell, i.id.value));
      },
    };
  },
};
