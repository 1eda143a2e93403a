import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { countBySeverity } from '../core/finding';
import { renderFinding, t, isLang, type Lang } from '../core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME, checkProfile } from '../core/profile/load';
import type { Profile } from '../core/profile/types';
import { displayDate, statusLabel } from '../core/report/format';
import type { Rollup } from '../core/rollup';
import type { Trend } from '../core/trend';
import { STATUS_KEYS, type StatusOrMissing } from '../core/status';
import { errorSentence } from '../workbook/errors';
import { runSummary, runValidation, type Progress } from '../workbook/pipeline';
import { WorkbookError } from '../workbook/port';
import { XlsxWorkbook } from '../xlsx/workbook';
import { parseArgs, type ParsedArgs } from './args';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal: progress is shown only then. */
  isTTY: boolean;
}

/** A problem with how the command was called or with its input: one line on stderr, exit 2. */
class UsageError extends Error {}

const USAGE = `leverance validate <file.xlsx> [--sheet NAME] [--profile P] [--format text|json] [--lang da|en]
leverance summarize <file.xlsx> --out <out.xlsx> [--report-date YYYY-MM-DD] [--sheet NAME]
                    [--profile P] [--format text|json] [--lang da|en] [--in-place]`;

function option(args: ParsedArgs, name: string, lang: Lang): string | undefined {
  const v = args.options[name];
  if (v === true) throw new UsageError(t(lang, 'cli.error.option-value', { option: `--${name}` }));
  return v;
}

function formatOption(args: ParsedArgs, lang: Lang): 'text' | 'json' {
  const format = option(args, 'format', lang) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(t(lang, 'cli.error.format', { value: format }));
  return format;
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
    throw new UsageError(t(lang, 'cli.error.profile-invalid', { file: name, field: checked.field, problem: checked.problem }));
  }
  return checked.profile;
}

function progressPrinter(io: Io, lang: Lang): ((p: Progress) => void) | undefined {
  if (!io.isTTY) return undefined;
  return (p) => io.stderr(`\r${t(lang, `cli.progress.${p.phase}`, { done: p.done + 1, total: p.total, sheet: p.sheet ?? '' })}\x1b[K`);
}

function reportDateOption(args: ParsedArgs, lang: Lang): string | undefined {
  const date = option(args, 'report-date', lang);
  if (date === undefined) return undefined;
  const valid = /^\d{4}-\d\d-\d\d$/.test(date) && !isNaN(Date.parse(`${date}T00:00:00Z`));
  if (!valid) throw new UsageError(t(lang, 'cli.error.report-date', { value: date }));
  return date;
}

async function openInput(file: string | undefined, lang: Lang): Promise<XlsxWorkbook> {
  if (!file) throw new UsageError(t(lang, 'cli.error.no-file'));
  return XlsxWorkbook.open(file);
}

async function validateCommand(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  const format = formatOption(args, lang);
  const profile = loadProfile(option(args, 'profile', lang), lang);
  const file = args.positional[0];
  const workbook = await openInput(file, lang);
  const result = await runValidation(workbook, { sheet: option(args, 'sheet', lang), profile, lang, onProgress: progressPrinter(io, lang) });
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
    if (format === 'text') io.stderr(t(lang, 'rule.sheet.not-found') + '\n');
    return 2;
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

async function summarizeCommand(args: ParsedArgs, lang: Lang, io: Io): Promise<number> {
  const format = formatOption(args, lang);
  const file = args.positional[0];
  const inPlace = args.options['in-place'] === true;
  const out = option(args, 'out', lang) ?? (inPlace ? file : undefined);
  if (!out) throw new UsageError(t(lang, 'cli.error.no-out'));
  if (file && !inPlace && sameFile(file, out)) throw new UsageError(t(lang, 'cli.error.overwrite', { file }));
  const profile = loadProfile(option(args, 'profile', lang), lang);
  const reportDate = reportDateOption(args, lang);
  const workbook = await openInput(file, lang);
  const result = await runSummary(workbook, {
    sheet: option(args, 'sheet', lang),
    profile,
    lang,
    reportDate,
    onProgress: progressPrinter(io, lang),
  });
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
  const lines = [t(lang, 'cli.summarize.changes', { date: displayDate(trend.since), count: trend.changed.length + trend.added.length + trend.removed.length })];
  for (const c of trend.changed) lines.push(`  ${c.id}: ${label(c.from)} → ${label(c.to)}`);
  for (const a of trend.added) lines.push(`  ${a.id}: ${t(lang, 'report.change.added')}`);
  for (const r of trend.removed) lines.push(`  ${r.id}: ${t(lang, 'report.change.removed')}`);
  return lines.join('\n') + '\n';
}

function errorLine(e: unknown, lang: Lang): string {
  return e instanceof UsageError ? e.message : errorSentence(e, lang);
}

/** Runs the CLI; returns the exit status (0 ok, 1 error findings, 2 unusable input or call). */
export async function main(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  const langOption = args.options.lang;
  const lang: Lang = typeof langOption === 'string' && isLang(langOption) ? langOption : 'da';
  try {
    if (typeof langOption === 'string' && !isLang(langOption)) throw new UsageError(t(lang, 'cli.error.lang', { value: langOption }));
    if (args.options.help || args.command === null || args.command === 'help') {
      io.stdout(USAGE + '\n');
      return args.command === null && !args.options.help ? 2 : 0;
    }
    if (args.command === 'validate') return await validateCommand(args, lang, io);
    if (args.command === 'summarize') return await summarizeCommand(args, lang, io);
    throw new UsageError(t(lang, 'cli.error.command', { command: args.command }) + '\n' + USAGE);
  } catch (e) {
    if (io.isTTY) io.stderr('\r\x1b[K');
    io.stderr(errorLine(e, lang) + '\n');
    return 2;
  }
}
