/** The status words of the product; what an initiative is after reading text and fill. */
export type Status = 'green' | 'yellow' | 'red' | 'done';
export type StatusOrMissing = Status | 'missing';

export const STATUSES: readonly Status[] = ['green', 'yellow', 'red', 'done'];
export const STATUS_KEYS: readonly StatusOrMissing[] = ['green', 'yellow', 'red', 'done', 'missing'];

export type StatusCounts = Record<StatusOrMissing, number>;

export function emptyCounts(): StatusCounts {
  return { green: 0, yellow: 0, red: 0, done: 0, missing: 0 };
}
