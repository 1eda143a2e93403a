import { cellOf, columnOf } from '../overview';
import { defineRule } from './rule';

export const titleMissing = defineRule({
  id: 'title.missing',
  severity: 'error',
  params: {},
  check({ overview }, finding) {
    if (columnOf(overview.header, 'title') === undefined) return {};
    return {
      row(i, out) {
        if (i.title === null) out.push(finding(cellOf(overview, i, 'title'), i.id, {}));
      },
    };
  },
});
