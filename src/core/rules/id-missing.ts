import { defineRule } from './rule';

export const idMissing = defineRule({
  id: 'id.missing',
  severity: 'error',
  params: {},
  check({ overview }, finding) {
    if (overview.header.columns.id === undefined) return {};
    return {
      row(i, out) {
        if (i.id.value === null) out.push(finding(i.id.cell, null, {}));
      },
    };
  },
});
