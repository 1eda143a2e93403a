/**
 * The .xlsx adapter of the WorkbookPort, for the CLI and tests. Reading goes through
 * ExcelJS on a normalised copy of the package (see reading.ts); writing edits the
 * original package surgically (see writer.ts), so nothing the product does not own is lost.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { SheetSpec } from '../core/report/sheetspec';
import { type SheetInfo, type WorkbookPort, type WriteProgress, WorkbookError } from '../workbook/port';
import { Package, relIs } from './opc';
import { attrs } from './xml';
import { type WorkbookXml, ownersByIndex, parseWorkbookXml } from './workbookxml';
import { type ReadingPackage, buildReadingPackage } from './reading';
import { type TableInfo, toGrid } from './readgrid';
import { type Palette, buildPalette } from './colors';
import { writeSheetsToPackage } from './writer';

const ZIP_SIGNATURE = [0x50, 0x4b];
// Compound File Binary: a password-protected .xlsx (an encrypted package inside CFB) or a legacy .xls.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

interface Loaded {
  excel: ExcelJS.Workbook;
  reading: ReadingPackage;
  palette: Palette;
}

export class XlsxWorkbook implements WorkbookPort {
  private loaded: Promise<Loaded> | null = null;

  private constructor(
    private readonly pkg: Package,
    private readonly workbookPart: string,
    /** The file name (or 'buffer'): the detail of errors, which never carry a library's message. */
    private readonly label: string,
  ) {}

  /** Opens a file. Throws `WorkbookError` ('file-not-found', 'not-a-workbook', 'encrypted'). */
  static async open(file: string): Promise<XlsxWorkbook> {
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookError('file-not-found', file);
      throw new WorkbookError('not-a-workbook', `${file}: ${code ?? (e as Error).message}`);
    }
    return XlsxWorkbook.fromBuffer(bytes, file);
  }

  static async fromBuffer(bytes: Uint8Array, label = 'buffer'): Promise<XlsxWorkbook> {
    if (startsWith(bytes, CFB_SIGNATURE)) throw new WorkbookError('encrypted', label);
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookError('not-a-workbook', label);
    let pkg: Package;
    // The user sees the file name only: a zip library's "End of data reached (data length =
    // 7955, …)" tells them nothing they can act on.
    try {
      pkg = await Package.load(bytes);
    } catch {
      throw new WorkbookError('not-a-workbook', label);
    }
    const workbookPart = await pkg.workbookPart().catch(() => null);
    if (!workbookPart) throw new WorkbookError('not-a-workbook', label);
    const wb = new XlsxWorkbook(pkg, workbookPart, label);
    // Fail at open, not later, when the central parts are unreadable.
    await wb.workbookXml().catch(() => {
      throw new WorkbookError('not-a-workbook', label);
    });
    return wb;
  }

  private async workbookXml(): Promise<WorkbookXml> {
    const xml = await this.pkg.text(this.workbookPart);
    // Without its root element the part is not a workbook (it would read as one without sheets).
    if (xml === null || !/<(?:[\w.-]+:)?workbook[\s>]/.test(xml)) throw new WorkbookError('not-a-workbook', this.label);
    return parseWorkbookXml(xml);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const wb = await this.workbookXml();
    const owners = ownersByIndex(wb);
    return wb.sheets.map((s, i) => ({ name: s.name, visible: s.state === 'visible', owner: owners.get(i) ?? null }));
  }

  private load(): Promise<Loaded> {
    this.loaded ??= (async () => {
      const wb = await this.workbookXml();
      const reading = await buildReadingPackage(this.pkg, this.workbookPart, wb);
      const excel = new ExcelJS.Workbook();
      try {
        // ExcelJS declares its own `Buffer` (an ArrayBuffer); at run time it takes a Node Buffer.
        await excel.xlsx.load(Buffer.from(reading.bytes) as unknown as ArrayBuffer);
      } catch {
        throw new WorkbookError('not-a-workbook', this.label);
      }
      const rels = await this.pkg.rels(this.workbookPart);
      const text = async (kind: 'theme' | 'styles') => {
        const rel = rels.find((r) => relIs(r, kind) && !r.external);
        return rel ? this.pkg.text(rel.part) : null;
      };
      return { excel, reading, palette: buildPalette(await text('theme'), await text('styles')) };
    })();
    return this.loaded;
  }

  async readGrid(sheet: string): Promise<Grid> {
    const wb = await this.workbookXml();
    const index = wb.sheets.findIndex((s) => s.name === sheet);
    const at = index >= 0 ? index : wb.sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (at < 0) throw new WorkbookError('sheet-not-found', sheet);
    const { excel, reading, palette } = await this.load();
    const source = reading.sheets.get(at);
    // A chartsheet or a sheet whose part is missing has no cells.
    const ws = source ? excel.getWorksheet(source.key) : undefined;
    if (!source || !ws) return { sheetName: wb.sheets[at].name, originRow: 1, originCol: 1, cells: [], merges: [], tables: [] };
    return toGrid(ws, wb.sheets[at].name, source.merges, await this.tables(source.part), palette);
  }

  /** Tables (ListObjects) of a worksheet, read from their parts: ExcelJS reads a missing headerRowCount as "no header". */
  private async tables(sheetPart: string): Promise<TableInfo[]> {
    const out: TableInfo[] = [];
    for (const rel of await this.pkg.rels(sheetPart)) {
      if (!relIs(rel, 'table') || rel.external) continue;
      const xml = await this.pkg.text(rel.part);
      const root = xml ? /<(?:[\w.-]+:)?table(?=[\s>])[^>]*>/.exec(xml)?.[0] : undefined;
      if (!root) continue;
      const a = attrs(root);
      if (!a.ref) continue;
      out.push({ name: a.displayName ?? a.name ?? '', ref: a.ref, headerRow: a.headerRowCount !== '0' });
    }
    return out;
  }

  async writeSheets(specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    try {
      await writeSheetsToPackage(this.pkg, specs, onProgress);
    } finally {
      // Reads after a write see the new package.
      this.loaded = null;
    }
  }

  /** The package as it is now (with any sheets written). */
  async toBuffer(): Promise<Buffer> {
    return this.pkg.generate();
  }

  /** Saves atomically: a temporary file in the target directory, then a rename over the target. */
  async save(outPath: string): Promise<void> {
    const bytes = await this.toBuffer();
    const dir = path.dirname(path.resolve(outPath));
    const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    try {
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, outPath);
    } catch (e) {
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw new WorkbookError('write-failed', `${outPath}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
}
