/**
 * Writing the product's sheets through Office.js as steps (requests.ts packs them into
 * ~1 MB requests): set up the new sheets and put the old ones aside, the cells in row
 * chunks, then merges, panes, filter, chart, print setup and visibility, and show the
 * first visible one. Sheets the product does not own are never touched.
 */
import { a1 } from '../core/address';
import type { CellStyle, SheetSpec } from '../core/report/sheetspec';
import { freeSheetName } from '../core/report/names';
import type { WriteProgress } from '../workbook/port';
import { OWNER_NAME, claimOwnedSheets, ownerFormula } from '../workbook/owner';
import type { WriteStep } from './requests';
import {
  addressLists,
  cellFormat,
  cellInput,
  columnAddress,
  columnWidthPoints,
  displayText,
  escapeHeaderFooter,
  hyperlinkOf,
  planChunks,
  rectAddress,
  rowBytes,
  specWidth,
  styleRects,
  type RowSlice,
} from './write';

/** A sheet of the open workbook as a click read it. */
export interface LoadedSheet {
  ws: Excel.Worksheet;
  name: string;
  id: string;
  visibility: string;
  owner: string | null;
}

/** Request bytes of setting up one new sheet besides its columns: added, marked, tab colour, an old one put aside. */
const SHEET_BYTES = 1_500;
/** Request bytes of one column width: the column's range and the property. */
const COLUMN_BYTES = 450;
/** Request bytes of finishing a sheet besides its merges and chart: rows fitted, panes, filter, print setup, visibility. */
const FINISH_BYTES = 2_000;
/** Request bytes of one merge: the range's path and the call. */
const MERGE_BYTES = 300;
/** Merges per step, and rows' cells per step (~400 kB): small steps fill every request up to its budget. */
const MERGES_PER_STEP = 250;
const SLICE_BYTES = 400_000;
/** Request bytes of a chart with its series. */
const CHART_BYTES = 8_000;

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.underline !== undefined) format.font.underline = style.underline ? 'Single' : 'None';
  if (style.size !== undefined) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.align) format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
  if (style.valign) format.verticalAlignment = style.valign === 'top' ? 'Top' : style.valign === 'middle' ? 'Center' : 'Bottom';
  const edges: `${Excel.BorderIndex}`[] =
    style.border === 'thin'
      ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']
      : style.border === 'bottom'
        ? ['EdgeBottom']
        : [];
  for (const edge of edges) {
    const border = format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

/** Queues the writes of one row slice: numbers formats, values, styles, links. No sync. */
function queueSlice(ws: Excel.Worksheet, spec: SheetSpec, slice: RowSlice, renamed: Map<string, string>, date1904: boolean): void {
  const width = specWidth(spec);
  if (width === 0) return;
  const values: (string | number | boolean)[][] = [];
  const formats: (string | null)[][] = [];
  let anyFormat = false;
  for (let r = slice.from; r < slice.to; r++) {
    const row = spec.rows[r] ?? [];
    const vals: (string | number | boolean)[] = new Array(width).fill('');
    // null leaves a cell's format as it is (General on a new sheet) and keeps the request small.
    const fmts: (string | null)[] = new Array(width).fill(null);
    row.forEach((cell, c) => {
      if (!cell) return;
      vals[c] = cellInput(cell.value, date1904);
      const fmt = cellFormat(cell.value, cell.style === undefined ? undefined : spec.styles[cell.style]);
      if (fmt) {
        fmts[c] = fmt;
        anyFormat = true;
      }
    });
    values.push(vals);
    formats.push(fmts);
  }
  const range = ws.getRangeByIndexes(slice.from, 0, slice.to - slice.from, width);
  if (anyFormat) range.numberFormat = formats;
  range.values = values;
  for (const [style, rects] of styleRects(spec.rows, slice.from, slice.to)) {
    const st = spec.styles[style];
    if (!st) continue;
    for (const list of addressLists(rects.map(rectAddress))) applyStyle(ws.getRanges(list).format, st);
  }
  for (let r = slice.from; r < slice.to; r++) {
    spec.rows[r]?.forEach((cell, c) => {
      if (cell?.link) ws.getRange(a1(r + 1, c + 1)).hyperlink = hyperlinkOf(cell.link, displayText(cell.value), renamed);
    });
  }
}

/** Queues what goes on after the values and merges: rows fitted, panes, filter, chart, print setup, visibility. */
function queueFinish(ws: Excel.Worksheet, spec: SheetSpec): void {
  // Excel measures wrapped text itself; spec.rowHeights is the estimate for writers without Excel.
  if (spec.rowHeights && Object.keys(spec.rowHeights).length > 0) ws.getRange(`1:${spec.rows.length}`).format.autofitRows();
  const freeze = spec.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  if (spec.autoFilter) ws.autoFilter.apply(ws.getRange(spec.autoFilter));
  const chart = spec.chart;
  if (chart && chart.series.length > 0) {
    const added = ws.charts.add('BarStacked', ws.getRange(chart.series[0].values), 'Columns');
    added.title.text = chart.title;
    added.setPosition(chart.from, chart.to);
    chart.series.forEach((s, k) => {
      const series = k === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
      series.name = s.name;
      series.setValues(ws.getRange(s.values));
      series.setXAxisValues(ws.getRange(chart.categories));
      series.format.fill.setSolidColor(`#${s.color}`);
    });
  }
  if (spec.print) {
    const layout = ws.pageLayout;
    layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // A4, the paper of the Danish users, as the package writer writes it (paperSize 9).
    layout.paperSize = 'A4';
    // One page wide, as many tall as needed (0 = automatic).
    if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    const hf = layout.headersFooters.defaultForAllPages;
    if (spec.print.header) hf.centerHeader = escapeHeaderFooter(spec.print.header);
    if (spec.print.footer) hf.centerFooter = escapeHeaderFooter(spec.print.footer);
  }
  if (spec.visibility === 'hidden') ws.visibility = 'Hidden';
  else if (spec.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
}

/** Request bytes of one property set (the action with its value) and of one object path. */
const PROPERTY_BYTES = 110;
const PATH_BYTES = 110;

/** Request bytes of applying a style to one list of ranges, besides the list itself. */
function styleBytes(style: CellStyle): number {
  const font = [style.bold, style.italic, style.underline, style.size, style.color].filter((v) => v !== undefined).length;
  const other = [style.fill, style.wrap, style.align, style.valign].filter((v) => v !== undefined).length;
  const edges = style.border === 'thin' ? 6 : style.border === 'bottom' ? 1 : 0;
  return 2 * PATH_BYTES + (font > 0 ? PATH_BYTES : 0) + (style.fill ? PATH_BYTES : 0) + (font + other) * PROPERTY_BYTES + edges * (PATH_BYTES + 2 * PROPERTY_BYTES);
}

/** Request bytes of one row slice: its cells (as `rowBytes` counts them) and its style areas, as `queueSlice` sends them. */
function sliceBytes(spec: SheetSpec, slice: RowSlice): number {
  const width = specWidth(spec);
  let bytes = 0;
  for (let r = slice.from; r < slice.to; r++) bytes += rowBytes(spec.rows[r], width, spec.styles);
  for (const [style, rects] of styleRects(spec.rows, slice.from, slice.to)) {
    const st = spec.styles[style];
    if (st) for (const list of addressLists(rects.map(rectAddress))) bytes += list.length + styleBytes(st);
  }
  return bytes;
}

/** How sheets are written: `show` the first visible one; `date1904` the workbook's date system, for date cells. */
export interface SheetWriting {
  show: boolean;
  date1904: boolean;
  onProgress?: (p: WriteProgress) => void;
}

/**
 * The steps that replace the product's sheets by `specs`: each sheet it owns that no spec
 * keeps goes, every spec is written, and with `show` the first visible one is shown. A spec
 * whose name a user's sheet has gets a free name instead. `existing`: every sheet of the
 * workbook with its owner, as read in the same `Excel.run`.
 */
export function sheetSteps(context: Excel.RequestContext, existing: LoadedSheet[], specs: SheetSpec[], { show, date1904, onProgress }: SheetWriting): WriteStep[] {
  const { owned, copies } = claimOwnedSheets(existing, specs);
  const taken = existing.filter((s) => !owned.includes(s)).map((s) => s.name);
  const renamed = new Map<string, string>();
  const names = specs.map((spec) => {
    const name = freeSheetName(spec.name, taken);
    taken.push(name);
    if (name !== spec.name) renamed.set(spec.name, name);
    return name;
  });
  const sheets: Excel.Worksheet[] = [];

  const setUp = (): void => {
    copies.forEach((s) => s.ws.names.getItem(OWNER_NAME).delete());
    // Old sheets step aside under temporary names and go only after the new ones exist, so
    // the workbook always keeps a visible sheet. Hidden ones are unhidden first: Excel will
    // not delete a very hidden sheet.
    const aside = [...taken, ...names];
    owned.forEach((s) => {
      if (s.visibility !== 'Visible') s.ws.visibility = 'Visible';
      const temp = freeSheetName('Leverance gammel', aside);
      aside.push(temp);
      s.ws.name = temp;
    });
    specs.forEach((spec, k) => {
      const ws = context.workbook.worksheets.add(names[k]);
      const marker = ws.names.add(OWNER_NAME, ownerFormula(spec.owner));
      marker.visible = false;
      spec.columns.forEach((width, c) => {
        ws.getRange(columnAddress(c)).format.columnWidth = columnWidthPoints(width);
      });
      if (spec.tabColor) ws.tabColor = `#${spec.tabColor}`;
      sheets.push(ws);
    });
    owned.forEach((s) => s.ws.delete());
  };
  const steps: WriteStep[] = [
    {
      bytes: specs.reduce((n, spec) => n + SHEET_BYTES + spec.columns.length * COLUMN_BYTES, (owned.length + copies.length) * SHEET_BYTES),
      queue: setUp,
    },
  ];

  const total = specs.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  for (const chunk of planChunks(specs, SLICE_BYTES)) {
    steps.push({
      bytes: chunk.reduce((n, slice) => n + sliceBytes(specs[slice.spec], slice), 0),
      queue: () => chunk.forEach((slice) => queueSlice(sheets[slice.spec], specs[slice.spec], slice, renamed, date1904)),
      sent: () => {
        done += chunk.reduce((n, slice) => n + slice.to - slice.from, 0);
        onProgress?.({ done, total, sheet: names[chunk[chunk.length - 1].spec] });
      },
    });
  }
  specs.forEach((spec, k) => {
    for (let m = 0; m < spec.merges.length; m += MERGES_PER_STEP) {
      const merges = spec.merges.slice(m, m + MERGES_PER_STEP);
      steps.push({ bytes: merges.length * MERGE_BYTES, queue: () => merges.forEach((range) => sheets[k].getRange(range).merge(false)) });
    }
    steps.push({ bytes: FINISH_BYTES + (spec.chart ? CHART_BYTES : 0), queue: () => queueFinish(sheets[k], spec) });
  });
  const shown = specs.findIndex((spec) => spec.visibility === 'visible');
  if (show && shown >= 0) steps.push({ bytes: 300, queue: () => sheets[shown].activate() });
  const last = steps[steps.length - 1];
  const lastSent = last.sent;
  last.sent = () => {
    lastSent?.();
    onProgress?.({ done: total, total, sheet: names[names.length - 1] ?? '' });
  };
  return steps;
}
