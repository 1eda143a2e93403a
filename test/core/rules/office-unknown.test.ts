import { officeUnknown } from '../../../src/core/rules/office-unknown';
import { brief, context, run } from './overview-builder';

describe('office.unknown', () => {
  it("flags offices not in the profile's list, ignoring case, hyphens and spacing", () => {
    const offices = ['Teknik og Miljø', 'teknik  og miljø', 'Arbejdsgange og ITarkitektur', 'Kontor for Sjov', null, ''];
    const f = run(officeUnknown, context(offices.map((office) => ({ office }))));
    expect(brief(f)).toEqual([{ cell: 'J8', initiative: '1.8', params: { value: 'Kontor for Sjov' } }]);
    expect(f[0].severity).toBe('info');
  });

  it('is silent when the profile lists no offices', () => {
    expect(run(officeUnknown, context([{ office: 'Kontor for Sjov' }], { offices: [] }))).toEqual([]);
  });

  it('reads & as og', () => {
    const f = run(officeUnknown, context([{ office: 'Digitalisering & Borgerbetjening' }, { office: 'Digitalisering &Borgerbetjening' }, { office: 'KL' }]));
    expect(brief(f).map((b) => b.cell)).toEqual(['J7']);
  });
});
