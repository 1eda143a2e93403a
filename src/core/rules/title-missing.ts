import { finding, type Rule } from './rule';

export const titleMissing: Rule = {
  id: 'title.missing',
  severity: 'error',
  check({ overview }) {
    const { columns, combinedIdTitle } = overview.header;
    if (columns.title === undefined && !combinedIdTitle) return [];
    return overview.initiatives
      .filter((i) => i.title.value === null && i.title.cell !== '')
      .map((i) => finding(titleMissing, i.title.cell, i.id.value));
  },
};
