import { emailInvalid } from '../../../src/core/rules/email-invalid';
import { brief, context, run } from './overview-builder';

describe('email.invalid', () => {
  it('flags addresses that are not valid', () => {
    const emails = ['kieb(at)kl.dk', 'ANBK@kl.dk', 'GDJ@kl.dk GDJ@kl.dk', null, '', 'x'.repeat(5000)];
    const f = run(emailInvalid, context(emails.map((email) => ({ email }))));
    expect(brief(f)).toEqual([
      { cell: 'I5', initiative: '1.5', params: { value: 'kieb(at)kl.dk' } },
      { cell: 'I7', initiative: '1.7', params: { value: 'GDJ@kl.dk GDJ@kl.dk' } },
      { cell: 'I10', initiative: '1.10', params: { value: 'x'.repeat(5000) } },
    ]);
  });

  it('accepts a cell naming two different valid addresses, two contacts of one initiative', () => {
    const emails = ['feng@kl.dk; kieb@kl.dk', 'sni@kl.dk / KIRO@kl.dk', 'feng@kl.dk og kieb@kl.dk', 'feng@kl.dk, kieb(at)kl.dk'];
    const f = run(emailInvalid, context(emails.map((email) => ({ email }))));
    expect(brief(f)).toEqual([{ cell: 'I8', initiative: '1.8', params: { value: 'feng@kl.dk, kieb(at)kl.dk' } }]);
  });
});
