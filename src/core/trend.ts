import type { Grid } from './grid';
import type { Overview } from './overview';
import { cellText, isoDate } from './read/cells';
import { statusOf } from './rollup';
import { STATUS_KEYS, type StatusOrMissing } from './status';

/** What one summary run saw: report date and the status of every initiative. */
export interface Snapshot {
  reportDate: string;
  statuses: Record<string, StatusOrMissing>;
  titles: Record<string, string>;
}

export interface StatusChange {
  id: string;
  title: string;
  from: StatusOrMissing;
  to: StatusOrMissing;
}

export interface Trend {
  /** The report date of the snapshot compared against, or null on the first run. */
  since: string | null;
  changed: StatusChange[];
  added: { id: string; title: string }[];
  removed: { id: string; title: string }[];
}

export function snapshotOf(overview: Overview, reportDate: string): Snapshot {
  const statuses: Record<string, StatusOrMissing> = {};
  const titles: Record<string, string> = {};
  for (const i of overview.initiatives) {
    const id = i.id;
    if (id === null || id in statuses) continue;
    statuses[id] = statusOf(i);
    titles[id] = i.title ?? '';
  }
  return { reportDate, statuses, titles };
}

/** Header of the history sheet; one row per initiative per run. */
export const HISTORY_HEADER = ['Rapportdato', 'Initiativ', 'Status', 'Titel'];

/** Rows for the hidden history sheet: every earlier snapshot but the one of the same date, then this one. */
export function historyRows(history: Snapshot[], current: Snapshot): string[][] {
  const kept = history.filter((s) => s.reportDate !== current.reportDate);
  const rows: string[][] = [HISTORY_HEADER];
  for (const snap of [...kept, current].sort((a, b) => a.reportDate.localeCompare(b.reportDate))) {
    for (const [id, status] of Object.entries(snap.statuses)) rows.push([snap.reportDate, id, status, snap.titles[id] ?? '']);
  }
  return rows;
}

/** Reads the snapshots back from the history sheet; rows that do not parse are skipped. */
export function readHistory(grid: Grid): Snapshot[] {
  const byDate = new Map<string, Snapshot>();
  for (const row of grid.cells.slice(1)) {
    if (!row) continue;
    const dateCell = row[0];
    const date = dateCell?.value instanceof Date ? isoDate(dateCell.value) : cellText(dateCell);
    const id = cellText(row[1]);
    const status = cellText(row[2]) as StatusOrMissing;
    if (!/^\d{4}-\d\d-\d\d$/.test(date) || id === '' || !STATUS_KEYS.includes(status)) continue;
    let snap = byDate.get(date);
    if (!snap) {
      snap = { reportDate: date, statuses: {}, titles: {} };
      byDate.set(date, snap);
    }
    snap.statuses[id] = status;
    snap.titles[id] = cellText(row[3]);
  }
  return [...byDate.values()];
}

/** Changes since the latest snapshot strictly before the current report date. */
export function trendSince(history: Snapshot[], current: Snapshot): Trend {
  const previous = history
    .filter((s) => s.reportDate < current.reportDate)
    .sort((a, b) => b.reportDate.localeCompare(a.reportDate))[0];
  if (!previous) return { since: null, changed: [], added: [], removed: [] };
  const changed: StatusChange[] = [];
  const added: { id: string; title: string }[] = [];
  for (const [id, to] of Object.entries(current.statuses)) {
    const from = previous.statuses[id];
    if (from === undefined) added.push({ id, title: current.titles[id] ?? '' });
    else if (from !== to) changed.push({ id, title: current.titles[id] ?? '', from, to });
  }
  const removed = Object.keys(previous.statuses)
    .filter((id) => !(id in current.statuses))
    .map((id) => ({ id, title: previous.titles[id] ?? '' }));
  return { since: previous.reportDate, changed, added, removed };
}
