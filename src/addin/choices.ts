/**
 * The user's choices (profile, overview sheet, area rule, language, report date): how the
 * workbook keeps them in its settings, so the ribbon buttons run as the pane would, and the
 * pipeline options they amount to.
 */
import { isLang, type Lang } from '../core/i18n';
import { isIsoDate } from '../core/isodate';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../core/profile/load';
import type { Profile } from '../core/profile/types';
import type { SheetInfo, WorkbookPort } from '../workbook/port';
import type { ActionOptions, Step } from './actions';
import { parseAreaRuleChoice, withAreaRule, type AreaRuleChoice } from './area-rule';

export const PROFILE_NAMES = Object.keys(BUILTIN_PROFILES);

/** The built-in profile of that name, or the default one. */
export function profileNamed(name: unknown): Profile {
  return (typeof name === 'string' ? BUILTIN_PROFILES[name] : undefined) ?? BUILTIN_PROFILES[DEFAULT_PROFILE_NAME];
}

export interface Choices {
  /** A built-in profile's name. */
  profile: string;
  /** The overview sheet; '' finds it by its header. */
  sheet: string;
  areaRule: AreaRuleChoice;
  lang: Lang;
  /** `YYYY-MM-DD` as typed; anything else, or none, is today. The workbook does not keep it. */
  reportDate?: string;
}

/** What the workbook keeps: no language when none was chosen, so Office's language applies. */
export interface StoredChoices extends Omit<Choices, 'lang' | 'reportDate'> {
  lang: Lang | null;
}

/** Workbook settings (per document) where the add-in keeps each choice. */
export const SETTING_KEYS: Record<keyof StoredChoices, string> = {
  profile: 'Leverance.Profil',
  lang: 'Leverance.Sprog',
  sheet: 'Leverance.Ark',
  areaRule: 'Leverance.Omraadestatus',
};

export interface SettingsPort {
  getSetting(key: string): Promise<unknown>;
  setSetting(key: string, value: string): Promise<void>;
}

/**
 * The stored choices from the settings' values (by key, as SETTING_KEYS names them), checked
 * against the sheets. Whatever is missing or unreadable is the default; a stored sheet that is
 * gone means "find it".
 */
export function storedChoicesOf(values: Readonly<Record<string, unknown>>, sheets: Pick<SheetInfo, 'name'>[]): StoredChoices {
  const profile = values[SETTING_KEYS.profile];
  const lang = values[SETTING_KEYS.lang];
  const sheet = values[SETTING_KEYS.sheet];
  return {
    profile: typeof profile === 'string' && PROFILE_NAMES.includes(profile) ? profile : DEFAULT_PROFILE_NAME,
    sheet: typeof sheet === 'string' && sheets.some((s) => s.name === sheet) ? sheet : '',
    areaRule: parseAreaRuleChoice(values[SETTING_KEYS.areaRule]),
    lang: typeof lang === 'string' && isLang(lang) ? lang : null,
  };
}

/** The stored choices, and the sheets they were checked against. */
export async function readStoredChoices(
  port: Pick<SettingsPort, 'getSetting'> & Pick<WorkbookPort, 'listSheets'>,
): Promise<{ choices: StoredChoices; sheets: SheetInfo[] }> {
  const keys = Object.values(SETTING_KEYS);
  const [sheets, values] = await Promise.all([port.listSheets(), Promise.all(keys.map((key) => port.getSetting(key)))]);
  return { choices: storedChoicesOf(Object.fromEntries(keys.map((key, k) => [key, values[k]])), sheets), sheets };
}

/** Keeps one choice in the workbook's settings. */
export function storeChoice<K extends keyof StoredChoices>(port: Pick<SettingsPort, 'setSetting'>, key: K, value: NonNullable<StoredChoices[K]>): Promise<void> {
  return port.setSetting(SETTING_KEYS[key], typeof value === 'string' ? value : JSON.stringify(value));
}

/** The pipeline options the choices amount to: the profile carries the area rule. */
export function runOptions(choices: Choices, onProgress?: (step: Step) => void): ActionOptions {
  const { sheet, reportDate } = choices;
  return {
    sheet: sheet === '' ? undefined : sheet,
    profile: withAreaRule(profileNamed(choices.profile), choices.areaRule),
    lang: choices.lang,
    reportDate: reportDate !== undefined && isIsoDate(reportDate) ? reportDate : undefined,
    onProgress,
  };
}
