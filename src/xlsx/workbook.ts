/**
 * The .xlsx adapter of the WorkbookPort, for the CLI, the web page's worker and tests (`open`
 * and `save` touch the file system and so only the CLI uses them; the web build stubs `fs`
 * and passes its own codec to `fromBuffer`). Reading parses the package's
 * parts with the XML reader (see xmlread.ts), inflating only what it reads; writing edits the
 * original package surgically (see writer.ts), so nothing the product does not own is lost.
 * A damaged package is a `WorkbookError('damaged')`: no zip or XML library's words reach a user.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import type { Grid } from '../core/grid';
import { emptyGrid } from '../core/grid';
import type { SheetToWrite } from '../core/report/sheetspec';
import { type SheetInfo, type WorkbookPort, type WriteProgress, WorkbookError } from '../workbook/port';
import { Package, type Relationship, relIs } from './opc';
import { type WorkbookXml, ownersByIndex, parseWorkbookXml } from './workbookxml';
import { CellFormats, readCellFormats } from './cellformats';
import { readThemeColors } from './colors';
import { readSharedStrings } from './sharedstrings';
import { type TableInfo, readSheet, readTable } from './sheetread';
import { type ParseWith, XmlError } from './xmlread';
import { type Codec, ZipError } from './zip';
import { nodeCodec } from './nodecodec';
import { compoundFileKind, isBareBiff, isOpenDocumentSpreadsheet } from './fileformat';

const ZIP_SIGNATURE = [0x50, 0x4b];
// Compound File Binary: a password-protected .xlsx (an encrypted package inside CFB) or a legacy .xls (see fileformat.ts).
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** What reading any sheet needs, read once per package state. */
interface Book {
  wb: WorkbookXml;
  workbookRels: Relationship[];
  formats: CellFormats;
  sharedStrings: () => string[];
}

export class XlsxWorkbook implements WorkbookPort {
  /** Read once per package state; a write starts them over. */
  private book: Promise<Book> | null = null;
  private wbXml: Promise<WorkbookXml> | null = null;

  private constructor(
    private readonly pkg: Package,
    private readonly workbookPart: string,
    /** The file name (or 'buffer'): the detail of errors, which never carry a library's message. */
    private readonly label: string,
  ) {}

  /**
   * Opens a file. Throws `WorkbookError`: 'file-not-found', 'not-a-workbook', 'damaged', or
   * what the file is instead of an .xlsx ('encrypted', 'old-format', 'binary-format', 'opendocument').
   */
  static async open(file: string): Promise<XlsxWorkbook> {
    let bytes: Buffer;
    try {
      // Read synchronously: node loads its promise API (fs/promises) for a few milliseconds
      // of the start `validate` is measured against (SPEC §7), and nothing runs meanwhile.
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new WorkbookError('file-not-found', file);
      throw new WorkbookError('not-a-workbook', `${file}: ${code ?? (e as Error).message}`);
    }
    return XlsxWorkbook.fromBuffer(bytes, file);
  }

  /** `codec`: node's zlib by default; the browser page passes its own (browsercodec.ts). */
  static async fromBuffer(bytes: Uint8Array, label = 'buffer', codec: Codec = nodeCodec): Promise<XlsxWorkbook> {
    if (startsWith(bytes, CFB_SIGNATURE)) throw new WorkbookError(compoundFileKind(bytes), label);
    if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookError(isBareBiff(bytes) ? 'old-format' : 'not-a-workbook', label);
    return damagedAs(label, async () => {
      const pkg = await Package.load(bytes, codec);
      // A zip that is no workbook package at all (a .docx, an archive) is not a workbook;
      // a workbook package with a broken part is damaged.
      const workbookPart = await pkg.workbookPart();
      if (!workbookPart) {
        const ods = isOpenDocumentSpreadsheet(await pkg.text('mimetype'), await pkg.text('META-INF/manifest.xml'));
        throw new WorkbookError(ods ? 'opendocument' : 'not-a-workbook', label);
      }
      // An .xlsx's parts are XML; an Excel Binary Workbook's (.xlsb) are not.
      if (/\.bin$/i.test(workbookPart)) throw new WorkbookError('binary-format', label);
      const wb = new XlsxWorkbook(pkg, workbookPart, label);
      // Fail at open, not later, when the central part is unreadable.
      await wb.workbookXml();
      return wb;
    });
  }

  private workbookXml(): Promise<WorkbookXml> {
    this.wbXml ??= this.readWorkbookXml();
    return this.wbXml;
  }

  private async readWorkbookXml(): Promise<WorkbookXml> {
    let root: string | null = null;
    this.pkg.readXml(this.workbookPart, {
      get done() {
        return root !== null;
      },
      open(name) {
        root = name;
      },
    });
    // Without its root element the part is not a workbook (it would read as one without sheets).
    if (root !== 'x:workbook') throw new WorkbookError('not-a-workbook', this.label);
    // Read as the writer reads it, so both agree on sheets and the product's markers.
    return parseWorkbookXml((await this.pkg.text(this.workbookPart))!);
  }

