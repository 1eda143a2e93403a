import { a1 } from '../address';
import type { FieldName } from '../overview';
import { defineRule } from './rule';

/** Without an id or a status column nothing can be checked; without contact or email, less. */
const REQUIRED: { field: FieldName; severity: 'error' | 'warning' }[] = [
  { field: 'id', severity: 'error' },
  { field: 'status', severity: 'error' },
  { field: 'contact', severity: 'warning' },
  { field: 'email', severity: 'warning' },
];

export const headerMissingColumn = defineRule({
  id: 'header.missing-column',
  severity: 'error',
  params: { field: 'field' },
  check({ overview }, finding) {
    return {
      end(out) {
        const { columns, row } = overview.header;
        const present = Object.values(columns).filter((c): c is number => c !== undefined);
        const cell = a1(row, present.length ? Math.min(...present) : 1);
        for (const { field, severity } of REQUIRED) {
          if (columns[field] === undefined) out.push({ ...finding(cell, null, { field }), severity });
        }
      },
    };
  },
});
