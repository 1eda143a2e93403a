import { BUILTIN_PROFILES } from '../../../src/core/profile/load';
import { readOverview } from '../../../src/core/read/overview';
import { planReport, planSheetNames } from '../../../src/core/report';
import { deliveryYear } from '../../../src/core/report/area';
import { displayDate } from '../../../src/core/report/format';
import type { CellSpec, SheetSpec } from '../../../src/core/report/sheetspec';
import { rollup } from '../../../src/core/rollup';
import { snapshotOf, trendSince } from '../../../src/core/trend';
import { validate } from '../../../src/core/validate';
import { OVERVIEW_HEAD, OVERVIEW_HEAD_MERGES, gridOf, overviewRow } from '../../helpers/grid';

const profile = BUILTIN_PROFILES['2016-2020'];

function report(lang: 'da' | 'en', taken: string[] = []) {
  const read = readOverview(
    gridOf(
      [
        ...OVERVIEW_HEAD,
        ['1. Digital kommunikation og borgerbetjening'],
        overviewRow('1.1: =HYPERLINK("http://x","y")', ['ultimo 2016', null, 'medio 2018', 'primo 2019'], '+4512345678', 'feng@kl.dk', 'Teknik og Miljø', 'Gul', '@sum <b>fed</b>'),
        overviewRow('1.2: Adgang til egne data', [], 'Kirsten Elbo', 'kieb@kl.dk', 'Teknik og Miljø', 'Blå'),
        ['2. Digital velfærd'],
        overviewRow('2.4: Telemedicin', [], 'Poul Erik Kristensen', 'prk@kl.dk', 'Teknik og Miljø', 'Rød', 'Bagud'),
      ],
      { merges: OVERVIEW_HEAD_MERGES },
    ),
    profile,
  );
  if (!read.ok) throw new Error('fixture');
  const overview = read.overview;
  const r = rollup(overview, profile, '2018-12-15');
  const snapshot = snapshotOf(overview, '2018-12-15');
  return planReport({
    overview,
    findings: validate(overview, profile),
    rollup: r,
    trend: trendSince([], snapshot),
    history: [],
    snapshot,
    profile,
    lang,
    names: planSheetNames(r.areas, taken),
  }).map((sheet) => sheet.make());
}

const values = (spec: SheetSpec) => spec.rows.flat().filter((c): c is CellSpec => c !== null).map((c) => c.value);
const find = (spec: SheetSpec, value: unknown) => {
  for (const [r, row] of spec.rows.entries()) for (const [c, cell] of row.entries()) if (cell?.value === value) return { r: r + 1, c: c + 1, cell };
  return null;
};

