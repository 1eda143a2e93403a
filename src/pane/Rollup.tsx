/**
 * The rollup: status chips with counts, the per-area table, the yellow and red initiatives
 * (click selects the status cell) and, after a summary, what changed since the last run.
 * Titles and remarks come from the workbook and are rendered as React text.
 */
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  mergeClasses,
} from '@fluentui/react-components';
import { memo } from 'react';
import { t, type Lang } from '../core/i18n';
import type { Initiative } from '../core/overview';
import { statusOf, type Rollup } from '../core/rollup';
import { STATUS_KEYS, type StatusOrMissing } from '../core/status';
import { displayDate } from '../core/report/format';
import { ShowMore, usePage } from './ShowMore';
import { useStyles } from './styles';
import type { Changes } from './useRun';

export const STATUS_COLOR = {
  green: 'success',
  yellow: 'warning',
  red: 'danger',
  done: 'informative',
  missing: 'subtle',
} as const;

export function StatusBadge({ lang, status, count }: { lang: Lang; status: StatusOrMissing; count?: number }) {
  const styles = useStyles();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[status]} data-status={status} className={styles.badge}>
      {t(lang, `status.${status}`)}
      {count === undefined ? '' : ` ${count}`}
    </Badge>
  );
}

export interface RollupProps {
  lang: Lang;
  rollup: Rollup;
  /** Only after a summary: the pipeline reads the history sheet then. */
  changes: Changes | null;
  onPickInitiative(i: Initiative): void;
}

function label(id: string | null, title: string | null): string {
  return [id, title].filter((s) => s !== null && s !== '').join(' ');
}

/** Memoised: the pane re-renders at every progress step, and the rollup need not (its props stay the same while a run lasts). */
export const RollupView = memo(function RollupView({ lang, rollup, changes, onPickInitiative }: RollupProps) {
  const styles = useStyles();
  const areaPage = usePage();
  const page = usePage();
  const date = displayDate(rollup.reportDate, lang);
  return (
    <section className={styles.card} aria-labelledby="rollup-heading">
      <h2 id="rollup-heading" className={styles.h2}>
        {t(lang, 'pane.rollup')} · {t(lang, 'pane.initiatives')} {rollup.total}
      </h2>
      <p className={styles.muted}>
        {t(lang, changes === null ? 'pane.rollup.validated' : 'pane.rollup.summarized', { date })}
      </p>
      <div className={styles.chips} data-testid="status-chips">
        {STATUS_KEYS.filter((s) => s !== 'missing' || rollup.byStatus.missing > 0).map((s) => (
          <StatusBadge key={s} lang={lang} status={s} count={rollup.byStatus[s]} />
        ))}
      </div>

      <h3 className={styles.h3}>{t(lang, 'pane.areas')}</h3>
      <Table size="extra-small" className={styles.table} aria-label={t(lang, 'pane.areas')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(lang, 'pane.area')}</TableHeaderCell>
            <TableHeaderCell className={styles.statusColumn}>{t(lang, 'pane.status')}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.totalColumn, styles.number)}>{t(lang, 'pane.total')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rollup.areas.slice(0, areaPage.shown).map((a) => (
            <TableRow key={a.id} data-area={a.id}>
              <TableCell>{a.name ? `${a.id}. ${a.name}` : a.id}</TableCell>
              <TableCell>
                <StatusBadge lang={lang} status={a.status} />
              </TableCell>
              <TableCell className={styles.number}>{a.total}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <ShowMore lang={lang} shown={Math.min(areaPage.shown, rollup.areas.length)} total={rollup.areas.length} onMore={areaPage.more} />

      {rollup.attention.length > 0 && (
        <>
          <h3 className={styles.h3}>{t(lang, 'pane.attention', { count: rollup.attention.length })}</h3>
          <ul className={styles.list}>
            {rollup.attention.slice(0, page.shown).map((i) => (
              <li key={i.row}>
                <button
                  type="button"
                  className={styles.item}
                  data-initiative={i.id ?? ''}
                  title={i.remark ?? undefined}
                  onClick={() => onPickInitiative(i)}
                >
                  <StatusBadge lang={lang} status={statusOf(i)} />
                  <span className={styles.attention}>
                    <strong>{label(i.id, i.title)}</strong>
                    {i.remark && <span className={styles.clamp}>{i.remark}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <ShowMore lang={lang} shown={Math.min(page.shown, rollup.attention.length)} total={rollup.attention.length} onMore={page.more} />
        </>
      )}

      {changes !== null && <ChangeList lang={lang} changes={changes} reportDate={date} />}
    </section>
  );
});

/**
 * What changed since the latest earlier run. With none in the history this is the first run;
 * with only runs of the same report date (a summary made again), there is nothing to compare.
 */
function ChangeList({ lang, changes, reportDate }: { lang: Lang; changes: Changes; reportDate: string }) {
  const styles = useStyles();
  const { trend } = changes;
  if (trend.since === null) {
    return <p className={styles.muted}>{changes.firstRun ? t(lang, 'pane.changes.first') : t(lang, 'pane.changes.sameDate', { date: reportDate })}</p>;
  }
  const none = trend.changed.length + trend.added.length + trend.removed.length === 0;
  return (
    <>
      <h3 className={styles.h3}>{t(lang, 'pane.changes', { date: displayDate(trend.since, lang) })}</h3>
      {none ? (
        <p className={styles.muted}>{t(lang, 'pane.changes.none')}</p>
      ) : (
        <ul className={styles.list} data-testid="changes">
          {trend.changed.map((c) => (
            <li key={`c${c.id}`} className={styles.row}>
              <span>{label(c.id, c.title)}:</span>
              <StatusBadge lang={lang} status={c.from} />
              <span aria-hidden="true">→</span>
              <StatusBadge lang={lang} status={c.to} />
            </li>
          ))}
          {trend.added.map((a) => (
            <li key={`a${a.id}`} className={styles.row}>
              <Badge appearance="outline" color="brand" className={styles.badge}>
                {t(lang, 'pane.changes.added')}
              </Badge>
              <span>{label(a.id, a.title)}</span>
            </li>
          ))}
          {trend.removed.map((r) => (
            <li key={`r${r.id}`} className={styles.row}>
              <Badge appearance="outline" color="informative" className={styles.badge}>
                {t(lang, 'pane.changes.removed')}
              </Badge>
              <span>{label(r.id, r.title)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
