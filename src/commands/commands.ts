/**
 * The ribbon's function file: *Valider* and *Opdater opsummering* run without the pane, with
 * the choices the pane kept in the workbook, and tell their outcome in a small dialog
 * (ribbon commands have no UI of their own).
 */
import { summarizeAndMark, validateAndMark } from '../addin/actions';
import { readStoredChoices, runOptions } from '../addin/choices';
import { t, type Lang } from '../core/i18n';
import { displayLang, officeReady, registerCommand, showDialog } from '../office/addin';
import { OfficeWorkbook } from '../office/workbook';
import { errorSentence } from '../workbook/errors';
import { summaryMessage, validationMessage } from './messages';

type Kind = 'validate' | 'summarize';

async function command(kind: Kind): Promise<void> {
  const port = new OfficeWorkbook();
  let lang: Lang = displayLang();
  let shown: { title: string; text: string };
  try {
    const { choices } = await readStoredChoices(port);
    lang = choices.lang ?? lang;
    const opts = runOptions({ ...choices, lang });
    shown =
      kind === 'validate'
        ? { title: t(lang, 'ribbon.title.validate'), text: validationMessage(await validateAndMark(port, opts), lang) }
        : { title: t(lang, 'ribbon.title.summarize'), text: summaryMessage(await summarizeAndMark(port, opts), lang) };
  } catch (e) {
    shown = { title: t(lang, 'ribbon.title.error'), text: errorSentence(e, lang) };
  }
  const url = new URL('outcome.html', window.location.href);
  url.searchParams.set('title', shown.title);
  url.searchParams.set('text', shown.text);
  url.searchParams.set('ok', t(lang, 'ribbon.ok'));
  await showDialog(url.toString(), { width: 30, height: 30 });
}

officeReady().then(
  () => {
    registerCommand('validate', () => command('validate'));
    registerCommand('summarize', () => command('summarize'));
  },
  () => undefined,
);
