import { a1, columnLetter } from '../address';
import type { Area, Initiative } from '../overview';
import type { Lang } from '../i18n';
import type { AreaRollup } from '../rollup';
import { RowBuilder, cell } from './builder';
import type { ReportContext } from './context';
import { displayDate, reportLabels, statusLabel, statusStyle } from './format';
import type { SheetSpec } from './sheetspec';
import { baseStyles } from './styles';

/** The owner key of an area's sheet. */
export function areaOwner(id: string): string {
  return `area:${id}`;
}

/** The sheet name an area asks for: `1. Digital kommunikation og…` (cut by the name planner). */
export function areaSheetName(area: Pick<Area, 'id' | 'name'>): string {
  return area.name ? `${area.id}. ${area.name}` : `Område ${area.id}`;
}

/** The year column shown as "this year's delivery": the report year, kept within the plan's columns. */
export function deliveryYear(years: number[], reportDate: string): number | null {
  if (years.length === 0) return null;
  const year = Number(reportDate.slice(0, 4));
  return Math.min(Math.max(year, Math.min(...years)), Math.max(...years));
}

/** The first dated milestone due on or after the report date, as `medio 2019 (31.8.2019)`. */
export function nextMilestone(i: Initiative, reportDate: string, lang: Lang): string {
  let best: { text: string; due: string } | null = null;
  for (const d of i.deliveries) {
    const ms = d.milestones;
    for (const m of ms) if (!m.open && m.due >= reportDate && (!best || m.due < best.due)) best = { text: m.text, due: m.due };
  }
  return best ? `${best.text} (${displayDate(best.due, lang)})` : '';
}

const COLUMNS = 9;

/** `initiatives`: the area's own, in sheet order (grouped once for all areas by the caller). */
export function areaSheet(ctx: ReportContext, area: AreaRollup, name: string, initiatives: Initiative[]): SheetSpec {
  const { lang, overview, rollup } = ctx;
  const L = reportLabels(lang);
  const b = new RowBuilder();
  const last = columnLetter(COLUMNS);

  b.add([cell(area.name ? `${area.id}. ${area.name}` : L('area.unnamed', { id: area.id }), 'title')]);
  b.merge(`A1:${last}1`);
  b.add([
    cell(L('area.subtitle', { status: statusLabel(lang, area.status), count: area.total, date: displayDate(rollup.reportDate, lang) }), 'subtitle'),
  ]);
  b.merge(`A2:${last}2`);
  b.add([cell(L('area.back'), 'link', { sheet: ctx.names.summary, cell: 'A1' })]);

  const year = deliveryYear(overview.header.years.map((y) => y.year), rollup.reportDate);
  const headerRow = b.add(
    [
      L('col.nr'),
      L('col.title'),
      L('col.status'),
      L('col.contact'),
      L('col.office'),
      year === null ? L('col.delivery') : L('col.deliveryYear', { year }),
      L('col.next'),
      L('col.remark'),
      L('col.source'),
    ].map((h) => cell(h, 'header')),
  );
  for (const i of initiatives) {
    const s = i.status.value ?? 'missing';
    const delivery = year === null ? '' : (i.deliveries.find((d) => d.year === year)?.text ?? '');
    b.add([
      cell(i.id ?? '', 'cell'),
      cell(i.title ?? '', 'cell'),
      cell(statusLabel(lang, s), statusStyle(s)),
      cell(i.contact ?? '', 'cell'),
      cell(i.office ?? '', 'cell'),
      cell(delivery, 'cell'),
      cell(nextMilestone(i, rollup.reportDate, lang), 'cell'),
      cell(i.remark ?? '', 'cell'),
      cell(L('source.row', { row: i.row }), 'link', { sheet: overview.sheet, cell: a1(i.row, 1) }),
    ]);
  }
  if (initiatives.length === 0) b.add([cell(L('area.empty'), 'note')]);
  const lastRow = Math.max(headerRow, b.next - 1);

  return {
    name,
    owner: areaOwner(area.id),
    visibility: 'visible',
    rows: b.rows,
    styles: baseStyles(),
    columns: [8, 40, 11, 22, 22, 40, 24, 40, 11],
    merges: b.merges,
    freeze: { rows: headerRow, cols: 0 },
    autoFilter: `A${headerRow}:${last}${lastRow}`,
    print: {
      orientation: 'landscape',
      fitToWidth: true,
      header: name,
      footer: L('print.footer', { date: displayDate(rollup.reportDate, lang) }),
    },
  };
}
