import { hasChromium } from '../../playground/harness';

/**
 * `describe` for a suite that drives Debian's Chromium, or `describe.skip` with one warning
 * naming what is skipped when it is not installed (CI installs it: apt-get install chromium).
 */
export function browserSuite(what: string): jest.Describe {
  if (hasChromium()) return describe;
  console.warn(`Skipping ${what}: /usr/bin/chromium is missing (CI installs it: apt-get install chromium).`);
  return describe.skip;
}
