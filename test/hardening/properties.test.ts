/**
 * Property-based tests (SPEC §7 "Any input … never a crash"; "Nothing is lost"): random
 * grids through the core, random sheets through the .xlsx writer and reader, random
 * workbooks through a whole summarize. Runs are bounded so the suite stays fast; a failure
 * prints the seed and the shrunk counterexample to replay.
 */
import fc from 'fast-check';
import type { Cell, CellValue, Grid, GridRange } from '../../src/core/grid';
import { renderFinding } from '../../src/core/i18n';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { readOverview } from '../../src/core/read/overview';
import { planReport, planSheetNames } from '../../src/core/report';
import type { CellSpec, SheetSpec } from '../../src/core/report/sheetspec';
import { rollup } from '../../src/core/rollup';
import { STATUS_KEYS } from '../../src/core/status';
import { snapshotOf, trendSince } from '../../src/core/trend';
import { validate } from '../../src/core/validate';
import { runSummary } from '../../src/workbook/pipeline';
import { WorkbookError } from '../../src/workbook/port';
import { XlsxWorkbook } from '../../src/xlsx';
import { zipEntries } from '../xlsx/helpers';
import { ERROR_VALUES, xlsxOf } from './corpus';

const profile = BUILTIN_PROFILES['2016-2020'];

const WORDS = [
  'Grøn', 'Gul', 'Rød', 'grøn ', 'GUL', 'R', 'G', 'Y', 'amber', 'Afsluttet', 'Gennemført', 'done', 'Blå', 'Ja', 'Nej', 'NN', 'N.N.', '?', '-', '',
  'Initiativ', 'Nr.', 'Titel', 'Indsatsområde', 'Tidshorisont', 'Kontakt-person hos KL', 'Kontakt', 'E-mail', 'Kontor i KL.', 'Status', 'Statusfarve',
  'Bemærkning', 'Er aktivitet gennemført?', 'Skal behandles politisk igen?', 'LEVERANCEOVERSIGT', 'Version af 15. december 2018',
  '1. Digital kommunikation og borgerbetjening', '2. Digital velfærd', '12. Økonomi', 'ultimo 2016', 'medio 20018', '2. halvår 2019',
  'Nov. 16 - aug. 17', '01.07.09-31.12.09', 'frem mod 2019', 'Digitalisering og Borgerbetjening', 'Arbejdsgange og ITarkitektur',
  'kieb(at)kl.dk', 'ANBK@kl.dk', 'æøå ÆØÅ', '=HYPERLINK("x")', '+45 33 70 33 70', '@a', '<b>x</b>',
];
const HEADERS = ['Initiativ', 'Nr.', 'Titel', 'Indsatsområde', 'Kontaktperson', 'E-mail', 'Kontor', 'Status', 'Bemærkning', 'Gennemført', 2016, 2017, 2018, 2019, 2020];

const id = fc.tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 12000 }), fc.constantFrom('', 'a', 'x')).map(([a, n, s]) => `${a}.${n}${s}`);
const value: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: id },
  { weight: 2, arbitrary: fc.tuple(id, fc.constantFrom(': ', ' ', ':'), fc.string({ maxLength: 30 })).map(([i, sep, t]) => `${i}${sep}${t}`) },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.date({ min: new Date(Date.UTC(1899, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: 2000, max: 2099 }), fc.double({ noNaN: true, noDefaultInfinity: true })) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_VALUES).map((error) => ({ error })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3 }).map((s) => (s || 'x').repeat(3000)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 4, arbitrary: fc.constant(null) },
);
const fill = fc.constantFrom('00B050', 'FFC000', 'FF0000', '70AD47', 'FFD966', 'E06666', 'D9D9D9', '000000', 'FFFFFF');
const cell: fc.Arbitrary<Cell | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.record({ value, fill: fc.option(fill, { nil: undefined }), numFmt: fc.option(fc.constantFrom('0.00', 'dd-mm-yyyy', '@'), { nil: undefined }) }, { requiredKeys: ['value'] }) },
);

/** A grid: maybe a plausible header row, random rows, random (possibly overlapping) merges. */
const grid: fc.Arbitrary<Grid> = fc
  .record({
    head: fc.option(fc.shuffledSubarray(HEADERS, { minLength: 2 }), { nil: null }),
    above: fc.integer({ min: 0, max: 3 }),
    rows: fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 40 }),
    merges: fc.array(fc.tuple(fc.nat(45), fc.nat(15), fc.nat(4), fc.nat(6)), { maxLength: 6 }),
    originRow: fc.integer({ min: 1, max: 5 }),
    originCol: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ head, above, rows, merges, originRow, originCol }) => {
    const cells: (Cell | null)[][] = [...Array.from({ length: above }, () => [{ value: 'LEVERANCEOVERSIGT' }]), ...(head ? [head.map((v) => ({ value: v }))] : []), ...rows];
    const ranges: GridRange[] = merges.map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));
    return { sheetName: 'Leveranceoversigt', originRow, originCol, cells, merges: ranges, tables: [] };
  });

