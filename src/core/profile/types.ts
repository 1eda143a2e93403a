import type { Status } from '../status';

/** How an area's status is rolled up from its initiatives. */
export type AreaRule =
  | { kind: 'worst-of' }
  /** Red when at least `red` (0–1) of the rolled-in initiatives are red, else yellow when at least `yellow` are yellow or red, else green. */
  | { kind: 'threshold'; red: number; yellow: number };

export interface Profile {
  name: string;
  /** Plan period [first, last year]; null to take it from the year columns. */
  period: [number, number] | null;
  /** Regular expression (source) an id must match, e.g. `^\d+\.\d+[a-z]?$`. */
  idPattern: string;
  /** Extra status words (lower case) per status, on top of the built-in vocabulary. */
  statusWords: Partial<Record<Status, string[]>>;
  /** Expected email domains (lower case); empty means any. */
  emailDomains: string[];
  /** Known KL offices; empty means any. */
  offices: string[];
  /** Known focus areas: id → name; used when the sheet names areas only by number. */
  areas: Record<string, string>;
  areaRule: AreaRule;
}
