import { emailMissing } from '../../../src/core/rules/email-missing';
import { brief, context, run } from './overview-builder';

describe('email.missing', () => {
  it('flags the email cell of a named contact without email, not of NN contacts', () => {
    const f = run(
      emailMissing,
      context([
        { contact: ' Erik Hove ', email: null },
        { contact: 'Erik Hove', email: 'EHO@kl.dk' },
        { contact: 'NN', email: null },
        { contact: '?', email: null },
        { contact: null, email: null },
        { contact: 'Ken Rindsig', email: '  ' },
      ]),
    );
    expect(brief(f)).toEqual([
      { cell: 'I5', initiative: '1.5', params: { name: 'Erik Hove' } },
      { cell: 'I10', initiative: '1.10', params: { name: 'Ken Rindsig' } },
    ]);
  });
});