describe('the core on random grids', () => {
  it('never throws, and the rollup adds up', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const read = readOverview(g, profile);
        if (!read.ok) return;
        const { overview } = read;
        const findings = validate(overview, profile);
        for (const f of findings) renderFinding(f, 'en');
        const r = rollup(overview, profile, '2018-12-15');
        expect(r.total).toBe(overview.initiatives.length);
        expect(STATUS_KEYS.reduce((n, s) => n + r.byStatus[s], 0)).toBe(r.total);
        expect(r.areas.reduce((n, a) => n + a.total, 0)).toBeLessThanOrEqual(r.total);
        for (const a of r.areas) expect(STATUS_KEYS.reduce((n, s) => n + a.byStatus[s], 0)).toBe(a.total);

        const snapshot = snapshotOf(overview, '2018-12-15');
        const names = planSheetNames(r.areas, ['Leveranceoversigt']);
        const specs = planReport({ overview, findings, rollup: r, trend: trendSince([], snapshot), history: [], snapshot, profile, lang: 'da', names }).map((sheet) => sheet.make());
        for (const s of specs) expect(s.name).toMatch(/^[^[\]:*?/\\]{1,31}$/);
        expect(new Set(specs.map((s) => s.name.toLowerCase())).size).toBe(specs.length);
      }),
      { numRuns: 300 },
    );
  });
});

/** Text XML 1.0 can carry: the writer drops the rest (control characters, lone surrogates). */
const xmlText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
const specValue = fc.oneof(
  { weight: 4, arbitrary: xmlText },
  { weight: 1, arbitrary: fc.constantFrom('=SUM(A1)', '+45', '-', '@x', ' lead and trail ', 'line\r\nbreak\ttab', '<f>1</f>', '&amp;', '"\'', 'x'.repeat(32_767)) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
);

describe('the .xlsx writer and reader', () => {
  it('read back exactly the values written: strings, numbers, booleans', async () => {
    const base = await xlsxOf({ name: 'base', sheets: [{ grid: { sheetName: 'Ark1', originRow: 1, originCol: 1, cells: [[{ value: 'x' }]], merges: [], tables: [] } }] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.option(specValue, { nil: null }), { maxLength: 8 }), { minLength: 1, maxLength: 12 }), async (rows) => {
        const spec: SheetSpec = {
          name: 'Samlet status',
          owner: 'summary',
          visibility: 'visible',
          styles: { b: { bold: true } },
          rows: rows.map((r) => r.map((v, k): CellSpec | null => (v === null ? null : { value: v, style: k % 2 ? 'b' : undefined }))),
          columns: [],
          merges: [],
        };
        const wb = await XlsxWorkbook.fromBuffer(base);
        await wb.writeSheets([spec]);
        const back = await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).readGrid('Samlet status');
        const at = (r: number, c: number) => back.cells[r + 1 - back.originRow]?.[c + 1 - back.originCol]?.value ?? null;
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            // An empty string is an empty cell once written.
            expect([r, c, at(r, c)]).toEqual([r, c, v === '' ? null : v]);
          }),
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('summarize on random workbooks', () => {
  it('leaves the source sheet and every user sheet as they were, value for value and byte for byte', async () => {
    const userSheet = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(grid, userSheet, fc.boolean(), async (overview, notes, hidden) => {
        // ExcelJS writes overlapping merges Excel would reject; keep those out of the input.
        const merges = overview.merges.filter((m, k) => overview.merges.every((o, j) => j >= k || m.bottom < o.top || o.bottom < m.top || m.right < o.left || o.right < m.left));
        const input = await xlsxOf({
          name: 'random',
          sheets: [
            { grid: { ...overview, merges } },
            { grid: { sheetName: 'Noter', originRow: 1, originCol: 1, cells: notes, merges: [], tables: [] }, state: hidden ? 'hidden' : 'visible' },
          ],
        });
        const wb = await XlsxWorkbook.fromBuffer(input);
        const before = [await wb.readGrid('Leveranceoversigt'), await wb.readGrid('Noter')];
        try {
          await runSummary(wb, { profile, lang: 'da', reportDate: '2018-12-15' });
        } catch (e) {
          // No overview in this grid: a clear error, and nothing written.
          expect(e).toBeInstanceOf(WorkbookError);
          expect((e as WorkbookError).code).toBe('no-overview');
          return;
        }
        const output = await wb.toBuffer();
        const again = await XlsxWorkbook.fromBuffer(output);
        expect([await again.readGrid('Leveranceoversigt'), await again.readGrid('Noter')]).toEqual(before);
        const inEntries = await zipEntries(input);
        const outEntries = await zipEntries(output);
        const shared = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml']);
        for (const [name, bytes] of inEntries) if (!shared.has(name)) expect([name, outEntries.get(name)]).toEqual([name, bytes]);
      }),
      { numRuns: 25 },
    );
  });
});
