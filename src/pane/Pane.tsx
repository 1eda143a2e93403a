/**
 * The task pane: the detected overview with sheet and profile pickers, the actions (and
 * *Kopiér notat*), progress and notice, settings, findings and rollup. The choices and the runs live in
 * hooks (useSettings, useRun); each section is its own component. Every workbook operation
 * goes through the port and the actions (OfficeWorkbook with the analysis in a Web Worker
 * in Excel, the same on the in-memory fake in the playground, a FileWorkbook on an .xlsx in
 * the web page's worker), so the pane itself never touches Office.js and never blocks the page.
 */
import { Button } from '@fluentui/react-components';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Actions } from '../addin/actions';
import type { SettingsPort } from '../addin/choices';
import { t, type Lang } from '../core/i18n';
import { cellOf, type Initiative } from '../core/overview';
import { noteToText } from '../core/report/note-render';
import type { WorkbookPort } from '../workbook/port';
import { copyText } from './clipboard';
import { Findings } from './Findings';
import { errorNotice, type Notice } from './notices';
import { OverviewCard } from './OverviewCard';
import { RollupView } from './Rollup';
import { SettingsCard } from './SettingsCard';
import { StatusArea } from './StatusArea';
import { useStyles } from './styles';
import { useRun } from './useRun';
import { useSettings } from './useSettings';

/** The workbook the pane works on (Excel through Office.js, or a file opened in the web page): its choices, its sheets, and a cell to show. */
export type PanePort = SettingsPort & Pick<WorkbookPort, 'listSheets'> & { select(sheet: string, cell: string): Promise<void> };

export interface PaneProps {
  port: PanePort;
  actions: Actions;
  initialLang: Lang;
  /** Told when the language changes, so the page's `lang` attribute follows. */
  onLangChange?(lang: Lang): void;
  /** Whether the workbook takes marks (Excel; true by default): a file in the web page does not, so it offers no *Ryd markeringer*. */
  marks?: boolean;
  /** Shown under the title: the web page's file section. */
  children?: ReactNode;
}

export function Pane({ port, actions, initialLang, onLangChange, marks = true, children }: PaneProps) {
  const styles = useStyles();
  const [notice, setNotice] = useState<Notice | null>(null);
  const fail = useCallback((e: unknown) => setNotice(errorNotice(e)), []);
  const { settings, loaded, sheets, choose, setReportDate, refreshSheets } = useSettings(port, initialLang, fail);
  const { busy, progress, facts, checked, changes, validate, summarize, clear } = useRun(actions, { settings, loaded, refreshSheets }, setNotice);
  const { lang } = settings;

  useEffect(() => onLangChange?.(lang), [lang, onLangChange]);

  // Stable between runs, so the memoised lists skip the re-renders that progress causes.
  const sheet = checked?.sheet ?? null;
  const selectCell = useCallback(
    (cell: string) => {
      if (sheet !== null) port.select(sheet, cell).catch(fail);
    },
    [sheet, port, fail],
  );
  const rollup = checked?.rollup ?? null;
  const pickInitiative = useCallback(
    (i: Initiative) => {
      if (rollup) selectCell(cellOf(rollup, i, 'status'));
    },
    [rollup, selectCell],
  );

  // The note was drafted with the run; its text is made while the click is handled, as Excel on the web copies only then.
  const note = checked?.note ?? null;
  const copyNote = () => {
    if (note === null) return;
    copyText(noteToText(note, lang)).then(
      () => setNotice({ intent: 'success', text: (l) => t(l, 'pane.copyNote.done') }),
      () => setNotice({ intent: 'error', text: (l) => t(l, 'pane.copyNote.failed') }),
    );
  };

  const disabled = busy !== null;
  // The hint to validate is for an overview that was found and not yet validated.
  const hint = checked === null && facts?.sheet != null;

  return (
    <main className={styles.root} aria-busy={busy !== null}>
      <div className={styles.header}>
        <h1 className={styles.title}>Leverance</h1>
      </div>

      {children}

      <OverviewCard lang={lang} sheets={sheets} settings={settings} choose={choose} disabled={disabled} facts={facts} detecting={busy === 'detect' || !loaded} />

      <div className={styles.actions}>
        <Button appearance="primary" disabled={disabled} onClick={validate}>
          {t(lang, 'pane.validate')}
        </Button>
        <Button disabled={disabled} onClick={summarize}>
          {t(lang, 'pane.summarize')}
        </Button>
        {marks && (
          <Button disabled={disabled} onClick={clear}>
            {t(lang, 'pane.clear')}
          </Button>
        )}
        <Button disabled={disabled || note === null} onClick={copyNote}>
          {t(lang, 'pane.copyNote')}
        </Button>
      </div>

      <StatusArea lang={lang} busy={busy} progress={progress} notice={notice} />

      <SettingsCard lang={lang} settings={settings} choose={choose} setReportDate={setReportDate} />

      {hint && <p className={styles.muted}>{t(lang, 'pane.findings.notRun')}</p>}
      {checked !== null && checked.sheet !== null && <Findings lang={lang} findings={checked.findings} onSelectCell={selectCell} />}
      {rollup && <RollupView lang={lang} rollup={rollup} changes={changes} onPickInitiative={pickInitiative} />}
    </main>
  );
}
