import { finding, type Rule } from './rule';

export const idFormat: Rule = {
  id: 'id.format',
  severity: 'error',
  check({ overview, profile }) {
    const pattern = new RegExp(profile.idPattern, 'i');
    return overview.initiatives
      .filter((i) => i.id.value !== null && !pattern.test(i.id.value))
      .map((i) => finding(idFormat, i.id.cell, i.id.value, { value: i.id.value as string }));
  },
};
