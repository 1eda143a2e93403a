import { finding, type Rule } from './rule';

export const idFormat: Rule = {
  id: 'id.format',
  severity: 'error',
  check({ profile }) {
    const pattern = new RegExp(profile.idPattern, 'i');
    return {
      row(i, out) {
        const id = i.id.value;
        if (id !== null && !pattern.test(id)) out.push(finding(idFormat, i.id.cell, id, { value: id }));
      },
    };
  },
};
