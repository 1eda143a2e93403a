import { emailList, isValidEmail } from '../parse/email';
import { memoize } from '../memo';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/** A cell naming two valid addresses (two contacts) is valid too. */
export const emailInvalid = defineRule({
  id: 'email.invalid',
  severity: 'error',
  params: { value: 'text' },
  check({ overview }, finding) {
    const valid = memoize((email) => isValidEmail(email) || emailList(email) !== null);
    return {
      row(i, out) {
        const value = i.email;
        if (value === null || value.trim() === '' || valid(value)) return;
        out.push(finding(cellOf(overview, i, 'email'), i.id, { value: value.trim() }));
      },
    };
  },
});
