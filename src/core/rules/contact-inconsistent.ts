import { isValidNormalizedEmail, normalizeEmail } from '../parse/email';
import type { Sourced } from '../overview';
import { isUnassigned } from './contact-unassigned';
import { memoize } from '../memo';
import { finding, type Rule } from './rule';

interface Entry {
  /** The contact cell and the row's id, not the row: entries are kept until the last row. */
  contact: Sourced<string | null>;
  id: string | null;
  name: string;
  email: string;
  /** Normalised once: grouping and counting compare these many times. */
  nameKey: string;
  emailKey: string;
}

function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The value most rows of a group use (by key), as first written; on a tie the one that
 * occurs first. Entries come in sheet order, so the first of the top counts wins.
 */
function majority(entries: Entry[], key: (e: Entry) => string): string {
  if (entries.length === 1) return key(entries[0]);
  const counts = new Map<string, number>();
  let best = key(entries[0]);
  for (const e of entries) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
  for (const [k, n] of counts) if (n > (counts.get(best) as number)) best = k;
  return best;
}

function groupBy(entries: Entry[], key: (e: Entry) => string): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const e of entries) {
    const list = groups.get(key(e));
    if (list) list.push(e);
    else groups.set(key(e), [e]);
  }
  return groups;
}

const byName = (e: Entry) => e.nameKey;
const byEmail = (e: Entry) => e.emailKey;

/**
 * One email with different names (variant `name`), or one name with different emails
 * (variant `email`): the rows in the minority are flagged at their contact cell. Names and
 * emails compare trimmed and case-insensitively; rows without a named contact and a valid
 * email take no part (other rules report those).
 */
export const contactInconsistent: Rule = {
  id: 'contact.inconsistent',
  severity: 'warning',
  start() {
    const entries: Entry[] = [];
    const validKey = memoize((email) => {
      const key = normalizeEmail(email);
      return isValidNormalizedEmail(key) ? key : null;
    });
    const nameKey = memoize((name) => (isUnassigned(name) ? null : normalizeName(name)));
    return {
      row(i) {
        const name = i.contact.value;
        if (name === null) return;
        const email = i.email.value;
        if (email === null) return;
        const key = nameKey(name);
        const emailKey = validKey(email);
        if (key === null || emailKey === null) return;
        entries.push({ contact: i.contact, id: i.id.value, name: name.trim(), email: email.trim(), nameKey: key, emailKey });
      },
      end(out) {
        const flag = (e: Entry, params: Record<string, string>) =>
          out.push(finding(contactInconsistent, e.contact.cell, e.id, params));
        for (const group of groupBy(entries, byEmail).values()) {
          const expected = majority(group, byName);
          const shown = group.find((e) => byName(e) === expected) as Entry;
          for (const e of group) {
            if (byName(e) !== expected) flag(e, { variant: 'name', value: e.name, email: e.email, expected: shown.name });
          }
        }
        for (const group of groupBy(entries, byName).values()) {
          const expected = majority(group, byEmail);
          const shown = group.find((e) => byEmail(e) === expected) as Entry;
          for (const e of group) {
            if (byEmail(e) !== expected) flag(e, { variant: 'email', value: e.email, name: e.name, expected: shown.email });
          }
        }
      },
    };
  },
};
