/**
 * Findings grouped by severity and rule, each a button that selects its cell in the
 * workbook; filters by severity, next and previous, and long groups paged. Workbook text
 * (values quoted in messages, initiative ids) is rendered as React text, never as markup.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  CounterBadge,
  ToggleButton,
  mergeClasses,
} from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { countBySeverity, type Finding, type Severity } from '../core/finding';
import { renderFinding, ruleName, t, type Lang } from '../core/i18n';
import { SEVERITIES, flatten, groupFindings, groupKey, stepFinding, type FindingGroup, type ListedFinding } from './model';
import { ShowMore, usePage } from './ShowMore';
import { useStyles } from './styles';

export const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsProps {
  lang: Lang;
  findings: Finding[];
  /** Selects the finding's cell in the workbook. */
  onSelectCell(cell: string): void;
}

/** Memoised: the pane re-renders at every progress step, and a long list need not (its props stay the same while a run lasts). */
export const Findings = memo(function Findings({ lang, findings, onSelectCell }: FindingsProps) {
  const styles = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  // The first run opens the first group; later runs keep what the user opened and closed.
  const [openGroups, setOpenGroups] = useState<string[]>(() => groupFindings(findings, new Set(SEVERITIES)).slice(0, 1).map((g) => g.key));
  const [current, setCurrent] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const groups = useMemo(() => groupFindings(findings, shown), [findings, shown]);
  const ordered = useMemo(() => flatten(groups), [groups]);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const total = findings.length;
  const index = current === null ? -1 : ordered.findIndex((item) => item.key === current);

  // The next/previous buttons keep the keyboard focus; the picked finding is scrolled into view instead.
  useEffect(() => {
    if (current !== null) buttons.current.get(current)?.scrollIntoView({ block: 'nearest' });
  }, [current, openGroups]);

  const pick = (item: ListedFinding) => {
    setCurrent(item.key);
    const gk = groupKey(item.finding.severity, item.finding.rule);
    setOpenGroups((open) => (open.includes(gk) ? open : [...open, gk]));
    onSelectCell(item.finding.cell);
  };

  const step = (direction: 1 | -1) => {
    const next = stepFinding(ordered, current, direction);
    if (next) pick(next);
  };

  const toggleSeverity = (s: Severity) =>
    setShown((old) => {
      const next = new Set(old);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  const register = (key: string, node: HTMLButtonElement | null) => {
    if (node) buttons.current.set(key, node);
    else buttons.current.delete(key);
  };

  return (
    <section className={styles.card} aria-labelledby="findings-heading">
      <h2 id="findings-heading" className={styles.h2}>
        {t(lang, 'pane.findings')} ({total})
      </h2>
      {total === 0 ? (
        <p className={styles.muted}>{t(lang, 'pane.findings.none')}</p>
      ) : (
        <>
          <div className={styles.row} role="group" aria-label={t(lang, 'pane.filter')}>
            {SEVERITIES.map((s) => (
              <ToggleButton key={s} size="small" checked={shown.has(s)} onClick={() => toggleSeverity(s)} data-severity-filter={s}>
                {t(lang, `severity.${s}`)}&nbsp;
                <CounterBadge count={counts[s]} showZero color={counts[s] === 0 ? 'informative' : 'brand'} size="small" className={styles.badge} />
              </ToggleButton>
            ))}
          </div>
          <div className={styles.row}>
            <Button size="small" onClick={() => step(-1)} disabled={ordered.length === 0}>
              {t(lang, 'pane.previous')}
            </Button>
            <Button size="small" onClick={() => step(1)} disabled={ordered.length === 0}>
              {t(lang, 'pane.next')}
            </Button>
            <span className={styles.muted} aria-live="polite">
              {index < 0 ? t(lang, 'pane.position.none', { count: ordered.length }) : t(lang, 'pane.position', { index: index + 1, count: ordered.length })}
            </span>
          </div>
          {groups.length === 0 ? (
            <p className={styles.muted}>{t(lang, 'pane.findings.hidden')}</p>
          ) : (
            <Accordion multiple collapsible openItems={openGroups} onToggle={(_, data) => setOpenGroups(data.openItems.map(String))}>
              {groups.map((group) => (
                <AccordionItem key={group.key} value={group.key} data-group={group.key} data-count={group.items.length}>
                  <AccordionHeader size="small">
                    <span className={styles.groupHeader}>
                      <Badge appearance="tint" color={SEVERITY_COLOR[group.severity]} size="small" className={styles.badge}>
                        {t(lang, `severity.${group.severity}`)}
                      </Badge>
                      <span className={styles.groupName}>{ruleName(lang, group.rule)}</span>
                      <CounterBadge count={group.items.length} color="informative" size="small" className={styles.badge} />
                    </span>
                  </AccordionHeader>
                  {/* Without the collapse motion, which measures the panel and so lays out the whole pane inside the commit; a closed group renders nothing. */}
                  {openGroups.includes(group.key) && (
                    <AccordionPanel collapseMotion={null}>
                      <GroupList lang={lang} group={group} current={current} onPick={pick} register={register} />
                    </AccordionPanel>
                  )}
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </>
      )}
    </section>
  );
});

interface GroupListProps {
  lang: Lang;
  group: FindingGroup;
  current: string | null;
  onPick(item: ListedFinding): void;
  register(key: string, node: HTMLButtonElement | null): void;
}

/** One group's findings, a page at a time; the current finding is always on a shown page. */
function GroupList({ lang, group, current, onPick, register }: GroupListProps) {
  const styles = useStyles();
  const at = current === null ? -1 : group.items.findIndex((item) => item.key === current);
  const page = usePage(at);
  return (
    <>
      <ul className={styles.list}>
        {group.items.slice(0, page.shown).map((item) => {
          const f = renderFinding(item.finding, lang);
          const isCurrent = item.key === current;
          return (
            <li key={item.key}>
              <button
                type="button"
                ref={(node) => register(item.key, node)}
                className={mergeClasses(styles.item, isCurrent && styles.current)}
                aria-current={isCurrent ? 'true' : undefined}
                title={t(lang, 'pane.goto', { cell: f.cell })}
                data-finding={f.cell}
                onClick={() => onPick(item)}
              >
                <span className={styles.cell}>{f.cell}</span>
                <span>{f.message}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <ShowMore lang={lang} shown={Math.min(page.shown, group.items.length)} total={group.items.length} onMore={page.more} />
    </>
  );
}
