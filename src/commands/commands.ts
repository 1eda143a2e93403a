/**
 * The ribbon's function file: *Valider* and *Opdater opsummering* run without the pane, with
 * the choices the pane kept in the workbook, and tell their outcome in a small dialog
 * (ribbon commands have no UI of their own).
 */
import { summarizeAndMark, validateAndMark } from '../addin/actions';
import { runOptions, type StoredChoices } from '../addin/choices';
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
    // The stored choices are read in the click's first round trip; their language then speaks.
    const opts = (stored: StoredChoices) => {
      lang = stored.lang ?? lang;
      return runOptions({ ...stored, lang });
    };
    if (kind === 'validate') {
      const text = validationMessage(await validateAndMark(port, opts), lang);
      shown = { title: t(lang, 'ribbon.title.validate'), text };
    } else {
      const text = summaryMessage(await summarizeAndMark(port, opts), lang);
      shown = { title: t(lang, 'ribbon.title.summarize'), text };
    }
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
