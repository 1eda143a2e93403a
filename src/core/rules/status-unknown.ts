import { cellOf } from '../overview';
import { defineRule } from './rule';

export const statusUnknown = defineRule({
  id: 'status.unknown',
  severity: 'error',
  params: { value: 'text' },
  check({ overview }, finding) {
    return {
      row(i, out) {
        const status = i.status;
        if (status.text !== '' && status.fromText === null) out.push(finding(cellOf(overview, i, 'status'), i.id, { value: status.text }));
      },
    };
  },
});
