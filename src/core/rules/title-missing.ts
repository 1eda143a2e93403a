import { defineRule } from './rule';

export const titleMissing = defineRule({
  id: 'title.missing',
  severity: 'error',
  params: {},
  check({ overview }, finding) {
    const { columns, combinedIdTitle } = overview.header;
    if (columns.title === undefined && !combinedIdTitle) return {};
    return {
      row(i, out) {
        if (i.title.value === null && i.title.cell !== '') out.push(finding(i.title.cell, i.id.value, {}));
      },
    };
  },
});
