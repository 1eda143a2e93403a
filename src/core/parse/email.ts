/** Trimmed, lower case, without a `mailto:` prefix or angle brackets: the form emails are compared in. */
export function normalizeEmail(text: string): string {
  if (typeof text !== 'string') return '';
  const trimmed = text.trim();
  // Most cells hold a bare address: skip the two rewrites that could not change it
  // (the rules normalise every row's email, SPEC §7 budget).
  if (trimmed.charCodeAt(0) !== 60 /* < */ && !/^mailto:/i.test(trimmed)) return trimmed.toLowerCase();
  return trimmed
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
}

// Pragmatic, not RFC 5322: what a person would accept as an address in an overview.
// Letters beyond ASCII are allowed (IDN domains like ærø.dk); `(at)` disguises are not.
const EMAIL = /^[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function isValidEmail(text: string): boolean {
  return isValidNormalizedEmail(normalizeEmail(text));
}

/** The same for plain ASCII, tried first: a pattern without the `u` flag runs several times faster. */
const ASCII_EMAIL = /^[A-Za-z0-9_%+'-]+(?:\.[A-Za-z0-9_%+'-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}$/;

/** `isValidEmail` for an address already in `normalizeEmail` form, so callers normalise once. */
export function isValidNormalizedEmail(email: string): boolean {
  return email.length <= 254 && (ASCII_EMAIL.test(email) || EMAIL.test(email));
}

/** The domain of a valid address (`kl.dk`), lower case; null when the address is not valid. */
export function emailDomain(text: string): string | null {
  const email = normalizeEmail(text);
  if (!isValidNormalizedEmail(email)) return null;
  return email.slice(email.lastIndexOf('@') + 1);
}

/** What separates the addresses of a cell naming several: `;` `,` `/`, `og`, white space. */
const LIST_SEPARATOR = /\s*[;,/]\s*|\s+og\s+|\s+/i;

/**
 * The addresses of a cell naming more than one (`feng@kl.dk; kieb@kl.dk`, two contacts of one
 * initiative), normalised, when each is valid and none repeats; null for one address or any
 * invalid part.
 */
export function emailList(text: string): string[] | null {
  if (typeof text !== 'string') return null;
  const at = text.indexOf('@');
  if (at < 0 || text.indexOf('@', at + 1) < 0) return null;
  const emails = text
    .trim()
    .split(LIST_SEPARATOR)
    .filter((part) => part !== '')
    .map(normalizeEmail);
  // One address twice (`GDJ@kl.dk GDJ@kl.dk`) is a slip of the paste, not two contacts.
  return emails.length > 1 && emails.every(isValidNormalizedEmail) && new Set(emails).size === emails.length ? emails : null;
}
