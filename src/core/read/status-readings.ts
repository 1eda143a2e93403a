import type { StatusReading } from '../overview';
import type { Status } from '../status';

/**
 * Hands out one `StatusReading` for every row whose status reads the same (same text, same
 * fill, same effective status): the overview keeps one per row to the end (SPEC §7 memory),
 * and a status column holds a handful of words and fills. `fromText` is the text's own (the
 * reader's memoised word). Past `limit` distinct texts, new ones get readings of their own.
 */
export function sharedStatusReadings(limit = 4096): (text: string, fromText: Status | null, fromFill: Status | null, value: Status | null) => StatusReading {
  const byText = new Map<string, StatusReading[]>();
  return (text, fromText, fromFill, value) => {
    let known = byText.get(text);
    if (known !== undefined) {
      for (const reading of known) if (reading.fromFill === fromFill && reading.value === value) return reading;
    }
    const reading: StatusReading = { fromText, fromFill, text, value };
    if (known === undefined && byText.size < limit) byText.set(text, (known = []));
    known?.push(reading);
    return reading;
  };
}
