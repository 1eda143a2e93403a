import { isValidEmail } from '../parse/email';
import { memoize } from '../memo';
import { defineRule } from './rule';

export const emailInvalid = defineRule({
  id: 'email.invalid',
  severity: 'error',
  params: { value: 'text' },
  check(_ctx, finding) {
    const valid = memoize(isValidEmail);
    return {
      row(i, out) {
        const email = i.email;
        const value = email.value;
        if (value === null || value.trim() === '' || valid(value)) return;
        out.push(finding(email.cell, i.id.value, { value: value.trim() }));
      },
    };
  },
});
