import { finding, type Rule } from './rule';

export const statusMissing: Rule = {
  id: 'status.missing',
  severity: 'error',
  check({ overview }) {
    if (overview.header.columns.status === undefined) return {};
    return {
      row(i, out) {
        const status = i.status;
        if (status.text === '' && status.fromFill === null && !i.completed) out.push(finding(statusMissing, status.cell, i.id.value));
      },
    };
  },
};
