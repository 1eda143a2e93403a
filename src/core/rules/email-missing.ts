import { isUnassigned } from './contact-unassigned';
import { finding, type Rule } from './rule';

/** Rows whose contact is unassigned (`NN`) get contact.unassigned only, not this too. */
export const emailMissing: Rule = {
  id: 'email.missing',
  severity: 'warning',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      const name = i.contact.value;
      if (name === null || (i.email.value ?? '').trim() !== '' || isUnassigned(name)) continue;
      // Checked last: the address is built on demand.
      if (i.email.cell === '') continue;
      out.push(finding(emailMissing, i.email.cell, i.id.value, { name: name.trim() }));
    }
    return out;
  },
};
