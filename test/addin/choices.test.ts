import { DEFAULT_AREA_RULE } from '../../src/addin/area-rule';
import { SETTING_KEYS, profileNamed, readStoredChoices, runOptions, storeChoice } from '../../src/addin/choices';
import { OfficeWorkbook } from '../../src/office/workbook';
import { FakeExcel } from '../fake-excel';

function port(): OfficeWorkbook {
  const fake = new FakeExcel();
  fake.addSheet('Leveranceoversigt', { rows: [['Initiativ', 'Status']] });
  return new OfficeWorkbook(fake.host);
}

describe('the choices kept in the workbook', () => {
  it('are the defaults when nothing is stored, with no language of their own', async () => {
    const { choices, sheets } = await readStoredChoices(port());
    expect(choices).toEqual({ profile: '2016-2020', sheet: '', areaRule: DEFAULT_AREA_RULE, lang: null });
    expect(sheets.map((s) => s.name)).toEqual(['Leveranceoversigt']);
  });

  it('read back what the pane stored, so the ribbon buttons run as the pane would', async () => {
    const wb = port();
    await storeChoice(wb, 'profile', '2011-2015');
    await storeChoice(wb, 'sheet', 'Leveranceoversigt');
    await storeChoice(wb, 'areaRule', { kind: 'threshold', redPercent: 30, yellowPercent: 50 });
    await storeChoice(wb, 'lang', 'en');
    const { choices } = await readStoredChoices(wb);
    expect(choices).toEqual({
      profile: '2011-2015',
      sheet: 'Leveranceoversigt',
      areaRule: { kind: 'threshold', redPercent: 30, yellowPercent: 50 },
      lang: 'en',
    });
    const opts = runOptions({ ...choices, lang: 'en' });
    expect(opts.sheet).toBe('Leveranceoversigt');
    expect(opts.profile.name).toBe('2011-2015');
    expect(opts.profile.areaRule).toEqual({ kind: 'threshold', red: 0.3, yellow: 0.5 });
  });

  it('forget a sheet that is gone and ignore what is not a known profile or language', async () => {
    const wb = port();
    await wb.setSetting(SETTING_KEYS.sheet, 'Slettet ark');
    await wb.setSetting(SETTING_KEYS.profile, '1999-2003');
    await wb.setSetting(SETTING_KEYS.lang, 'de');
    const { choices } = await readStoredChoices(wb);
    expect(choices).toMatchObject({ profile: '2016-2020', sheet: '', lang: null });
  });
});

describe('the run options of the choices', () => {
  const choices = { profile: '2016-2020', sheet: '', areaRule: DEFAULT_AREA_RULE, lang: 'da' as const };

  it('find the overview when no sheet is chosen, and use today for a date that is not one', () => {
    expect(runOptions(choices)).toMatchObject({ sheet: undefined, reportDate: undefined, lang: 'da' });
    expect(runOptions({ ...choices, reportDate: '2019-12-15' }).reportDate).toBe('2019-12-15');
    expect(runOptions({ ...choices, reportDate: '15.12.2019' }).reportDate).toBeUndefined();
    expect(runOptions({ ...choices, reportDate: '2019-02-30' }).reportDate).toBeUndefined();
  });

  it('fall back to the default profile for a name that is not built in', () => {
    expect(runOptions({ ...choices, profile: 'ukendt' }).profile.name).toBe(profileNamed(undefined).name);
  });
});
