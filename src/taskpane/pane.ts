/**
 * A first, plain task pane: settings (report date, profile, language), the three actions,
 * progress, the detected sheet, findings grouped by rule (click selects the cell) and the
 * rollup. Everything from the workbook goes in through `textContent`, never as HTML.
 */
import type { Finding } from '../core/finding';
import { isLang, renderFinding, t, type Lang } from '../core/i18n';
import type { Rollup } from '../core/rollup';
import { STATUS_KEYS } from '../core/status';
import type { OfficeWorkbook } from '../office/workbook';
import type { Progress, ValidationResult } from '../workbook/pipeline';
import {
  LANG_SETTING,
  PROFILES,
  PROFILE_SETTING,
  errorMessage,
  profileNamed,
  summarizeAndMark,
  summaryMessage,
  validateAndMark,
  validationMessage,
} from '../commands/run';
import { ui, type UiKey } from '../commands/text';

type Port = Pick<OfficeWorkbook, 'listSheets' | 'readGrid' | 'writeSheets' | 'setMarks' | 'clearMarks' | 'activate' | 'select' | 'getSetting' | 'setSetting'>;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function mountPane(root: HTMLElement, port: Port, initialLang: Lang): void {
  let lang = initialLang;
  let busy = false;

  const dateLabel = el('label');
  const dateInput = el('input');
  dateInput.type = 'date';
  dateInput.value = today();
  dateInput.id = 'leverance-date';
  dateLabel.htmlFor = dateInput.id;

  const profileLabel = el('label');
  const profileSelect = el('select');
  profileSelect.id = 'leverance-profile';
  profileLabel.htmlFor = profileSelect.id;
  for (const p of PROFILES) profileSelect.append(new Option(p.name, p.name));

  const langLabel = el('label');
  const langSelect = el('select');
  langSelect.id = 'leverance-lang';
  langLabel.htmlFor = langSelect.id;
  langSelect.append(new Option('Dansk', 'da'), new Option('English', 'en'));
  langSelect.value = lang;

  const validateButton = el('button');
  const summarizeButton = el('button');
  const clearButton = el('button');
  for (const b of [validateButton, summarizeButton, clearButton]) b.type = 'button';
  const actions = el('div', undefined, 'actions');
  actions.append(validateButton, summarizeButton, clearButton);

  const progress = el('progress');
  progress.hidden = true;
  const status = el('p');
  status.setAttribute('role', 'status');
  const details = el('section');

  root.replaceChildren(dateLabel, dateInput, profileLabel, profileSelect, langLabel, langSelect, actions, progress, status, details);

  const labels: [HTMLElement, UiKey][] = [
    [dateLabel, 'pane.reportDate'],
    [profileLabel, 'pane.profile'],
    [langLabel, 'pane.lang'],
    [validateButton, 'pane.validate'],
    [summarizeButton, 'pane.summarize'],
    [clearButton, 'pane.clear'],
  ];
  const relabel = () => {
    for (const [node, key] of labels) node.textContent = ui(lang, key);
    document.documentElement.lang = lang;
  };
  relabel();

  const onProgress = (p: Progress) => {
    progress.hidden = false;
    progress.max = Math.max(1, p.total);
    progress.value = p.done;
    status.textContent = ui(lang, `progress.${p.phase}`, { done: p.done, total: p.total, sheet: p.sheet ?? '' });
  };

  const options = () => ({
    profile: profileNamed(profileSelect.value),
    lang,
    reportDate: /^\d{4}-\d{2}-\d{2}$/.test(dateInput.value) ? dateInput.value : undefined,
    onProgress,
  });

  async function act(work: () => Promise<string>): Promise<void> {
    if (busy) return;
    busy = true;
    for (const b of [validateButton, summarizeButton, clearButton]) b.disabled = true;
    status.className = '';
    status.textContent = ui(lang, 'pane.working');
    try {
      status.textContent = await work();
    } catch (e) {
      status.className = 'error';
      status.textContent = errorMessage(e, lang);
    } finally {
      progress.hidden = true;
      busy = false;
      for (const b of [validateButton, summarizeButton, clearButton]) b.disabled = false;
    }
  }

  validateButton.addEventListener('click', () =>
    act(async () => {
      const result = await validateAndMark(port, options());
      showResult(result, null);
      return validationMessage(result, lang);
    }),
  );
  summarizeButton.addEventListener('click', () =>
    act(async () => {
      const result = await summarizeAndMark(port, options());
      showResult(result, result.rollup);
      return summaryMessage(result, lang);
    }),
  );
  clearButton.addEventListener('click', () =>
    act(async () => {
      await port.clearMarks();
      return ui(lang, 'pane.cleared');
    }),
  );
  profileSelect.addEventListener('change', () => {
    port.setSetting(PROFILE_SETTING, profileSelect.value).catch(() => undefined);
  });
  langSelect.addEventListener('change', () => {
    if (isLang(langSelect.value)) lang = langSelect.value;
    relabel();
    port.setSetting(LANG_SETTING, lang).catch(() => undefined);
  });

  // The choices kept in the workbook win over the defaults.
  Promise.all([port.getSetting(PROFILE_SETTING), port.getSetting(LANG_SETTING)]).then(
    ([profile, storedLang]) => {
      if (typeof profile === 'string') profileSelect.value = profileNamed(profile).name;
      if (typeof storedLang === 'string' && isLang(storedLang)) {
        lang = storedLang;
        langSelect.value = lang;
        relabel();
      }
    },
    () => undefined,
  );

  function showResult(result: ValidationResult, rollup: Rollup | null): void {
    const facts = el('dl');
    const fact = (key: UiKey, value: string) => facts.append(el('dt', ui(lang, key)), el('dd', value));
    fact('pane.sheet', result.sheet ?? '–');
    fact('pane.headerRow', result.headerRow === null ? '–' : String(result.headerRow));
    fact('pane.profile', result.profile);
    fact('pane.initiatives', String(result.initiatives));
    details.replaceChildren(facts);
    if (rollup) details.append(rollupView(rollup));
    details.append(findingsView(result));
  }

  function rollupView(rollup: Rollup): HTMLElement {
    const section = el('section');
    const chips = el('div', undefined, 'chips');
    for (const s of STATUS_KEYS) chips.append(el('span', `${t(lang, `status.${s}`)}: ${rollup.byStatus[s]}`, `chip ${s}`));
    const table = el('table');
    const head = el('tr');
    for (const key of ['pane.area', 'pane.status', 'pane.total'] as UiKey[]) head.append(el('th', ui(lang, key)));
    table.append(head);
    for (const a of rollup.areas) {
      const row = el('tr');
      row.append(el('td', a.name ? `${a.id}. ${a.name}` : a.id), el('td', t(lang, `status.${a.status}`)), el('td', String(a.total)));
      table.append(row);
    }
    section.append(el('h2', ui(lang, 'pane.status')), chips, el('h2', ui(lang, 'pane.areas')), table);
    return section;
  }

  function findingsView(result: ValidationResult): HTMLElement {
    const section = el('section');
    section.append(el('h2', `${ui(lang, 'pane.findings')} (${result.findings.length})`));
    const byRule = new Map<string, Finding[]>();
    for (const f of result.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    for (const [rule, findings] of byRule) {
      const group = el('details');
      group.append(el('summary', `${rule} (${findings.length})`));
      for (const f of findings) {
        const button = el('button', `${f.cell}: ${renderFinding(f, lang).message}`, 'finding');
        button.type = 'button';
        const sheet = result.sheet;
        if (sheet !== null) button.addEventListener('click', () => port.select(sheet, f.cell).catch(() => undefined));
        group.append(button);
      }
      section.append(group);
    }
    return section;
  }
}
