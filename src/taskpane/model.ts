/**
 * What the pane shows, computed from pipeline results without React or Office: findings
 * grouped by severity and rule in a fixed order (so a re-validation keeps the list where
 * it was), the flat order the next/previous buttons walk, and the profile with the area
 * rule the user picked.
 */
import { SEVERITIES, compareFindings, severityRank, type Finding, type RuleId, type Severity } from '../core/finding';
import { ruleRank } from '../core/rules';
import type { AreaRule, Profile } from '../core/profile/types';

export { SEVERITIES };

export interface ListedFinding {
  /** Stable across runs while the finding exists: rule, cell and its occurrence among equals. */
  key: string;
  finding: Finding;
}

export interface FindingGroup {
  /** `severity|rule`: what the accordion remembers as open. */
  key: string;
  severity: Severity;
  rule: RuleId;
  items: ListedFinding[];
}

export function groupKey(severity: Severity, rule: RuleId): string {
  return `${severity}|${rule}`;
}

/** Groups by severity (errors first), then rule in catalogue order; findings in sheet order within a group. */
export function groupFindings(findings: readonly Finding[], shown: ReadonlySet<Severity>): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  const seen = new Map<string, number>();
  for (const finding of [...findings].sort(compareFindings)) {
    if (!shown.has(finding.severity)) continue;
    const gk = groupKey(finding.severity, finding.rule);
    let group = groups.get(gk);
    if (!group) {
      group = { key: gk, severity: finding.severity, rule: finding.rule, items: [] };
      groups.set(gk, group);
    }
    const base = `${finding.rule}|${finding.cell}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    group.items.push({ key: `${base}|${n}`, finding });
  }
  return [...groups.values()].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || ruleRank(a.rule) - ruleRank(b.rule),
  );
}

/** The findings in the order the list shows them. */
export function flatten(groups: readonly FindingGroup[]): ListedFinding[] {
  return groups.flatMap((g) => g.items);
}

/**
 * The finding `step` places after `current` in the list, wrapping around; the first (or last,
 * going back) when nothing is current or the current one has gone.
 */
export function stepFinding(list: readonly ListedFinding[], current: string | null, step: 1 | -1): ListedFinding | null {
  if (list.length === 0) return null;
  const at = current === null ? -1 : list.findIndex((item) => item.key === current);
  if (at < 0) return step === 1 ? list[0] : list[list.length - 1];
  return list[(at + step + list.length) % list.length];
}

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

export function areaRuleOf(choice: AreaRuleChoice): AreaRule {
  if (choice.kind === 'worst-of') return { kind: 'worst-of' };
  return { kind: 'threshold', red: percent(choice.redPercent, 25) / 100, yellow: percent(choice.yellowPercent, 25) / 100 };
}

/** The profile the pipeline runs with: the chosen profile with the area rule from the settings. */
export function withAreaRule(profile: Profile, choice: AreaRuleChoice): Profile {
  return { ...profile, areaRule: areaRuleOf(choice) };
}

/** Whether a theme background colour (`#RRGGBB`) is dark: relative luminance below the midpoint. */
export function isDarkColour(colour: string | null): boolean {
  const m = colour === null ? null : /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
