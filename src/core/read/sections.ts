/**
 * An area section row reads like `1. Digital kommunikation og borgerbetjening`
 * (number, dot, name; or a colon, parenthesis or dash: `Indsatsområde 2 - Digital velfærd`),
 * optionally prefixed `Indsatsområde`/`Fokusområde`.
 */
const SECTION = /^(?:(?:indsats|fokus)?område\s*)?(\d{1,3})\s*[.:)\-–—]\s*(\D.*)$/i;
/** `3 Vækst og beskæftigelse`: a number and a name with only a space between, a section when the name is a known area's. */
const SPACED_SECTION = /^(?:(?:indsats|fokus)?område\s*)?(\d{1,3})\s+(\D.*)$/i;
/** `6.` alone in a cell, with the area's name in the next: a section row in two cells. */
const AREA_NUMBER = /^(?:(?:indsats|fokus)?område\s*)?(\d{1,3})\.?$/i;
/** `Indsatsområde: Digital velfærd`: the word in front of an unnumbered area name. */
const AREA_WORD = /^(?:indsats|fokus)?område\s*[:\-–—]?\s*/i;

export function parseSectionTitle(text: string): { id: string; name: string } | null {
  const m = SECTION.exec(text.trim());
  if (!m) return null;
  const name = m[2].trim();
  if (name === '') return null;
  return { id: String(Number(m[1])), name };
}

/**
 * A section row the reader recognises only with the profile's area names: `3 Vækst og
 * beskæftigelse` in one cell, or `6.` and `Effektiv administration og styring` in two (`name`).
 */
export function parseNumberedArea(text: string, name: string | null, known: Record<string, string>): { id: string; name: string } | null {
  const m = name === null ? SPACED_SECTION.exec(text.trim()) : AREA_NUMBER.exec(text.trim());
  if (!m) return null;
  const written = name === null ? m[2].trim() : name.trim();
  if (written === '' || /^\d/.test(written)) return null;
  // In two cells the number says it is a section; in one, only a known name does.
  if (name === null && knownAreaOf(written, known) === null) return null;
  return { id: String(Number(m[1])), name: written };
}

/** The words of a name in lower case, letters and digits only. */
function nameWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** One word the other's stem (`digital`, `digitale`); a stem of a longer word has at least three letters. */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (short.length === long.length || short.length >= 3);
}

/**
 * The known area an unnumbered name stands for, or null. Headings are often typed in capitals
 * and inflected (`DIGITAL SAMMENHÆNG FOR BØRN OG UNGE` for *Digitale sammenhænge for børn og
 * unge*), so words compare case-insensitively and each may be the other's stem; the word count
 * must match, so a mere start of a name (`Digital`) names no area.
 */
export function knownAreaOf(text: string, known: Record<string, string>): { id: string; name: string } | null {
  const words = nameWords(text.trim().replace(AREA_WORD, ''));
  if (words.length === 0) return null;
  for (const [id, name] of Object.entries(known)) {
    // A name with a subtitle (`Beskæftigelse – enstrenget indsats, der virker`) is also known by its head.
    for (const form of [name, name.split(/\s[–—-]\s/)[0]]) {
      const own = nameWords(form);
      if (own.length === words.length && own.every((w, k) => sameStem(w, words[k]))) return { id, name };
    }
  }
  return null;
}

/**
 * An area column may say `2`, `2. Digital velfærd` or just `Digital velfærd`;
 * a bare name is looked up among the known areas.
 */
export function parseAreaCell(text: string, known: Record<string, string>): { id: string | null; name: string } | null {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d{1,3}$/.test(t)) return { id: String(Number(t)), name: known[String(Number(t))] ?? '' };
  const section = parseSectionTitle(t);
  if (section) return section;
  return knownAreaOf(t, known) ?? { id: null, name: t };
}
