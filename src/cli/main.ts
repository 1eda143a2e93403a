import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { countBySeverity } from '../core/finding';
import { renderFinding, t, type Lang } from '../core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME, checkProfile } from '../core/profile/load';
import type { Profile } from '../core/profile/types';
import { displayDate, statusLabel } from '../core/report/format';
import { noteToMarkdown, noteToText } from '../core/report/note-render';
import type { Rollup } from '../core/rollup';
import type { Trend } from '../core/trend';
import { STATUS_KEYS, type StatusOrMissing } from '../core/status';
import { errorSentence } from '../workbook/errors';
import { runNote, runSummary, runValidation, type Progress } from '../workbook/pipeline';
import { WorkbookError } from '../workbook/port';
import { XlsxWorkbook } from '../xlsx/workbook';
import { UsageError, chosenLang, helpText, parseCommandLine, type CommandName, type OptionValues } from './args';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only then. */
  isTTY: boolean;
}

/** A command as called: the workbook it reads, its options, the language it speaks. */
interface Call {
  file: string;
  options: OptionValues;
  lang: Lang;
}

function loadProfile(spec: string | undefined, lang: Lang): Profile {
  const name = spec ?? DEFAULT_PROFILE_NAME;
  const builtin = BUILTIN_PROFILES[name];
  if (builtin) return builtin;
  if (!/\.json$/i.test(name)) {
    throw new UsageError(t(lang, 'cli.error.profile-unknown', { name, known: Object.keys(BUILTIN_PROFILES).join(', ') }));
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(name, 'utf8'));
  } catch (e) {
    throw new UsageError(t(lang, 'cli.error.profile-unreadable', { file: name, reason: (e as Error).message }));
  }
  const checked = checkProfile(json);
  if (!checked.ok) {
    throw new UsageError(t(lang, 'cli.error.profile-invalid', { file: name, field: checked.field, problem: t(lang, `profile.error.${checked.problem}`) }));
  }
  return checked.profile;
}

function progressPrinter(io: Io, lang: Lang): ((p: Progress) => void) | undefined {
  if (!io.isTTY) return undefined;
  // Writing counts rows across the sheets, so it shows as a share, not as sheet numbers.
  const percent = (p: Progress) => (p.total > 0 ? Math.floor((100 * p.done) / p.total) : 0);
  return (p) => io.stderr(`\r${t(lang, `cli.progress.${p.phase}`, { done: p.done + 1, total: p.total, sheet: p.sheet ?? '', percent: percent(p) })}\x1b[K`);
}

/** What every command passes the pipeline: the options it shares, the profile loaded, progress on a terminal. */
function pipelineOptions({ options, lang }: Call, io: Io) {
  return {
    sheet: options.sheet,
    profile: loadProfile(options.profile, lang),
    lang,
    reportDate: options['report-date'],
    onProgress: progressPrinter(io, lang),
  };
}

