/**
 * The screenshot of the web page for the README (docs/web.png): the static build with the
 * bundled example opened, validated, a finding picked and the summary ready to download.
 * `npm run web:screenshot`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWeb, takeScreenshots } from './harness';

const EXAMPLE = join(__dirname, '..', 'examples', 'leveranceoversigt-2016-2020.xlsx');

takeScreenshots(buildWeb({ fast: true }), async (browser, url, docs) => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${url}?theme=light`);
  await page.getByTestId('file-input').setInputFiles({ name: 'leveranceoversigt-2016-2020.xlsx', mimeType: 'application/octet-stream', buffer: readFileSync(EXAMPLE) });
  await page.locator('[data-fact="sheet"]', { hasText: 'Leveranceoversigt' }).waitFor({ timeout: 60_000 });
  await page.locator('main[aria-busy="false"]').waitFor();
  await page.getByRole('button', { name: 'Opdater opsummering', exact: true }).click();
  await page.getByTestId('download').waitFor();
  await page.locator('[data-finding]').nth(1).click();
  await page.locator('[data-testid="cell-view"] td[aria-current="true"]').waitFor();
  await page.screenshot({ path: join(docs, 'web.png') });
  await page.close();
});
