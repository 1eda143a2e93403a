/**
 * Writes the V8 code caches of the CLI bundle (see bin/load-bundle.js), after webpack, as part
 * of `npm run build:cli`: one per command, each made in a fresh node that runs that command on
 * the bundled example, so that a cache holds the bytecode of every function its command runs
 * and nothing more. webpack empties dist/cli before each build, so a cache never outlives the
 * bundle it was made from.
 */
const { execFileSync } = require('child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');
const v8 = require('v8');
const { loadBundle, cacheFile, CACHED_COMMANDS } = require('../../bin/load-bundle');

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'leveranceoversigt-2016-2020.xlsx');

/**
 * V8 accepts a cache only under the flags it was made with. The commands set flags of their
 * own (V8_FLAGS in src/cli/main.ts) once the bundle is loaded; each is set back to node's
 * default here, as `node --v8-options` lists it, so the cache matches a fresh start.
 */
function restoreDefaultFlags(flagSets) {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
  for (const flag of flagSets.join(' ').split(/\s+/).filter(Boolean)) {
    const name = flag.replace(/^--(no-)?/, '').split('=')[0];
    const found = new RegExp(`default: (--(?:no-)?${name}(?:=\\S+)?)\\s`).exec(options);
    if (!found) throw new Error(`code cache: no default for V8 flag ${flag}`);
    v8.setFlagsFromString(found[1]);
  }
}

/** Runs `command` on the example in this process (loaded without any cache) and writes its cache. */
async function writeCacheOf(command) {
  const { exports, script } = loadBundle(null);
  const quiet = { stdout() {}, stderr() {}, isTTY: false };
  const scratch = mkdtempSync(join(tmpdir(), 'leverance-code-cache-'));
  try {
    const args = command === 'summarize' ? ['--out', join(scratch, 'summary.xlsx'), '--report-date', '2018-12-15'] : [];
    const code = await exports.main([command, EXAMPLE, ...args], quiet);
    if (code === 2) throw new Error(`code cache: ${command} of the example failed`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  restoreDefaultFlags(Object.values(exports.V8_FLAGS));
  writeFileSync(cacheFile(command), script.createCachedData());
}

// The caches only save time: a build without them still works (test/cli/codecache.test.ts
// fails when one is missing or refused, so a broken step does not go unseen).
const warn = (e) => console.warn(`The CLI's code cache was not written (the CLI works, only starts slower): ${e instanceof Error ? e.message : e}`);
const [, , only] = process.argv;
if (only) {
  writeCacheOf(only).catch((e) => {
    warn(e);
    process.exitCode = 1;
  });
} else {
  for (const command of CACHED_COMMANDS) {
    try {
      execFileSync(process.execPath, [__filename, command], { stdio: 'inherit' });
    } catch {
      // The child has said why.
    }
  }
}
