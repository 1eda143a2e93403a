import { CATALOGUES, LANGS, t } from '../../src/core/i18n';
import { HEADER_SEARCH_ROWS } from '../../src/core/read/header';
import { ERROR_KEYS, errorSentence } from '../../src/workbook/errors';
import { WorkbookError, type WorkbookErrorCode } from '../../src/workbook/port';

describe('errorSentence', () => {
  it('has a sentence for every workbook error in every language', () => {
    for (const lang of LANGS) for (const key of Object.values(ERROR_KEYS)) expect(CATALOGUES[lang][key]).toBeDefined();
  });

  it('renders a workbook error by its code with its detail, and no dangling space', () => {
    for (const code of Object.keys(ERROR_KEYS) as WorkbookErrorCode[]) {
      if (code === 'no-overview') continue;
      expect(errorSentence(new WorkbookError(code, 'Ark1'), 'da')).toBe(t('da', ERROR_KEYS[code], { detail: 'Ark1' }).trim());
    }
    expect(errorSentence(new WorkbookError('protected'), 'en')).toBe(t('en', 'error.protected', { detail: '' }).trim());
    expect(errorSentence(new WorkbookError('protected'), 'en')).not.toMatch(/\s$|\{|\}/);
  });

  it('names the sheet the user chose when it holds no overview, and says how far down the header was looked for', () => {
    for (const lang of ['da', 'en'] as const) {
      expect(errorSentence(new WorkbookError('no-overview', 'Ark1'), lang)).toBe(t(lang, 'error.no-overview-in-sheet', { detail: 'Ark1', rows: HEADER_SEARCH_ROWS }));
      for (const detail of ['', 'Ark1']) expect(errorSentence(new WorkbookError('no-overview', detail), lang)).toContain(String(HEADER_SEARCH_ROWS));
    }
  });

  it('takes a missing sheet without a name for a missing overview', () => {
    expect(errorSentence(new WorkbookError('sheet-not-found', ''), 'da')).toBe(errorSentence(new WorkbookError('no-overview'), 'da'));
  });

  it('gives anything else as unexpected with its message, never a stack trace', () => {
    expect(errorSentence(new TypeError('x is undefined'), 'da')).toBe(t('da', 'error.unexpected', { detail: 'x is undefined' }));
    expect(errorSentence('plain text', 'en')).toBe(t('en', 'error.unexpected', { detail: 'plain text' }));
  });
});
