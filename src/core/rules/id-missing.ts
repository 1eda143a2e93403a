import { cellOf } from '../overview';
import { defineRule } from './rule';

export const idMissing = defineRule({
  id: 'id.missing',
  severity: 'error',
  params: {},
  check({ overview }, finding) {
    if (overview.header.columns.id === undefined) return {};
    return {
      row(i, out) {
        if (i.id === null) out.push(finding(cellOf(overview, i, 'id'), null, {}));
      },
    };
  },
});
