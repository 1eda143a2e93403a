#!/usr/bin/env node
'use strict';
const fs = require('fs');
// The CLI is bundled by `npm run build:cli`, which `npm ci` runs through the `prepare` script.
const { main } = require('./load-bundle').loadBundle(process.argv[2]).exports;

/**
 * Writes text to file descriptor `fd` directly. Setting up `process.stdout` costs ~5 ms (for
 * a pipe, node's whole net module): more than a `validate` of the real overview spends on
 * its output. A descriptor that would block (a non-blocking pipe whose reader lags) hands the
 * rest, and all that follows, to node's stream, so the order holds; when the reader has gone
 * (`| head`), the output ends without an error.
 */
function writerTo(fd, stream) {
  let handedOver = false;
  let readerGone = false;
  return (text) => {
    if (readerGone) return;
    if (handedOver) {
      stream().write(text);
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let done = 0;
    try {
      while (done < bytes.length) done += fs.writeSync(fd, bytes, done);
    } catch (e) {
      if (e.code === 'EPIPE') {
        readerGone = true;
        return;
      }
      if (e.code !== 'EAGAIN') throw e;
      handedOver = true;
      stream().write(bytes.subarray(done));
    }
  };
}

main(process.argv.slice(2), {
  stdout: writerTo(1, () => process.stdout),
  stderr: writerTo(2, () => process.stderr),
  // Whether stderr is a terminal, from the file descriptor: asking process.stderr would set
  // up its stream. /dev/null counts as a terminal too; progress is lost there.
  isTTY: fs.fstatSync(2).isCharacterDevice(),
}).then((code) => {
  process.exitCode = code;
});