async function validateCommand(call: Call, io: Io): Promise<number> {
  const { file, options, lang } = call;
  const format = options.format ?? 'text';
  const opts = pipelineOptions(call, io);
  const { profile } = opts;
  const result = await runValidation(await XlsxWorkbook.open(file), opts);
  if (io.isTTY) io.stderr('\r\x1b[K');
  const findings = result.findings.map((f) => renderFinding(f, lang));
  if (format === 'json') {
    const { sheet, headerRow, initiatives } = result;
    io.stdout(JSON.stringify({ file, sheet, headerRow, profile: profile.name, initiatives, findings }, null, 2) + '\n');
  } else {
    if (result.sheet) {
      io.stdout(t(lang, 'cli.validate.header', { sheet: result.sheet, row: result.headerRow ?? 0, profile: profile.name, count: result.initiatives }) + '\n');
    }
    for (const f of findings) {
      io.stdout(`${f.cell.padEnd(7)} ${t(lang, `severity.${f.severity}`).padEnd(9)} ${f.rule.padEnd(22)} ${(f.initiative ?? '').padEnd(6)} ${f.message}\n`);
    }
    const c = countBySeverity(result.findings);
    io.stdout(t(lang, 'cli.validate.total', { errors: c.error, warnings: c.warning, infos: c.info }) + '\n');
  }
  if (!result.overview) {
    // Exit 2 always says why on stderr, also when stdout carries the JSON with the finding.
    io.stderr(errorSentence(new WorkbookError('no-overview', options.sheet ?? ''), lang) + '\n');
    return 2;
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/**
 * V8 settings for the command about to run, set before its work starts.
 * - `validate`: a check of the real overview (~40 rows) is over in ~50 ms, but V8's default
 *   budget sends its hottest loops to the optimising compiler within the first milliseconds,
 *   ~40 ms of CPU that the run waits for or shares a core with. Eight times the budget
 *   (V8's default is 67 584) still optimises what stays hot: 20 000 rows take the same time.
 * - `summarize`: a large summary makes much that lives briefly. By default V8 lets the heap
 *   grow to about twice what is live before it collects; growing by a fifth keeps a 20 000-row
 *   summary near SPEC §7's 200 MB (measured 285 → 225 MB) at the same speed. The young
 *   generation grows to its full size in one step instead of three: ~30 scavenges and 4 full
 *   collections instead of ~39 and 6 (GC pauses ~280 → ~210 ms, peak memory no higher). Its
 *   tiering stays the default: the later budget measured 7 % slower there.
 */
export const V8_FLAGS: Partial<Record<CommandName, string>> = {
  validate: '--interrupt-budget=540672',
  summarize: '--heap-growing-percent=20 --semi-space-growth-factor=8',
};

async function tuneV8(command: CommandName): Promise<void> {
  const flags = V8_FLAGS[command];
  if (flags === undefined) return;
  const v8 = await import('node:v8');
  v8.setFlagsFromString(flags);
}

async function summarizeCommand(call: Call, io: Io): Promise<number> {
  const { file, options, lang } = call;
  const format = options.format ?? 'text';
  const inPlace = options['in-place'] === true;
  const out = options.out ?? (inPlace ? file : undefined);
  if (!out) throw new UsageError(t(lang, 'cli.error.no-out'));
  if (!inPlace && sameFile(file, out)) throw new UsageError(t(lang, 'cli.error.overwrite', { file }));
  const opts = pipelineOptions(call, io);
  const workbook = await XlsxWorkbook.open(file);
  const result = await runSummary(workbook, opts);
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
  } catch (e) {
    // An --out below a file or in a read-only place: the same sentence as any failed write.
    throw new WorkbookError('write-failed', `${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  await workbook.save(out);
  if (io.isTTY) io.stderr('\r\x1b[K');
  const { rollup } = result;
  if (format === 'json') {
    io.stdout(
      JSON.stringify(
        {
          total: rollup.total,
          byStatus: rollup.byStatus,
          areas: rollup.areas.map((a) => ({ id: a.id, name: a.name, total: a.total, byStatus: a.byStatus, status: a.status })),
          sheets: result.sheets,
          findings: result.findings.length,
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    io.stdout(portfolioText(result.rollup, lang));
    io.stdout(trendText(result.trend, lang));
    io.stdout(t(lang, 'cli.summarize.findings', { count: result.findings.length }) + '\n');
    io.stdout(t(lang, 'cli.summarize.written', { file: out, sheets: result.sheets.join(', ') }) + '\n');
  }
  return 0;
}

/** Prints the status note (Markdown by default, or plain text); writes nothing. */
async function noteCommand(call: Call, io: Io): Promise<number> {
  const { file, options, lang } = call;
  const note = await runNote(await XlsxWorkbook.open(file), pipelineOptions(call, io));
  if (io.isTTY) io.stderr('\r\x1b[K');
  io.stdout(options.format === 'text' ? noteToText(note, lang) : noteToMarkdown(note, lang));
  return 0;
}

function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/** The portfolio and area rollup as a small text table, for the terminal and the demo. */
export function portfolioText(rollup: Rollup, lang: Lang): string {
  const label = (s: StatusOrMissing) => statusLabel(lang, s);
  const lines = [
    t(lang, 'cli.summarize.portfolio', { total: rollup.total }) +
      ' ' +
      STATUS_KEYS.map((s) => `${label(s)} ${rollup.byStatus[s]}`).join(' · '),
  ];
  for (const a of rollup.areas) {
    const counts = STATUS_KEYS.filter((s) => a.byStatus[s] > 0).map((s) => `${label(s)} ${a.byStatus[s]}`);
    lines.push(`  ${a.id.padStart(2)}. ${(a.name || '').slice(0, 44).padEnd(44)} ${label(a.status).padEnd(9)} ${counts.join(' · ')}`);
  }
  return lines.join('\n') + '\n';
}

/** What changed since the previous run, one initiative a line (`3.1: Grøn → Gul`). */
export function trendText(trend: Trend, lang: Lang): string {
  if (trend.since === null) return '';
  const label = (s: StatusOrMissing) => statusLabel(lang, s);
  const lines = [t(lang, 'cli.summarize.changes', { date: displayDate(trend.since, lang), count: trend.changed.length + trend.added.length + trend.removed.length })];
  for (const c of trend.changed) lines.push(`  ${c.id}: ${label(c.from)} → ${label(c.to)}`);
  for (const a of trend.added) lines.push(`  ${a.id}: ${t(lang, 'report.change.added')}`);
  for (const r of trend.removed) lines.push(`  ${r.id}: ${t(lang, 'report.change.removed')}`);
  return lines.join('\n') + '\n';
}

function errorLine(e: unknown, lang: Lang): string {
  return e instanceof UsageError ? e.message : errorSentence(e, lang);
}

const COMMAND_RUNNERS: Record<CommandName, (call: Call, io: Io) => Promise<number>> = {
  validate: validateCommand,
  summarize: summarizeCommand,
  note: noteCommand,
};

/** Runs the CLI; returns the exit status (0 ok, 1 error findings, 2 unusable input or call). */
export async function main(argv: string[], io: Io): Promise<number> {
  const lang = chosenLang(argv);
  try {
    const line = parseCommandLine(argv, lang);
    if (line.kind === 'help') {
      io.stdout(helpText(lang));
      return 0;
    }
    await tuneV8(line.command);
    return await COMMAND_RUNNERS[line.command]({ file: line.file, options: line.options, lang }, io);
  } catch (e) {
    if (io.isTTY) io.stderr('\r\x1b[K');
    io.stderr(errorLine(e, lang) + '\n');
    return 2;
  }
}
