/**
 * Screenshots of the pane for the README (docs/pane-light.png, docs/pane-dark.png): the
 * playground in a task-pane-sized window after Valider and Opdater opsummering.
 * `npm run playground:screenshots`.
 */
import { join } from 'node:path';
import { buildPlayground, takeScreenshots } from './harness';

takeScreenshots(buildPlayground({ fast: false }), async (browser, url, docs) => {
  for (const theme of ['light', 'dark']) {
    // About the size of Excel's task pane; the page scrolls on below.
    const page = await browser.newPage({ viewport: { width: 360, height: 1150 }, deviceScaleFactor: 1 });
    await page.goto(`${url}?theme=${theme}`);
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.locator('[data-finding]').first().click();
    await page.getByRole('button', { name: 'Opdater opsummering', exact: true }).click();
    await page.getByText('Opsummeringen er skrevet').waitFor();
    await page.screenshot({ path: join(docs, `pane-${theme}.png`) });
    await page.close();
  }
});
