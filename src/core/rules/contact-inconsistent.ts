import { isValidNormalizedEmail, normalizeEmail } from '../parse/email';
import type { Finding } from '../finding';
import type { Initiative } from '../overview';
import { isUnassigned } from './contact-unassigned';
import { finding, type Rule } from './rule';

interface Entry {
  initiative: Initiative;
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
  check({ overview }) {
    const entries: Entry[] = [];
    for (const i of overview.initiatives) {
      const name = i.contact.value;
      const email = i.email.value;
      if (name === null || isUnassigned(name) || email === null) continue;
      const emailKey = normalizeEmail(email);
      if (!isValidNormalizedEmail(emailKey)) continue;
      entries.push({ initiative: i, name: name.trim(), email: email.trim(), nameKey: normalizeName(name), emailKey });
    }
    const out: Finding[] = [];
    const flag = (e: Entry, params: Record<string, string>) =>
      out.push(finding(contactInconsistent, e.initiative.contact.cell, e.initiative.id.value, params));

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
    return out;
  },
};
