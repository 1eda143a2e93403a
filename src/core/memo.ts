/**
 * A function of a cell's text remembered per distinct text. The columns it is used on
 * (status words, fills, contacts, offices, emails) repeat a handful of values down
 * thousands of rows, so each is worked out once (SPEC §7 budget). Past `limit` distinct
 * texts it stops remembering, so a column of all-different values costs no more memory.
 */
export function memoize<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    const value = fn(text);
    if (known.size < limit) known.set(text, value);
    return value;
  };
}
