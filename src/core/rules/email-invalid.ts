import { isValidEmail } from '../parse/email';
import { memoize } from '../memo';
import { finding, type Rule } from './rule';

export const emailInvalid: Rule = {
  id: 'email.invalid',
  severity: 'error',
  check() {
    const valid = memoize(isValidEmail);
    return {
      row(i, out) {
        const email = i.email;
        const value = email.value;
        if (value === null || value.trim() === '' || valid(value)) return;
        out.push(finding(emailInvalid, email.cell, i.id.value, { value: value.trim() }));
      },
    };
  },
};
