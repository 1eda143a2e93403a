import { DEFAULT_AREA_RULE, parseAreaRuleChoice, withAreaRule } from '../../src/addin/area-rule';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';

describe('the area rule choice', () => {
  it('reads the stored area rule, falling back to worst-of on anything unreadable', () => {
    expect(parseAreaRuleChoice(JSON.stringify({ kind: 'threshold', redPercent: 30, yellowPercent: 140 }))).toEqual({
      kind: 'threshold',
      redPercent: 30,
      yellowPercent: 100,
    });
    expect(parseAreaRuleChoice('{not json')).toEqual(DEFAULT_AREA_RULE);
    expect(parseAreaRuleChoice(JSON.stringify({ kind: 'best-of' }))).toEqual(DEFAULT_AREA_RULE);
    expect(parseAreaRuleChoice(null)).toEqual(DEFAULT_AREA_RULE);
  });

  it('passes the area rule to the pipeline as a profile override, in fractions', () => {
    const profile = BUILTIN_PROFILES['2016-2020'];
    expect(withAreaRule(profile, { kind: 'threshold', redPercent: 25, yellowPercent: 40 })).toEqual({
      ...profile,
      areaRule: { kind: 'threshold', red: 0.25, yellow: 0.4 },
    });
    expect(withAreaRule(profile, DEFAULT_AREA_RULE).areaRule).toEqual({ kind: 'worst-of' });
  });
});
