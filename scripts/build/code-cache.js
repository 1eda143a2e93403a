/**
 * Writes the V8 code cache of the CLI bundle (see bin/load-bundle.js), after webpack, as part
 * of `npm run build:cli`: loads the bundle, validates and then summarises the bundled example
 * so that every function a check or a summary runs is compiled, and saves their bytecode.
 * (The summary's functions add ~2 ms to a check's start and save ~50 ms of a large summary.) webpack empties dist/cli
 * before each build, so a cache never outlives the bundle it was made from.
 */
const { execFileSync } = require('child_process');
const { mkdtempSync, rmSync, writeFileSync } = require('fs');
const { tmpdir } = require('os');
const { join } = require('path');
const v8 = require('v8');
const { loadBundle, CACHE } = require('../../bin/load-bundle');

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

async function writeCodeCache() {
  const { exports, script } = loadBundle();
  const quiet = { stdout() {}, stderr() {}, isTTY: false };
  const code = await exports.main(['validate', EXAMPLE], quiet);
  if (code === 2) throw new Error('code cache: the example could not be validated');
  const scratch = mkdtempSync(join(tmpdir(), 'leverance-code-cache-'));
  try {
    const summarized = await exports.main(['summarize', EXAMPLE, '--out', join(scratch, 'summary.xlsx')], quiet);
    if (summarized !== 0) throw new Error('code cache: the example could not be summarised');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  restoreDefaultFlags(Object.values(exports.V8_FLAGS));
  writeFileSync(CACHE, script.createCachedData());
}

// The cache only saves time: a build without it still works (test/cli/codecache.test.ts
// fails when the cache is missing or refused, so a broken step does not go unseen).
writeCodeCache().catch((e) => {
  console.warn(`The CLI's code cache was not written (the CLI works, only starts slower): ${e instanceof Error ? e.message : e}`);
});
