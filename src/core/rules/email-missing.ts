import { isUnassigned } from './contact-unassigned';
import { finding, type Rule } from './rule';

/** Rows whose contact is unassigned (`NN`) get contact.unassigned only, not this too. */
export const emailMissing: Rule = {
  id: 'email.missing',
  severity: 'warning',
  check() {
    return {
      row(i, out) {
        const name = i.contact.value;
        if (name === null) return;
        const email = i.email;
        if ((email.value ?? '').trim() !== '' || isUnassigned(name)) return;
        // Checked last: the address is built on demand.
        if (email.cell === '') return;
        out.push(finding(emailMissing, email.cell, i.id.value, { name: name.trim() }));
      },
    };
  },
};
