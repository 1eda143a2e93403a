import { finding, type Rule } from './rule';

const PLACEHOLDERS = new Set(['', 'nn', 'n.n.', 'n.n', 'n n', '?', '-', '–', '—']);

/** Whether a contact cell names nobody: empty, `NN`, `N.N.`, `?` or `-`. */
export function isUnassigned(contact: string | null): boolean {
  return PLACEHOLDERS.has((contact ?? '').trim().toLowerCase());
}

export const contactUnassigned: Rule = {
  id: 'contact.unassigned',
  severity: 'warning',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      if (!isUnassigned(i.contact.value) || i.contact.cell === '') continue;
      const value = (i.contact.value ?? '').trim();
      // An empty cell gets its own sentence rather than quoting nothing.
      out.push(finding(contactUnassigned, i.contact.cell, i.id.value, value === '' ? { variant: 'empty' } : { value }));
    }
    return out;
  },
};
