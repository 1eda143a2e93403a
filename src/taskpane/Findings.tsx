/**
 * Findings grouped by severity and rule, each a button that selects its cell in the
 * workbook. Workbook text (values quoted in messages, initiative ids) is rendered as React
 * text, never as markup.
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
import { useEffect, useRef } from 'react';
import type { Severity } from '../core/finding';
import { renderFinding, t, type Lang } from '../core/i18n';
import type { FindingGroup, ListedFinding } from './model';
import { SEVERITIES } from './model';
import { useStyles } from './styles';

export const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingsProps {
  lang: Lang;
  groups: FindingGroup[];
  /** Counts per severity before filtering, for the filter buttons. */
  counts: Record<Severity, number>;
  shown: ReadonlySet<Severity>;
  onToggleSeverity(severity: Severity): void;
  openGroups: string[];
  onOpenGroups(keys: string[]): void;
  /** The flat list the next/previous buttons walk (the filtered findings, in list order). */
  ordered: ListedFinding[];
  current: string | null;
  onPick(item: ListedFinding): void;
  onStep(step: 1 | -1): void;
}

export function Findings(props: FindingsProps) {
  const styles = useStyles();
  const { lang, groups, current } = props;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const total = SEVERITIES.reduce((n, s) => n + props.counts[s], 0);
  const index = current === null ? -1 : props.ordered.findIndex((item) => item.key === current);

  // The next/previous buttons keep the keyboard focus; the picked finding is scrolled into view instead.
  useEffect(() => {
    if (current !== null) buttons.current.get(current)?.scrollIntoView({ block: 'nearest' });
  }, [current, props.openGroups]);

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
              <ToggleButton
                key={s}
                size="small"
                checked={props.shown.has(s)}
                onClick={() => props.onToggleSeverity(s)}
                data-severity-filter={s}
              >
                {t(lang, `severity.${s}`)}&nbsp;
                <CounterBadge count={props.counts[s]} showZero color={props.counts[s] === 0 ? 'informative' : 'brand'} size="small" />
              </ToggleButton>
            ))}
          </div>
          <div className={styles.row}>
            <Button size="small" onClick={() => props.onStep(-1)} disabled={props.ordered.length === 0}>
              {t(lang, 'pane.previous')}
            </Button>
            <Button size="small" onClick={() => props.onStep(1)} disabled={props.ordered.length === 0}>
              {t(lang, 'pane.next')}
            </Button>
            <span className={styles.muted} aria-live="polite">
              {index < 0
                ? t(lang, 'pane.position.none', { count: props.ordered.length })
                : t(lang, 'pane.position', { index: index + 1, count: props.ordered.length })}
            </span>
          </div>
          {groups.length === 0 ? (
            <p className={styles.muted}>{t(lang, 'pane.findings.hidden')}</p>
          ) : (
            <Accordion
              multiple
              collapsible
              openItems={props.openGroups}
              onToggle={(_, data) => props.onOpenGroups(data.openItems.map(String))}
            >
              {groups.map((group) => (
                <AccordionItem key={group.key} value={group.key} data-group={group.key} data-count={group.items.length}>
                  <AccordionHeader size="small">
                    <span className={styles.groupHeader}>
                      <Badge appearance="tint" color={SEVERITY_COLOR[group.severity]} size="small">
                        {t(lang, `severity.${group.severity}`)}
                      </Badge>
                      <span className={styles.groupName}>{t(lang, `pane.rule.${group.rule}`)}</span>
                      <CounterBadge count={group.items.length} color="informative" size="small" />
                    </span>
                  </AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>
                      {group.items.map((item) => {
                        const f = renderFinding(item.finding, lang);
                        const isCurrent = item.key === current;
                        return (
                          <li key={item.key}>
                            <button
                              type="button"
                              ref={(node) => {
                                if (node) buttons.current.set(item.key, node);
                                else buttons.current.delete(item.key);
                              }}
                              className={mergeClasses(styles.item, isCurrent && styles.current)}
                              aria-current={isCurrent ? 'true' : undefined}
                              title={t(lang, 'pane.goto', { cell: f.cell })}
                              data-finding={f.cell}
                              onClick={() => props.onPick(item)}
                            >
                              <span className={styles.cell}>{f.cell}</span>
                              <span>{f.message}</span>
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </AccordionPanel>
                </AccordionItem>
              ))}
            </Accordion>
          )}
        </>
      )}
    </section>
  );
}
