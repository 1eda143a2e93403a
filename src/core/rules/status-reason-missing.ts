import { finding, type Rule } from './rule';

/**
 * Yellow and red need a remark saying why. Without a remark column there is no cell to
 * fill in, so nothing is reported per row.
 */
export const statusReasonMissing: Rule = {
  id: 'status.reason-missing',
  severity: 'warning',
  check() {
    return {
      row(i, out) {
        const status = i.status.value;
        if (status !== 'yellow' && status !== 'red') return;
        const remark = i.remark;
        if ((remark.value ?? '').trim() !== '' || remark.cell === '') return;
        out.push(finding(statusReasonMissing, remark.cell, i.id.value, { status: `@status.${status}` }));
      },
    };
  },
};
