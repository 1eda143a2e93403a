/**
 * An area section row reads like `1. Digital kommunikation og borgerbetjening`
 * (number, dot, name), optionally prefixed `Indsatsområde`/`Fokusområde`.
 */
const SECTION = /^(?:(?:indsats|fokus)?område\s*)?(\d{1,3})\s*[.:)]\s*(\D.*)$/i;

export function parseSectionTitle(text: string): { id: string; name: string } | null {
  const m = SECTION.exec(text.trim());
  if (!m) return null;
  const name = m[2].trim();
  if (name === '') return null;
  return { id: String(Number(m[1])), name };
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
  const lower = t.toLowerCase();
  for (const [id, name] of Object.entries(known)) if (name.toLowerCase() === lower) return { id, name };
  return { id: null, name: t };
}
