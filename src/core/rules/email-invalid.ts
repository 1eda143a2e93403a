import { isValidEmail } from '../parse/email';
import { finding, type Rule } from './rule';

export const emailInvalid: Rule = {
  id: 'email.invalid',
  severity: 'error',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      const email = i.email.value;
      if (email === null || email.trim() === '' || isValidEmail(email)) continue;
      out.push(finding(emailInvalid, i.email.cell, i.id.value, { value: email.trim() }));
    }
    return out;
  },
};
