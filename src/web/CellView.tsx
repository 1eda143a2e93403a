/**
 * The read-only view of the overview around one cell: what a click on a finding shows in
 * the web page, where there is no Excel to select the cell in, under the overview's header
 * row. Cell text comes from the file and is rendered as React text, never as markup.
 */
import { mergeClasses } from '@fluentui/react-components';
import { t, type Lang } from '../core/i18n';
import { useStyles } from '../pane/styles';
import type { CellWindow } from './cellwindow';
import { useWebStyles } from './styles';

export interface CellViewProps {
  lang: Lang;
  /** Null until a finding or initiative is picked. */
  shown: CellWindow | null;
}

export function CellView({ lang, shown }: CellViewProps) {
  const pane = useStyles();
  const styles = useWebStyles();
  return (
    <section className={pane.card} aria-labelledby="cell-heading" data-testid="cell-view">
      <h2 id="cell-heading" className={pane.h2}>
        {t(lang, 'web.cell')}
      </h2>
      {shown === null ? (
        <p className={pane.muted}>{t(lang, 'web.cell.none')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.grid} data-sheet={shown.sheet}>
            <caption className={styles.caption}>{t(lang, 'web.cell.caption', { sheet: shown.sheet, cell: shown.cell })}</caption>
            <thead>
              <tr>
                <td className={styles.head} />
                {shown.columns.map((c) => (
                  <th key={c} scope="col" className={styles.head}>
                    {c}
                  </th>
                ))}
              </tr>
              {shown.header && (
                <tr data-header-row={shown.header.row}>
                  <th scope="row" className={styles.head}>
                    {shown.header.label}
                  </th>
                  {shown.header.cells.map((c) => (
                    <th key={c.address} scope="col" className={mergeClasses(styles.value, styles.headerCell)} title={c.text === '' ? undefined : c.text}>
                      {c.text}
                    </th>
                  ))}
                </tr>
              )}
            </thead>
            <tbody>
              {shown.rows.map(({ row, cells }) => (
                <tr key={row}>
                  <th scope="row" className={styles.head}>
                    {row}
                  </th>
                  {cells.map((c) => (
                    <td
                      key={c.address}
                      className={mergeClasses(styles.value, c.target && styles.target)}
                      title={c.text === '' ? undefined : c.text}
                      data-cell={c.address}
                      aria-current={c.target ? 'true' : undefined}
                    >
                      {c.text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
