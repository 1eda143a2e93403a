import { STATUSES, type Status } from '../status';
import profile2011 from './builtin/2011-2015.json';
import profile2016 from './builtin/2016-2020.json';
import type { AreaRule, Profile } from './types';

/**
 * Loading and checking profiles. Pure: the CLI reads a file and passes the parsed JSON,
 * the add-in passes what it stored in the workbook. A bad profile is reported as the
 * field that is wrong (`areaRule.red`, `period[1]`) and the problem's code, rendered as
 * `profile.error.<code>` in either language.
 */

export const DEFAULT_PROFILE_NAME = '2016-2020';

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; field: string; /** Code of `profile.error.<code>`. */ problem: string };

/** A profile problem: thrown inside the checker only, turned into a result at its edge. */
class Invalid {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {}
}

function fail(field: string, code: string): never {
  throw new Invalid(field, code);
}

const FIELDS = ['name', 'period', 'idPattern', 'statusWords', 'emailDomains', 'offices', 'areas', 'areaRule'];
const DEFAULT_ID_PATTERN = String.raw`^\d{1,2}\.\d{1,4}[a-z]?$`;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown, field: string): string {
  if (typeof v !== 'string') fail(field, 'not-text');
  if (v.trim() === '') fail(field, 'empty');
  return v.trim();
}

function texts(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) fail(field, 'not-list');
  return v.map((item, i) => text(item, `${field}[${i}]`));
}

function year(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1990 || v > 2099) fail(field, 'not-year');
  return v;
}

function period(v: unknown): [number, number] | null {
  if (v === null || v === undefined) return null;
  if (!Array.isArray(v) || v.length !== 2) fail('period', 'period-shape');
  const from = year(v[0], 'period[0]');
  const to = year(v[1], 'period[1]');
  if (to < from) fail('period[1]', 'period-order');
  return [from, to];
}

function idPattern(v: unknown): string {
  if (v === undefined) return DEFAULT_ID_PATTERN;
  const source = text(v, 'idPattern');
  try {
    new RegExp(source, 'i');
  } catch {
    fail('idPattern', 'bad-pattern');
  }
  return source;
}

function statusWords(v: unknown): Partial<Record<Status, string[]>> {
  if (v === undefined) return {};
  if (!isRecord(v)) fail('statusWords', 'not-object');
  const out: Partial<Record<Status, string[]>> = {};
  for (const [key, words] of Object.entries(v)) {
    if (!(STATUSES as readonly string[]).includes(key)) fail(`statusWords.${key}`, 'not-status');
    out[key as Status] = texts(words, `statusWords.${key}`).map((w) => w.toLowerCase());
  }
  return out;
}

const DOMAIN = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
/** Tried first: the built-in profiles are checked as the CLI starts, and compiling a `u` pattern costs ~1 ms. */
const ASCII_DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

function emailDomains(v: unknown): string[] {
  if (v === undefined) return [];
  return texts(v, 'emailDomains').map((d, i) => {
    const domain = d.toLowerCase().replace(/^@/, '');
    if (!ASCII_DOMAIN.test(domain) && !DOMAIN.test(domain)) fail(`emailDomains[${i}]`, 'not-domain');
    return domain;
  });
}

function areas(v: unknown): Record<string, string> {
  if (v === undefined) return {};
  if (!isRecord(v)) fail('areas', 'not-object');
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(v)) {
    if (!/^\d{1,3}$/.test(key)) fail(`areas.${key}`, 'not-area-number');
    out[String(Number(key))] = text(name, `areas.${key}`);
  }
  return out;
}

function fraction(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) fail(field, 'not-fraction');
  return v;
}

function areaRule(v: unknown): AreaRule {
  if (v === undefined) return { kind: 'worst-of' };
  if (!isRecord(v)) fail('areaRule', 'not-object');
  if (v.kind === 'worst-of') return { kind: 'worst-of' };
  if (v.kind === 'threshold') return { kind: 'threshold', red: fraction(v.red, 'areaRule.red'), yellow: fraction(v.yellow, 'areaRule.yellow') };
  fail('areaRule.kind', 'not-area-rule');
}

/**
 * Checks a profile given as parsed JSON. `name` is required; omitted fields take the
 * defaults (period from the year columns, ids like `1.1`/`1.3a`, no extra status words,
 * any email domain, any office, no area names, worst-of). Unknown fields are errors:
 * a misspelt `emailDomain` would otherwise be silently ignored.
 */
export function checkProfile(json: unknown): ProfileCheck {
  try {
    if (!isRecord(json)) fail('(profile)', 'not-object');
    for (const key of Object.keys(json)) if (!FIELDS.includes(key)) fail(key, 'unknown-field');
    if (json.name === undefined) fail('name', 'required');
    return {
      ok: true,
      profile: {
        name: text(json.name, 'name'),
        period: period(json.period),
        idPattern: idPattern(json.idPattern),
        statusWords: statusWords(json.statusWords),
        emailDomains: emailDomains(json.emailDomains),
        offices: json.offices === undefined ? [] : texts(json.offices, 'offices'),
        areas: areas(json.areas),
        areaRule: areaRule(json.areaRule),
      },
    };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, field: e.field, problem: e.problem };
    throw e;
  }
}

function builtin(json: unknown): Profile {
  const checked = checkProfile(json);
  // A broken built-in profile is a bug in this repository, not a user error.
  if (!checked.ok) throw new Error(`built-in profile: ${checked.field} ${checked.problem}`);
  return checked.profile;
}

/** Keyed by name; without a prototype, so a name like `constructor` finds nothing. */
export const BUILTIN_PROFILES: Readonly<Record<string, Profile>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, Profile>, {
    '2016-2020': builtin(profile2016),
    '2011-2015': builtin(profile2011),
  }),
);
