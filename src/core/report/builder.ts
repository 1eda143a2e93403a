import type { CellSpec, LinkSpec, SpecValue } from './sheetspec';

/**
 * Every cell has all three fields, set or not: one shape for all cells keeps V8's compiled
 * code for the writers' loops over every cell of a large sheet from being thrown away at
 * each new combination.
 */
export function cell(value: SpecValue, style?: string, link?: LinkSpec): CellSpec {
  return { value, style: style || undefined, link };
}

/** Collects rows top-down; row numbers it returns are 1-based sheet rows. */
export class RowBuilder {
  readonly rows: (CellSpec | null)[][] = [];
  readonly merges: string[] = [];

  /** The sheet row the next `add` writes. */
  get next(): number {
    return this.rows.length + 1;
  }

  add(cells: (CellSpec | null)[]): number {
    this.rows.push(cells);
    return this.rows.length;
  }

  blank(): void {
    this.rows.push([]);
  }

  merge(range: string): void {
    this.merges.push(range);
  }
}
