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
