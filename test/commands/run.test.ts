import { AREA_RULE_SETTING, PROFILE_SETTING, SHEET_SETTING, errorMessage, profileNamed, storedChoices, summarizeAndMark, summaryMessage, validateAndMark, validationMessage } from '../../src/commands/run';
import { OfficeWorkbook } from '../../src/office/workbook';
import { WorkbookError } from '../../src/workbook/port';
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

const opts = { profile: profileNamed('2016-2020'), lang: 'da' as const, reportDate: '2019-12-15' };

describe('ribbon and pane actions', () => {
  it('validate marks the offending cells and says how many findings there are', async () => {
    const fake = workbook();
    const result = await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(result.sheet).toBe('Leveranceoversigt');
    expect(result.findings.length).toBeGreaterThan(0);
    const marked = fake.sheet('Leveranceoversigt').conditionalFormats.flatMap((cf) => cf.rects).length;
    expect(marked).toBe(new Set(result.findings.map((f) => f.cell)).size);
    expect(validationMessage(result, 'da')).toMatch(new RegExp(`^${result.findings.length} fund i «Leveranceoversigt» \\(4 initiativer\\)`));
  });

  it('summarize writes the sheets, shows the summary and reports what it wrote', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    const result = await summarizeAndMark(port, opts);
    expect(result.sheets.length).toBeGreaterThanOrEqual(3);
    for (const name of result.sheets) expect(fake.hasSheet(name)).toBe(true);
    expect(fake.book.activeSheet).toBe(result.sheets[0]);
    expect(summaryMessage(result, 'en')).toContain(`«${result.sheets[0]}»`);
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

  it('says plainly when there is no overview or Excel refuses', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark1', { rows: [['Indkøbsliste'], ['mælk']] });
    const result = await validateAndMark(new OfficeWorkbook(fake.host), opts);
    expect(result.findings.map((f) => f.rule)).toEqual(['sheet.not-found']);
    expect(validationMessage(result, 'da')).toMatch(/^Ingen ark ligner en leveranceoversigt/);
    expect(fake.sheet('Ark1').conditionalFormats).toEqual([]);
    expect(errorMessage(new WorkbookError('protected', 'Leveranceoversigt'), 'da')).toMatch(/^Arket er beskyttet/);
    expect(errorMessage(new WorkbookError('editing'), 'en')).not.toMatch(/\{|\}|at /);
    expect(errorMessage(new TypeError('x is undefined'), 'da')).toBe('Uventet fejl: x is undefined');
  });
});

describe('the choices the ribbon buttons run with', () => {
  it('follow the profile, sheet and area rule kept in the workbook by the pane', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    expect(await storedChoices(port)).toEqual({ profile: profileNamed('2016-2020') });
    await port.setSetting(PROFILE_SETTING, '2011-2015');
    await port.setSetting(SHEET_SETTING, 'Leveranceoversigt');
    await port.setSetting(AREA_RULE_SETTING, JSON.stringify({ kind: 'threshold', redPercent: 30, yellowPercent: 50 }));
    const choices = await storedChoices(port);
    expect(choices.sheet).toBe('Leveranceoversigt');
    expect(choices.profile.name).toBe('2011-2015');
    expect(choices.profile.areaRule).toEqual({ kind: 'threshold', red: 0.3, yellow: 0.5 });
    await port.setSetting(SHEET_SETTING, 'Slettet ark');
    expect((await storedChoices(port)).sheet).toBeUndefined();
  });
});
