/**
 * Marks written as a difference: which of the product's notes and conditional formats on
 * the sheet being marked stay and which go, so a click that finds what the last one found
 * writes nothing, and one that finds other things touches only those (SPEC §6: *Valider* in
 * at most 3 syncs, and removing 20 000 marks to write them again takes more than one 5 MB
 * request). Pure: the adapter hands in what it found and gets back what to send.
 *
 * Conditional formats are few (one per ~1 000 characters of addresses), so their cell
 * counts are asked for; which cells they cover would be ~30 bytes of response per cell,
 * so the record keeps a digest of the cells each severity's formats were written for.
 *
 * Notes cannot be located cheaply: the sync that lists them cannot also ask where each is,
 * and asking in the next costs ~350 bytes of request per note (4 MB for 12 000). So the
 * record of marks keeps, per sheet, where the product put each text (by a digest of the
 * text), and a group of notes with the same text is trusted to sit where the record says
 * only when as many notes carry that text as the record has cells for it. Notes move with
 * their cells (sorting, inserting rows), and so do the findings that made them, so a group
 * the user moved no longer matches the new findings and is written again.
 */

/** A short digest of a note's text (53 bits, base 36): collisions among a sheet's notes are negligible. */
export function noteDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Where the product put each note text, for the record, by key (see `planNotes`): `digest:A1,1.5@G;digest:C3`. */
export function encodeNoteCells(notes: Map<string, string>): string {
  const byDigest = new Map<string, string[]>();
  for (const [cell, text] of notes) {
    const d = noteDigest(text);
    const cells = byDigest.get(d) ?? [];
    cells.push(cell);
    byDigest.set(d, cells);
  }
  return [...byDigest].map(([d, cells]) => `${d}:${cells.join(',')}`).join(';');
}

export function decodeNoteCells(encoded: string | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of (encoded ?? '').split(';')) {
    const [d, cells] = group.split(':');
    if (d && cells) out.set(d, cells.split(','));
  }
  return out;
}

/** What to do with the product's notes on the sheet being marked: the rest stay. */
export interface NotePlan<N> {
  remove: N[];
  /** By where each belongs (see `planNotes`). */
  add: { key: string; text: string }[];
}

/**
 * `found`: the product's notes on the sheet with their text; `recorded`: where the record
 * says each text went (digest → keys); `wanted`: the notes the marks ask for, by key. A key
 * is where a note belongs: its mark's anchor (`1.5@G`, the initiative's row, wherever that
 * row now is) or else its cell.
 * A group of notes with one text stays when the record accounts for each of them and every
 * key it names still wants that text; otherwise the group goes and its notes are written
 * again. A group's text is never changed in place: which of its notes sits where is not
 * known, and after rows were inserted or sorted the record's cells are not theirs.
 */
export function planNotes<N>(found: { note: N; content: string }[], recorded: Map<string, string[]>, wanted: Map<string, string>): NotePlan<N> {
  const groups = new Map<string, { text: string; notes: N[] }>();
  for (const { note, content } of found) {
    const d = noteDigest(content);
    const group = groups.get(d) ?? { text: content, notes: [] };
    group.notes.push(note);
    groups.set(d, group);
  }
  const plan: NotePlan<N> = { remove: [], add: [] };
  const kept = new Set<string>();
  for (const [d, { text, notes }] of groups) {
    const keys = recorded.get(d);
    if (keys?.length === notes.length && keys.every((key) => wanted.get(key) === text)) for (const key of keys) kept.add(key);
    else plan.remove.push(...notes);
  }
  for (const [key, text] of wanted) if (!kept.has(key)) plan.add.push({ key, text });
  return plan;
}

/** Which cells the product's formats of each severity covered, as digests (for the record): `error:digest;warning:digest`. */
export function encodeFormatCells(bySeverity: Map<string, string[]>): string {
  return [...bySeverity]
    .filter(([, cells]) => cells.length > 0)
    .map(([severity, cells]) => `${severity}:${cellsDigest(cells)}`)
    .join(';');
}

export function decodeFormatCells(encoded: string | undefined): Map<string, string> {
  return new Map(
    (encoded ?? '')
      .split(';')
      .map((entry) => entry.split(':'))
      .filter((pair): pair is [string, string] => pair.length === 2),
  );
}

function cellsDigest(cells: string[]): string {
  return noteDigest([...cells].sort().join(','));
}

/**
 * Whether the product's formats of one severity still mark exactly `cells`: the record says
 * they were written for these cells, and they still cover as many (`counts`: each format's
 * cell count, null where it was not asked). A format the user cleared from some cells, or
 * one that grew, is written again; so is any when the cells to mark moved.
 */
export function formatsStay(recorded: string | undefined, cells: string[], counts: (number | null)[]): boolean {
  if (recorded === undefined || counts.length === 0 || counts.some((n) => n === null)) return false;
  return (counts as number[]).reduce((a, b) => a + b, 0) === cells.length && recorded === cellsDigest(cells);
}
