import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { validate } from '../../src/core/validate';
import { gridOf } from '../helpers/grid';

describe('validate', () => {
  it('reports a cell holding an error value once, as cell.error-value', () => {
    const read = readOverview(
      gridOf([
        ['Nr.', 'Titel', 'Kontaktperson', 'Kontakt', 'Status', 'Bemærkning'],
        ['1.1', 'A', 'Kirsten Elbo', { value: { error: '#VALUE!' } }, { value: { error: '#N/A' } }, 'x'],
        ['100.1', 'B', 'Kirsten Elbo', 'kieb@kl.dk', 'Grøn', ''],
      ]),
      BUILTIN_PROFILES['2016-2020'],
    );
    if (!read.ok) throw new Error('fixture');
    expect(validate(read.overview, BUILTIN_PROFILES['2016-2020']).map((f) => [f.rule, f.cell])).toEqual([
      ['cell.error-value', 'D2'],
      ['cell.error-value', 'E2'],
    ]);
  });
});
