import { parseArgs } from 'node:util';
import { LANGS, isLang, t, type Lang } from '../core/i18n';
import { isIsoDate } from '../core/isodate';
import { BUILTIN_PROFILES } from '../core/profile/load';

/** A problem with how the command was called or with its input: one sentence on stderr, exit 2. */
export class UsageError extends Error {}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** How the value shows in the help, when it is not simply the list of choices. */
  value?: string;
  /** The only values accepted; any other is refused, naming the option. */
  choices?: readonly string[];
  /** A further check of the value, and the catalogue sentence (`{option}`, `{value}`) for a value that fails it. */
  check?: { valid: (value: string) => boolean; message: string };
}

/**
 * Every option of every command, in the order the help lists them. This one table is what
 * `util.parseArgs` gets and what the help is written from, so the two cannot drift.
 */
const OPTIONS = {
  out: { type: 'string', value: '<out.xlsx>' },
  'in-place': { type: 'boolean' },
  'report-date': { type: 'string', value: 'YYYY-MM-DD', check: { valid: isIsoDate, message: 'cli.error.report-date' } },
  sheet: { type: 'string', value: 'NAME' },
  profile: { type: 'string', value: 'P' },
  format: { type: 'string', choices: ['text', 'json'] },
  lang: { type: 'string', choices: LANGS },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The options every command takes besides its own. */
const COMMON: readonly OptionName[] = ['help'];

interface CommandSpec {
  options: readonly OptionName[];
  /** Values of an option this command accepts instead of the option's own (its help text is `cli.help.option.<option>.<command>`). */
  choices?: Partial<Record<OptionName, readonly string[]>>;
}

/**
 * The commands and the options each takes; every command reads one workbook named after it.
 * A new command is one entry here, its help texts (`cli.help.command.<name>`) and its runner in main.
 */
export const COMMANDS = {
  validate: { options: ['sheet', 'profile', 'format', 'lang'] },
  summarize: { options: ['out', 'in-place', 'report-date', 'sheet', 'profile', 'format', 'lang'] },
  note: { options: ['report-date', 'sheet', 'profile', 'format', 'lang'], choices: { format: ['md', 'text'] } },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

export type OptionValues = { [N in OptionName]?: (typeof OPTIONS)[N]['type'] extends 'string' ? string : boolean };

export type CommandLine = { kind: 'help' } | { kind: 'run'; command: CommandName; file: string; options: OptionValues };

const has = (table: object, key: string) => Object.prototype.hasOwnProperty.call(table, key);
const isOption = (name: string): name is OptionName => has(OPTIONS, name);
const isCommand = (name: string): name is CommandName => has(COMMANDS, name);

const PARSE_OPTIONS = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, spec]: [string, OptionSpec]) => [name, spec.short ? { type: spec.type, short: spec.short } : { type: spec.type }]),
);

/** The arguments as `parseArgs` reads them without refusing anything, to find what strict mode refused. */
function looseTokens(argv: string[]) {
  return parseArgs({ args: argv, options: PARSE_OPTIONS, strict: false, allowPositionals: true, tokens: true }).tokens;
}

/**
 * The language for every sentence of this run: `--lang` when its value is one we speak (even
 * if something else on the line is wrong, so that error is already in that language), else Danish.
 */
export function chosenLang(argv: string[]): Lang {
  let lang: Lang = 'da';
  for (const token of looseTokens(argv)) {
    if (token.kind === 'option' && token.name === 'lang' && token.value !== undefined && isLang(token.value)) lang = token.value;
  }
  return lang;
}

/** The sentence for what strict `parseArgs` refused: its errors carry only a code, so the token is found again here. */
function refusal(argv: string[], lang: Lang): string | undefined {
  for (const token of looseTokens(argv)) {
    if (token.kind !== 'option') continue;
    const option = token.rawName;
    if (!isOption(token.name)) return t(lang, 'cli.error.unknown-option', { option });
    const spec: OptionSpec = OPTIONS[token.name];
    if (spec.type === 'boolean' && token.value !== undefined) return t(lang, 'cli.error.option-flag', { option });
    // Strict mode also refuses `--sheet --format`: a value that looks like an option means the value was forgotten.
    const optionLike = token.value !== undefined && !token.inlineValue && token.value.length > 1 && token.value.startsWith('-');
    if (spec.type === 'string' && (token.value === undefined || optionLike)) return t(lang, 'cli.error.option-value', { option });
  }
  return undefined;
}

