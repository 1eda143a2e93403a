import { clearMarks, marksSentence, summarizeAndMark, validateAndMark } from '../../src/addin/actions';
import { validationMessage } from '../../src/commands/messages';
import { t } from '../../src/core/i18n';
import { DEFAULT_AREA_RULE } from '../../src/addin/area-rule';
import { SETTING_KEYS, runOptions } from '../../src/addin/choices';
import { OfficeWorkbook } from '../../src/office/workbook';
import { FakeExcel } from '../fake-excel';

function workbook(): FakeExcel {
  const fake = new FakeExcel();
  fake.addSheet('Leveranceoversigt', {
    rows: [
      ['LEVERANCEOVERSIGT'],
      ['Initiativ', 'Titel', 2019, 2020, 'Kontakt-person hos KL', 'Kontakt', 'Kontor i KL', 'Status', 'Bemærkning'],
      ['1. Digital kommunikation og borgerbetjening'],
      ['1.1', 'Digital post', 'Medio 2019', 'Ultimo 2020', 'Anne Bæk', 'anbk@kl.dk', 'Digitalisering', 'Grøn', ''],
      ['1.2', 'Selvbetjening', 'Primo 2019', '', 'NN', '', 'Digitalisering', 'Gul', ''],
      ['1.3', '=HYPERLINK("x")', '', '', 'Ole Hansen', 'kieb(at)kl.dk', 'Digitalisering', { value: null, fill: 'FF0000' }, 'Forsinket'],
      ['1.4', '', 'Medio 2019', '', 'Ole Hansen', 'olha@kl.dk', 'Digitalisering', 'Lilla', ''],
    ],
  });
  return fake;
}

const opts = runOptions({ profile: '2016-2020', sheet: '', areaRule: DEFAULT_AREA_RULE, lang: 'da', reportDate: '2019-12-15' });

const markedCells = (fake: FakeExcel, sheet: string) => fake.sheet(sheet).conditionalFormats.flatMap((cf) => cf.rects).length;

describe('the add-in actions', () => {
  it('validate reads and marks in one click of three round trips: sheets with their first rows, the overview, the marks', async () => {
    const fake = workbook();
    await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(fake.stats.length).toBe(3);
  });

  it('the ribbon reads the stored choices in that first round trip: the stored sheet and language apply', async () => {
    const fake = workbook();
    fake.addSheet('Kopi', { rows: [['Initiativ', 'Status'], ['9.9', 'Grøn']] });
    fake.book.settings.set(SETTING_KEYS.sheet, 'Kopi');
    fake.book.settings.set(SETTING_KEYS.lang, 'en');
    let lang = '';
    const result = await validateAndMark(new OfficeWorkbook(fake.host), (stored) => {
      lang = stored.lang ?? 'da';
      return runOptions({ ...stored, lang: stored.lang ?? 'da' });
    });
    expect([result.sheet, lang]).toEqual(['Kopi', 'en']);
    // Still three: the settings ride along with the sheets' first rows.
    expect(fake.stats.length).toBe(3);
  });

  it('validate on a protected overview gives its findings and says its cells were not marked', async () => {
    const fake = workbook();
    fake.sheet('Leveranceoversigt').protected = true;
    const result = await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.marked).toEqual({ status: 'protected', sheet: 'Leveranceoversigt' });
    expect(markedCells(fake, 'Leveranceoversigt')).toBe(0);
    expect(marksSentence(result.marked, 'da')).toBe(t('da', 'marks.protected', { sheet: 'Leveranceoversigt' }));
    expect(validationMessage(result, 'en')).toContain(t('en', 'marks.protected', { sheet: 'Leveranceoversigt' }));
    expect(validationMessage(result, 'en')).not.toContain(t('en', 'ribbon.validated.marked'));
  });

  it('validate on an unprotected overview says nothing about protection', async () => {
    const result = await validateAndMark(new OfficeWorkbook(workbook().host), opts);
    expect(result.marked).toEqual({ status: 'done' });
    expect(marksSentence(result.marked, 'da')).toBeNull();
    expect(validationMessage(result, 'en')).toContain(t('en', 'ribbon.validated.marked'));
  });

  it('validate marks each offending cell once', async () => {
    const fake = workbook();
    const result = await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(result.sheet).toBe('Leveranceoversigt');
    expect(result.initiatives).toBe(4);
    expect(result.findings.length).toBeGreaterThan(0);
    expect(markedCells(fake, 'Leveranceoversigt')).toBe(new Set(result.findings.map((f) => f.cell)).size);
  });

  it('summarize writes the sheets, marks the overview and shows the summary', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    const result = await summarizeAndMark(port, opts);
    expect(result.sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of result.sheets) expect(fake.hasSheet(name)).toBe(true);
    expect(fake.book.activeSheet).toBe(result.sheets[0]);
    expect(markedCells(fake, 'Leveranceoversigt')).toBe(new Set(result.findings.map((f) => f.cell)).size);
    // The overview's text that looks like a formula is copied as text, and never becomes one.
    expect(fake.cell('Leveranceoversigt', 'B6')).toEqual({ value: '=HYPERLINK("x")', numberFormat: 'General' });
    const written = fake.book.sheets.filter((s) => s.name !== 'Leveranceoversigt').flatMap((s) => [...s.cells.values()]);
    expect(written.filter((c) => c.value === '=HYPERLINK("x")').length).toBeGreaterThan(0);
    expect(written.filter((c) => c.formula !== undefined)).toEqual([]);
    // A rerun replaces its sheets instead of adding more.
    const count = fake.book.sheets.length;
    await summarizeAndMark(port, opts);
    expect(fake.book.sheets.length).toBe(count);
  });

  it('marks nothing when there is no overview', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark1', { rows: [['Indkøbsliste'], ['mælk']] });
    const result = await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(result.sheet).toBeNull();
    expect(result.findings.map((f) => f.rule)).toEqual(['sheet.not-found']);
    expect(fake.sheet('Ark1').conditionalFormats).toEqual([]);
  });

  it('clear removes the marks a validation made', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await validateAndMark(port, opts);
    await clearMarks(port);
    expect(markedCells(fake, 'Leveranceoversigt')).toBe(0);
  });
});
