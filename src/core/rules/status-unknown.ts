import { finding, type Rule } from './rule';

export const statusUnknown: Rule = {
  id: 'status.unknown',
  severity: 'error',
  check() {
    return {
      row(i, out) {
        const status = i.status;
        if (status.text !== '' && status.fromText === null) out.push(finding(statusUnknown, status.cell, i.id.value, { value: status.text }));
      },
    };
  },
};
