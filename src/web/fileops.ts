/**
 * The opened file's operations, run where the file lives: in the page's worker
 * (fileworker.ts), so that reading a 20 000-row sheet or writing the summary never blocks
 * the page, or in the page where no worker runs. The same .xlsx layer as the CLI, with
 * DEFLATE by fflate (browsercodec.ts). One file at a time: opening another forgets the one
 * before, and a call for a file no longer open is refused.
 */
import type { SheetSpec } from '../core/report/sheetspec';
import type { WriteProgress } from '../workbook/port';
import { browserCodec } from '../xlsx/browsercodec';
import { XlsxWorkbook } from '../xlsx/workbook';

/** Fresh operations with no file open. */
export function fileOperations() {
  let open: { id: number; book: XlsxWorkbook } | null = null;
  let opened = 0;
  const bookOf = (id: number): XlsxWorkbook => {
    if (open?.id !== id) throw new Error(`file ${id} is no longer open`);
    return open.book;
  };
  return {
    /** Opens an .xlsx from its bytes; the number names it in later calls. Throws `WorkbookError` naming the file. */
    async openFile(bytes: Uint8Array, name: string): Promise<number> {
      const book = await XlsxWorkbook.fromBuffer(bytes, name, browserCodec);
      open = { id: ++opened, book };
      return open.id;
    },
    listSheets: (id: number) => bookOf(id).listSheets(),
    readGrid: (id: number, sheet: string) => bookOf(id).readGrid(sheet),
    readHeads: (id: number, sheets: string[], rows: number) => bookOf(id).readHeads(sheets, rows),
    /** Writes the sheets surgically and gives the whole package back as bytes. */
    async writeSheets(id: number, specs: SheetSpec[], onProgress?: (p: WriteProgress) => void): Promise<Uint8Array> {
      const book = bookOf(id);
      await book.writeSheets(specs, onProgress);
      return book.toBytes();
    },
  };
}

export type FileOperations = ReturnType<typeof fileOperations>;
