/**
 * The task pane: the detected overview with sheet and profile pickers, the three actions,
 * settings, progress, findings and rollup. Every workbook operation goes through the port
 * (OfficeWorkbook in Excel, the same class on the in-memory fake in the playground), so the
 * pane itself never touches Office.js.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { clearMarks, summarizeAndMark, validateAndMark, type AddinPort } from '../addin/actions';
import { DEFAULT_AREA_RULE, type AreaRuleChoice } from '../addin/area-rule';
import { PROFILE_NAMES, readStoredChoices, runOptions, storeChoice, type SettingsPort, type StoredChoices } from '../addin/choices';
import type { Severity } from '../core/finding';
import { isLang, t, type Lang } from '../core/i18n';
import { countBySeverity } from '../core/finding';
import type { Initiative, Overview } from '../core/overview';
import { DEFAULT_PROFILE_NAME } from '../core/profile/load';
import { buildNote } from '../core/report/note';
import { noteToText } from '../core/report/note-render';
import { rollup as computeRollup, type Rollup } from '../core/rollup';
import type { Trend } from '../core/trend';
import type { OfficeWorkbook } from '../office/workbook';
import { errorSentence } from '../workbook/errors';
import { runValidation, today, type Progress, type RunOptions, type ValidationResult } from '../workbook/pipeline';
import { WorkbookError, type SheetInfo } from '../workbook/port';
import { copyText } from './clipboard';
import { Findings } from './Findings';
import { SEVERITIES, flatten, groupFindings, stepFinding, type ListedFinding } from './model';
import { RollupView } from './Rollup';
import { useStyles } from './styles';

export type PanePort = AddinPort & SettingsPort & Pick<OfficeWorkbook, 'select'>;

type Busy = 'detect' | 'validate' | 'summarize' | 'clear';

/** A message kept as a function of the language, so switching language rewrites it too. */
interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text(lang: Lang): string;
}

interface Detected {
  sheet: string | null;
  headerRow: number | null;
  profile: string;
  initiatives: number;
}

interface ShownRollup {
  overview: Overview;
  rollup: Rollup;
  trend: Trend | null;
}

/** After a validation alone no snapshot was compared: the note then has no changes to tell. */
const NO_TREND: Trend = { since: null, changed: [], added: [], removed: [] };

function progressText(lang: Lang, p: Progress): string {
  // The pipeline counts sheets read from 0 (the one being read); people count from 1.
  const done = p.phase === 'read' ? p.done + 1 : p.done;
  return t(lang, `pane.progress.${p.phase}`, { done, total: p.total, sheet: p.sheet ?? '' });
}

function validatedNotice(result: ValidationResult): Notice {
  const sheet = result.sheet;
  if (sheet === null) return { intent: 'warning', text: (lang) => errorSentence(new WorkbookError('no-overview'), lang) };
  if (result.findings.length === 0) return { intent: 'success', text: (lang) => t(lang, 'pane.validated.clean', { sheet }) };
  const c = countBySeverity(result.findings);
  return {
    intent: c.error > 0 ? 'warning' : 'info',
    text: (lang) =>
      t(lang, 'pane.validated', { sheet, count: result.findings.length, errors: c.error, warnings: c.warning, infos: c.info }),
  };
}

function factsOf(r: ValidationResult): Detected {
  return { sheet: r.sheet, headerRow: r.headerRow, profile: r.profile, initiatives: r.initiatives };
}

export interface PaneProps {
  port: PanePort;
  initialLang: Lang;
  /** Told when the language changes, so the page's `lang` attribute follows. */
  onLangChange?(lang: Lang): void;
}