  /** A reader over a part that must exist. */
  private parse(part: string): ParseWith {
    return (handler) => {
      if (!this.pkg.readXml(part, handler)) throw new WorkbookError('damaged', `${this.label} (${part})`);
    };
  }

  private load(): Promise<Book> {
    this.book ??= (async () => {
      const wb = await this.workbookXml();
      const workbookRels = await this.pkg.rels(this.workbookPart);
      // A relationship to a part the zip lacks reads as none: some generators list a theme or
      // styles they never write, and formats and colours are not what the product checks.
      // Shared strings a cell needs and cannot find still make its sheet damaged.
      const partOf = (kind: 'theme' | 'styles' | 'sharedStrings') => workbookRels.find((r) => relIs(r, kind) && !r.external && this.pkg.has(r.part))?.part;
      const themePart = partOf('theme');
      const stylesPart = partOf('styles');
      const stringsPart = partOf('sharedStrings');
      const theme = themePart ? readThemeColors(this.parse(themePart)) : [];
      const formats = stylesPart ? readCellFormats(this.parse(stylesPart), theme) : CellFormats.none;
      let strings: string[] | null = null;
      const sharedStrings = () => (strings ??= stringsPart ? readSharedStrings(this.parse(stringsPart)) : []);
      return { wb, workbookRels, formats, sharedStrings };
    })();
    return this.book;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return damagedAs(this.label, async () => {
      const wb = await this.workbookXml();
      const owners = ownersByIndex(wb);
      return wb.sheets.map((s, i) => ({ name: s.name, visible: s.state === 'visible', owner: owners.get(i) ?? null }));
    });
  }

  async readGrid(sheet: string): Promise<Grid> {
    return damagedAs(this.label, () => this.read(sheet));
  }

  /** The first `rows` rows of each sheet: each part is tokenised only that far. */
  async readHeads(sheets: string[], rows: number): Promise<Grid[]> {
    return damagedAs(this.label, async () => {
      const out: Grid[] = [];
      for (const sheet of sheets) out.push(await this.read(sheet, rows));
      return out;
    });
  }

  private async read(sheet: string, maxRow?: number): Promise<Grid> {
    const book = await this.load();
    const { wb } = book;
    const index = wb.sheets.findIndex((s) => s.name === sheet);
    const at = index >= 0 ? index : wb.sheets.findIndex((s) => s.name.toLowerCase() === sheet.toLowerCase());
    if (at < 0) throw new WorkbookError('sheet-not-found', sheet);
    const { name, relId } = wb.sheets[at];
    // Excel writes `r:id=""` for an Excel 5 dialog or VBA module sheet kept from an .xls:
    // such a sheet has no part, and no cells.
    if (relId === '') return emptyGrid(name);
    const rel = book.workbookRels.find((r) => r.id === relId);
    if (!rel || rel.external) throw new WorkbookError('damaged', `${this.label} (${this.workbookPart}: ${name})`);
    // A chartsheet (or a dialog or macro sheet) has no cells.
    if (!relIs(rel, 'worksheet')) return emptyGrid(name);
    const opts = { formats: book.formats, sharedStrings: book.sharedStrings, date1904: wb.date1904, maxRow };
    // Detection reads values only; tables matter once a sheet is read whole.
    const tables = maxRow === undefined ? await this.tables(rel.part) : [];
    return readSheet(name, this.parse(rel.part), opts, tables);
  }

  /** Tables (ListObjects) of a worksheet, read from their parts. */
  private async tables(sheetPart: string): Promise<TableInfo[]> {
    const out: TableInfo[] = [];
    for (const rel of await this.pkg.rels(sheetPart)) {
      if (!relIs(rel, 'table') || rel.external) continue;
      const table = readTable(this.parse(rel.part));
      if (table) out.push(table);
    }
    return out;
  }

  async writeSheets(sheets: SheetToWrite[], onProgress?: (p: WriteProgress) => void): Promise<void> {
    // Loaded when a run writes: validating, the run people wait for most, never needs the
    // writer and its XML check (a tenth of node's own start time to load).
    const { writeSheetsToPackage } = await import('./writer');
    // Reads after a write see the new package; dropping what reading kept (the shared
    // strings above all) before writing also lowers a large run's peak memory.
    this.book = null;
    this.wbXml = null;
    await damagedAs(this.label, () => writeSheetsToPackage(this.pkg, sheets, onProgress));
  }

  /** The package as it is now (with any sheets written), as plain bytes: what a browser can hold. */
  async toBytes(): Promise<Uint8Array> {
    return damagedAs(this.label, () => this.pkg.generate());
  }

  /** The package as it is now (with any sheets written). */
  async toBuffer(): Promise<Buffer> {
    const bytes = await this.toBytes();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

/** Runs `f`, turning a damaged zip entry or part into the product's own error naming the file and part. */
async function damagedAs<T>(label: string, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ZipError) throw new WorkbookError('damaged', e.entry ? `${label} (${e.entry})` : label);
    if (e instanceof XmlError) throw new WorkbookError('damaged', e.part ? `${label} (${e.part})` : label);
    throw e;
  }
}
