import { cellOf } from '../overview';
import { defineRule } from './rule';

/**
 * Yellow and red need a remark saying why. Without a remark column there is no cell to
 * fill in, so nothing is reported per row.
 */
export const statusReasonMissing = defineRule({
  id: 'status.reason-missing',
  severity: 'warning',
  params: { status: 'status' },
  check({ overview }, finding) {
    if (overview.header.columns.remark === undefined) return {};
    return {
      row(i, out) {
        const status = i.status.value;
        if (status !== 'yellow' && status !== 'red') return;
        if ((i.remark ?? '').trim() !== '') return;
        out.push(finding(cellOf(overview, i, 'remark'), i.id, { status }));
      },
    };
  },
});
