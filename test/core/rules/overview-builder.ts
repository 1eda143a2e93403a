import { a1 } from '../../../src/core/address';
import type { Finding } from '../../../src/core/finding';
import { CATALOGUES, LANGS, messageKey } from '../../../src/core/i18n';
import type { Initiative, Overview } from '../../../src/core/overview';
import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { cellMilestones } from '../../../src/core/parse/time';
import type { Profile } from '../../../src/core/profile/types';
import { checkRule, type Rule, type RuleContext } from '../../../src/core/rules/rule';
import type { Status } from '../../../src/core/status';

/**
 * Small hand-made overviews for rule tests. Fixed layout, header in row 4:
 * A id, B title, C–G years 2016–2020, H contact, I email, J office, K status, L remark.
 */
export const COL = { id: 1, title: 2, contact: 8, email: 9, office: 10, status: 11, remark: 12 } as const;
const FIRST_YEAR = 2016;

export interface RowSpec {
  id?: string | null;
  title?: string | null;
  area?: string | null;
  areaSource?: Initiative['areaSource'];
  contact?: string | null;
  email?: string | null;
  office?: string | null;
  /** Status read from the text. */
  status?: Status | null;
  /** Status read from the fill. */
  fill?: Status | null;
  remark?: string | null;
  /** Year → cell text, or `{text, date}` for a date cell. */
  deliveries?: Record<number, string | { text: string; date: string }>;
}

/** Initiative of `spec` on sheet row `row`; fields not given are empty. */
export function initiative(row: number, spec: RowSpec = {}): Initiative {
  const src = <T>(value: T | null | undefined, col: number) => ({ value: value ?? null, cell: a1(row, col) });
  const id = spec.id === undefined ? `1.${row}` : spec.id;
  const fromText = spec.status ?? null;
  const fromFill = spec.fill ?? null;
  return {
    row,
    id: src(id, COL.id),
    title: src(spec.title === undefined ? `Initiativ ${row}` : spec.title, COL.title),
    areaId: spec.area ?? null,
    areaSource: spec.areaSource ?? (spec.area ? 'section' : null),
    areaCell: spec.area ? 'A3' : null,
    deliveries: Object.entries(spec.deliveries ?? {}).map(([year, d]) => {
      const cell = typeof d === 'string' ? { text: d } : d;
      return {
        year: Number(year),
        ...cell,
        cell: a1(row, 3 + Number(year) - FIRST_YEAR),
        milestones: cellMilestones(cell.text, 'date' in cell ? cell.date : undefined),
      };
    }),
    contact: src(spec.contact, COL.contact),
    email: src(spec.email, COL.email),
    office: src(spec.office, COL.office),
    status: {
      fromText,
      fromFill,
      text: fromText ?? '',
      value: fromText ?? fromFill,
      cell: a1(row, COL.status),
    },
    remark: src(spec.remark, COL.remark),
    completed: null,
    political: null,
  };
}

/** An overview whose initiatives are `rows`, on sheet rows 5, 6, 7, … */
export function overview(rows: RowSpec[], period: [number, number] | null = [2016, 2020]): Overview {
  return {
    sheet: 'Leveranceoversigt',
    titles: [],
    header: {
      row: 4,
      top: 4,
      columns: { ...COL },
      years: [2016, 2017, 2018, 2019, 2020].map((year) => ({ year, col: 3 + year - FIRST_YEAR })),
      table: null,
      combinedIdTitle: false,
    },
    areas: [],
    initiatives: rows.map((spec, i) => initiative(5 + i, spec)),
    errorCells: [],
    period,
  };
}

/** The default profile with some fields replaced. */
export function profile(changes: Partial<Profile> = {}): Profile {
  return { ...BUILTIN_PROFILES['2016-2020'], ...changes };
}

export function context(rows: RowSpec[], changes: Partial<Profile> = {}, period?: [number, number] | null): RuleContext {
  return { overview: overview(rows, period), profile: profile(changes) };
}

/**
 * Runs a rule and checks what every message needs: the params fill exactly the
 * placeholders of its template in both languages, and `@` references exist.
 */
export function run(rule: Rule, ctx: RuleContext): Finding[] {
  const findings = checkRule(rule, ctx);
  for (const f of findings) {
    expect(f.rule).toBe(rule.id);
    expect(f.severity).toBe(rule.severity);
    for (const lang of LANGS) {
      const template = CATALOGUES[lang][messageKey(f)];
      expect(template).toBeDefined();
      const placeholders = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const given = Object.keys(f.params).filter((k) => k !== 'variant');
      expect([...new Set(placeholders)]).toEqual(given.sort());
      for (const v of Object.values(f.params)) {
        if (typeof v === 'string' && v.startsWith('@')) expect(CATALOGUES[lang][v.slice(1)]).toBeDefined();
      }
    }
  }
  return findings;
}

/** Cell, initiative and params of each finding: what rule tests compare. */
export function brief(findings: Finding[]): { cell: string; initiative: string | null; params: Finding['params'] }[] {
  return findings.map((f) => ({ cell: f.cell, initiative: f.initiative, params: f.params }));
}
