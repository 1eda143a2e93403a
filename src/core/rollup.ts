import { planPeriod, type HeaderInfo, type Initiative, type Overview } from './overview';
import type { Period } from './parse/time';
import type { AreaRule, Profile } from './profile/types';
import { memoize } from './memo';
import { emptyCounts, type StatusCounts, type StatusOrMissing } from './status';

export interface Bucket {
  /** The key as first written in the sheet (an office, a contact's name). */
  name: string;
  total: number;
  byStatus: StatusCounts;
}

export interface AreaRollup extends Bucket {
  /** Area number as a string. */
  id: string;
  /** Rolled-up status; 'missing' only when no initiative of the area has a status. */
  status: StatusOrMissing;
}

export interface YearRollup {
  year: number;
  /** Initiatives with a delivery in the year's column. */
  planned: number;
  /** Milestones of that column due before the report date in initiatives not done (*forfaldne*). */
  overdue: number;
}

export interface Rollup {
  reportDate: string;
  total: number;
  byStatus: StatusCounts;
  areas: AreaRollup[];
  offices: Bucket[];
  contacts: Bucket[];
  years: YearRollup[];
  /** Initiatives whose status is yellow or red, in sheet order. */
  attention: Initiative[];
  /** Initiatives marked for political review again. */
  political: Initiative[];
  /** The overview's header: where the listed initiatives' cells are (`cellOf`). */
  header: HeaderInfo;
  /** The plan period the report speaks of (`planPeriod`): the findings' and the note's alike. */
  period: Period | null;
}

export function statusOf(i: Initiative): StatusOrMissing {
  return i.status.value ?? 'missing';
}

/** The area's status from its counts by the profile's rule (SPEC §4). Missing statuses are not rolled in. */
export function areaStatus(counts: StatusCounts, rule: AreaRule): StatusOrMissing {
  const active = counts.green + counts.yellow + counts.red;
  if (active === 0) return counts.done > 0 ? 'done' : 'missing';
  if (rule.kind === 'threshold') {
    if (counts.red / active >= rule.red) return 'red';
    if ((counts.yellow + counts.red) / active >= rule.yellow) return 'yellow';
    return 'green';
  }
  return (['red', 'yellow', 'green'] as const).find((s) => counts[s] > 0) ?? 'green';
}

function addTo(map: Map<string, Bucket>, key: string | null, display: string, status: StatusOrMissing): void {
  if (key === null) return;
  let bucket = map.get(key);
  if (!bucket) {
    bucket = { name: display, total: 0, byStatus: emptyCounts() };
    map.set(key, bucket);
  }
  bucket.total++;
  bucket.byStatus[status]++;
}

const byName = (a: Bucket, b: Bucket) => a.name.localeCompare(b.name, 'da');

/** Counts a row's deliveries into its years, and its milestones due before the report date unless it is done. */
function addDeliveries(years: Map<number, YearRollup>, i: Initiative, done: boolean, reportDate: string): void {
  // Indexed loops: this runs for every delivery cell (SPEC §7 budget).
  const deliveries = i.deliveries;
  for (let k = 0; k < deliveries.length; k++) {
    const y = years.get(deliveries[k].year);
    if (!y) continue;
    y.planned++;
    if (done) continue;
    const milestones = deliveries[k].milestones;
    for (let n = 0; n < milestones.length; n++) if (!milestones[n].open && milestones[n].due < reportDate) y.overdue++;
  }
}

/** Counts and statuses derived only from the overview (SPEC §4). `reportDate` is ISO `YYYY-MM-DD`. */
export function rollup(overview: Overview, profile: Profile, reportDate: string): Rollup {
  const byStatus = emptyCounts();
  const areas = new Map<string, AreaRollup>();
  for (const a of overview.areas) {
    areas.set(a.id, { id: a.id, name: a.name || profile.areas[a.id] || '', total: 0, byStatus: emptyCounts(), status: 'missing' });
  }
  const offices = new Map<string, Bucket>();
  const contacts = new Map<string, Bucket>();
  const years = new Map<number, YearRollup>();
  for (const { year } of overview.header.years) years.set(year, { year, planned: 0, overdue: 0 });
  const attention: Initiative[] = [];
  const political: Initiative[] = [];
  const lower = memoize((text) => text.toLowerCase());
  // One pass, each field of a row read once (SPEC §7 budget).
  const rows = overview.initiatives;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k];
    const s = statusOf(i);
    byStatus[s]++;
    const areaId = i.areaId;
    if (areaId !== null) {
      let area = areas.get(areaId);
      if (!area) {
        area = { id: areaId, name: profile.areas[areaId] ?? '', total: 0, byStatus: emptyCounts(), status: 'missing' };
        areas.set(areaId, area);
      }
      area.total++;
      area.byStatus[s]++;
    }
    const office = i.office;
    addTo(offices, office ? lower(office) : null, office ?? '', s);
    const contact = i.contact;
    addTo(contacts, contact ? lower(contact) : null, contact ?? '', s);
    addDeliveries(years, i, s === 'done', reportDate);
    if (s === 'red' || s === 'yellow') attention.push(i);
    if (i.political === true) political.push(i);
  }
  for (const area of areas.values()) area.status = areaStatus(area.byStatus, profile.areaRule);
  return {
    reportDate,
    total: overview.initiatives.length,
    byStatus,
    areas: [...areas.values()].sort((a, b) => Number(a.id) - Number(b.id) || a.id.localeCompare(b.id)),
    offices: [...offices.values()].sort(byName),
    contacts: [...contacts.values()].sort(byName),
    years: [...years.values()].sort((a, b) => a.year - b.year),
    attention,
    political,
    header: overview.header,
    period: planPeriod(overview, profile),
  };
}
