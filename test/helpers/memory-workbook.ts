import type { Grid } from '../../src/core/grid';
import { specOf, type SheetSpec, type SheetToWrite } from '../../src/core/report/sheetspec';
import type { SheetInfo, WorkbookPort } from '../../src/workbook/port';
import { WorkbookError } from '../../src/workbook/port';

/**
 * The WorkbookPort contract in memory: user sheets as grids, owned sheets as the specs
 * written. Lets the pipeline be tested without ExcelJS or Office.js.
 */
export class MemoryWorkbook implements WorkbookPort {
  readonly sheets: { name: string; grid: Grid; owner: string | null; visible: boolean; spec?: SheetSpec }[] = [];
  writes = 0;

  constructor(grids: Grid[]) {
    for (const grid of grids) this.sheets.push({ name: grid.sheetName, grid, owner: null, visible: true });
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map(({ name, owner, visible }) => ({ name, owner, visible }));
  }

  async readGrid(sheet: string): Promise<Grid> {
    const s = this.sheets.find((x) => x.name === sheet);
    if (!s) throw new WorkbookError('sheet-not-found', sheet);
    return s.grid;
  }

  async writeSheets(sheets: SheetToWrite[]): Promise<void> {
    const specs = sheets.map(specOf);
    this.writes++;
    for (let k = this.sheets.length - 1; k >= 0; k--) if (this.sheets[k].owner !== null) this.sheets.splice(k, 1);
    for (const spec of specs) {
      if (this.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase())) {
        throw new Error(`spec ${spec.name} collides with a user sheet`);
      }
      const grid: Grid = {
        sheetName: spec.name,
        originRow: 1,
        originCol: 1,
        cells: spec.rows.map((r) => r.map((c) => (c ? { value: c.value } : null))),
        merges: [],
        tables: [],
      };
      this.sheets.push({ name: spec.name, grid, owner: spec.owner, visible: spec.visibility === 'visible', spec });
    }
  }

  owned(owner: string): SheetSpec | undefined {
    return this.sheets.find((s) => s.owner === owner)?.spec;
  }
}
