/** Where a milestone lies against a year column and the plan period: what the timeline rules ask of it. */
import type { Milestone, Period } from './time';

/** The year of an ISO `YYYY-MM-DD` day, read without building a string (rules ask for every milestone). */
export function isoYear(day: string): number {
  let year = 0;
  for (let k = 0; k < 4; k++) year = year * 10 + (day.charCodeAt(k) - 48);
  return year;
}

/**
 * Whether a milestone (or a dated cell, `{start: date, due: date}`) lies in the year column
 * `year`: a closed one in every year from its start to its due day; an open-ended one in
 * every year from its start to the end of `period` (without a period: every year from its start).
 */
export function milestoneInYear(m: Pick<Milestone, 'start' | 'due' | 'open'>, year: number, period?: Period | null): boolean {
  if (isoYear(m.start) > year) return false;
  if (m.open) return !period || year <= period[1];
  return year <= isoYear(m.due);
}

/**
 * Whether a milestone lies outside the plan period: a closed one when any part of it falls
 * before or after the period; an open-ended one only when it starts after the period ends
 * (`siden 1. april 2007` in a 2009–2011 plan runs through the period).
 */
export function milestoneOutOfPeriod(m: Pick<Milestone, 'start' | 'due' | 'open'>, [from, to]: Period): boolean {
  if (m.open) return isoYear(m.start) > to;
  return isoYear(m.start) < from || isoYear(m.due) > to;
}
