/**
 * Screenshots of the pane for the README (docs/pane-light.png, docs/pane-dark.png): the
 * playground in a task-pane-sized window after Valider and Opdater opsummering.
 * `npm run playground:screenshots`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildPlayground, launchChromium, serveStatic } from './harness';

async function main(): Promise<void> {
  const site = await buildPlayground({ fast: false });
  const server = await serveStatic(site.dir);
  const browser = await launchChromium();
  const docs = join(__dirname, '..', 'docs');
  mkdirSync(docs, { recursive: true });
  try {
    for (const theme of ['light', 'dark']) {
      // About the size of Excel's task pane; the page scrolls on below.
      const page = await browser.newPage({ viewport: { width: 360, height: 1150 }, deviceScaleFactor: 1 });
      await page.goto(`${server.url}?theme=${theme}`);
      await page.getByRole('button', { name: 'Valider', exact: true }).click();
      await page.locator('[data-finding]').first().click();
      await page.getByRole('button', { name: 'Opdater opsummering', exact: true }).click();
      await page.getByText('Opsummeringen er skrevet').waitFor();
      await page.screenshot({ path: join(docs, `pane-${theme}.png`) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
