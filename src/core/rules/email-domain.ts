import { emailDomain, emailList } from '../parse/email';
import { memoize } from '../memo';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/** A subdomain of an expected domain (`it.kl.dk` for `kl.dk`) counts as expected. */
function expectedDomain(domain: string, expected: readonly string[]): boolean {
  return expected.some((d) => domain === d || domain.endsWith(`.${d}`));
}

export const emailDomainRule = defineRule({
  id: 'email.domain',
  severity: 'info',
  params: { value: 'text', domain: 'text', expected: 'list' },
  check({ overview, profile }, finding) {
    const expected = profile.emailDomains.map((d) => d.trim().toLowerCase()).filter((d) => d !== '');
    if (expected.length === 0) return {};
    // Of a cell naming several addresses, the first outside the expected domains.
    const unexpectedDomain = memoize((email) => {
      for (const address of emailList(email) ?? [email]) {
        const domain = emailDomain(address);
        if (domain !== null && !expectedDomain(domain, expected)) return domain;
      }
      return null;
    });
    return {
      row(i, out) {
        const email = i.email;
        const domain = email === null ? null : unexpectedDomain(email);
        if (domain === null) return;
        out.push(finding(cellOf(overview, i, 'email'), i.id, { value: (email as string).trim(), domain, expected }));
      },
    };
  },
});
