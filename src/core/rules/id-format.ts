import { cellOf } from '../overview';
import { defineRule } from './rule';

export const idFormat = defineRule({
  id: 'id.format',
  severity: 'error',
  params: { value: 'text' },
  check({ overview, profile }, finding) {
    const pattern = new RegExp(profile.idPattern, 'i');
    return {
      row(i, out) {
        const id = i.id;
        if (id !== null && !pattern.test(id)) out.push(finding(cellOf(overview, i, 'id'), id, { value: id }));
      },
    };
  },
});
