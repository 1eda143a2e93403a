import { a1 } from '../address';
import type { FieldName } from '../overview';
import { defineRule } from './rule';

/** Without an id or a status column nothing can be checked (an error); without contact or e-mail, less (a warning). */
const REQUIRED: readonly FieldName[] = ['id', 'status', 'contact', 'email'];
const ESSENTIAL: ReadonlySet<FieldName> = new Set(['id', 'status']);

export const headerMissingColumn = defineRule({
  id: 'header.missing-column',
  severity: 'error',
  severityOf: ({ field }) => (ESSENTIAL.has(field) ? 'error' : 'warning'),
  params: { field: 'field' },
  check({ overview }, finding) {
    return {
      end(out) {
        const { columns, row } = overview.header;
        const present = Object.values(columns).filter((c): c is number => c !== undefined);
        const cell = a1(row, present.length ? Math.min(...present) : 1);
        for (const field of REQUIRED) {
          if (columns[field] === undefined) out.push(finding(cell, null, { field }));
        }
      },
    };
  },
});
