import { columnLetter, parseA1 } from '../address';
import type { Finding, ParamSpec, ParamsOf, Severity } from '../finding';
import type { Initiative, Overview } from '../overview';
import type { Profile } from '../profile/types';

export interface RuleContext {
  overview: Overview;
  profile: Profile;
}

/** What a rule does with one overview: look at each row, then add what needs all of them. */
export interface RuleRun<Id extends string = string> {
  /** Called for every initiative, in sheet order. */
  row?(i: Initiative, out: Finding<Id>[]): void;
  /** Called once after the last row. */
  end?(out: Finding<Id>[]): void;
}

/** Builds one of the rule's findings at `cell` (A1, no sheet name); row and column are derived from it. */
export type FindingMaker<Id extends string, S extends ParamSpec> = (
  cell: string,
  initiative: string | null,
  params: ParamsOf<S>,
  variant?: string,
) => Finding<Id>;

/**
 * A rule is a small pure function over the Overview, one file each, declaring everything
 * the rest of the product derives from it: its id, its severity, the typed parameters of its
 * findings (how messages format them) and, when it has more than one message, their variants
 * (`rule.<id>.<variant>` in the catalogues). `validate` walks the rows once for all rules
 * (SPEC §7: 100 000 initiatives in under a second), so `check` sets up a run and is then
 * handed the rows.
 */
export interface Rule<Id extends string = string, S extends ParamSpec = ParamSpec> {
  readonly id: Id;
  /** The severity of its findings; with `severityOf`, the highest it gives. */
  readonly severity: Severity;
  /** For a rule whose findings weigh differently by what they found (a missing id column is an error, a missing e-mail column a warning). */
  severityOf?(params: ParamsOf<S>): Severity;
  readonly params: S;
  readonly variants?: readonly string[];
  check(ctx: RuleContext, finding: FindingMaker<Id, S>): RuleRun<Id>;
}

/** Declares a rule; `const` keeps its id a literal, so the catalogue's id union derives from it. */
export function defineRule<const Id extends string, const S extends ParamSpec>(rule: Rule<Id, S>): Rule<Id, S> {
  return rule;
}

/** The finding maker a rule's `check` is handed. */
export function findingMaker<Id extends string, S extends ParamSpec>(rule: Rule<Id, S>): FindingMaker<Id, S> {
  return (cell, initiative, params, variant) => {
    const ref = parseA1(cell);
    const f: Finding<Id> = {
      severity: rule.severityOf ? rule.severityOf(params) : rule.severity,
      rule: rule.id,
      cell,
      row: ref ? ref.row : 1,
      column: ref ? columnLetter(ref.col) : 'A',
      initiative,
      params,
    };
    if (variant !== undefined) f.variant = variant;
    return f;
  };
}

/** Starts a rule's run over one overview. */
export function startRule<Id extends string, S extends ParamSpec>(rule: Rule<Id, S>, ctx: RuleContext): RuleRun<Id> {
  return rule.check(ctx, findingMaker(rule));
}
