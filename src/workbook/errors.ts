/**
 * The one sentence a person reads for a failure, in the ribbon's dialog, the pane and the
 * CLI alike. Here rather than in addin/ because the CLI is a surface of its own and shares
 * only the layers below the surfaces.
 */
import { t, type Lang } from '../core/i18n';
import { HEADER_SEARCH_ROWS } from '../core/read/header';
import { WorkbookError, type WorkbookErrorCode } from './port';

/** The catalogue key of each error's sentence: a new code does not compile until it has one. */
export const ERROR_KEYS: Record<WorkbookErrorCode, string> = {
  'file-not-found': 'error.file-not-found',
  'not-a-workbook': 'error.not-a-workbook',
  damaged: 'error.damaged',
  encrypted: 'error.encrypted',
  'old-format': 'error.old-format',
  'binary-format': 'error.binary-format',
  opendocument: 'error.opendocument',
  'sheet-not-found': 'error.sheet-not-found',
  'no-overview': 'error.no-overview',
  protected: 'error.protected',
  'workbook-protected': 'error.workbook-protected',
  editing: 'error.editing',
  'too-large': 'error.too-large',
  'api-unsupported': 'error.api-unsupported',
  'write-failed': 'error.write-failed',
  'write-invalid': 'error.write-invalid',
};

function sentence(lang: Lang, key: string, detail: string): string {
  // A sentence whose detail is empty would end in a space. `rows` is for the sentences that
  // say how far down the header was looked for.
  return t(lang, key, { detail, rows: HEADER_SEARCH_ROWS }).trim();
}

/** A WorkbookError by its code and detail; anything else as unexpected, with its message and never a stack trace. */
export function errorSentence(e: unknown, lang: Lang): string {
  if (e instanceof WorkbookError) {
    // A sheet that has no name was never chosen: no sheet looked like the overview.
    if (e.code === 'sheet-not-found' && e.detail === '') return sentence(lang, ERROR_KEYS['no-overview'], '');
    // The sheet the user named was read, and holds no overview.
    if (e.code === 'no-overview' && e.detail !== '') return sentence(lang, 'error.no-overview-in-sheet', e.detail);
    return sentence(lang, ERROR_KEYS[e.code], e.detail);
  }
  return sentence(lang, 'error.unexpected', e instanceof Error ? e.message : String(e));
}
