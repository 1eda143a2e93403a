import { finding, type Rule } from './rule';

export const statusMissing: Rule = {
  id: 'status.missing',
  severity: 'error',
  check({ overview }) {
    if (overview.header.columns.status === undefined) return [];
    return overview.initiatives
      .filter((i) => i.status.text === '' && i.status.fromFill === null && !i.completed)
      .map((i) => finding(statusMissing, i.status.cell, i.id.value));
  },
};
