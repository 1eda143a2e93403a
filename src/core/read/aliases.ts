import type { FieldName } from '../overview';

/** Header texts per field (SPEC §2), compared after `normalizeHeader`. */
export const FIELD_ALIASES: Record<FieldName, readonly string[]> = {
  id: ['Initiativ', 'Nr.', 'Nr', 'Initiativnr.', 'ID', 'Projekt nr.'],
  title: ['Titel', 'Navn'],
  area: ['Indsatsområde', 'Fokusområde', 'Område'],
  contact: ['Kontakt-person hos KL', 'Kontaktperson', 'Ansvarlig'],
  email: ['Kontakt', 'E-mail', 'Email', 'Mail'],
  office: ['Kontor i KL', 'Kontor'],
  status: ['Status', 'Statusfarve'],
  remark: ['Bemærkning', 'Bemærkninger', 'Kommentar', 'Statusbeskrivelse'],
  completed: ['Er aktivitet gennemført?', 'Gennemført'],
  political: ['Skal behandles politisk igen?', 'Politisk behandling'],
};

/** Case, spaces, hyphens, dots (and the odd `?`/`:`) do not matter in a header. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\s\-.?:_]+/g, '');
}

const LOOKUP: Map<string, FieldName> = new Map();
for (const [field, aliases] of Object.entries(FIELD_ALIASES) as [FieldName, readonly string[]][]) {
  for (const alias of aliases) LOOKUP.set(normalizeHeader(alias), field);
}

/** The field a header text names, or null. `Initiativ` answers `id`; the reader decides if it is the title. */
export function fieldOfHeader(text: string): FieldName | null {
  return LOOKUP.get(normalizeHeader(text)) ?? null;
}

/** A header cell holding a four-digit year 2000–2099 names a year column. */
export function yearOfHeader(value: unknown): number | null {
  const s = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^20\d\d$/.test(s)) return null;
  return Number(s);
}
