/**
 * The playground: the real task pane on the in-memory fake Excel instead of Office, loaded
 * with the example workbook (or `?fixture=formula-text`). `?theme=dark` and `?lang=en`
 * stand in for Office's theme and display language. The fake is exposed as
 * `window.__leverance` for the browser tests; the add-in build never contains this file.
 */
import { isLang } from '../src/core/i18n';
import { OfficeWorkbook } from '../src/office/workbook';
import { mountPane } from '../src/taskpane/mount';
import { FakeExcel } from '../test/fake-excel';
import { gridBookFromJson } from './grid-json';
import type {} from './window';

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const fixture = params.get('fixture') === 'formula-text' ? 'formula-text' : 'example';
  const response = await fetch(`grids/${fixture}.json`);
  const book = gridBookFromJson(await response.text());
  const fake = new FakeExcel();
  for (const grid of book.sheets) fake.addGrid(grid);
  window.__leverance = { fake, source: book.source };
  const lang = params.get('lang') ?? 'da';
  const root = document.getElementById('app');
  if (root) {
    mountPane(root, { port: new OfficeWorkbook(fake.host), lang: isLang(lang) ? lang : 'da', dark: params.get('theme') === 'dark' });
  }
}

start().catch((e: unknown) => {
  // The playground's own failure (grids not generated): say so on the page, as text.
  const root = document.getElementById('app');
  if (root) root.textContent = `Playground: ${e instanceof Error ? e.message : String(e)}. Run npm run playground.`;
});
