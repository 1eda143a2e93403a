import { cellOf } from '../overview';
import { defineRule } from './rule';

export const statusMissing = defineRule({
  id: 'status.missing',
  severity: 'error',
  params: {},
  check({ overview }, finding) {
    if (overview.header.columns.status === undefined) return {};
    return {
      row(i, out) {
        const status = i.status;
        if (status.text === '' && status.fromFill === null && !i.completed) out.push(finding(cellOf(overview, i, 'status'), i.id, {}));
      },
    };
  },
});
