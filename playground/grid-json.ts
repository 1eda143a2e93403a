/**
 * Grids as JSON for the playground: JSON has no dates, so a Date cell value is written as
 * `{"$date": "<ISO>"}` and revived on the way back. Error values (`{error}`) survive as they are.
 */
import type { Grid } from '../src/core/grid';

export interface GridBook {
  /** Where the grids came from, for the playground's heading. */
  source: string;
  sheets: Grid[];
}

export function gridBookToJson(book: GridBook): string {
  // JSON.stringify calls Date#toJSON before the replacer sees the value, so dates are caught on their holder.
  return JSON.stringify(book, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

export function gridBookFromJson(text: string): GridBook {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && Object.keys(value).length === 1 && typeof (value as { $date?: unknown }).$date === 'string') {
      return new Date((value as { $date: string }).$date);
    }
    return value;
  }) as GridBook;
}
