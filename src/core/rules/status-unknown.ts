import { finding, type Rule } from './rule';

export const statusUnknown: Rule = {
  id: 'status.unknown',
  severity: 'error',
  start() {
    return {
      row(i, out) {
        const status = i.status;
        if (status.text !== '' && status.fromText === null) out.push(finding(statusUnknown, status.cell, i.id.value, { value: status.text }));
      },
    };
  },
};
