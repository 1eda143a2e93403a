/** A small argument parser: the CLI's options are few and fixed, so no dependency earns its place. */
export interface ParsedArgs {
  command: string | null;
  positional: string[];
  options: Record<string, string | true>;
}

/** Options that take a value; every other `--name` is a flag. */
const VALUED = new Set(['sheet', 'profile', 'format', 'lang', 'out', 'report-date']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq >= 0) options[name] = arg.slice(eq + 1);
      else if (VALUED.has(name) && k + 1 < argv.length) options[name] = argv[++k];
      else options[name] = true;
    } else if (arg === '-h') options.help = true;
    else positional.push(arg);
  }
  return { command: positional.shift() ?? null, positional, options };
}
