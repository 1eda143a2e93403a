import { cellOf } from '../overview';
import { defineRule } from './rule';

/** `Afsluttet` on a green cell is how finished work is often shown, not a disagreement. */
export const statusConflict = defineRule({
  id: 'status.conflict',
  severity: 'warning',
  params: { text: 'status', fill: 'status' },
  check({ overview }, finding) {
    return {
      row(i, out) {
        const { fromText, fromFill } = i.status;
        if (fromText === null || fromFill === null || fromText === fromFill) return;
        if (fromText === 'done' && fromFill === 'green') return;
        out.push(finding(cellOf(overview, i, 'status'), i.id, { text: fromText, fill: fromFill }));
      },
    };
  },
});
