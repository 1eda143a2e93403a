/**
 * The pane's runs: detecting the overview when the sheet or profile choice changes, and the
 * three actions. One run at a time; while it lasts the pane is busy and shows its steps; a
 * failure becomes a sentence, never a stack trace. The analysis runs in the analyst (the
 * pane's worker), so the page keeps painting however large the overview.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { clearMarks, detectOverview, summarizeAndMark, validateAndMark, type AddinPort, type Step } from '../addin/actions';
import type { Analyst, Checked, Facts } from '../addin/analysis';
import { profileNamed, runOptions } from '../addin/choices';
import { t } from '../core/i18n';
import type { Trend } from '../core/trend';
import { NO_OVERVIEW, errorNotice, protectedNotice, summarizedNotice, validatedNotice, type Notice } from './notices';
import type { SettingsState } from './useSettings';

export type Busy = 'detect' | 'validate' | 'summarize' | 'clear';

/** After a summary: what changed since the last run in the history. */
export interface Changes {
  trend: Trend;
  firstRun: boolean;
}

export interface RunState {
  busy: Busy | null;
  progress: Step | null;
  facts: Facts | null;
  /** The last validation (or summary's validation); null before the first. */
  checked: Checked | null;
  /** Null after a validation: only a summary reads the history. */
  changes: Changes | null;
  validate(): void;
  summarize(): void;
  clear(): void;
}

function factsOf(c: Checked): Facts {
  return { sheet: c.sheet, headerRow: c.headerRow, profile: c.profile, initiatives: c.initiatives };
}

/** `notify` shows the notice a run ends with (the pane's one message bar). */
export function useRun(
  port: AddinPort,
  analyst: Analyst,
  state: Pick<SettingsState, 'loaded' | 'settings' | 'refreshSheets'>,
  notify: (notice: Notice | null) => void,
): RunState {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [progress, setProgress] = useState<Step | null>(null);
  const [facts, setFacts] = useState<Facts | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [changes, setChanges] = useState<Changes | null>(null);
  // Set and read only in callbacks: a second click while a run lasts does nothing.
  const running = useRef(false);

  const run = useCallback(async (kind: Busy, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setProgress(null);
    try {
      await work();
    } catch (e) {
      notify(errorNotice(e));
    } finally {
      running.current = false;
      setBusy(null);
      setProgress(null);
    }
  }, [notify]);

  // Detection follows the sheet and profile choice, once the stored choices are in.
  const { loaded, settings, refreshSheets } = state;
  const { sheet, profile } = settings;
  useEffect(() => {
    if (!loaded) return;
    void run('detect', async () => {
      const found = await detectOverview(port, { sheet: sheet === '' ? undefined : sheet, profile: profileNamed(profile) }, analyst);
      setFacts(found);
      // A choice that finds the overview also ends the warning that there was none.
      notify(found.sheet === null ? NO_OVERVIEW : null);
    });
  }, [loaded, sheet, profile, port, analyst, run, notify]);

  const validate = useCallback(() => {
    void run('validate', async () => {
      const result = await validateAndMark(port, runOptions(settings, setProgress), analyst);
      // The lists render as a transition: React renders them in slices, so the page stays responsive.
      startTransition(() => {
        setFacts(factsOf(result));
        setChecked(result);
        setChanges(null);
        notify(protectedNotice(result.marked) ?? validatedNotice(result));
      });
    });
  }, [port, analyst, settings, run, notify]);

  const summarize = useCallback(() => {
    void run('summarize', async () => {
      const result = await summarizeAndMark(port, runOptions(settings, setProgress), analyst);
      startTransition(() => {
        setFacts(factsOf(result));
        setChecked(result);
        setChanges({ trend: result.trend, firstRun: result.firstRun });
        notify(protectedNotice(result.marked) ?? summarizedNotice(result.sheets, result.findings.length));
      });
      await refreshSheets();
    });
  }, [port, analyst, settings, run, notify, refreshSheets]);

  const clear = useCallback(() => {
    void run('clear', async () => {
      const marks = await clearMarks(port);
      notify(protectedNotice(marks) ?? { intent: 'success', text: (l) => t(l, 'pane.cleared') });
    });
  }, [port, run, notify]);

  return { busy, progress, facts, checked, changes, validate, summarize, clear };
}
