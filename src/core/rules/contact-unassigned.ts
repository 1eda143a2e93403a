import { finding, type Rule } from './rule';

const PLACEHOLDERS = new Set(['', 'nn', 'n.n.', 'n.n', 'n n', '?', '-', '–', '—']);

/** Whether a contact cell names nobody: empty, `NN`, `N.N.`, `?` or `-`. */
export function isUnassigned(contact: string | null): boolean {
  return PLACEHOLDERS.has((contact ?? '').trim().toLowerCase());
}

export const contactUnassigned: Rule = {
  id: 'contact.unassigned',
  severity: 'warning',
  check() {
    return {
      row(i, out) {
        const contact = i.contact;
        if (!isUnassigned(contact.value) || contact.cell === '') return;
        const value = (contact.value ?? '').trim();
        // An empty cell gets its own sentence rather than quoting nothing.
        out.push(finding(contactUnassigned, contact.cell, i.id.value, value === '' ? { variant: 'empty' } : { value }));
      },
    };
  },
};
