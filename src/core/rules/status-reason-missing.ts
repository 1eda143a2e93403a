import { finding, type Rule } from './rule';

/**
 * Yellow and red need a remark saying why. Without a remark column there is no cell to
 * fill in, so nothing is reported per row.
 */
export const statusReasonMissing: Rule = {
  id: 'status.reason-missing',
  severity: 'warning',
  check({ overview }) {
    const out = [];
    for (const i of overview.initiatives) {
      const status = i.status.value;
      if (status !== 'yellow' && status !== 'red') continue;
      if ((i.remark.value ?? '').trim() !== '' || i.remark.cell === '') continue;
      out.push(finding(statusReasonMissing, i.remark.cell, i.id.value, { status: `@status.${status}` }));
    }
    return out;
  },
};
