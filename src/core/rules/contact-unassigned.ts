import { memoize } from '../memo';
import { cellOf } from '../overview';
import { defineRule } from './rule';

/** SPEC's `NN`, `N.N.`, `?`, `-`, and the words planners write for nobody yet (`Ikke udpeget`, `TBD`). */
const PLACEHOLDERS = new Set([
  ...['', 'nn', 'n.n.', 'n.n', 'n n', '?', '??', '-', '–', '—', '...', '…', 'x', 'xx', 'xxx'],
  ...['ukendt', 'mangler', 'ingen', 'ikke udpeget', 'ikke fundet', 'ikke besat', 'afventer', 'udpeges', 'udpeges senere', 'tbd', 'tba', 'n/a'],
]);

/** A note in parentheses after a name: `NN (udpeges i 2017)` is still a placeholder, `Flemming Engstrøm (FENG)` still that person. */
export const TRAILING_NOTE = /\s*\([^()]*\)\s*$/;

/** Whether a contact cell names nobody: empty, `NN`, `N.N.`, `?`, `-` or a word for nobody yet (`Ikke udpeget`). */
export function isUnassigned(contact: string | null): boolean {
  const text = (contact ?? '').trim().toLowerCase();
  return PLACEHOLDERS.has(text) || (text.endsWith(')') && PLACEHOLDERS.has(text.replace(TRAILING_NOTE, '')));
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
