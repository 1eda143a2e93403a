/**
 * The ribbon's function file: *Valider* and *Opdater opsummering* run without the pane and
 * tell their outcome in a small dialog (ribbon commands have no UI of their own).
 */
import { isLang, type Lang } from '../core/i18n';
import { displayLang, officeReady, registerCommand, showDialog } from '../office/addin';
import { OfficeWorkbook } from '../office/workbook';
import { LANG_SETTING, errorMessage, storedChoices, summarizeAndMark, summaryMessage, validateAndMark, validationMessage } from './run';
import { ui } from './text';

type Kind = 'validate' | 'summarize';

async function outcome(kind: Kind, port: OfficeWorkbook, lang: Lang): Promise<{ title: string; text: string }> {
  const choices = await storedChoices(port);
  if (kind === 'validate') {
    return { title: ui(lang, 'title.validate'), text: validationMessage(await validateAndMark(port, { ...choices, lang }), lang) };
  }
  return { title: ui(lang, 'title.summarize'), text: summaryMessage(await summarizeAndMark(port, { ...choices, lang }), lang) };
}

async function command(kind: Kind): Promise<void> {
  const port = new OfficeWorkbook();
  let lang: Lang = displayLang();
  let shown: { title: string; text: string };
  try {
    const stored = await port.getSetting(LANG_SETTING);
    if (typeof stored === 'string' && isLang(stored)) lang = stored;
    shown = await outcome(kind, port, lang);
  } catch (e) {
    shown = { title: ui(lang, 'title.error'), text: errorMessage(e, lang) };
  }
  const url = new URL('outcome.html', window.location.href);
  url.searchParams.set('title', shown.title);
  url.searchParams.set('text', shown.text);
  url.searchParams.set('ok', ui(lang, 'ok'));
  await showDialog(url.toString(), { width: 30, height: 30 });
}

officeReady().then(
  () => {
    registerCommand('validate', () => command('validate'));
    registerCommand('summarize', () => command('summarize'));
  },
  () => undefined,
);
