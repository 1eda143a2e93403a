import { progressText } from '../../src/pane/notices';

describe('the progress line', () => {
  it('counts sheets read from 1 and the share of cells written, never rows as sheets', () => {
    expect(progressText('en', { phase: 'read', done: 0, total: 3, sheet: 'Ark1' })).toBe('Reading sheet 1 of 3: Ark1');
    expect(progressText('da', { phase: 'write', done: 20413, total: 45185, sheet: 'Validering' })).toBe('Skriver Validering (45 %)');
    expect(progressText('en', { phase: 'mark', done: 0, total: 1, sheet: 'Leveranceoversigt' })).toBe('Marking the findings in Leveranceoversigt');
  });
});
