/**
 * The opened file's operations, run where the file lives: in the page's worker
 * (fileworker.ts), so that reading a 20 000-row sheet, analysing it or writing the summary
 * never blocks the page, or in the page where no worker runs. The file comes in as the
 * picked `File` (the worker reads its bytes); an action runs whole here, on the same .xlsx
 * layer as the CLI with DEFLATE by fflate (browsercodec.ts), and only its outcome goes
 * back: the findings and rollup for the pane, the summarised package as a Blob, the few
 * cells the cell view shows. No grid crosses to the page. One file at a time: opening
 * another forgets the one before, and a call for a file no longer open is refused.
 */
import { actionsOn, type ActionOptions, type Actions, type DetectOptions, type Marked, type Step, type SummaryOutcome } from '../addin/actions';
import type { Checked } from '../addin/analysis';
import { browserCodec } from '../xlsx/browsercodec';
import { XlsxWorkbook } from '../xlsx/workbook';
import { cellWindow, overviewHeader, type CellWindow } from './cellwindow';
import { FilePort } from './fileport';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An action's options as they cross to the worker: the progress callback goes as a call's own last argument. */
export type FileActionOptions = Omit<ActionOptions, 'onProgress'>;

/** A summary of the file: what the pane shows, and the summarised package to download. */
export interface FileSummary extends SummaryOutcome, Marked {
  download: Blob;
}

/** The file takes no marks: the findings' marks stay here rather than cross to the page. */
function unmarked<T extends Checked & Marked>(outcome: T): T {
  return { ...outcome, marks: [], marked: null };
}

/** The steps the page is told: all but marking, which a file never gets. */
function unmarkedSteps(onProgress: (step: Step) => void): (step: Step) => void {
  return (step) => {
    if (step.phase !== 'mark') onProgress(step);
  };
}

/** Fresh operations with no file open. */
export function fileOperations() {
  let open: { id: number; port: FilePort; actions: Actions } | null = null;
  let opened = 0;
  const fileOf = (id: number) => {
    if (open?.id !== id) throw new Error(`file ${id} is no longer open`);
    return open;
  };
  return {
    /** Opens an .xlsx; the number names it in later calls. Throws `WorkbookError` naming the file. */
    async openFile(file: Blob, name: string): Promise<number> {
      const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await file.arrayBuffer()), name, browserCodec);
      const port = new FilePort(book);
      open = { id: ++opened, port, actions: actionsOn(port) };
      return open.id;
    },
    listSheets: (id: number) => fileOf(id).port.listSheets(),
    detect: (id: number, opts: DetectOptions) => fileOf(id).actions.detect(opts),
    async validate(id: number, opts: FileActionOptions, onProgress: (step: Step) => void): Promise<Checked & Marked> {
      return unmarked(await fileOf(id).actions.validate({ ...opts, onProgress: unmarkedSteps(onProgress) }));
    },
    /** Summarises and writes the sheets surgically; the package comes back as a Blob, which crosses to the page without a copy. */
    async summarize(id: number, opts: FileActionOptions, onProgress: (step: Step) => void): Promise<FileSummary> {
      const { port, actions } = fileOf(id);
      const outcome = unmarked(await actions.summarize({ ...opts, onProgress: unmarkedSteps(onProgress) }));
      const bytes = await port.toBytes();
      return { ...outcome, download: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }) };
    },
    /** The cells around `cell` on `sheet` under the overview's header, for the page's cell view; null for no address. */
    async cellView(id: number, sheet: string, cell: string): Promise<CellWindow | null> {
      const grid = await fileOf(id).port.readGrid(sheet);
      return cellWindow(grid, cell, { header: overviewHeader(grid) });
    },
  };
}

export type FileOperations = ReturnType<typeof fileOperations>;
