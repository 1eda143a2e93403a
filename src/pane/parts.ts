/**
 * Long arrays sent between the page and its worker in parts. `postMessage` copies its whole
 * message in one task on each side; a 20 000-row grid or its findings copied at once block
 * the page for longer than a frame should take. So the long arrays a few levels down are
 * taken out and sent as parts of `PART_SIZE` items, each its own message (and task), then
 * put back into the rest on arrival.
 */

export const PART_SIZE = 1000;
/** How deep to look: call arguments → grid → cells; answer → summary → specs → spec → cells. */
const DEPTH = 4;

export type Path = (string | number)[];

export interface Part {
  path: Path;
  items: unknown[];
}

/**
 * A copy of `value` whose arrays longer than a part (within `DEPTH` levels) are empty, and
 * the parts that fill them again in order. Objects along the way are copied, never changed.
 */
export function detach<T>(value: T): { shell: T; parts: Part[] } {
  const parts: Part[] = [];
  const walk = (v: unknown, path: Path): unknown => {
    if (path.length > DEPTH || typeof v !== 'object' || v === null) return v;
    if (Array.isArray(v)) {
      if (path.length > 0 && v.length > PART_SIZE) {
        for (let at = 0; at < v.length; at += PART_SIZE) parts.push({ path, items: v.slice(at, at + PART_SIZE) });
        return [];
      }
      return v.map((item, k) => walk(item, [...path, k]));
    }
    // Dates and anything else not a plain object go as they are.
    if (Object.getPrototypeOf(v) !== Object.prototype) return v;
    return Object.fromEntries(Object.entries(v).map(([key, item]) => [key, walk(item, [...path, key])]));
  };
  return { shell: walk(value, []) as T, parts };
}

/** Puts a part's items back at the end of the array at its path in `shell`. */
export function attach(shell: unknown, part: Part): void {
  let target = shell as Record<string | number, unknown>;
  for (const key of part.path) target = target[key] as Record<string | number, unknown>;
  (target as unknown as unknown[]).push(...part.items);
}
