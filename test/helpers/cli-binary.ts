import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The command a user runs: `bin/leverance.js`, which loads the bundle `npm run build:cli` makes. */
export const BIN = join(ROOT, 'bin', 'leverance.js');
const BUNDLE = join(ROOT, 'dist', 'cli', 'leverance.js');

function newest(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)));
}

/** `npm test` builds the CLI first (pretest); a bare jest run may find the bundle missing or older than src/. */
export function ensureCliBuilt(): void {
  if (existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newest(join(ROOT, 'src'))) return;
  const build = spawnSync('npm', ['run', 'build:cli', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stdout}${build.stderr}`);
}
