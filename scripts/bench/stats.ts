/**
 * The few numbers the bench reports from repeated runs. On a shared virtual machine one run
 * can take half again as long as the next; the median is the typical run, and the range is
 * printed beside it so a noisy measurement shows as noisy.
 */

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function spread(values: number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/** How many times the typical `measured` run is the typical `baseline` run. */
export function ratioOfMedians(measured: number[], baseline: number[]): number {
  return median(measured) / median(baseline);
}
