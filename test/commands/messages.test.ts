import { summaryMessage, validationMessage } from '../../src/commands/messages';
import type { Finding } from '../../src/core/finding';
import { t } from '../../src/core/i18n';
import { errorSentence } from '../../src/workbook/errors';
import type { SummaryResult, ValidationResult } from '../../src/workbook/pipeline';
import { WorkbookError } from '../../src/workbook/port';

const finding = (severity: Finding['severity'], cell: string): Finding => ({
  severity,
  rule: 'status.unknown',
  cell,
  row: Number(cell.slice(1)),
  column: cell[0],
  initiative: '1.4',
  params: { value: 'Lilla' },
});

const validated = (findings: Finding[]): ValidationResult => ({
  sheet: 'Leveranceoversigt',
  headerRow: 2,
  profile: '2016-2020',
  initiatives: 4,
  findings,
  overview: null,
});

describe('the ribbon dialog texts', () => {
  it('count the findings of a validation by severity', () => {
    const result = validated([finding('error', 'H7'), finding('warning', 'H5'), finding('error', 'A7')]);
    expect(validationMessage(result, 'da')).toBe(
      `${t('da', 'ribbon.validated.found', { sheet: 'Leveranceoversigt', initiatives: 4, count: 3, errors: 2, warnings: 1, infos: 0 })} ${t('da', 'ribbon.validated.marked')}`,
    );
    expect(validationMessage(validated([]), 'en')).toBe(t('en', 'ribbon.validated.clean', { sheet: 'Leveranceoversigt', initiatives: 4 }));
  });

  it('say there is no overview with the same sentence as the error', () => {
    const none = { ...validated([]), sheet: null, headerRow: null, initiatives: 0 };
    expect(validationMessage(none, 'da')).toBe(errorSentence(new WorkbookError('no-overview'), 'da'));
  });

  it('name the sheets a summary wrote, and the findings when there are any', () => {
    const summary = { ...validated([]), sheets: ['Opsummering', 'Område 1'] } as unknown as SummaryResult;
    const written = t('en', 'ribbon.summarized.done', { sheets: '“Opsummering”, “Område 1”' });
    expect(summaryMessage(summary, 'en')).toBe(written);
    const found = { ...summary, findings: [finding('error', 'H7')] };
    expect(summaryMessage(found, 'en')).toBe(`${written} ${t('en', 'ribbon.summarized.findings', { count: 1 })}`);
  });
});