export function Pane({ port, initialLang, onLangChange }: PaneProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [sheetChoice, setSheetChoice] = useState('');
  const [profileName, setProfileName] = useState(DEFAULT_PROFILE_NAME);
  const [reportDate, setReportDate] = useState(today());
  const [areaRule, setAreaRule] = useState<AreaRuleChoice>(DEFAULT_AREA_RULE);
  const [ready, setReady] = useState(false);
  const [busy, setBusy] = useState<Busy | null>(null);
  const busyRef = useRef(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [detected, setDetected] = useState<Detected | null>(null);
  const [validation, setValidation] = useState<ValidationResult | null>(null);
  const [shownRollup, setShownRollup] = useState<ShownRollup | null>(null);
  const [shown, setShown] = useState<ReadonlySet<Severity>>(new Set(SEVERITIES));
  const [openGroups, setOpenGroups] = useState<string[] | null>(null);
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => onLangChange?.(lang), [lang, onLangChange]);

  const options = useCallback(
    (): RunOptions => runOptions({ sheet: sheetChoice, profile: profileName, areaRule, lang, reportDate }, setProgress),
    [sheetChoice, profileName, areaRule, lang, reportDate],
  );

  /** One workbook operation at a time; a failure becomes a sentence, never a stack trace. */
  const run = useCallback(async (kind: Busy, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(kind);
    setProgress(null);
    try {
      await work();
    } catch (e) {
      setNotice({ intent: 'error', text: (l) => errorSentence(e, l) });
    } finally {
      busyRef.current = false;
      setBusy(null);
      setProgress(null);
    }
  }, []);

  const save = useCallback(
    <K extends keyof StoredChoices>(key: K, value: NonNullable<StoredChoices[K]>) => {
      storeChoice(port, key, value).catch((e: unknown) => setNotice({ intent: 'error', text: (l) => errorSentence(e, l) }));
    },
    [port],
  );

  // The choices kept in the workbook win over the defaults; then the overview is looked for.
  useEffect(() => {
    let live = true;
    run('detect', async () => {
      const { choices, sheets: list } = await readStoredChoices(port);
      if (!live) return;
      setProfileName(choices.profile);
      if (choices.lang !== null) setLang(choices.lang);
      setSheetChoice(choices.sheet);
      setAreaRule(choices.areaRule);
      setSheets(list);
    }).finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [port, run]);

  // Detection follows the sheet and profile choice (and runs once the stored choices are in);
  // a new report date or language needs none, so the effect reads the options through a ref.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    if (!ready) return;
    run('detect', async () => {
      const result = await runValidation(port, { ...optionsRef.current(), onProgress: undefined });
      setDetected(factsOf(result));
      if (result.sheet === null) setNotice(validatedNotice(result));
    });
  }, [ready, sheetChoice, profileName, port, run]);

  const showValidation = (result: ValidationResult) => {
    setValidation(result);
    setDetected(factsOf(result));
    // The first run opens the first group; later runs keep what the user opened and closed.
    setOpenGroups((open) => open ?? groupFindings(result.findings, new Set(SEVERITIES)).slice(0, 1).map((g) => g.key));
  };

  const validate = () =>
    run('validate', async () => {
      const opts = options();
      const result = await validateAndMark(port, opts);
      showValidation(result);
      setShownRollup(
        result.overview ? { overview: result.overview, rollup: computeRollup(result.overview, opts.profile, opts.reportDate ?? today()), trend: null } : null,
      );
      setNotice(validatedNotice(result));
    });

  const summarize = () =>
    run('summarize', async () => {
      const result = await summarizeAndMark(port, options());
      showValidation(result);
      setShownRollup({ overview: result.overview, rollup: result.rollup, trend: result.trend });
      const [first, ...more] = result.sheets;
      const findings = result.findings.length;
      setNotice({
        intent: 'success',
        text: (l) =>
          [
            t(l, 'pane.summarized', { first: first ?? '', more: more.length }),
            findings > 0 ? t(l, 'pane.summarized.findings', { count: findings }) : '',
          ].join(' ').trim(),
      });
      setSheets(await port.listSheets());
    });

  const clear = () =>
    run('clear', async () => {
      await clearMarks(port);
      setNotice({ intent: 'success', text: (l) => t(l, 'pane.cleared') });
    });

  // The note is drafted while the click is handled: Excel on the web copies only then.
  const copyNote = () => {
    if (!shownRollup) return;
    const { overview, rollup, trend } = shownRollup;
    const text = noteToText(buildNote({ overview, rollup, trend: trend ?? NO_TREND }), lang);
    copyText(text).then(
      () => setNotice({ intent: 'success', text: (l) => t(l, 'pane.copyNote.done') }),
      () => setNotice({ intent: 'error', text: (l) => t(l, 'pane.copyNote.failed') }),
    );
  };

  const groups = useMemo(
    () => (validation && validation.sheet !== null ? groupFindings(validation.findings, shown) : []),
    [validation, shown],
  );
  const ordered = useMemo(() => flatten(groups), [groups]);
  const counts = useMemo(() => countBySeverity(validation?.findings ?? []), [validation]);

  const selectCell = (sheet: string | null, cell: string) => {
    if (sheet === null) return;
    port.select(sheet, cell).catch((e: unknown) => setNotice({ intent: 'error', text: (l) => errorSentence(e, l) }));
  };

  const pick = (item: ListedFinding) => {
    setCurrent(item.key);
    const gk = `${item.finding.severity}|${item.finding.rule}`;
    setOpenGroups((open) => (open?.includes(gk) ? open : [...(open ?? []), gk]));
    selectCell(validation?.sheet ?? null, item.finding.cell);
  };

  const step = (direction: 1 | -1) => {
    const next = stepFinding(ordered, current, direction);
    if (next) pick(next);
  };

  const pickInitiative = (i: Initiative) => selectCell(validation?.sheet ?? null, i.status.cell);

  const toggleSeverity = (s: Severity) =>
    setShown((old) => {
      const next = new Set(old);
      if (next.has(s)) next.delete(s);
      else next.add(s);
      return next;
    });

  const changeLang = (value: string) => {
    if (!isLang(value)) return;
    setLang(value);
    save('lang', value);
  };

  const changeAreaRule = (choice: AreaRuleChoice) => {
    setAreaRule(choice);
    save('areaRule', choice);
  };

  const disabled = busy !== null;
  const visibleSheets = sheets.filter((s) => s.visible && s.owner === null);
  const na = '–';

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <div className={styles.header}>
        <h1 className={styles.title}>Leverance</h1>
      </div>

      <section className={styles.card} aria-labelledby="overview-heading">
        <h2 id="overview-heading" className={styles.h2}>
          {t(lang, 'pane.overview')}
        </h2>
        <div className={styles.twoColumns}>
          <Field label={t(lang, 'pane.sheet')}>
            <Select
              value={sheetChoice}
              disabled={disabled}
              onChange={(_, d) => {
                setSheetChoice(d.value);
                save('sheet', d.value);
              }}
            >
              <option value="">{t(lang, 'pane.sheet.auto')}</option>
              {visibleSheets.map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t(lang, 'pane.profile')}>
            <Select
              value={profileName}
              disabled={disabled}
              onChange={(_, d) => {
                setProfileName(d.value);
                save('profile', d.value);
              }}
            >
              {PROFILE_NAMES.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <dl className={styles.facts} data-testid="detected">
          <dt className={styles.factName}>{t(lang, 'pane.sheet')}</dt>
          <dd className={styles.factValue} data-fact="sheet">
            {detected === null ? (busy === 'detect' ? t(lang, 'pane.detecting') : na) : (detected.sheet ?? na)}
          </dd>
          <dt className={styles.factName}>{t(lang, 'pane.headerRow')}</dt>
          <dd className={styles.factValue} data-fact="headerRow">
            {detected?.headerRow ?? na}
          </dd>
          <dt className={styles.factName}>{t(lang, 'pane.profile')}</dt>
          <dd className={styles.factValue} data-fact="profile">
            {detected?.profile ?? profileName}
          </dd>
          <dt className={styles.factName}>{t(lang, 'pane.initiatives')}</dt>
          <dd className={styles.factValue} data-fact="initiatives">
            {detected?.sheet ? detected.initiatives : na}
          </dd>
        </dl>
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={validate}>
          {t(lang, 'pane.validate')}
        </Button>
        <Button disabled={disabled} onClick={summarize}>
          {t(lang, 'pane.summarize')}
        </Button>
        <Button disabled={disabled} onClick={clear}>
          {t(lang, 'pane.clear')}
        </Button>
        <Button disabled={disabled || shownRollup === null} onClick={copyNote}>
          {t(lang, 'pane.copyNote')}
        </Button>
      </div>

      {/* One block, so an empty progress line adds no gap of its own. */}
      <div className={styles.progress}>
        <div role="status" aria-live="polite" className={styles.progress}>
          {busy !== null && busy !== 'detect' && (
            <>
              <ProgressBar value={progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined} />
              <span className={styles.muted}>{progress ? progressText(lang, progress) : t(lang, 'pane.working')}</span>
            </>
          )}
        </div>
        {notice && (
          <MessageBar intent={notice.intent} politeness={notice.intent === 'error' ? 'assertive' : 'polite'} data-intent={notice.intent}>
            <MessageBarBody>{notice.text(lang)}</MessageBarBody>
          </MessageBar>
        )}
      </div>

      <Accordion collapsible className={styles.card}>
        <AccordionItem value="settings">
          <AccordionHeader size="small">{t(lang, 'pane.settings')}</AccordionHeader>
          <AccordionPanel>
            <Field label={t(lang, 'pane.reportDate')}>
              <Input type="date" value={reportDate} onChange={(_, d) => setReportDate(d.value)} />
            </Field>
            <Field label={t(lang, 'pane.areaRule')}>
              <RadioGroup
                value={areaRule.kind}
                onChange={(_, d) => changeAreaRule({ ...areaRule, kind: d.value === 'threshold' ? 'threshold' : 'worst-of' })}
              >
                <Radio value="worst-of" label={t(lang, 'pane.areaRule.worst')} />
                <Radio value="threshold" label={t(lang, 'pane.areaRule.threshold')} />
              </RadioGroup>
            </Field>
            {areaRule.kind === 'threshold' && (
              <div className={styles.twoColumns}>
                <Field label={t(lang, 'pane.areaRule.red')}>
                  <Input
                    type="number"
                    min={0}
                    max={100}
                    value={String(areaRule.redPercent)}
                    contentAfter="%"
                    onChange={(_, d) => changeAreaRule({ ...areaRule, redPercent: Number(d.value) })}
                  />
                </Field>
                <Field label={t(lang, 'pane.areaRule.yellow')}>
                  <Input
                    type="number"
                    min={0}
                    max={100}
                    value={String(areaRule.yellowPercent)}
                    contentAfter="%"
                    onChange={(_, d) => changeAreaRule({ ...areaRule, yellowPercent: Number(d.value) })}
                  />
                </Field>
              </div>
            )}
            <Field label={t(lang, 'pane.lang')}>
              <Select value={lang} onChange={(_, d) => changeLang(d.value)}>
                <option value="da">{t(lang, 'pane.lang.da')}</option>
                <option value="en">{t(lang, 'pane.lang.en')}</option>
              </Select>
            </Field>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {validation === null || validation.sheet === null ? (
        <p className={styles.muted}>{t(lang, 'pane.findings.notRun')}</p>
      ) : (
        <Findings
          lang={lang}
          groups={groups}
          counts={counts}
          shown={shown}
          onToggleSeverity={toggleSeverity}
          openGroups={openGroups ?? []}
          onOpenGroups={setOpenGroups}
          ordered={ordered}
          current={current}
          onPick={pick}
          onStep={step}
        />
      )}

      {shownRollup && <RollupView lang={lang} rollup={shownRollup.rollup} trend={shownRollup.trend} onPickInitiative={pickInitiative} />}
    </main>
  );
}
