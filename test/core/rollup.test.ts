import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { areaStatus, rollup } from '../../src/core/rollup';
import { emptyCounts } from '../../src/core/status';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

const counts = (c: Partial<ReturnType<typeof emptyCounts>>) => ({ ...emptyCounts(), ...c });

describe('areaStatus', () => {
  it('is the worst of the area by default', () => {
    const rule = { kind: 'worst-of' } as const;
    expect(areaStatus(counts({ green: 3, yellow: 1 }), rule)).toBe('yellow');
    expect(areaStatus(counts({ green: 3, yellow: 1, red: 1 }), rule)).toBe('red');
    expect(areaStatus(counts({ green: 2, done: 4 }), rule)).toBe('green');
    expect(areaStatus(counts({ done: 4 }), rule)).toBe('done');
    expect(areaStatus(counts({ missing: 2 }), rule)).toBe('missing');
    expect(areaStatus(counts({ green: 1, missing: 2 }), rule)).toBe('green');
  });

  it('follows a threshold rule when the profile picks one', () => {
    const rule = { kind: 'threshold', red: 0.25, yellow: 0.5 } as const;
    expect(areaStatus(counts({ green: 3, red: 1 }), rule)).toBe('red');
    expect(areaStatus(counts({ green: 4, red: 1 }), rule)).toBe('green');
    expect(areaStatus(counts({ green: 2, yellow: 1, red: 1 }), rule)).toBe('red');
    expect(areaStatus(counts({ green: 4, yellow: 3, red: 1 }), rule)).toBe('yellow');
  });
});

describe('rollup', () => {
  const read = readOverview(
    gridOf(
      [
        ...OVERVIEW_HEAD,
        ['1. Digital kommunikation og borgerbetjening'],
        overviewRow('1.1: A', ['ultimo 2016', 'medio 2017'], 'Kirsten Elbo', 'kieb@kl.dk', 'Teknik og Miljø', 'Grøn'),
        overviewRow('1.2: B', [null, null, 'primo 2018'], 'kirsten elbo', 'kieb@kl.dk', 'teknik og miljø', 'Gul', 'forsinket'),
        overviewRow('1.3: C', [], 'NN', '', '', ''),
        ['2. Digital velfærd'],
        overviewRow('2.4: D', ['primo 2016'], 'Poul Erik Kristensen', 'prk@kl.dk', '', 'Rød', 'bagud'),
      ],
      { merges: OVERVIEW_HEAD_MERGES },
    ),
    profile,
  );
  if (!read.ok) throw new Error('fixture');
  const r = rollup(read.overview, profile, '2017-09-01');

  it('speaks of the plan period the findings use: that of the profile when it fixes one, else the year columns', () => {
    expect(r.period).toEqual(profile.period ?? [2016, 2020]);
    expect(rollup(read.overview, { ...profile, period: [2016, 2019] }, '2017-09-01').period).toEqual([2016, 2019]);
    expect(rollup(read.overview, { ...profile, period: null }, '2017-09-01').period).toEqual([2016, 2020]);
  });

  it('counts the portfolio by status', () => {
    expect(r.total).toBe(4);
    expect(r.byStatus).toEqual({ green: 1, yellow: 1, red: 1, done: 0, missing: 1 });
  });

  it('rolls up each area, counting missing statuses without rolling them in', () => {
    expect(r.areas.map((a) => [a.id, a.name, a.total, a.status, a.byStatus.missing])).toEqual([
      ['1', 'Digital kommunikation og borgerbetjening', 3, 'yellow', 1],
      ['2', 'Digital velfærd', 1, 'red', 0],
    ]);
  });

  it('groups offices and contacts ignoring case', () => {
    expect(r.offices).toEqual([{ name: 'Teknik og Miljø', total: 2, byStatus: counts({ green: 1, yellow: 1 }) }]);
    expect(r.contacts.map((c) => [c.name, c.total])).toEqual([
      ['Kirsten Elbo', 2],
      ['NN', 1],
      ['Poul Erik Kristensen', 1],
    ]);
  });

  it('counts deliveries per year and the milestones overdue at the report date', () => {
    // 1.1: ultimo 2016 and 2.4: primo 2016 in 2016; 1.1: medio 2017 in 2017.
    expect(r.years.map((y) => [y.year, y.planned, y.overdue])).toEqual([
      [2016, 2, 2],
      [2017, 1, 1],
      [2018, 1, 0],
      [2019, 0, 0],
      [2020, 0, 0],
    ]);
  });

  it('lists yellow and red initiatives for attention', () => {
    expect(r.attention.map((i) => i.id)).toEqual(['1.2', '2.4']);
  });
});
