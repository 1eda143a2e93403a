import { cellOf } from '../overview';
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
        if (i.title === null) out.push(finding(cellOf(overview, i, 'title'), i.id, {}));
      },
    };
  },
});
