'use strict';
// Preloaded (`node -r`) into every process the bench starts: when the process ends, writes
// its peak resident memory in kB (`process.resourceUsage().maxRSS`) to $BENCH_MAXRSS_FILE.
// Both sides of a comparison carry it, so its small cost cancels out.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.BENCH_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
