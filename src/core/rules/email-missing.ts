import { isUnassigned } from './contact-unassigned';
import { defineRule } from './rule';

/** Rows whose contact is unassigned (`NN`) get contact.unassigned only, not this too. */
export const emailMissing = defineRule({
  id: 'email.missing',
  severity: 'warning',
  params: { name: 'text' },
  check(_ctx, finding) {
    return {
      row(i, out) {
        const name = i.contact.value;
        if (name === null) return;
        const email = i.email;
        if ((email.value ?? '').trim() !== '' || isUnassigned(name) || email.cell === '') return;
        out.push(finding(email.cell, i.id.value, { name: name.trim() }));
      },
    };
  },
});
