/**
 * Validation marks in Excel: how the product recognises its own marks again so *Ryd
 * markeringer* removes exactly them. Which cells get one is decided in addin/marks.ts.
 */
import { SEVERITIES, type Severity } from '../core/finding';

/**
 * Our conditional formats carry this always-true formula. N("text") is 0, so the rule
 * holds for every cell, and the text names the product and severity: a user's own rule
 * never looks like it, and it survives saving, copying and reopening.
 */
export function markFormula(severity: Severity): string {
  return `=N("Leverance:${severity}")=0`;
}

/** The severity one of our formats marks, or null for a format that is not ours. */
export function markSeverity(formula: unknown): Severity | null {
  if (typeof formula !== 'string') return null;
  // Excel may hand the formula back with spaces it added; ours has none.
  const compact = formula.replace(/\s+/g, '');
  return SEVERITIES.find((s) => compact === markFormula(s)) ?? null;
}

/** Border colour per severity (`#RRGGBB`): red, amber, blue. */
export const MARK_COLORS: Record<Severity, string> = {
  error: '#C00000',
  warning: '#ED7D31',
  info: '#2F75B5',
};

/** Notes the product wrote start with this; a note the user rewrote is left alone. */
export const NOTE_PREFIX = 'Leverance: ';

/**
 * Workbook setting (per document, per add-in) listing the sheets marked, by sheet id. The
 * marks themselves are recognised on those sheets: formats by their formula, notes by their
 * prefix. Per sheet it also keeps where the notes were put (markdiff.ts), so the next click
 * writes only what changed.
 */
export const MARKS_SETTING = 'Leverance.Markeringer';

export interface MarkedSheet {
  id: string;
  /** Note cells by text digest (`encodeNoteCells`); absent when the sheet got no notes. */
  notes?: string;
  /** Digests of the cells marked per severity (`encodeFormatCells`). */
  formats?: string;
}

export interface MarksRecord {
  sheets: MarkedSheet[];
}

/** The record as stored; anything unreadable is an empty record (earlier versions listed note cells otherwise, which is ignored). */
export function parseMarksRecord(value: unknown): MarksRecord {
  try {
    const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
    const sheets = (parsed as { sheets?: unknown } | null)?.sheets;
    if (!Array.isArray(sheets)) return { sheets: [] };
    return {
      sheets: sheets
        .filter((s): s is { id: string; notes?: unknown; formats?: unknown } => typeof (s as { id?: unknown } | null)?.id === 'string')
        .map((s) => ({
          id: s.id,
          ...(typeof s.notes === 'string' ? { notes: s.notes } : {}),
          ...(typeof s.formats === 'string' ? { formats: s.formats } : {}),
        })),
    };
  } catch {
    return { sheets: [] };
  }
}
