import type { Milestone } from '../parse/time';

/**
 * Hands out one list for every delivery cell whose only milestone is the same expression
 * (same words, same days): the overview keeps each cell's list to the end (SPEC §7 memory).
 * A column repeats its few expressions (`ultimo 2017`) even where no two texts are alike
 * (`ultimo 2017, jf. aftalen af 3. maj`), so remembering cells by their text is not enough.
 * Lists of several milestones are kept as they are: they rarely repeat. Past `limit`
 * distinct expressions it stops remembering new ones.
 */
export function sharedMilestoneLists(limit = 4096): (list: readonly Milestone[]) => readonly Milestone[] {
  const known = new Map<string, readonly Milestone[]>();
  return (list) => {
    if (list.length !== 1) return list;
    const m = list[0];
    const same = known.get(m.text);
    if (same === undefined) {
      if (known.size < limit) known.set(m.text, list);
      return list;
    }
    // The same words may cover other days: `primo` in `primo/medio 2013` and in `primo/medio 2014`.
    const k = same[0];
    return k.start === m.start && k.due === m.due && k.open === m.open ? same : list;
  };
}
