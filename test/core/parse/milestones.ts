import type { Milestone } from '../../../src/core/parse/time';

/** A milestone as the parser reports it; `year` is the year of `due`. */
export function m(text: string, start: string, due: string): Milestone {
  return { text, start, due, year: Number(due.slice(0, 4)) };
}

/** An open-ended span: `start` and `due` are those of its start expression. */
export function o(text: string, start: string, due: string): Milestone {
  return { ...m(text, start, due), open: true };
}
