import { finding, type Rule } from './rule';

/** `Afsluttet` on a green cell is how finished work is often shown, not a disagreement. */
export const statusConflict: Rule = {
  id: 'status.conflict',
  severity: 'warning',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      const { fromText, fromFill } = i.status;
      if (fromText === null || fromFill === null || fromText === fromFill) continue;
      if (fromText === 'done' && fromFill === 'green') continue;
      out.push(finding(statusConflict, i.status.cell, i.id.value, { text: `@status.${fromText}`, fill: `@status.${fromFill}` }));
    }
    return out;
  },
};
