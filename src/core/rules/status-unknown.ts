import { defineRule } from './rule';

export const statusUnknown = defineRule({
  id: 'status.unknown',
  severity: 'error',
  params: { value: 'text' },
  check(_ctx, finding) {
    return {
      row(i, out) {
        const status = i.status;
        if (status.text !== '' && status.fromText === null) out.push(finding(status.cell, i.id.value, { value: status.text }));
      },
    };
  },
});
