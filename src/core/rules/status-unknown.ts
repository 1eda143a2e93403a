import { finding, type Rule } from './rule';

export const statusUnknown: Rule = {
  id: 'status.unknown',
  severity: 'error',
  check({ overview }) {
    return overview.initiatives
      .filter((i) => i.status.text !== '' && i.status.fromText === null)
      .map((i) => finding(statusUnknown, i.status.cell, i.id.value, { value: i.status.text }));
  },
};
