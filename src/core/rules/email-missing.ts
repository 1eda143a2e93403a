import { isUnassigned } from './contact-unassigned';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/** Rows whose contact is unassigned (`NN`) get contact.unassigned only, not this too. */
export const emailMissing = defineRule({
  id: 'email.missing',
  severity: 'warning',
  params: { name: 'text' },
  check({ overview }, finding) {
    if (overview.header.columns.email === undefined) return {};
    return {
      row(i, out) {
        const name = i.contact;
        if (name === null) return;
        if ((i.email ?? '').trim() !== '' || isUnassigned(name)) return;
        out.push(finding(cellOf(overview, i, 'email'), i.id, { name: name.trim() }));
      },
    };
  },
});
