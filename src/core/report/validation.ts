import { columnLetter } from '../address';
import { countBySeverity } from '../finding';
import { renderFinding, t } from '../i18n';
import { RowBuilder, cell } from './builder';
import type { ReportContext } from './context';
import { displayDate, reportLabels } from './format';
import type { SheetSpec } from './sheetspec';
import { baseStyles } from './styles';

const COLUMNS = 5;

/** `Validering`: every finding in sheet order, its cell a link into the overview; a clean sheet says so. */
export function validationSheet(ctx: ReportContext): SheetSpec {
  const { lang, overview } = ctx;
  const L = reportLabels(lang);
  const b = new RowBuilder();
  const last = columnLetter(COLUMNS);
  const counts = countBySeverity(ctx.findings);

  b.add([cell(L('validation.title', { sheet: overview.sheet }), 'title')]);
  b.merge(`A1:${last}1`);
  b.add([
    cell(
      L('validation.subtitle', {
        date: displayDate(ctx.rollup.reportDate, lang),
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
      }),
      'subtitle',
    ),
  ]);
  b.merge(`A2:${last}2`);
  b.blank();
  const headerRow = b.add(
    [L('col.severity'), L('col.rule'), L('col.cell'), L('col.initiative'), L('col.message')].map((h) => cell(h, 'header')),
  );
  for (const f of ctx.findings) {
    const r = renderFinding(f, lang);
    b.add([
      cell(t(lang, `severity.${f.severity}`), `severity-${f.severity}`),
      cell(f.rule, 'cell'),
      cell(f.cell, 'link', { sheet: overview.sheet, cell: f.cell }),
      cell(f.initiative ?? '', 'cell'),
      cell(r.message, 'cell'),
    ]);
  }
  if (ctx.findings.length === 0) {
    b.add([cell(L('validation.clean'), 'note')]);
    b.merge(`A${b.next - 1}:${last}${b.next - 1}`);
  }
  const lastRow = Math.max(headerRow, b.next - 1);
  return {
    name: ctx.names.validation,
    owner: 'validation',
    visibility: 'visible',
    rows: b.rows,
    styles: baseStyles(),
    columns: [12, 24, 9, 11, 90],
    merges: b.merges,
    freeze: { rows: headerRow, cols: 0 },
    autoFilter: ctx.findings.length ? `A${headerRow}:${last}${lastRow}` : undefined,
    print: { orientation: 'landscape', fitToWidth: true, footer: L('print.footer', { date: displayDate(ctx.rollup.reportDate, lang) }) },
  };
}
