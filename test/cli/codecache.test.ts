/**
 * The V8 code caches `npm run build:cli` writes beside the bundle, one per command
 * (bin/load-bundle.js): V8 takes each on a fresh start, and a CLI with a cache that is missing
 * or not its own answers exactly as with its own.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, ensureCliBuilt } from '../helpers/cli-binary';

const ROOT = join(__dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'leveranceoversigt-2016-2020.xlsx');

beforeAll(ensureCliBuilt, 120_000);

const run = (bin: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 60_000 });

/** Whether the CLI under `root` loads its bundle for `command` with a cache, as on a fresh start. */
function cacheUsedIn(root: string, command = 'validate'): string {
  const probe = `process.stdout.write(String(require('./bin/load-bundle').loadBundle(${JSON.stringify(command)}).cacheUsed))`;
  return spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' }).stdout;
}

/** A copy of bin/ and dist/ whose cache for `validate` is `cache` (null: none). */
function copyWithCache(cache: Buffer | null): { root: string; bin: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'leverance-cache-'));
  cpSync(join(ROOT, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
  const cacheFile = join(dir, 'dist', 'cli', 'leverance.js.validate.cache');
  if (cache) writeFileSync(cacheFile, cache);
  else rmSync(cacheFile, { force: true });
  return { root: dir, bin: join(dir, 'bin', 'leverance.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('the CLI bundle with its code cache', () => {
  it.each(['validate', 'summarize', 'note'])('is loaded for %s with a cache V8 accepts on a fresh start', (command) => {
    expect(cacheUsedIn(ROOT, command)).toBe('true');
  });

  it('is loaded without a cache for a call that is no command', () => {
    expect(cacheUsedIn(ROOT, '--help')).toBe('false');
  });

  it('is not used once the bundle changed after it was written, even to the same length', () => {
    const copy = copyWithCache(readFileSync(join(ROOT, 'dist', 'cli', 'leverance.js.validate.cache')));
    try {
      const bundle = join(copy.root, 'dist', 'cli', 'leverance.js');
      expect(cacheUsedIn(copy.root)).toBe('true');
      const source = readFileSync(bundle, 'utf8');
      // One flag of validate's made another of the same length: V8 alone would take the cache.
      const edited = source.replace('--interrupt-budget=540672', '--interrupt-budget=540673');
      expect(edited).not.toBe(source);
      writeFileSync(bundle, edited);
      utimesSync(bundle, new Date(), new Date(Date.now() + 5_000));
      expect(cacheUsedIn(copy.root)).toBe('false');
    } finally {
      copy.remove();
    }
  });

  it.each([
    ['no cache', null],
    ['a damaged cache', Buffer.from('not a code cache')],
  ])('with %s answers as with its own', (_what, cache) => {
    const own = run(BIN, 'validate', EXAMPLE, '--format', 'json');
    const copy = copyWithCache(cache);
    try {
      const other = run(copy.bin, 'validate', EXAMPLE, '--format', 'json');
      expect(other.status).toBe(own.status);
      expect(other.stdout).toBe(own.stdout);
      expect(other.stderr).toBe(own.stderr);
    } finally {
      copy.remove();
    }
  });
});
