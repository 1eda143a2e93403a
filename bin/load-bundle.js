'use strict';
/**
 * Loads the CLI bundle (`dist/cli/leverance.js`) as node's `require` would, with the V8 code
 * cache that `npm run build:cli` writes beside it (scripts/build/code-cache.js). The cache
 * holds the bytecode of every function a `validate` of the bundled example ran, so checking
 * an overview skips compiling them: ~45 ms of a ~175 ms run (SPEC §7: `validate` within 1.5×
 * `node -e 0`). V8 refuses a cache made by another node, under other flags or for another
 * bundle, and then compiles as usual: the cache can only save time.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'leverance.js');
const CACHE = `${BUNDLE}.cache`;

/**
 * The cache, unless the bundle changed after it was written. V8 compares a cache with its
 * source by length only, so a bundle edited in place to the same length would otherwise run
 * the bytecode of the old one.
 */
function readCache() {
  try {
    if (fs.statSync(CACHE).mtimeMs < fs.statSync(BUNDLE).mtimeMs) return undefined;
    return fs.readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** The bundle's exports, its compiled script (for writing the cache) and whether the cache was used. */
function loadBundle() {
  const cachedData = readCache();
  const script = new vm.Script(Module.wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadBundle, CACHE };
