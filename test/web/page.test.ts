/**
 * The web page without Excel in a real browser: the static build (`npm run build:web`) made
 * once into a temporary folder, served from 127.0.0.1 and driven in Debian's Chromium. A
 * person's own .xlsx goes in through the file input or a drop; what comes back as the
 * download is checked part by part against the input and against the CLI's writer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { t } from '../../src/core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../../src/core/profile/load';
import { errorSentence } from '../../src/workbook/errors';
import { WorkbookError } from '../../src/workbook/port';
import { runSummary, runValidation, today, type ValidationResult } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';
import { buildWeb, launchChromium, serveStatic } from '../../playground/harness';
import { xmlFaults, zipEntries } from '../xlsx/helpers';
import { largeWorkbook } from './largebook';
import { browserSuite } from '../helpers/browsersuite';
import { TASK_BUDGET_MS, recordLongTasks, type TaskLog } from '../helpers/longtasks';

const EXAMPLE = 'examples/leveranceoversigt-2016-2020.xlsx';
const EXAMPLE_NAME = 'leveranceoversigt-2016-2020.xlsx';
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The parts a summary must edit to add its sheets (the surgical writer only adds to them, test/hardening/surgical.test.ts). */
const SHARED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml'];
const OPTIONS = { profile: BUILTIN_PROFILES[DEFAULT_PROFILE_NAME], lang: 'da' as const };
const LARGE_ROWS = 20_000;

// The long-task measurement shares two cores with whatever else runs; one busy moment can
// stretch a task past the budget. A failure is tried once more, so a real regression still
// fails and a neighbour's burst does not (as in test/taskpane/pane.test.ts).
jest.retryTimes(1, { logErrorsBeforeRetry: true });

const suite = browserSuite('the web page browser tests');

interface Opened {
  page: Page;
  /** Console errors and uncaught exceptions: a CSP violation or a crash shows up here. */
  problems: string[];
  /** Every request the page made, by URL. */
  requests: string[];
}

