#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build:cli`, which `npm ci` runs through the `prepare` script.
//
// The bundle is compiled with V8's code cache: `validate` of the real overview is over in
// about the time node takes to start (SPEC §7), and compiling the bundle's functions from
// source was a third of what the run added to it. The build makes the cache by running the
// CLI once (webpack.cli.config.js); a run that finds it missing or refused (another node,
// other V8 flags) writes a new one if it may. A cache is only ever an optimisation: V8
// refuses one made for other code or another V8, and one older than the bundle is not used.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { createRequire, wrap } = require('module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'leverance.js');
const CACHE = `${BUNDLE}.cache`;
/** The cache starts with the bundle's modification time it was made for. */
const STAMP_BYTES = 8;

function readCache(bundleTime) {
  try {
    const bytes = fs.readFileSync(CACHE);
    if (bytes.length > STAMP_BYTES && bytes.readDoubleLE(0) === bundleTime) return bytes.subarray(STAMP_BYTES);
  } catch {
    // No cache yet: compiled from source.
  }
  return undefined;
}

/** Best effort: a read-only install or a race with another run leaves the old state. */
function writeCache(script, bundleTime) {
  const tmp = `${CACHE}.${process.pid}.tmp`;
  try {
    const stamp = Buffer.alloc(STAMP_BYTES);
    stamp.writeDoubleLE(bundleTime, 0);
    fs.writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
    fs.renameSync(tmp, CACHE);
  } catch {
    fs.rmSync(tmp, { force: true });
  }
}

function loadBundle() {
  const bundleTime = fs.statSync(BUNDLE).mtimeMs;
  const cachedData = readCache(bundleTime);
  // The bundle runs as node would run it as a module, only compiled through vm.Script,
  // which takes and gives a code cache.
  const script = new vm.Script(wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  const stale = cachedData === undefined || script.cachedDataRejected === true;
  // Written after the run, so the cache holds the functions the run compiled too.
  return { main: module.exports.main, afterRun: () => stale && writeCache(script, bundleTime) };
}

const { main, afterRun } = loadBundle();
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  afterRun();
  process.exitCode = code;
});
