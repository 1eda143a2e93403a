/**
 * The pane's runs: detecting the overview when the sheet or profile choice changes, and the
 * three actions. One run at a time; while it lasts the pane is busy and shows its steps; a
 * failure becomes a sentence, never a stack trace. The actions run the analysis off the
 * main thread (the pane's worker, or the web page's), so the page keeps painting however
 * large the overview.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Actions, Step } from '../addin/actions';
import type { Checked, Facts } from '../addin/analysis';
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
  actions: Actions,
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
      const found = await actions.detect({ sheet: sheet === '' ? undefined : sheet, profile: profileNamed(profile) });
      setFacts(found);
      // A choice that finds the overview also ends the warning that there was none.
      notify(found.sheet === null ? NO_OVERVIEW : null);
    });
  }, [loaded, sheet, profile, actions, run, notify]);

  const validate = useCallback(() => {
    void run('validate', async () => {
      const result = await actions.validate(runOptions(settings, setProgress));
      // The lists render as a transition: React renders them in slices, so the page stays responsive.
      startTransition(() => {
        setFacts(factsOf(result));
        setChecked(result);
        setChanges(null);
        notify(protectedNotice(result.marked) ?? validatedNotice(result));
      });
    });
  }, [actions, settings, run, notify]);

  const summarize = useCallback(() => {
    void run('summarize', async () => {
      const result = await actions.summarize(runOptions(settings, setProgress));
      startTransition(() => {
        setFacts(factsOf(result));
        setChecked(result);
        setChanges({ trend: result.trend, firstRun: result.firstRun });
        notify(protectedNotice(result.marked) ?? summarizedNotice(result.sheets, result.findings.length));
      });
      await refreshSheets();
    });
  }, [actions, settings, run, notify, refreshSheets]);

  const clear = useCallback(() => {
    void run('clear', async () => {
      const marks = await actions.clear();
      notify(protectedNotice(marks) ?? { intent: 'success', text: (l) => t(l, 'pane.cleared') });
    });
  }, [actions, run, notify]);

  return { busy, progress, facts, checked, changes, validate, summarize, clear };
}
