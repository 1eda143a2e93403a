import { a1 } from '../address';
import type { Finding } from '../finding';
import type { FieldName } from '../overview';
import { finding, type Rule } from './rule';

/** Without an id or a status column nothing can be checked; without contact or email, less. */
const REQUIRED: { field: FieldName; severity: 'error' | 'warning' }[] = [
  { field: 'id', severity: 'error' },
  { field: 'status', severity: 'error' },
  { field: 'contact', severity: 'warning' },
  { field: 'email', severity: 'warning' },
];

export const headerMissingColumn: Rule = {
  id: 'header.missing-column',
  severity: 'error',
  check({ overview }) {
    return {
      end(out: Finding[]) {
        const { columns, row } = overview.header;
        const present = Object.values(columns).filter((c): c is number => c !== undefined);
        const cell = a1(row, present.length ? Math.min(...present) : 1);
        for (const { field, severity } of REQUIRED) {
          if (columns[field] !== undefined) continue;
          out.push({ ...finding(headerMissingColumn, cell, null, { field: `@field.${field}` }), severity });
        }
      },
    };
  },
};
