import { a1, columnLetter } from '../address';
import { STATUS_KEYS } from '../status';
import { RowBuilder, cell } from './builder';
import type { ReportContext } from './context';
import { displayDate, reportLabels, statusLabel, statusStyle } from './format';
import { countBySeverity } from '../finding';
import { cellOf, type Initiative } from '../overview';
import type { CellSpec, ChartSpec, SheetSpec } from './sheetspec';
import { STATUS_BAR, baseStyles } from './styles';

const WIDTH = 9;

/** `Samlet status`: KPIs, the area table with a stacked bar chart, what needs attention, changes. */
export function summarySheet(ctx: ReportContext): SheetSpec {
  const { lang, rollup, overview, trend } = ctx;
  const b = new RowBuilder();
  const L = reportLabels(lang);
  /** Nr. (a link to the source row), Titel, Status: how an initiative is listed here. */
  const initiativeCells = (i: Initiative): CellSpec[] => {
    const s = i.status.value ?? 'missing';
    return [
      cell(i.id ?? '', 'link', { sheet: overview.sheet, cell: cellOf(overview, i, 'id') || a1(i.row, 1) }),
      cell(i.title ?? '', 'cell'),
      cell(statusLabel(lang, s), statusStyle(s)),
    ];
  };

  b.add([cell(L('summary.title'), 'title')]);
  b.merge(`A1:${columnLetter(WIDTH)}1`);
  const version = overview.titles.find((s) => /version/i.test(s));
  b.add([cell(L('summary.subtitle', { date: displayDate(rollup.reportDate, lang), sheet: overview.sheet, version: version ?? '' }), 'subtitle')]);
  b.merge(`A2:${columnLetter(WIDTH)}2`);
  b.blank();

  // KPI tiles: label row, value row.
  b.add([cell(L('total'), 'kpiLabel'), ...STATUS_KEYS.map((s) => cell(statusLabel(lang, s), 'kpiLabel'))]);
  b.add([cell(rollup.total, 'kpiTotal'), ...STATUS_KEYS.map((s) => cell(rollup.byStatus[s], `kpi-${s}`))]);
  b.blank();

  // Area table; the chart reads its counts.
  b.add([cell(L('summary.areas'), 'section')]);
  b.add(
    [L('col.nr'), L('col.area'), L('col.status'), L('total'), ...STATUS_KEYS.map((s) => statusLabel(lang, s))].map((h) => cell(h, 'header')),
  );
  const first = b.next;
  for (const area of rollup.areas) {
    const sheet = ctx.names.areas.get(area.id);
    b.add([
      cell(area.id, 'number'),
      cell(area.name || L('area.unnamed', { id: area.id }), sheet ? 'link' : 'cell', sheet ? { sheet, cell: 'A1' } : undefined),
      cell(statusLabel(lang, area.status), statusStyle(area.status)),
      cell(area.total, 'number'),
      ...STATUS_KEYS.map((s) => cell(area.byStatus[s], 'number')),
    ]);
  }
  const last = b.next - 1;
  let chart: ChartSpec | undefined;
  if (rollup.areas.length > 0) {
    chart = {
      type: 'barStacked',
      title: L('summary.chart'),
      categories: `B${first}:B${last}`,
      series: STATUS_KEYS.map((s, k) => {
        const col = columnLetter(5 + k);
        return { name: statusLabel(lang, s), values: `${col}${first}:${col}${last}`, color: STATUS_BAR[s] };
      }),
      from: 'K4',
      to: `S${Math.max(last + 2, 24)}`,
    };
  }
  b.blank();

  // Yellow and red initiatives with their remarks.
  b.add([cell(L('summary.attention', { count: rollup.attention.length }), 'section')]);
  if (rollup.attention.length === 0) b.add([cell(L('summary.attention.none'), 'note')]);
  else {
    b.add([L('col.nr'), L('col.title'), L('col.status'), L('col.contact'), L('col.remark')].map((h) => cell(h, 'header')));
    for (const i of rollup.attention) {
      b.add([...initiativeCells(i), cell(i.contact ?? '', 'cell'), cell(i.remark ?? '', 'cell')]);
      b.merge(`E${b.next - 1}:${columnLetter(WIDTH)}${b.next - 1}`);
    }
  }
  b.blank();

  if (rollup.political.length > 0) {
    b.add([cell(L('summary.political', { count: rollup.political.length }), 'section')]);
    b.add([L('col.nr'), L('col.title'), L('col.status')].map((h) => cell(h, 'header')));
    for (const i of rollup.political) b.add(initiativeCells(i));
    b.blank();
  }

  // Changes since the previous run.
  if (trend.since === null) {
    b.add([cell(L('summary.changes.first'), 'section')]);
    b.add([cell(L('summary.changes.firstNote'), 'note')]);
  } else {
    const count = trend.changed.length + trend.added.length + trend.removed.length;
    b.add([cell(L('summary.changes', { date: displayDate(trend.since, lang), count }), 'section')]);
    if (count === 0) b.add([cell(L('summary.changes.none'), 'note')]);
    else {
      b.add([L('col.nr'), L('col.title'), L('col.change')].map((h) => cell(h, 'header')));
      for (const c of trend.changed) {
        b.add([cell(c.id, 'cell'), cell(c.title, 'cell'), cell(`${statusLabel(lang, c.from)} → ${statusLabel(lang, c.to)}`, statusStyle(c.to))]);
      }
      for (const c of trend.added) b.add([cell(c.id, 'cell'), cell(c.title, 'cell'), cell(L('change.added'), 'cell')]);
      for (const c of trend.removed) b.add([cell(c.id, 'cell'), cell(c.title, 'cell'), cell(L('change.removed'), 'cell')]);
    }
  }
  b.blank();

  // Deliveries per year and overdue milestones.
  b.add([cell(L('summary.years', { date: displayDate(rollup.reportDate, lang) }), 'section')]);
  b.add([L('col.year'), L('col.planned'), L('col.overdue')].map((h) => cell(h, 'header')));
  for (const y of rollup.years) b.add([cell(y.year, 'number'), cell(y.planned, 'number'), cell(y.overdue, 'number')]);
  b.blank();

  // Who carries what: status per KL office and per contact person.
  for (const [key, buckets] of [
    ['offices', rollup.offices],
    ['contacts', rollup.contacts],
  ] as const) {
    if (buckets.length === 0) continue;
    b.add([cell(L(`summary.${key}`), 'section')]);
    b.add([cell('', 'header'), cell(L(`col.${key}`), 'header'), cell('', 'header'), cell(L('total'), 'header'), ...STATUS_KEYS.map((s) => cell(statusLabel(lang, s), 'header'))]);
    for (const bucket of buckets) {
      b.add([
        cell('', 'cell'),
        cell(bucket.name, 'cell'),
        cell('', 'cell'),
        cell(bucket.total, 'number'),
        ...STATUS_KEYS.map((s) => cell(bucket.byStatus[s], bucket.byStatus[s] > 0 && s !== 'green' ? statusStyle(s) : 'number')),
      ]);
    }
    b.blank();
  }

  // Validation in one line, with a link to the full list.
  const { error: errors, warning: warnings } = countBySeverity(ctx.findings);
  b.add([
    cell(L('summary.validation', { errors, warnings, total: ctx.findings.length }), 'link', {
      sheet: ctx.names.validation,
      cell: 'A1',
    }),
  ]);

  return {
    name: ctx.names.summary,
    owner: 'summary',
    visibility: 'visible',
    rows: b.rows,
    styles: baseStyles(),
    columns: [8, 44, 12, 9, 10, 10, 10, 10, 10],
    merges: b.merges,
    chart,
    print: { orientation: 'landscape', fitToWidth: true, footer: `${L('summary.title')} · ${displayDate(rollup.reportDate, lang)}` },
    tabColor: '1F4E79',
  };
}
