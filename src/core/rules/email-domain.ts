import { emailDomain } from '../parse/email';
import { finding, type Rule } from './rule';

/** A subdomain of an expected domain (`it.kl.dk` for `kl.dk`) counts as expected. */
function expectedDomain(domain: string, expected: readonly string[]): boolean {
  return expected.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export const emailDomainRule: Rule = {
  id: 'email.domain',
  severity: 'info',
  check({ overview, profile }) {
    const expected = profile.emailDomains.map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
    if (expected.length === 0) return [];
    const out = [];
    for (const i of overview.initiatives) {
      const domain = i.email.value === null ? null : emailDomain(i.email.value);
      if (domain === null || expectedDomain(domain, expected)) continue;
      const value = (i.email.value as string).trim();
      out.push(finding(emailDomainRule, i.email.cell, i.id.value, { value, domain, expected: expected.join(', ') }));
    }
    return out;
  },
};
