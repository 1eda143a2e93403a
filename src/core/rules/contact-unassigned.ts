import { memoize } from '../memo';
import { cellOf } from '../overview';
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
  check({ overview }, finding) {
    if (overview.header.columns.contact === undefined) return {};
    const unassigned = memoize(isUnassigned);
    return {
      row(i, out) {
        if (i.contact !== null && !unassigned(i.contact)) return;
        const value = (i.contact ?? '').trim();
        out.push(finding(cellOf(overview, i, 'contact'), i.id, { value }, value === '' ? 'empty' : 'placeholder'));
      },
    };
  },
});
