/**
 * What the pane shows, computed from pipeline results without React or Office: findings
 * grouped by severity and rule in a fixed order (so a re-validation keeps the list where
 * it was), the flat order the next/previous buttons walk, and whether Office's theme is dark.
 */
import { SEVERITIES, compareFindings, severityRank, type Finding, type RuleId, type Severity } from '../core/finding';
import { ruleRank } from '../core/rules';

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