suite('the web page without Excel (dist/web in Chromium)', () => {
  let site: Awaited<ReturnType<typeof buildWeb>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let expected: ValidationResult;
  const example = readFileSync(EXAMPLE);

  beforeAll(async () => {
    const reference = async () => runValidation(await XlsxWorkbook.fromBuffer(example, EXAMPLE_NAME), OPTIONS);
    [site, browser, expected] = await Promise.all([buildWeb({ fast: true }), launchChromium(), reference()]);
    server = await serveStatic(site.dir);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function open(query = '', { width = 1280 } = {}): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
    await context.addInitScript(recordLongTasks);
    const page = await context.newPage();
    const opened: Opened = { page, problems: [], requests: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') opened.problems.push(m.text());
    });
    page.on('pageerror', (e) => opened.problems.push(e.message));
    page.on('request', (r: Request) => opened.requests.push(r.url()));
    await page.goto(`${server.url}${query}`);
    await page.getByTestId('file').waitFor();
    return opened;
  }

  /** Opens a workbook through the file input, and waits for the pane to have detected its overview. */
  async function pick(page: Page, name: string, bytes: Buffer, sheet: string | null = 'Leveranceoversigt'): Promise<void> {
    await page.getByTestId('file-input').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: bytes });
    if (sheet === null) return;
    await page.locator('[data-fact="sheet"]', { hasText: sheet }).waitFor({ timeout: 60_000 });
    await page.locator('main[aria-busy="false"]').waitFor();
  }

  async function act(page: Page, name: string): Promise<void> {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('main[aria-busy="false"]').waitFor();
  }

  it('opens the example through the file input, lists the findings and the rollup, and shows a picked finding’s cell', async () => {
    const { page, problems } = await open();
    await pick(page, EXAMPLE_NAME, example);
    await expect(page.getByTestId('file-name').textContent()).resolves.toBe(EXAMPLE_NAME);
    // The file takes no marks: no button to clear them.
    await expect(page.getByRole('button', { name: 'Ryd markeringer' }).count()).resolves.toBe(0);

    await act(page, 'Valider');
    await expect(page.locator('#findings-heading').textContent()).resolves.toBe(`${t('da', 'pane.findings')} (${expected.findings.length})`);
    await expect(page.locator('[data-status]').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-intent]').textContent()).resolves.not.toContain('markeret');

    const finding = page.locator('[data-finding]').first();
    const cell = (await finding.getAttribute('data-finding'))!;
    expect(expected.findings.map((f) => f.cell)).toContain(cell);
    await finding.click();
    const target = page.locator(`[data-testid="cell-view"] td[data-cell="${cell}"]`);
    await expect(target.getAttribute('aria-current')).resolves.toBe('true');
    await expect(page.locator('[data-testid="cell-view"] td[aria-current="true"]').count()).resolves.toBe(1);
    await expect(page.locator('[data-testid="cell-view"] table').getAttribute('data-sheet')).resolves.toBe('Leveranceoversigt');
    // The view is a small window around the cell, not the sheet.
    await expect(page.locator('[data-testid="cell-view"] td[data-cell]').count()).resolves.toBeLessThanOrEqual(9 * 5);

    // A cell far below the header shows the header row over the window, to name its columns.
    const header = expected.overview!.header.row;
    const listed = await page.locator('[data-finding]').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-finding')!));
    const far = listed.find((c) => Number(/\d+$/.exec(c)![0]) > header + 10)!;
    await page.locator(`[data-finding="${far}"]`).first().click();
    await page.locator(`[data-testid="cell-view"] td[data-cell="${far}"][aria-current="true"]`).waitFor();
    await expect(page.locator('[data-testid="cell-view"] [data-header-row]').getAttribute('data-header-row')).resolves.toBe(String(header));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Opdater opsummering offers a download: the input’s own parts byte for byte, the product’s sheets added, every XML part well-formed, as the CLI writes it', async () => {
    const { page, problems } = await open();
    await pick(page, EXAMPLE_NAME, example);
    await act(page, 'Opdater opsummering');
    const link = page.getByTestId('download');
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('leveranceoversigt-2016-2020-opsummering.xlsx');
    const out = readFileSync((await download.path())!);

    const before = await zipEntries(example);
    const after = await zipEntries(out);
    for (const [name, bytes] of before) {
      if (SHARED.includes(name)) continue;
      expect([name, after.get(name)]).toEqual([name, bytes]);
    }
    for (const [name, bytes] of after) {
      if (/\.(xml|rels)$/.test(name)) expect([name, xmlFaults(bytes.toString('utf8'))]).toEqual([name, []]);
    }
    const sheets = await (await XlsxWorkbook.fromBuffer(out)).listSheets();
    expect(sheets.filter((s) => s.owner === null).map((s) => s.name)).toEqual((await (await XlsxWorkbook.fromBuffer(example)).listSheets()).map((s) => s.name));
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Samlet status', 'Validering']));

    // The same writer as the CLI: on the same input and report date, the same parts with the same content.
    const cli = await XlsxWorkbook.fromBuffer(example);
    await runSummary(cli, { ...OPTIONS, reportDate: today() });
    const written = await zipEntries(await cli.toBytes());
    expect([...after.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, bytes] of written) expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens a workbook dropped on the page', async () => {
    const { page, problems } = await open();
    const dataTransfer = await page.evaluateHandle(
      ({ b64, name, type }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], name, { type }));
        return transfer;
      },
      { b64: example.toString('base64'), name: EXAMPLE_NAME, type: XLSX_TYPE },
    );
    await page.dispatchEvent('[data-testid="page"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="page"]', 'drop', { dataTransfer });
    await page.locator('[data-fact="sheet"]', { hasText: 'Leveranceoversigt' }).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('file-name').textContent()).resolves.toBe(EXAMPLE_NAME);
    await expect(page.locator('[data-fact="initiatives"]').textContent()).resolves.toBe(String(expected.overview!.initiatives.length));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says in one sentence why a file cannot be used (damaged, not a workbook, no overview), and never crashes', async () => {
    const { page, problems } = await open();
    const damaged = Buffer.from(example.subarray(0, Math.floor(example.length * 0.7)));
    const notABook = Buffer.from('Initiativ;Status\n1.1;Grøn\n', 'utf8');
    for (const [name, bytes] of [
      ['halv.xlsx', damaged],
      ['tekst.xlsx', notABook],
    ] as const) {
      const sentence = await XlsxWorkbook.fromBuffer(bytes, name).then(
        () => 'opened',
        (e: unknown) => errorSentence(e, 'da'),
      );
      expect(sentence).not.toBe('opened');
      await pick(page, name, bytes, null);
      // The sentence of the file before may still be up: wait for this file's.
      await page.getByTestId('file-problem').filter({ hasText: name }).waitFor();
      await expect(page.getByTestId('file-problem').textContent()).resolves.toBe(sentence);
    }
    // A workbook without an overview opens, and the pane says there is none.
    await pick(page, 'uden-oversigt.xlsx', readFileSync('test/fixtures/no-overview.xlsx'), null);
    await page.locator('[data-intent="warning"]').waitFor();
    await expect(page.locator('[data-intent="warning"]').textContent()).resolves.toBe(errorSentence(new WorkbookError('no-overview'), 'da'));
    await expect(page.getByTestId('file-problem').count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('sends nothing anywhere: every request stays on its own origin, and the policy refuses any other', async () => {
    const { page, problems, requests } = await open();
    await pick(page, EXAMPLE_NAME, example);
    await act(page, 'Valider');
    await act(page, 'Opdater opsummering');
    await page.getByTestId('download').waitFor();
    const origin = new URL(server.url).origin;
    expect(requests.filter((url) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);

    // The page's own policy (not the test) stops a request to elsewhere before it is sent.
    const refused = await page.evaluate(async () => {
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      const sent = await fetch('http://example.invalid/').then(
        () => true,
        () => false,
      );
      return { sent, directive: await violation };
    });
    expect(refused).toEqual({ sent: false, directive: 'connect-src' });
    expect(requests.some((url) => url.includes('example.invalid'))).toBe(false);
    await page.context().close();
  });

  it('speaks English when asked, and axe-core finds nothing serious with a finding picked, in both themes', async () => {
    for (const theme of ['light', 'dark']) {
      const { page, problems } = await open(`?lang=en&theme=${theme}`);
      await expect(page.getByRole('button', { name: 'Open workbook …' }).count()).resolves.toBe(1);
      await pick(page, EXAMPLE_NAME, example);
      await act(page, 'Validate');
      // The last listed finding lies far below the header: the view shows the header row too.
      const finding = page.locator('[data-finding]').last();
      await finding.click();
      await page.locator('[data-testid="cell-view"] td[aria-current="true"]').waitFor();
      await page.locator('[data-testid="cell-view"] [data-header-row]').waitFor();
      await finding.hover();
      await page.evaluate(AXE);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      expect([theme, violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')]).toEqual([theme, []]);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
      expect(problems).toEqual([]);
      await page.context().close();
    }
  });
  it('never freezes on 20 000 rows: opening, Valider, a picked finding, Opdater opsummering and the download all without a main-thread task over 250 ms, every progress text counting what it says', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leverance-large-'));
    try {
      const bytes = largeWorkbook(LARGE_ROWS);
      // A file on disk goes to the page as a chooser would hand it over, not through the page's own thread.
      const path = join(dir, 'stor.xlsx');
      writeFileSync(path, bytes);
      const expectedFindings = (await runValidation(await XlsxWorkbook.fromBuffer(bytes), OPTIONS)).findings.length;
      expect(expectedFindings).toBeGreaterThan(4000);

      const { page, problems } = await open();
      await page.evaluate(() => {
        const log = (window as unknown as { __tasks: TaskLog }).__tasks;
        log.tasks.length = 0;
        log.painted.length = 0;
      });
      await page.getByTestId('file-input').setInputFiles(path);
      await page.locator('[data-fact="initiatives"]', { hasText: String(LARGE_ROWS) }).waitFor({ timeout: 60_000 });
      await page.locator('main[aria-busy="false"]').waitFor();

      await page.getByRole('button', { name: 'Valider', exact: true }).click();
      await page.locator('#findings-heading', { hasText: `(${expectedFindings})` }).waitFor({ timeout: 60_000 });
      await page.locator('main[aria-busy="false"]').waitFor();
      const finding = page.locator('[data-finding]').last();
      const cell = (await finding.getAttribute('data-finding'))!;
      await finding.click();
      await page.locator(`[data-testid="cell-view"] td[data-cell="${cell}"][aria-current="true"]`).waitFor();

      await page.getByRole('button', { name: 'Opdater opsummering', exact: true }).click();
      const link = page.getByTestId('download');
      await link.waitFor({ timeout: 60_000 });
      await page.locator('main[aria-busy="false"]').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const out = readFileSync((await download.path())!);
      const written = (await (await XlsxWorkbook.fromBuffer(out)).listSheets()).filter((s) => s.owner !== null).map((s) => s.name);
      expect(written).toEqual(expect.arrayContaining(['Samlet status', 'Validering']));

      const { tasks, painted } = await page.evaluate(() => (window as unknown as { __tasks: TaskLog }).__tasks);
      expect(tasks.filter((task) => task.duration > TASK_BUDGET_MS).map((task) => Math.round(task.duration))).toEqual([]);

      // Every line painted says what it counts: the sheet read whole (of the ones read), the
      // sheet validated, the share of the summary's rows written, with sheets that exist.
      expect(painted.length).toBeGreaterThan(0);
      let percent = 0;
      for (const text of painted) {
        if (text === t('da', 'pane.working')) continue;
        const read = /^Læser ark (\d+) af (\d+): (.+)$/.exec(text);
        const write = /^Skriver (.+) \((\d+) %\)$/.exec(text);
        if (read) {
          expect([text, Number(read[1]) <= Number(read[2]) && Number(read[2]) <= 2 && read[3] === 'Ark1']).toEqual([text, true]);
          percent = 0;
        } else if (write) {
          // Within a run the share only grows, up to all of it.
          expect([text, written.includes(write[1]) && Number(write[2]) >= percent && Number(write[2]) <= 100]).toEqual([text, true]);
          percent = Number(write[2]);
        } else {
          expect(text).toBe('Validerer Ark1');
        }
      }
      expect(painted).toEqual(expect.arrayContaining(['Validerer Ark1']));
      // The write reports as it goes, not only when it is over.
      expect(painted.filter((text) => text.startsWith('Skriver ')).length).toBeGreaterThan(1);
      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
