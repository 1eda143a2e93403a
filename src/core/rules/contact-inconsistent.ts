import { isValidNormalizedEmail, normalizeEmail } from '../parse/email';
import { TRAILING_NOTE, isUnassigned } from './contact-unassigned';
import { memoize } from '../memo';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/** Initials or a role in parentheses after a name (`Flemming Engstrøm (FENG)`) name the same person. */
function normalizeName(name: string): string {
  return name.replace(TRAILING_NOTE, '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The values written in one group (the names used with one email, say), counted by key
 * number in sheet order. The majority is the value most rows use, as first written; on a
 * tie the one that occurs first.
 */
class Tally {
  private readonly counts = new Map<number, { n: number; shown: string }>();
  private top?: { key: number; shown: string };

  /** One row with `key`, written as `text` (kept trimmed when it is the key's first). */
  add(key: number, text: string): void {
    const seen = this.counts.get(key);
    if (seen) seen.n++;
    else this.counts.set(key, { n: 1, shown: text.trim() });
  }

  majority(): { key: number; shown: string } {
    if (!this.top) {
      let best = -1;
      for (const [key, { n, shown }] of this.counts) {
        if (n > best) {
          best = n;
          this.top = { key, shown };
        }
      }
    }
    return this.top as { key: number; shown: string };
  }
}

/** Numbers for keys, so rows and tallies keep integers rather than strings. */
class KeyNumbers {
  private readonly numbers = new Map<string, number>();

  of(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(key, n);
    }
    return n;
  }
}

function tallyOf(tallies: Tally[], group: number): Tally {
  return (tallies[group] ??= new Tally());
}

/**
 * One email with different names (variant `name`), or one name with different emails
 * (variant `email`): the rows in the minority are flagged at their contact cell. Names and
 * emails compare trimmed and case-insensitively; rows without a named contact and a valid
 * email take no part (other rules report those).
 */
export const contactInconsistent = defineRule({
  id: 'contact.inconsistent',
  severity: 'warning',
  // `value` is what the minority row wrote, `other` the row's other half, `expected` the majority's.
  params: { value: 'text', other: 'text', expected: 'text' },
  variants: ['name', 'email'],
  check({ overview }, finding) {
    const validKey = memoize((email) => {
      const key = normalizeEmail(email);
      return isValidNormalizedEmail(key) ? key : null;
    });
    const nameKey = memoize((name) => (isUnassigned(name) ? null : normalizeName(name)));
    const names = new KeyNumbers();
    const emails = new KeyNumbers();
    // Per row, in sheet order: its name and email numbers (-1: the row takes no part).
    const nameOf: number[] = [];
    const emailOf: number[] = [];
    const namesByEmail: Tally[] = [];
    const emailsByName: Tally[] = [];
    return {
      row(i) {
        const name = i.contact;
        const email = i.email;
        const n = name === null ? null : nameKey(name);
        const e = email === null ? null : validKey(email);
        if (n === null || e === null) {
          nameOf.push(-1);
          emailOf.push(-1);
          return;
        }
        const nameNumber = names.of(n);
        const emailNumber = emails.of(e);
        nameOf.push(nameNumber);
        emailOf.push(emailNumber);
        tallyOf(namesByEmail, emailNumber).add(nameNumber, name as string);
        tallyOf(emailsByName, nameNumber).add(emailNumber, email as string);
      },
      // Counting needs every row first; then only the rows in a minority are read again.
      end(out) {
        for (let k = 0; k < nameOf.length; k++) {
          const n = nameOf[k];
          if (n === -1) continue;
          const e = emailOf[k];
          const name = namesByEmail[e].majority();
          const email = emailsByName[n].majority();
          if (name.key === n && email.key === e) continue;
          const i = overview.initiatives[k];
          const written = { name: (i.contact as string).trim(), email: (i.email as string).trim() };
          const cell = cellOf(overview, i, 'contact');
          if (name.key !== n) {
            out.push(finding(cell, i.id, { value: written.name, other: written.email, expected: name.shown }, 'name'));
          }
          if (email.key !== e) {
            out.push(finding(cell, i.id, { value: written.email, other: written.name, expected: email.shown }, 'email'));
          }
        }
      },
    };
  },
});