function strictParse(argv: string[], lang: Lang) {
  try {
    return parseArgs({ args: argv, options: PARSE_OPTIONS, strict: true, allowPositionals: true, tokens: true });
  } catch (e) {
    const sentence = (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS_') ? refusal(argv, lang) : undefined;
    // Only a refusal this module cannot name (a check added by a later Node) reaches main as unexpected.
    if (sentence === undefined) throw e;
    throw new UsageError(sentence);
  }
}

/**
 * Reads the command line strictly: anything unknown, missing, repeated or out of range is a
 * UsageError naming it, in `lang` (see chosenLang).
 */
export function parseCommandLine(argv: string[], lang: Lang): CommandLine {
  const { values, positionals, tokens } = strictParse(argv, lang);
  const [command, ...files] = positionals;
  if (values.help || command === 'help') return { kind: 'help' };
  const commands = Object.keys(COMMANDS).join(', ');
  if (command === undefined) throw new UsageError(t(lang, 'cli.error.no-command', { commands }));
  if (!isCommand(command)) throw new UsageError(t(lang, 'cli.error.command', { command, commands }));

  const allowed: readonly OptionName[] = [...COMMANDS[command].options, ...COMMON];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = `--${token.name}`;
    if (!allowed.includes(token.name as OptionName)) throw new UsageError(t(lang, 'cli.error.option-command', { option, command }));
    if (seen.has(token.name)) throw new UsageError(t(lang, 'cli.error.option-repeated', { option }));
    seen.add(token.name);
    const spec: OptionSpec = OPTIONS[token.name as OptionName];
    const value = token.value ?? '';
    if (spec.type === 'string' && value === '') throw new UsageError(t(lang, 'cli.error.option-value', { option }));
    const choices = choicesOf(command, token.name as OptionName);
    if (choices && !choices.includes(value)) {
      throw new UsageError(t(lang, 'cli.error.option-choice', { option, value, choices: choices.join(', ') }));
    }
    if (spec.check && !spec.check.valid(value)) throw new UsageError(t(lang, spec.check.message, { option, value }));
  }

  if (files.length === 0) throw new UsageError(t(lang, 'cli.error.no-file'));
  if (files.length > 1) throw new UsageError(t(lang, 'cli.error.extra-argument', { value: files[1] }));
  return { kind: 'run', command, file: files[0], options: values as OptionValues };
}

/** The values a command accepts for an option: its own choices, else the option's. */
function choicesOf(command: CommandName | null, name: OptionName): readonly string[] | undefined {
  const own = command === null ? undefined : (COMMANDS[command] as CommandSpec).choices?.[name];
  return own ?? (OPTIONS[name] as OptionSpec).choices;
}

function optionLabel(command: CommandName | null, name: OptionName): string {
  const spec: OptionSpec = OPTIONS[name];
  const flag = spec.short ? `-${spec.short}, --${name}` : `--${name}`;
  const value = spec.value ?? choicesOf(command, name)?.join('|');
  return value ? `${flag} ${value}` : flag;
}

function optionHelp(command: CommandName | null, name: OptionName, lang: Lang, profiles: string): string {
  const own = command !== null && (COMMANDS[command] as CommandSpec).choices?.[name] !== undefined;
  return t(lang, own ? `cli.help.option.${name}.${command}` : `cli.help.option.${name}`, { profiles });
}

/** The help: every command with every option it takes, written from the same tables the parser reads. */
export function helpText(lang: Lang): string {
  const profiles = Object.keys(BUILTIN_PROFILES).join(', ');
  const rows = (command: CommandName | null, names: readonly OptionName[]) =>
    names.map((name) => [optionLabel(command, name), optionHelp(command, name, lang, profiles)]);
  const sections = [
    ...(Object.keys(COMMANDS) as CommandName[]).map((name) => ({
      heading: `leverance ${name} ${t(lang, 'cli.help.file')}`,
      about: [t(lang, `cli.help.command.${name}`)],
      rows: rows(name, COMMANDS[name].options),
    })),
    { heading: t(lang, 'cli.help.common'), about: [], rows: rows(null, COMMON) },
  ];
  const width = Math.max(...sections.flatMap((s) => s.rows.map(([label]) => label.length)));
  const lines = [t(lang, 'cli.help.usage'), ''];
  for (const s of sections) {
    lines.push(s.heading, ...s.about.map((text) => `  ${text}`));
    for (const [label, text] of s.rows) lines.push(`  ${label.padEnd(width)}  ${text}`);
    lines.push('');
  }
  return lines.join('\n');
}
