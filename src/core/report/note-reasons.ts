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
 * Which remarks hold each clause, in order of first appearance: a remark holds a clause when one
 * of its own clauses is that clause or begins with its words. Only whole clauses are candidates.
 */
function holdersOf(clauses: Clause[][]): Map<string, number[]> {
  const holders = new Map<string, number[]>();
  for (const own of clauses) for (const c of own) if (!holders.has(c.words)) holders.set(c.words, []);
  clauses.forEach((own, k) => {
    const held = new Set<string>();
    for (const c of own) {
      const words = c.words.split(' ');
      for (let n = 1; n <= words.length; n++) {
        const prefix = n === words.length ? c.words : words.slice(0, n).join(' ');
        if (holders.has(prefix)) held.add(prefix);
      }
    }
    for (const words of held) (holders.get(words) as number[]).push(k);
  });
  return holders;
}

/**
 * Picks shared reasons greedily: the clause held by most remarks not yet grouped first (ties: more
 * words, then the clause seen first); each remark joins at most one group, and a group needs two.
 * The quote is the run of clauses around the chosen one, in the first remark that has it whole,
 * that exactly the same remarks hold: three identical remarks are quoted whole.
 */
export function sharedReasons(remarks: string[]): SharedReason[] {
  // Remarks repeat (one wording copied down a column): each text is cut once.
  const cut = new Map<string, Clause[]>();
  const clauses = remarks.map((remark) => {
    let own = cut.get(remark);
    if (!own) cut.set(remark, (own = clausesOf(remark)));
    return own;
  });
  const holders = holdersOf(clauses);
  const open = new Set(remarks.keys());
  // How many open remarks hold each clause, kept up to date as remarks are grouped.
  const openCount = new Map<string, number>();
  const held: string[][] = remarks.map(() => []);
  for (const [words, list] of holders) {
    openCount.set(words, list.length);
    for (const k of list) held[k].push(words);
  }
  const openHolders = (words: string) => (holders.get(words) ?? []).filter((j) => open.has(j));
  // The quote is words a remark wrote: a clause counts while an open remark has it whole.
  const whole = new Map<string, number[]>();
  clauses.forEach((own, k) => {
    for (const c of own) {
      const list = whole.get(c.words) ?? [];
      if (list[list.length - 1] !== k) list.push(k);
      whole.set(c.words, list);
    }
  });
  const quotable = (words: string) => (whole.get(words) as number[]).some((j) => open.has(j));
  const reasons: SharedReason[] = [];
  for (;;) {
    let best: string | null = null;
    let bestCount = 1;
    for (const [words, n] of openCount) {
      const better = n > bestCount || (n === bestCount && best !== null && wordCount(words) > wordCount(best));
      if (better && quotable(words)) {
        best = words;
        bestCount = n;
      }
    }
    if (best === null) return reasons;
    const members = openHolders(best);
    const source = members.find((j) => clauses[j].some((c) => c.words === best)) as number;
    const own = clauses[source];
    const index = own.findIndex((c) => c.words === best);
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
    for (const j of members) {
      open.delete(j);
      for (const words of held[j]) openCount.set(words, (openCount.get(words) as number) - 1);
    }
  }
}
