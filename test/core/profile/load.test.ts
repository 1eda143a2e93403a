import { CATALOGUES } from '../../../src/core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME, checkProfile } from '../../../src/core/profile/load';

const minimal = { name: 'min' };

describe('built-in profiles', () => {
  it('has the default and the 2011-2015 profile, both passing the check', () => {
    expect(Object.keys(BUILTIN_PROFILES).sort()).toEqual(['2011-2015', '2016-2020']);
    expect(DEFAULT_PROFILE_NAME).toBe('2016-2020');
    for (const p of Object.values(BUILTIN_PROFILES)) expect(checkProfile(p)).toEqual({ ok: true, profile: p });
  });

  it('describes the 2011-2015 plan: ids like 1.3a, six focus areas', () => {
    const p = BUILTIN_PROFILES['2011-2015'];
    expect(p.period).toEqual([2011, 2015]);
    expect(Object.keys(p.areas)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(p.areas['1']).toBe('Digital kommunikation med borgerne');
    expect(new RegExp(p.idPattern).test('1.3a')).toBe(true);
    expect(new RegExp(p.idPattern).test('6.1c')).toBe(true);
  });

  it('finds nothing for names inherited from Object', () => {
    expect(BUILTIN_PROFILES['constructor']).toBeUndefined();
    expect(BUILTIN_PROFILES['__proto__']).toBeUndefined();
  });
});

describe('checkProfile', () => {
  it('fills omitted fields with defaults and normalises domains and status words', () => {
    const r = checkProfile({ ...minimal, emailDomains: ['@KL.dk'], statusWords: { yellow: ['Forsinket'] } });
    expect(r).toEqual({
      ok: true,
      profile: {
        name: 'min',
        period: null,
        idPattern: String.raw`^\d{1,2}\.\d{1,4}[a-z]?$`,
        statusWords: { yellow: ['forsinket'] },
        emailDomains: ['kl.dk'],
        offices: [],
        areas: {},
        areaRule: { kind: 'worst-of' },
      },
    });
  });

  it('accepts a threshold rule', () => {
    const r = checkProfile({ ...minimal, areaRule: { kind: 'threshold', red: 0.25, yellow: 0.5 } });
    expect(r.ok && r.profile.areaRule).toEqual({ kind: 'threshold', red: 0.25, yellow: 0.5 });
  });

  it.each([
    [null, '(profile)', 'not-object'],
    [[], '(profile)', 'not-object'],
    ['2016-2020', '(profile)', 'not-object'],
    [{}, 'name', 'required'],
    [{ name: '' }, 'name', 'empty'],
    [{ name: 5 }, 'name', 'not-text'],
    [{ ...minimal, emailDomain: ['kl.dk'] }, 'emailDomain', 'unknown-field'],
    [{ ...minimal, period: [2016] }, 'period', 'period-shape'],
    [{ ...minimal, period: '2016-2020' }, 'period', 'period-shape'],
    [{ ...minimal, period: [2016, '2020'] }, 'period[1]', 'not-year'],
    [{ ...minimal, period: [16, 2020] }, 'period[0]', 'not-year'],
    [{ ...minimal, period: [2020, 2016] }, 'period[1]', 'period-order'],
    [{ ...minimal, idPattern: '([' }, 'idPattern', 'bad-pattern'],
    [{ ...minimal, statusWords: { purple: ['lilla'] } }, 'statusWords.purple', 'not-status'],
    [{ ...minimal, statusWords: { red: 'kritisk' } }, 'statusWords.red', 'not-list'],
    [{ ...minimal, statusWords: { red: ['kritisk', 3] } }, 'statusWords.red[1]', 'not-text'],
    [{ ...minimal, emailDomains: ['kl.dk', 'kl'] }, 'emailDomains[1]', 'not-domain'],
    [{ ...minimal, offices: 'Teknik og Miljø' }, 'offices', 'not-list'],
    [{ ...minimal, areas: ['a'] }, 'areas', 'not-object'],
    [{ ...minimal, areas: { one: 'Digital velfærd' } }, 'areas.one', 'not-area-number'],
    [{ ...minimal, areas: { '1': '' } }, 'areas.1', 'empty'],
    [{ ...minimal, areaRule: 'worst-of' }, 'areaRule', 'not-object'],
    [{ ...minimal, areaRule: { kind: 'majority' } }, 'areaRule.kind', 'not-area-rule'],
    [{ ...minimal, areaRule: { kind: 'threshold', red: 25, yellow: 0.5 } }, 'areaRule.red', 'not-fraction'],
    [{ ...minimal, areaRule: { kind: 'threshold', red: 0.25 } }, 'areaRule.yellow', 'not-fraction'],
  ])('%j → %s %s', (json, field, code) => {
    expect(checkProfile(json)).toEqual({ ok: false, field, problem: code });
    expect(CATALOGUES.da[`profile.error.${code}`]).toBeDefined();
  });

  it('has a message for every problem in both languages', () => {
    const codes = Object.keys(CATALOGUES.da).filter((k) => k.startsWith('profile.error.'));
    expect(codes.length).toBeGreaterThan(10);
    for (const key of codes) expect(Object.keys(CATALOGUES.en)).toContain(key);
  });
});
