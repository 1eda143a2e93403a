import { defineRule } from './rule';

const PLACEHOLDERS = new Set(['', 'nn', 'n.n.', 'n.n', 'n n', '?', '-', '–', '—']);

/** Whether a contact cell names nobody: empty, `NN`, `N.N.`, `?` or `-`. */
export function isUnassigned(contact: string | null): boolean {
  return PLACEHOLDERS.has((contact ?? '').trim().toLowerCase());
}

export const contactUnassigned = defineRule({
  id: 'contact.unassigned',
  severity: 'warning',
  params: { value: 'text' },
  // An empty cell gets its own sentence rather than quoting nothing.
  variants: ['placeholder', 'empty'],
  check(_ctx, finding) {
    return {
      row(i, out) {
        const contact = i.contact;
        if (!isUnassigned(contact.value) || contact.cell === '') return;
        const value = (contact.value ?? '').trim();
        out.push(finding(contact.cell, i.id.value, { value }, value === '' ? 'empty' : 'placeholder'));
      },
    };
  },
});
