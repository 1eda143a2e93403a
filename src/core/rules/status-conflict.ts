import { finding, type Rule } from './rule';

/** `Afsluttet` on a green cell is how finished work is often shown, not a disagreement. */
export const statusConflict: Rule = {
  id: 'status.conflict',
  severity: 'warning',
  check() {
    return {
      row(i, out) {
        const status = i.status;
        const { fromText, fromFill } = status;
        if (fromText === null || fromFill === null || fromText === fromFill) return;
        if (fromText === 'done' && fromFill === 'green') return;
        out.push(finding(statusConflict, status.cell, i.id.value, { text: `@status.${fromText}`, fill: `@status.${fromFill}` }));
      },
    };
  },
};
