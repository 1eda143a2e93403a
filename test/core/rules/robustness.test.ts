import { RULES } from '../../../src/core/rules';
import { context, run, type RowSpec } from './overview-builder';

const ODD = ['', ' ', '?', '-', '#N/A', '=HYPERLINK("x")', '1.1', '2019', 'x'.repeat(100_000), '\u0000\uFFFF', '😀@😀.dk', 'ultimo '.repeat(10_000)];

describe('the rules on odd values', () => {
  it('never throw and give only renderable findings', () => {
    const rows: RowSpec[] = ODD.map((s) => ({
      id: s,
      title: s,
      contact: s,
      email: s,
      office: s,
      remark: s,
      status: 'red',
      fill: 'green',
      area: '1',
      deliveries: { 2016: s, 2020: s },
    }));
    const ctx = context(rows, { emailDomains: ['kl.dk'] });
    for (const rule of RULES) expect(() => run(rule, ctx)).not.toThrow();
  });
});
