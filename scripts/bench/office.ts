/**
 * The Office.js adapter on the in-memory FakeExcel, per user action from click to result as
 * the ribbon runs it (stored choices, sheet detection, reading, writing, marks): how many
 * round trips (`context.sync`) and the largest request and response. The fake's timings are
 * not Excel's; the sync counts and payload sizes are what carry over.
 */
import { clearMarks, summarizeAndMark, validateAndMark, type ActionOptions } from '../../src/addin/actions';
import { runOptions, type StoredChoices } from '../../src/addin/choices';
import { OfficeWorkbook } from '../../src/office/workbook';
import { FakeExcel, type SyncRecord } from '../../test/fake-excel';
import { syntheticGrid } from './synthetic';

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export const ACTIONS = ['Valider', 'Opdater opsummering', 'Ryd markeringer'] as const;
export type Action = (typeof ACTIONS)[number];

export interface ActionRun {
  /** Round trips, a refused one included. */
  syncs: number;
  /** Syncs Excel on the web refused for a response over 5 MB (the adapter then reads in bands). */
  refused: number;
  /** The sum of all requests: what the action sent to Excel. */
  sentBytes: number;
  /** The sum of the responses Excel sent (a refused one is never sent). */
  receivedBytes: number;
  maxRequestBytes: number;
  /** The largest response Excel sent (a refused one is never sent). */
  maxResponseBytes: number;
}

export interface OfficeMeasure {
  rows: number;
  web: boolean;
  actions: Record<Action, ActionRun>;
}

function actionRun(stats: SyncRecord[], web: boolean): ActionRun {
  // The fake records a refused response's size too; on the web only those go over the limit.
  const refused = web ? stats.filter((s) => s.responseBytes > PAYLOAD_LIMIT) : [];
  const accepted = stats.filter((s) => !refused.includes(s));
  return {
    syncs: stats.length,
    refused: refused.length,
    sentBytes: stats.reduce((n, s) => n + s.requestBytes, 0),
    receivedBytes: accepted.reduce((n, s) => n + s.responseBytes, 0),
    maxRequestBytes: Math.max(0, ...stats.map((s) => s.requestBytes)),
    maxResponseBytes: Math.max(0, ...accepted.map((s) => s.responseBytes)),
  };
}

/** The options a ribbon button makes of the choices the workbook keeps, read in its click (defaults here, in Danish). */
function ribbonOptions(stored: StoredChoices): ActionOptions {
  return runOptions({ ...stored, lang: stored.lang ?? 'da', reportDate: '2018-12-15' });
}

async function counted(fake: FakeExcel, web: boolean, action: () => Promise<unknown>): Promise<ActionRun> {
  fake.resetStats();
  await action();
  return actionRun(fake.stats, web);
}

/** The click that took more round trips (the first when they tie). */
function worse(a: ActionRun, b: ActionRun): ActionRun {
  return b.syncs > a.syncs ? b : a;
}

/**
 * The three buttons in the order a user presses them, on one workbook of `rows` initiatives:
 * validate (marks the cells) and validate again (the marks written as a difference; the
 * click that took more round trips counts), update the summary, clear the marks. `web`
 * applies Excel on the web's 5 MB request and response limits; desktop Excel takes larger.
 */
export async function measureOffice(rows: number, web: boolean): Promise<OfficeMeasure> {
  const fake = new FakeExcel(web ? {} : { requestLimit: null, responseLimit: null });
  fake.addGrid(syntheticGrid(rows));
  const port = new OfficeWorkbook(fake.host);
  const first = await counted(fake, web, async () => validateAndMark(port, ribbonOptions));
  const valider = worse(first, await counted(fake, web, async () => validateAndMark(port, ribbonOptions)));
  const opdater = await counted(fake, web, async () => summarizeAndMark(port, ribbonOptions));
  const ryd = await counted(fake, web, () => clearMarks(port));
  return { rows, web, actions: { Valider: valider, 'Opdater opsummering': opdater, 'Ryd markeringer': ryd } };
}
