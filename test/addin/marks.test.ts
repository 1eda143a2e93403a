import { marksFromFindings } from '../../src/addin/marks';
import type { Finding } from '../../src/core/finding';

describe('marksFromFindings', () => {
  const finding = (cell: string, severity: Finding['severity'], rule: Finding['rule'], params: Finding['params']): Finding => ({
    severity,
    rule,
    cell,
    row: Number(cell.slice(1)),
    column: cell[0],
    initiative: '1.1',
    params,
  });

  it('gives one mark per cell with the worst severity and every message', () => {
    const found = marksFromFindings(
      [
        finding('C2', 'info', 'email.domain', { value: 'a@b.dk', domain: 'b.dk', expected: ['kl.dk'] }),
        finding('C2', 'error', 'email.invalid', { value: 'kieb(at)kl.dk' }),
        finding('A3', 'error', 'id.duplicate', { value: '1.1', firstRow: 2 }),
      ],
      'en',
    );
    expect(found.map((m) => [m.cell, m.severity, m.note.split('\n').length])).toEqual([
      ['C2', 'error', 2],
      ['A3', 'error', 1],
    ]);
    expect(found[0].note).toContain('kieb(at)kl.dk');
  });
});

describe('anchors of marks', () => {
  const at = (cell: string, initiative: string | null, rule: Finding['rule'] = 'email.invalid'): Finding => ({
    severity: 'error',
    rule,
    cell,
    row: Number(cell.replace(/^[A-Z]+/, '')),
    column: cell.replace(/\d+$/, ''),
    initiative,
    params: { value: 'x' },
  });
  const anchors = (findings: Finding[]) => Object.fromEntries(marksFromFindings(findings, 'da').map((m) => [m.cell, m.anchor ?? null]));

  it('names a mark by its initiative and column when the id names one row', () => {
    expect(anchors([at('C5', '1.4'), at('D5', '1.4'), at('C9', '2.10a')])).toEqual({ C5: '1.4@C', D5: '1.4@D', C9: '2.10a@C' });
  });

  it('leaves by its cell a mark without an initiative, on a repeated id, or on an id with separators', () => {
    expect(
      anchors([at('A3', null, 'id.missing'), at('C4', '1.1'), at('A6', '1.1', 'id.duplicate'), at('C7', '1.2'), at('C8', '1.2'), at('C9', '1.3;x')]),
    ).toEqual({ A3: null, C4: null, A6: null, C7: null, C8: null, C9: null });
  });
});
