import type { Finding } from '../../src/core/finding';
import { t } from '../../src/core/i18n';
import { progressText, validatedNotice } from '../../src/pane/notices';

describe('the progress line', () => {
  it('counts sheets read from 1 and the share of cells written, never rows as sheets', () => {
    expect(progressText('en', { phase: 'read', done: 0, total: 3, sheet: 'Ark1' })).toBe('Reading sheet 1 of 3: Ark1');
    expect(progressText('da', { phase: 'write', done: 20413, total: 45185, sheet: 'Validering' })).toBe('Skriver Validering (45 %)');
    expect(progressText('en', { phase: 'mark', done: 0, total: 1, sheet: 'Leveranceoversigt' })).toBe('Marking the findings in Leveranceoversigt');
  });
});

describe('the notice after Valider', () => {
  const finding = { rule: 'contact.missing', severity: 'warning', cell: 'G9', params: {} } as unknown as Finding;

  it('says the cells are marked only where the workbook took marks', () => {
    const counts = { sheet: 'Ark', count: 1, errors: 0, warnings: 1, infos: 0 };
    expect(validatedNotice({ sheet: 'Ark', findings: [finding], marked: { status: 'done' } }).text('da')).toBe(t('da', 'pane.validated', counts));
    expect(validatedNotice({ sheet: 'Ark', findings: [finding], marked: null }).text('da')).toBe(t('da', 'pane.validated.unmarked', counts));
  });
});
