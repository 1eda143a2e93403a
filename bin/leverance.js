#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build:cli`, which `npm ci` runs through the `prepare` script.
const { main } = require('../dist/cli/leverance.js');

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stderr.isTTY),
}).then((code) => {
  process.exitCode = code;
});
