/** Trimmed, lower case, without a `mailto:` prefix or angle brackets: the form emails are compared in. */
export function normalizeEmail(text: string): string {
  if (typeof text !== 'string') return '';
  return text
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .toLowerCase();
}

// Pragmatic, not RFC 5322: what a person would accept as an address in an overview.
// Letters beyond ASCII are allowed (IDN domains like ærø.dk); `(at)` disguises are not.
const EMAIL = /^[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

export function isValidEmail(text: string): boolean {
  const email = normalizeEmail(text);
  return email.length <= 254 && EMAIL.test(email);
}

/** The domain of a valid address (`kl.dk`), lower case; null when the address is not valid. */
export function emailDomain(text: string): string | null {
  if (!isValidEmail(text)) return null;
  const email = normalizeEmail(text);
  return email.slice(email.lastIndexOf('@') + 1);
}
