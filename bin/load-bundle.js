'use strict';
/**
 * Loads the CLI bundle (`dist/cli/leverance.js`) as node's `require` would, with the V8 code
 * cache that `npm run build:cli` writes beside it for the command about to run
 * (scripts/build/code-cache.js). A command's cache holds the bytecode of every function that
 * command ran on the bundled example, so checking an overview skips compiling them: ~45 ms
 * of a ~175 ms run (SPEC §7: `validate` within 1.5× `node -e 0`). One cache per command,
 * because V8 deserialises a cache whole: a check that also took in a summary's functions
 * would start ~5 ms later. V8 refuses a cache made by another node, under other flags or for
 * another bundle, and then compiles as usual: a cache can only save time.
 */
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const Module = require('module');

const BUNDLE = path.join(__dirname, '..', 'dist', 'cli', 'leverance.js');
/** The commands with a cache of their own; any other call (`--help`, a misspelt command) starts without. */
const CACHED_COMMANDS = ['validate', 'summarize', 'note'];

/** Where the cache for `command` is kept, or null for a command without one. */
function cacheFile(command) {
  return CACHED_COMMANDS.includes(command) ? `${BUNDLE}.${command}.cache` : null;
}

/**
 * The cache, unless the bundle changed after it was written. V8 compares a cache with its
 * source by length only, so a bundle edited in place to the same length would otherwise run
 * the bytecode of the old one.
 */
function readCache(file) {
  if (file === null) return undefined;
  try {
    if (fs.statSync(file).mtimeMs < fs.statSync(BUNDLE).mtimeMs) return undefined;
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The bundle's exports, its compiled script (for writing a cache) and whether the cache for
 * `command` (the CLI's first argument) was used.
 */
function loadBundle(command) {
  const cachedData = readCache(cacheFile(command));
  const script = new vm.Script(Module.wrap(fs.readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  return { exports: module.exports, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

module.exports = { loadBundle, cacheFile, CACHED_COMMANDS };
