import { defineRule } from './rule';

/** `Afsluttet` on a green cell is how finished work is often shown, not a disagreement. */
export const statusConflict = defineRule({
  id: 'status.conflict',
  severity: 'warning',
  params: { text: 'status', fill: 'status' },
  check(_ctx, finding) {
    return {
      row(i, out) {
        const { fromText, fromFill, cell } = i.status;
        if (fromText === null || fromFill === null || fromText === fromFill) return;
        if (fromText === 'done' && fromFill === 'green') return;
        out.push(finding(cell, i.id.value, { text: fromText, fill: fromFill }));
      },
    };
  },
});
