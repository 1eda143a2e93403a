const SCALE: Record<string, number> = { tusind: 1e3, mio: 1e6, mill: 1e6, million: 1e6, millioner: 1e6, mia: 1e9, mrd: 1e9, milliard: 1e9, milliarder: 1e9 };

// Number with Danish separators (`250.000`, `19,5`), an optional scale word, then kroner
// (`t.kr.` is thousands); or number and million/milliard alone (`19,5 mio.`), which in a
// budget cell means kroner too. `tusind` alone is too often a count to be money.
const AMOUNT =
  /(?<![\p{L}\p{N},.])(?:(ca\.?|cirka|omkring|~)\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(?:(millioner|million|milliarder|milliard|mill|mio|mia|mrd|tusind)\.?\s*)?(t\.?\s?kr\.?|tkr\.?|kr\.?|kroner|dkk)?(?![\p{L}\p{N}])/giu;

/**
 * The first amount of money in `text`, in kroner: `19,5 mio. kr.`, `Ca. 1 mio. kr.`,
 * `250.000 kr.`, `1,3 milliarder kroner`. `approximate` when it says `ca.`/`cirka`/`omkring`.
 * A number with neither a scale word nor kroner is not an amount; null when there is none.
 */
export function parseAmount(text: string): { amount: number; approximate: boolean } | null {
  if (typeof text !== 'string') return null;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const [, approx, whole, fraction, scale, currency] = m;
    if (!currency && (!scale || scale.toLowerCase() === 'tusind')) continue;
    const thousands = currency && /^t/i.test(currency) ? 1e3 : 1;
    const value = Number(`${whole.replace(/\./g, '')}.${fraction ?? '0'}`) * (scale ? SCALE[scale.toLowerCase()] : 1) * thousands;
    if (!Number.isFinite(value)) continue;
    // Multiplying by 1e6 leaves binary noise (19.5 → 19500000.000000004): round to øre.
    return { amount: Math.round(value * 100) / 100, approximate: approx !== undefined };
  }
  return null;
}
