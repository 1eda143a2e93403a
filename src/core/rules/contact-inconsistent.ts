import { isValidNormalizedEmail, normalizeEmail } from '../parse/email';
import type { Initiative } from '../overview';
import { isUnassigned } from './contact-unassigned';
import { memoize } from '../memo';
import { finding, type Rule } from './rule';

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The values written in one group (the names used with one email, say), counted by key
 * in sheet order. The majority is the value most rows use, as first written; on a tie the
 * one that occurs first.
 */
class Tally {
  private readonly counts = new Map<string, { n: number; shown: string }>();
  private top?: { key: string; shown: string };

  add(key: string, shown: string): void {
    const seen = this.counts.get(key);
    if (seen) seen.n++;
    else this.counts.set(key, { n: 1, shown });
  }

  majority(): { key: string; shown: string } {
    if (!this.top) {
      let best = -1;
      for (const [key, { n, shown }] of this.counts) {
        if (n > best) {
          best = n;
          this.top = { key, shown };
        }
      }
    }
    return this.top as { key: string; shown: string };
  }
}

function tally(groups: Map<string, Tally>, group: string, key: string, shown: string): void {
  let t = groups.get(group);
  if (!t) {
    t = new Tally();
    groups.set(group, t);
  }
  t.add(key, shown);
}

/**
 * One email with different names (variant `name`), or one name with different emails
 * (variant `email`): the rows in the minority are flagged at their contact cell. Names and
 * emails compare trimmed and case-insensitively; rows without a named contact and a valid
 * email take no part (other rules report those).
 */
export const contactInconsistent: Rule = {
  id: 'contact.inconsistent',
  severity: 'warning',
  check({ overview }) {
    const validKey = memoize((email) => {
      const key = normalizeEmail(email);
      return isValidNormalizedEmail(key) ? key : null;
    });
    const nameKey = memoize((name) => (isUnassigned(name) ? null : normalizeName(name)));
    /** A row's name and email keys; null when the row takes no part. */
    const keys = (i: Initiative) => {
      const name = i.contact.value;
      const email = i.email.value;
      if (name === null || email === null) return null;
      const n = nameKey(name);
      const e = validKey(email);
      return n === null || e === null ? null : { name, email, n, e };
    };
    const namesByEmail = new Map<string, Tally>();
    const emailsByName = new Map<string, Tally>();
    return {
      // Counting needs every row first; flagging then walks them again, so no row is kept.
      row(i) {
        const k = keys(i);
        if (!k) return;
        tally(namesByEmail, k.e, k.n, k.name.trim());
        tally(emailsByName, k.n, k.e, k.email.trim());
      },
      end(out) {
        for (const i of overview.initiatives) {
          const k = keys(i);
          if (!k) continue;
          const name = (namesByEmail.get(k.e) as Tally).majority();
          if (name.key !== k.n) {
            const params = { variant: 'name', value: k.name.trim(), email: k.email.trim(), expected: name.shown };
            out.push(finding(contactInconsistent, i.contact.cell, i.id.value, params));
          }
          const email = (emailsByName.get(k.n) as Tally).majority();
          if (email.key !== k.e) {
            const params = { variant: 'email', value: k.email.trim(), name: k.name.trim(), expected: email.shown };
            out.push(finding(contactInconsistent, i.contact.cell, i.id.value, params));
          }
        }
      },
    };
  },
};
