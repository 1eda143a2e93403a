/**
 * A function of a cell's text remembered per distinct text. The columns it is used on
 * (status words, fills, contacts, offices, emails, delivery texts) mostly repeat a handful
 * of values down thousands of rows, so each is worked out once (SPEC §7 budget). Past
 * `limit` distinct texts it stops remembering, so a column of all-different values costs no
 * more memory; and if by then fewer texts came again than were new, it stops looking too:
 * looking up a text never seen hashes it, which on a column of all-different delivery texts
 * cost more than the lookups saved.
 */
export function memoize<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  let repeats = 0;
  let looking = true;
  return (text) => {
    if (!looking) return fn(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) {
      repeats++;
      return hit as T;
    }
    const value = fn(text);
    if (known.size < limit) known.set(text, value);
    else if (repeats < limit) looking = false;
    return value;
  };
}
