import { defineRule } from './rule';

export const idFormat = defineRule({
  id: 'id.format',
  severity: 'error',
  params: { value: 'text' },
  check({ profile }, finding) {
    const pattern = new RegExp(profile.idPattern, 'i');
    return {
      row(i, out) {
        const id = i.id.value;
        if (id !== null && !pattern.test(id)) out.push(finding(i.id.cell, id, { value: id }));
      },
    };
  },
});
