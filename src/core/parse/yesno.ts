const YES = new Set(['ja', 'j', 'x', 'yes', 'y', 'true', 'sand', '1', '✓', '✔']);
const NO = new Set(['nej', 'n', 'no', 'false', 'falsk', '0']);

/**
 * A yes/no cell (`Er aktivitet gennemført?`): `ja`, `x`, `nej`, booleans, 1/0.
 * Empty or anything else is null: the answer is unknown, not "no".
 */
export function parseYesNo(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== 'string' || value.length > 20) return null;
  const word = value.trim().toLowerCase().replace(/[.!]+$/, '');
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return null;
}
