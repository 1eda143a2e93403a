#!/usr/bin/env node
'use strict';
const fs = require('fs');
// The CLI is bundled by `npm run build:cli`, which `npm ci` runs through the `prepare` script.
const { main } = require('./load-bundle').loadBundle().exports;

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  // Whether stderr is a terminal, from the file descriptor: asking process.stderr would set
  // up its stream, and for a pipe node's whole net module, which cost a `validate` that
  // writes nothing there ~5–10 ms. /dev/null counts as a terminal too; progress is lost there.
  isTTY: fs.fstatSync(2).isCharacterDevice(),
}).then((code) => {
  process.exitCode = code;
});
