/**
 * The task pane in a real browser: the playground (the pane on the in-memory fake Excel)
 * built once with webpack, served from 127.0.0.1 and driven in Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { t } from '../../src/core/i18n';
import { BUILTIN_PROFILES, DEFAULT_PROFILE_NAME } from '../../src/core/profile/load';
import { rollup } from '../../src/core/rollup';
import { buildNote } from '../../src/core/report/note';
import { noteToText } from '../../src/core/report/note-render';
import { snapshotOf, trendSince } from '../../src/core/trend';
import { runValidation, today, type ValidationResult } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';
import { PLAYGROUND_BOOKS } from '../../playground/make-grids';
import { buildPlayground, hasChromium, launchChromium, serveStatic } from '../../playground/harness';
import type {} from '../../playground/window';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const XSS = '<img src=x onerror=alert(1)>';

if (!hasChromium()) {
  console.warn('Skipping the task pane browser tests: /usr/bin/chromium is missing (CI installs it: apt-get install chromium).');
}
const suite = hasChromium() ? describe : describe.skip;

interface Opened {
  page: Page;
  dialogs: string[];
  /** Console errors and uncaught exceptions: a CSP violation or a crash shows up here. */
  problems: string[];
}

suite('task pane in the browser (playground)', () => {
  let site: Awaited<ReturnType<typeof buildPlayground>>;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  let browser: Browser;
  let expected: ValidationResult;

  beforeAll(async () => {
    // The build takes most of the time; the browser and the expected findings come meanwhile.
    const reference = async () =>
      runValidation(await XlsxWorkbook.open(PLAYGROUND_BOOKS.example), { profile: BUILTIN_PROFILES[DEFAULT_PROFILE_NAME], lang: 'da' });
    [site, browser, expected] = await Promise.all([buildPlayground({ fast: true }), launchChromium(), reference()]);
    server = await serveStatic(site.dir);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  async function open(query = ''): Promise<Opened> {
    const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    const opened: Opened = { page, dialogs: [], problems: [] };
    page.on('dialog', (d) => {
      opened.dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') opened.problems.push(m.text());
    });
    page.on('pageerror', (e) => opened.problems.push(e.message));
    await page.goto(`${server.url}${query}`);
    // Detection has run once the detected sheet is shown and the pane is no longer busy.
    await page.locator('[data-fact="sheet"]', { hasText: 'Leveranceoversigt' }).waitFor();
    await page.locator('main[aria-busy="false"]').waitFor();
    return opened;
  }

  const fakeState = (page: Page) =>
    page.evaluate(() => {
      const fake = window.__leverance!.fake;
      return {
        selection: fake.book.selection,
        active: fake.book.activeSheet,
        sheets: fake.book.sheets.map((s) => s.name),
        settings: Object.fromEntries(fake.book.settings),
      };
    });

  /** Clicks an action and waits for the run it starts to end (the pane is `aria-busy` meanwhile). */
  async function act(page: Page, name: string): Promise<void> {
    await page.getByRole('button', { name, exact: true }).click();
    await page.locator('main[aria-busy="false"]').waitFor();
  }

  async function validate(page: Page): Promise<void> {
    await act(page, 'Valider');
    await page.locator('#findings-heading').waitFor();
  }

  async function summarize(page: Page): Promise<void> {
    await act(page, 'Opdater opsummering');
    await page.getByText('Opsummeringen er skrevet').waitFor();
  }

  it('shows the detected overview; validating lists the findings as runValidation counts them, selects their cells, and stays stable', async () => {
    const { page, problems } = await open();
    await expect(page.locator('[data-fact="headerRow"]').textContent()).resolves.toBe(String(expected.headerRow));
    await expect(page.locator('[data-fact="initiatives"]').textContent()).resolves.toBe(String(expected.initiatives));
    await validate(page);
    const want: Record<string, number> = {};
    for (const f of expected.findings) want[`${f.severity}|${f.rule}`] = (want[`${f.severity}|${f.rule}`] ?? 0) + 1;
    const groups = await page
      .locator('[data-group]')
      .evaluateAll((nodes) => Object.fromEntries(nodes.map((n) => [n.getAttribute('data-group'), Number(n.getAttribute('data-count'))])));
    expect(groups).toEqual(want);
    await expect(page.locator('#findings-heading').textContent()).resolves.toBe(`Fund (${expected.findings.length})`);
    // The in-memory rollup after validation: one table row per area.
    const areas = rollup(expected.overview!, BUILTIN_PROFILES[DEFAULT_PROFILE_NAME], '2018-12-15').areas;
    await expect(page.locator('[data-area]').count()).resolves.toBe(areas.length);

    // A click selects the finding's cell; next and previous walk the list.
    const cells = await page.locator('[data-finding]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-finding')));
    await page.locator('[data-finding]').first().click();
    await expect(fakeState(page)).resolves.toMatchObject({ selection: cells[0], active: 'Leveranceoversigt' });
    await page.getByRole('button', { name: 'Næste fund' }).click();
    const afterNext = await fakeState(page);
    expect(afterNext.selection).not.toBe(cells[0]);
    await expect(page.locator('[aria-current="true"]').getAttribute('data-finding')).resolves.toBe(afterNext.selection);
    await page.getByRole('button', { name: 'Forrige fund' }).click();
    await expect(fakeState(page)).resolves.toMatchObject({ selection: cells[0] });

    // Open every group but the first, then re-validate: same groups, same order, same ones open.
    const headers = page.locator('[data-group] button[aria-expanded]');
    for (let k = 1; k < (await headers.count()); k++) await headers.nth(k).click();
    const expansion = () =>
      page.locator('[data-group]').evaluateAll((nodes) => nodes.map((n) => [n.getAttribute('data-group'), n.querySelector('[aria-expanded="true"]') !== null]));
    const before = await expansion();
    expect(before.filter(([, isOpen]) => isOpen).length).toBeGreaterThan(0);
    await validate(page);
    await expect(expansion()).resolves.toEqual(before);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  /** axe-core's serious and critical findings on the page as it is, with the settings open. */
  async function seriousViolations(page: Page) {
    await page.getByRole('button', { name: /^(Indstillinger|Settings)$/ }).click();
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  it('summarising writes the sheets into the (fake) workbook and shows the rollup; axe-core finds nothing serious', async () => {
    const { page, problems } = await open();
    await summarize(page);
    const state = await fakeState(page);
    expect(state.sheets).toEqual(expect.arrayContaining(['Leveranceoversigt', 'Samlet status', 'Validering']));
    expect(state.active).toBe('Samlet status');
    await expect(page.getByTestId('status-chips').textContent()).resolves.toContain('Grøn');
    await expect(seriousViolations(page)).resolves.toEqual([]);
    expect(problems).toEqual([]);

    // A failure is one plain sentence from the catalogue: Excel busy editing a cell.
    await page.evaluate(() => {
      window.__leverance!.fake.editing = true;
    });
    await act(page, 'Valider');
    await expect(page.locator('[data-intent="error"]').textContent()).resolves.toBe(t('da', 'error.editing', { detail: '' }).trim());
    await page.context().close();
  });

  it('Kopiér notat puts the status note on the clipboard as plain text, and keeps the focus on the button', async () => {
    const { page, problems } = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const button = page.getByRole('button', { name: 'Kopiér notat', exact: true });
    await expect(button.isDisabled()).resolves.toBe(true);
    await summarize(page);
    await button.click();
    await page.getByText('Statusnotatet er kopieret som tekst').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const overview = expected.overview!;
    const profile = BUILTIN_PROFILES[DEFAULT_PROFILE_NAME];
    const date = today();
    const note = buildNote({ overview, rollup: rollup(overview, profile, date), trend: trendSince([], snapshotOf(overview, date)) });
    expect(copied).toBe(noteToText(note, 'da'));
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the profile and language chosen in the workbook; English changes the labels', async () => {
    const { page } = await open();
    await page.getByLabel('Profil', { exact: true }).selectOption('2011-2015');
    await page.locator('[data-fact="profile"]', { hasText: '2011-2015' }).waitFor();
    await expect(fakeState(page)).resolves.toMatchObject({ settings: { 'Leverance.Profil': '2011-2015' } });
    await page.getByRole('button', { name: 'Indstillinger' }).click();
    await page.getByLabel('Sprog').selectOption('en');
    await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
    await expect(page.getByRole('button', { name: 'Valider', exact: true }).count()).resolves.toBe(0);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(fakeState(page)).resolves.toMatchObject({ settings: { 'Leverance.Profil': '2011-2015', 'Leverance.Sprog': 'en' } });
    await act(page, 'Validate');
    await expect(page.locator('#findings-heading').textContent()).resolves.toMatch(/^Findings \(\d+\)$/);
    await page.context().close();
  });

  it('shows workbook text that looks like markup as text: no <img>, no dialog', async () => {
    const { page, dialogs, problems } = await open('?fixture=formula-text');
    await validate(page);
    await summarize(page);
    await expect(page.getByText(XSS).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('<b>markup</b>').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('img, b').count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no serious or critical axe-core violations in the dark theme', async () => {
    const { page } = await open('?theme=dark');
    await validate(page);
    await summarize(page);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard alone: Tab to Valider, Enter, Tab into the findings, Enter selects the cell', async () => {
    const { page } = await open();
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent ?? '', finding: document.activeElement?.getAttribute('data-finding') ?? null }));
    for (let k = 0; k < 20 && (await focused()).text !== 'Valider'; k++) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Valider');
    await page.keyboard.press('Enter');
    await page.locator('[data-finding]').first().waitFor();
    for (let k = 0; k < 40 && (await focused()).finding === null; k++) await page.keyboard.press('Tab');
    const cell = (await focused()).finding;
    expect(cell).not.toBeNull();
    await page.keyboard.press('Enter');
    await expect(fakeState(page)).resolves.toMatchObject({ selection: cell });
    await page.context().close();
  });
});
