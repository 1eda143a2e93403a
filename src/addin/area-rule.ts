/**
 * How an area's status follows from its initiatives, as the user picks it in the pane and
 * the workbook keeps it: percentages as a person types them, turned into the profile's
 * fractions for the pipeline.
 */
import type { AreaRule, Profile } from '../core/profile/types';

/** What the settings hold for the area rule: percentages, as a person types them. */
export interface AreaRuleChoice {
  kind: 'worst-of' | 'threshold';
  redPercent: number;
  yellowPercent: number;
}

export const DEFAULT_AREA_RULE: AreaRuleChoice = { kind: 'worst-of', redPercent: 25, yellowPercent: 25 };

function percent(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(100, Math.max(0, v)) : fallback;
}

/** The choice as stored in the workbook (JSON text); anything unreadable is the default. */
export function parseAreaRuleChoice(stored: unknown): AreaRuleChoice {
  if (typeof stored !== 'string') return DEFAULT_AREA_RULE;
  try {
    const v = JSON.parse(stored) as Partial<AreaRuleChoice> | null;
    if (!v || (v.kind !== 'worst-of' && v.kind !== 'threshold')) return DEFAULT_AREA_RULE;
    return {
      kind: v.kind,
      redPercent: percent(v.redPercent, DEFAULT_AREA_RULE.redPercent),
      yellowPercent: percent(v.yellowPercent, DEFAULT_AREA_RULE.yellowPercent),
    };
  } catch {
    return DEFAULT_AREA_RULE;
  }
}

function areaRuleOf(choice: AreaRuleChoice): AreaRule {
  if (choice.kind === 'worst-of') return { kind: 'worst-of' };
  return { kind: 'threshold', red: percent(choice.redPercent, 25) / 100, yellow: percent(choice.yellowPercent, 25) / 100 };
}

/** The profile the pipeline runs with: the chosen profile with the area rule from the settings. */
export function withAreaRule(profile: Profile, choice: AreaRuleChoice): Profile {
  return { ...profile, areaRule: areaRuleOf(choice) };
}
