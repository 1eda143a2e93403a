/**
 * Reasons several remarks share, so the note can say "5 af de 9 gule initiativer angiver
 * »Forsinkelser i tidsplanen«" instead of repeating one remark five times.
 *
 * A remark is cut into clauses at sentence ends and semicolons. Clauses are compared by their
 * words only (case, spaces and punctuation ignored), and a remark shares a clause when one of
 * its own clauses is that clause or begins with its words: "Forsinkelser i tidsplanen for
 * implementering af …" shares "Forsinkelser i tidsplanen".
 */

export interface SharedReason {
  /** The shared clauses as the first remark that has them words them, without final punctuation. */
  text: string;
  /** Indexes of the remarks that share it, ascending. */
  members: number[];
}

interface Clause {
  /** The clause as written, with the separator that ended it. */
  raw: string;
  /** Its words, lower case, joined by single spaces. */
  words: string;
}

/** A sentence end followed by what starts a new sentence, a semicolon, or a line break. */
const CLAUSE_END = /[.!?]+\s+(?=[\p{Lu}\p{N}«»"'(])|;\s*|\s*\n\s*/gu;

export function clausesOf(remark: string): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  const add = (to: number) => {
    const raw = remark.slice(from, to);
    const words = normalizedWords(raw);
    if (words !== '') clauses.push({ raw, words });
    from = to;
  };
  for (const m of remark.matchAll(CLAUSE_END)) add((m.index ?? 0) + m[0].length);
  add(remark.length);
  return clauses;
}

export function normalizedWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .join(' ');
}

/** Number of words in a normalised clause. */
const wordCount = (words: string) => words.split(' ').length;

/**
 * Which remarks hold each clause: a remark holds a clause when one of its own clauses is that
 * clause or begins with its words. Only whole clauses of some remark are candidates.
 */
function holdersOf(clauses: Clause[][]): Map<string, Set<number>> {
  const holders = new Map<string, Set<number>>();
  for (const own of clauses) for (const c of own) if (!holders.has(c.words)) holders.set(c.words, new Set());
  clauses.forEach((own, k) => {
    for (const c of own) {
      const words = c.words.split(' ');
      for (let n = 1; n <= words.length; n++) holders.get(words.slice(0, n).join(' '))?.add(k);
    }
  });
  return holders;
}

/**
 * Picks shared reasons greedily: the clause held by most remarks not yet grouped first (ties: more
 * words, then the earlier remark); each remark joins at most one group, and a group needs two.
 * The quote is the run of clauses around the chosen one, in the first remark that has it whole,
 * that exactly the same remarks hold: three identical remarks are quoted whole.
 */
export function sharedReasons(remarks: string[]): SharedReason[] {
  const clauses = remarks.map(clausesOf);
  const holders = holdersOf(clauses);
  const open = new Set(remarks.keys());
  const openHolders = (words: string) => [...(holders.get(words) ?? [])].filter((j) => open.has(j)).sort((a, b) => a - b);
  const reasons: SharedReason[] = [];
  for (;;) {
    let best: { source: number; index: number; members: number[] } | null = null;
    const tried = new Set<string>();
    for (const k of open) {
      const own = clauses[k];
      for (let index = 0; index < own.length; index++) {
        const words = own[index].words;
        if (tried.has(words)) continue;
        tried.add(words);
        const members = openHolders(words);
        if (members.length < 2) continue;
        const size = best ? best.members.length : 0;
        if (!best || members.length > size || (members.length === size && wordCount(words) > wordCount(clauses[best.source][best.index].words))) {
          best = { source: k, index, members };
        }
      }
    }
    if (best === null) return reasons;
    const { source, index, members } = best;
    const own = clauses[source];
    const same = (c: Clause) => {
      const h = openHolders(c.words);
      return h.length === members.length && h.every((j, n) => j === members[n]);
    };
    let from = index;
    let to = index;
    while (from > 0 && same(own[from - 1])) from--;
    while (to < own.length - 1 && same(own[to + 1])) to++;
    const text = own
      .slice(from, to + 1)
      .map((c) => c.raw)
      .join('')
      .trim()
      .replace(/[\s.;:,!?]+$/u, '');
    reasons.push({ text, members });
    for (const j of members) open.delete(j);
  }
}
