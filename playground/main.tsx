/**
 * The playground: the real task pane on the in-memory fake Excel instead of Office, loaded
 * with the example workbook (or `?fixture=formula-text`, or `?rows=N`, see `synthetic`). `?theme=dark` and `?lang=en`
 * stand in for Office's theme and display language. The fake is exposed as
 * `window.__leverance` for the browser tests; the add-in build never contains this file.
 */
import type { Grid } from '../src/core/grid';
import { isLang } from '../src/core/i18n';
import { OfficeWorkbook } from '../src/office/workbook';
import { workerAnalyst } from '../src/pane/analyst';
import { mountPane } from '../src/taskpane/mount';
import { FakeExcel } from '../test/fake-excel';
import { syntheticGrid } from '../scripts/bench/synthetic';
import { gridBookFromJson } from './grid-json';
import { hostWithLatency } from './latency';
import type {} from './window';

/**
 * `?rows=N`: the benchmark's synthetic overview of N initiatives, for the pane on a large
 * sheet, with every fourth e-mail address broken so there are findings to list; `&sheet=`
 * names its sheet.
 */
function synthetic(rows: number, sheet: string | null): Grid {
  const grid = syntheticGrid(rows);
  grid.cells.forEach((row, r) => {
    if (r % 4 === 0 && row[7]?.value) row[7] = { value: `kontakt ${r} (at) kl.dk` };
  });
  return sheet ? { ...grid, sheetName: sheet } : grid;
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const fixture = params.get('fixture') === 'formula-text' ? 'formula-text' : 'example';
  const fake = new FakeExcel();
  const rows = Number(params.get('rows'));
  const book =
    Number.isInteger(rows) && rows > 0
      ? { source: `synthetic-${rows}`, sheets: [synthetic(rows, params.get('sheet'))] }
      : gridBookFromJson(await (await fetch(`grids/${fixture}.json`)).text());
  for (const grid of book.sheets) fake.addGrid(grid);
  window.__leverance = { fake, source: book.source };
  const lang = params.get('lang') ?? 'da';
  // `?latency=ms` per sync; Excel on the web takes some 100–300 ms a round trip.
  const latency = Number(params.get('latency') ?? 0) || 0;
  const root = document.getElementById('app');
  if (root) {
    const analyst = workerAnalyst(new URL('worker.js', document.baseURI));
    mountPane(root, { port: new OfficeWorkbook(hostWithLatency(fake, latency)), analyst, lang: isLang(lang) ? lang : 'da', dark: params.get('theme') === 'dark' });
  }
}

start().catch((e: unknown) => {
  // The playground's own failure (grids not generated): say so on the page, as text.
  const root = document.getElementById('app');
  if (root) root.textContent = `Playground: ${e instanceof Error ? e.message : String(e)}. Run npm run playground.`;
});
