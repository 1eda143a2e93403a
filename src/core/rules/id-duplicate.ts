import { cellOf, type Initiative } from '../overview';
import { defineRule } from './rule';

/** Ids compare trimmed and case-insensitively: `1.3A` and `1.3a` are the same initiative. */
function idKey(i: Initiative): string | null {
  const value = i.id;
  if (value === null) return null;
  const key = value.trim().toLowerCase();
  return key === '' ? null : key;
}

/** A 32-bit FNV-1a hash of a key; 0 is kept for rows without an id. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h === 0 ? 1 : h;
}

/** The hashes that occur more than once, 0 (no id) left out. */
function repeated(hashes: readonly number[]): Set<number> {
  const sorted = Int32Array.from(hashes).sort();
  const out = new Set<number>();
  for (let k = 1; k < sorted.length; k++) if (sorted[k] === sorted[k - 1] && sorted[k] !== 0) out.add(sorted[k]);
  return out;
}

/**
 * Every later row with an id seen before, naming the first row. Duplicates are rare, so
 * rows are first told apart by a hash of their id, kept as plain integers, and only rows
 * sharing a hash are compared by text: a map of every id made this the most expensive
 * rule at 100 000 initiatives (SPEC §7 budget).
 */
export const idDuplicate = defineRule({
  id: 'id.duplicate',
  severity: 'error',
  params: { value: 'text', firstRow: 'number' },
  check({ overview }, finding) {
    const hashes: number[] = [];
    return {
      row(i) {
        const key = idKey(i);
        hashes.push(key === null ? 0 : hashOf(key));
      },
      end(out) {
        const shared = repeated(hashes);
        if (shared.size === 0) return;
        const firstRow = new Map<string, number>();
        overview.initiatives.forEach((i, k) => {
          if (!shared.has(hashes[k])) return;
          const key = idKey(i) as string;
          const first = firstRow.get(key);
          if (first === undefined) firstRow.set(key, i.row);
          else out.push(finding(cellOf(overview, i, 'id'), i.id, { value: i.id as string, firstRow: first }));
        });
      },
    };
  },
});
