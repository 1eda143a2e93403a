import { emailDomainRule } from '../../../src/core/rules/email-domain';
import { brief, context, run } from './overview-builder';

describe('email.domain', () => {
  it("flags valid addresses outside the profile's domains", () => {
    const emails = ['anbk@kl.dk', 'ANBK@KL.DK', 'chk@kombit.dk', 'x@it.kl.dk', 'kieb(at)kl.dk', null];
    const f = run(emailDomainRule, context(emails.map((email) => ({ email })), { emailDomains: ['kl.dk'] }));
    expect(brief(f)).toEqual([
      { cell: 'I7', initiative: '1.7', params: { value: 'chk@kombit.dk', domain: 'kombit.dk', expected: ['kl.dk'] } },
    ]);
    expect(f[0].severity).toBe('info');
  });

  it('names every expected domain', () => {
    const f = run(emailDomainRule, context([{ email: 'a@aarhus.dk' }], { emailDomains: ['kl.dk', 'kombit.dk'] }));
    expect(brief(f)[0].params.expected).toEqual(['kl.dk', 'kombit.dk']);
  });

  it('is silent when the profile expects any domain', () => {
    expect(run(emailDomainRule, context([{ email: 'a@aarhus.dk' }], { emailDomains: [] }))).toEqual([]);
  });

  it('names the first address outside the domains of a cell naming two', () => {
    const f = run(emailDomainRule, context([{ email: 'feng@kl.dk; chk@kombit.dk' }, { email: 'feng@kl.dk; kieb@kl.dk' }], { emailDomains: ['kl.dk'] }));
    expect(brief(f)).toEqual([{ cell: 'I5', initiative: '1.5', params: { value: 'feng@kl.dk; chk@kombit.dk', domain: 'kombit.dk', expected: ['kl.dk'] } }]);
  });
});
