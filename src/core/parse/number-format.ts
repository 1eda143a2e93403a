/**
 * The text Excel displays for a number under the common number formats. An id typed as
 * the number 1.1 with format `0.00` must read as `1.10` (SPEC §2). Anything beyond the
 * simple formats returns undefined: no text is better than a wrong one.
 * Separators are the invariant ones ('.' decimal, ',' thousands), as in the format code.
 */

const SIMPLE = /^(-?)(#,##)?0(?:\.(0*)(#*))?(%?)$/;

/** Rounds half away from zero on the decimal representation, as Excel does (1.005 → 1.01). */
function fixed(abs: number, decimals: number): string {
  const rounded = Number(`${Math.round(Number(`${abs}e${decimals}`))}e-${decimals}`);
  return (Number.isFinite(rounded) ? rounded : abs).toFixed(decimals);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function general(v: number): string | undefined {
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return undefined; // Excel switches to scientific notation
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(10)));
}

/** Strips colour/locale codes, `_x` padding and `\x` escapes that do not change the digits. */
function clean(section: string): string {
  return section
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_./g, '')
    .replace(/\\(.)/g, '')
    .trim();
}

export function displayText(v: number, numFmt: string | undefined): string | undefined {
  if (!Number.isFinite(v)) return undefined;
  if (numFmt === undefined || numFmt === '' || /^general$/i.test(numFmt)) return general(v);
  if (numFmt.includes('"')) return undefined;
  const sections = numFmt.split(';');
  const useNegative = v < 0 && sections.length > 1;
  const m = SIMPLE.exec(clean(useNegative ? sections[1] : sections[0]));
  if (!m) return undefined;
  const [, minus, thousands, zeros = '', optional = '', percent] = m;
  const abs = Math.abs(v) * (percent ? 100 : 1);
  let s = fixed(abs, zeros.length + optional.length);
  // `#` decimals show only when they are not trailing zeros.
  if (optional) s = s.replace(new RegExp(`0{1,${optional.length}}$`), '').replace(/\.$/, '');
  const [int, frac] = s.split('.');
  const body = `${minus}${thousands ? groupThousands(int) : int}${frac !== undefined ? `.${frac}` : ''}${percent}`;
  // A negative section writes its own sign; other sections (parentheses, text) give no text at all.
  const negative = v < 0 && !useNegative && /[1-9]/.test(s);
  return negative ? `-${body}` : body;
}

/**
 * Whether a number format shows a date or time: d, m, y, h or s outside quoted literals,
 * escaped characters and `[...]` sections (colours, conditions, locales), or an elapsed-time
 * code such as `[h]`. Both adapters tell dates by it: a file and Excel's API alike hand dates
 * over as serial numbers with a format.
 */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code || code === 'General' || code === '@') return false;
  if (/\[(h+|m+|s+)\]/i.test(code)) return true;
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/General/gi, '')
    .replace(/[eE][+-]/g, '');
  return /[dmyhs]/i.test(stripped);
}