describe('planReport, each sheet made', () => {
  const specs = report('da');
  const sheet = (owner: string) => specs.find((s) => s.owner === owner) as SheetSpec;

  it('writes summary, one sheet per area, validation and the hidden history, each with its owner', () => {
    expect(specs.map((s) => [s.name, s.owner, s.visibility])).toEqual([
      ['Samlet status', 'summary', 'visible'],
      ['Statusnotat', 'note', 'visible'],
      ['1. Digital kommunikation og…', 'area:1', 'visible'],
      ['2. Digital velfærd', 'area:2', 'visible'],
      ['Validering', 'validation', 'visible'],
      ['Leverance historik', 'snapshot', 'hidden'],
    ]);
  });

  it('keeps sheet names Danish in English, and translates the labels inside', () => {
    const en = report('en');
    expect(en.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    expect(values(en[0])).toContain('Total');
    expect(values(specs[0])).toContain('I alt');
  });

  it('writes dates in the language of the labels, in every sheet and its print footer', () => {
    const texts = (spec: SheetSpec) => [...values(spec).filter((v): v is string => typeof v === 'string'), spec.print?.footer ?? ''].join('\n');
    for (const spec of report('en').filter((s) => s.visibility === 'visible')) {
      expect(texts(spec)).toContain(displayDate('2018-12-15', 'en'));
      expect(texts(spec)).not.toMatch(/\b\d{1,2}\.\d{1,2}\.\d{4}\b/);
    }
    for (const spec of specs.filter((s) => s.visibility === 'visible')) expect(texts(spec)).toContain(displayDate('2018-12-15', 'da'));
  });

  it('keeps text from the overview as the same string, whatever it starts with', () => {
    const area = sheet('area:1');
    expect(values(area)).toEqual(expect.arrayContaining(['=HYPERLINK("http://x","y")', '+4512345678', '@sum <b>fed</b>']));
  });

  it('puts the area table under a stacked bar chart that reads it', () => {
    const summary = specs[0];
    expect(summary.chart?.type).toBe('barStacked');
    const first = find(summary, '1');
    expect(first).not.toBeNull();
    const [from, to] = (summary.chart?.categories ?? '').split(':');
    expect(from).toBe(`B${first?.r}`);
    expect(to).toBe(`B${(first?.r ?? 0) + 1}`);
    expect(summary.chart?.series.map((s) => s.values)).toEqual([
      `E${first?.r}:E${(first?.r ?? 0) + 1}`,
      `F${first?.r}:F${(first?.r ?? 0) + 1}`,
      `G${first?.r}:G${(first?.r ?? 0) + 1}`,
      `H${first?.r}:H${(first?.r ?? 0) + 1}`,
      `I${first?.r}:I${(first?.r ?? 0) + 1}`,
    ]);
  });

  it('links area rows to their sheets and initiatives back to their source row', () => {
    const summary = specs[0];
    expect(find(summary, 'Digital velfærd')?.cell?.link).toEqual({ sheet: '2. Digital velfærd', cell: 'A1' });
    const area = sheet('area:1');
    const source = area.rows.flat().filter((c) => c?.link && 'sheet' in c.link && c.link.sheet === 'Leveranceoversigt');
    expect(source.map((c) => c?.link)).toEqual([
      { sheet: 'Leveranceoversigt', cell: 'A7' },
      { sheet: 'Leveranceoversigt', cell: 'A8' },
    ]);
  });

  it('gives area sheets a frozen header, an autofilter and landscape print fit to width', () => {
    const area = sheet('area:1');
    expect(area.freeze).toEqual({ rows: 4, cols: 0 });
    expect(area.autoFilter).toBe('A4:I6');
    expect(area.print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
    expect(find(area, 'Leverance 2018')).not.toBeNull();
    expect(find(area, 'primo 2019 (30.4.2019)')).not.toBeNull();
  });

  it('lists findings with links to their cells on the validation sheet', () => {
    const validation = sheet('validation');
    const linked = validation.rows.flat().filter((c) => c?.style === 'link');
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((c) => c?.link && 'sheet' in c.link && c.link.sheet === 'Leveranceoversigt')).toBe(true);
  });

  it('writes the status note in one wide column of wrapped text, for A4 portrait', () => {
    const note = sheet('note');
    expect(note.columns).toHaveLength(1);
    expect(note.rows.every((row) => row.length <= 1)).toBe(true);
    expect(note.print).toMatchObject({ orientation: 'portrait', fitToWidth: true });
    const text = note.rows.flat().filter((c): c is CellSpec => c !== null);
    expect(text.every((c) => c.style !== undefined && note.styles[c.style]?.wrap === true)).toBe(true);
    expect(text[0].value).toBe('Status ved andet halvår af 2018');
    expect(values(note)).toContain('Ét initiativ er i rød:');
    expect(values(note)).toContain('•  2.4 Telemedicin: Bagud.');
    // A row holding a long paragraph is made tall enough to show it.
    const long = note.rows.findIndex((row) => typeof row[0]?.value === 'string' && row[0].value.length > 120);
    expect(note.rowHeights?.[long + 1]).toBeGreaterThan(15);
  });

  it('keeps the note sheet Danish by name and writes the note in English with --lang en', () => {
    const note = report('en').find((s) => s.owner === 'note') as SheetSpec;
    expect(note.name).toBe('Statusnotat');
    expect(values(note)).toContain('One initiative is red:');
  });

  it('keeps a formula-like remark in the note as text', () => {
    expect(values(sheet('note'))).toContain('•  1.1 =HYPERLINK("http://x","y"): @sum <b>fed</b>.');
  });

  it('chooses free names next to a user sheet called Samlet status', () => {
    expect(report('da', ['Samlet status'])[0].name).toBe('Samlet status (2)');
  });
});

describe('deliveryYear', () => {
  it('is the report year kept within the plan columns', () => {
    expect(deliveryYear([2016, 2017, 2018], '2017-06-30')).toBe(2017);
    expect(deliveryYear([2016, 2017, 2018], '2026-11-23')).toBe(2018);
    expect(deliveryYear([2016, 2017, 2018], '2010-01-01')).toBe(2016);
    expect(deliveryYear([], '2017-06-30')).toBeNull();
  });
});
