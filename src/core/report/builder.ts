import type { CellSpec, LinkSpec, SpecValue } from './sheetspec';

export function cell(value: SpecValue, style?: string, link?: LinkSpec): CellSpec {
  const c: CellSpec = { value };
  if (style) c.style = style;
  if (link) c.link = link;
  return c;
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
