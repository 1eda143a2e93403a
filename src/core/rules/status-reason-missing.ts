import { defineRule } from './rule';

/**
 * Yellow and red need a remark saying why. Without a remark column there is no cell to
 * fill in, so nothing is reported per row.
 */
export const statusReasonMissing = defineRule({
  id: 'status.reason-missing',
  severity: 'warning',
  params: { status: 'status' },
  check(_ctx, finding) {
    return {
      row(i, out) {
        const status = i.status.value;
        if (status !== 'yellow' && status !== 'red') return;
        const remark = i.remark;
        if ((remark.value ?? '').trim() !== '' || remark.cell === '') return;
        out.push(finding(remark.cell, i.id.value, { status }));
      },
    };
  },
});
