import type { StatusOrMissing } from '../status';
import type { CellStyle } from './sheetspec';

/** Status fills and fonts: Excel's own "good / neutral / bad" palette, readable in print. */
export const STATUS_FILL: Record<StatusOrMissing, string> = {
  green: 'C6EFCE',
  yellow: 'FFEB9C',
  red: 'FFC7CE',
  done: 'D9D9D9',
  missing: 'FFFFFF',
};
export const STATUS_FONT: Record<StatusOrMissing, string> = {
  green: '006100',
  yellow: '9C5700',
  red: '9C0006',
  done: '404040',
  missing: '7F7F7F',
};
/** Stronger colours for chart bars, where the soft fills would wash out. */
export const STATUS_BAR: Record<StatusOrMissing, string> = {
  green: '00B050',
  yellow: 'FFC000',
  red: 'FF0000',
  done: 'A6A6A6',
  missing: 'D9D9D9',
};

const HEADER_FILL = '1F4E79';

/** The styles every generated sheet shares; keys are referenced by CellSpec.style. */
export function baseStyles(): Record<string, CellStyle> {
  const styles: Record<string, CellStyle> = {
    title: { bold: true, size: 16, color: HEADER_FILL },
    subtitle: { italic: true, color: '595959' },
    section: { bold: true, size: 12, color: HEADER_FILL },
    header: { bold: true, color: 'FFFFFF', fill: HEADER_FILL, border: 'thin', wrap: true, valign: 'middle' },
    cell: { border: 'thin', wrap: true, valign: 'top' },
    number: { border: 'thin', align: 'center', valign: 'top' },
    link: { border: 'thin', underline: true, color: '0563C1', valign: 'top' },
    note: { italic: true, color: '595959' },
    kpiLabel: { bold: true, align: 'center', border: 'thin', fill: 'F2F2F2' },
    kpiTotal: { bold: true, size: 18, align: 'center', border: 'thin' },
  };
  for (const s of Object.keys(STATUS_FILL) as StatusOrMissing[]) {
    styles[`status-${s}`] = { fill: STATUS_FILL[s], color: STATUS_FONT[s], bold: true, border: 'thin', align: 'center', valign: 'top' };
    styles[`kpi-${s}`] = { fill: STATUS_FILL[s], color: STATUS_FONT[s], bold: true, size: 18, border: 'thin', align: 'center' };
  }
  styles['severity-error'] = { fill: 'FFC7CE', color: '9C0006', bold: true, border: 'thin', valign: 'top' };
  styles['severity-warning'] = { fill: 'FFEB9C', color: '9C5700', bold: true, border: 'thin', valign: 'top' };
  styles['severity-info'] = { fill: 'DDEBF7', color: '1F4E79', bold: true, border: 'thin', valign: 'top' };
  return styles;
}
