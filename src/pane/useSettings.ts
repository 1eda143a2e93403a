/**
 * The user's choices in the pane: loaded from the workbook's settings once, kept there on
 * every change (the report date only for this session), with the list of sheets to pick from.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_AREA_RULE } from '../addin/area-rule';
import { readStoredChoices, storeChoice, type Choices, type SettingsPort, type StoredChoices } from '../addin/choices';
import type { Lang } from '../core/i18n';
import { DEFAULT_PROFILE_NAME } from '../core/profile/load';
import { today } from '../workbook/pipeline';
import type { SheetInfo, WorkbookPort } from '../workbook/port';

export type Settings = Required<Choices>;

export interface SettingsState {
  settings: Settings;
  /** Whether the stored choices have been read (detection waits for them). */
  loaded: boolean;
  sheets: SheetInfo[];
  /** Changes a choice and keeps it in the workbook. */
  choose<K extends keyof StoredChoices>(key: K, value: NonNullable<StoredChoices[K]>): void;
  /** The report date is for this session only: the workbook does not keep it. */
  setReportDate(date: string): void;
  refreshSheets(): Promise<void>;
}

export function useSettings(port: SettingsPort & Pick<WorkbookPort, 'listSheets'>, initialLang: Lang, onError: (e: unknown) => void): SettingsState {
  const [settings, setSettings] = useState<Settings>(() => ({
    profile: DEFAULT_PROFILE_NAME,
    sheet: '',
    areaRule: DEFAULT_AREA_RULE,
    lang: initialLang,
    reportDate: today(),
  }));
  const [loaded, setLoaded] = useState(false);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);

  // The choices kept in the workbook win over the defaults.
  useEffect(() => {
    let live = true;
    readStoredChoices(port)
      .then(({ choices, sheets: list }) => {
        if (!live) return;
        setSettings((old) => ({ ...old, profile: choices.profile, sheet: choices.sheet, areaRule: choices.areaRule, lang: choices.lang ?? old.lang }));
        setSheets(list);
      }, onError)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [port, onError]);

  const choose = useCallback(
    <K extends keyof StoredChoices>(key: K, value: NonNullable<StoredChoices[K]>) => {
      setSettings((old) => ({ ...old, [key]: value }));
      storeChoice(port, key, value).catch(onError);
    },
    [port, onError],
  );
  const setReportDate = useCallback((reportDate: string) => setSettings((old) => ({ ...old, reportDate })), []);

  const refreshSheets = useCallback(async () => setSheets(await port.listSheets()), [port]);

  return { settings, loaded, sheets, choose, setReportDate, refreshSheets };
}
