import { markFormula, markSeverity } from '../../src/office/marks';
import { OfficeWorkbook } from '../../src/office/workbook';
import type { CellMark } from '../../src/workbook/port';
import { FakeExcel, FakeOfficeError } from '../fake-excel';

function workbook(apiVersion?: string): FakeExcel {
  const fake = new FakeExcel({ apiVersion });
  const sheet = fake.addSheet('Leveranceoversigt', {
    rows: [
      ['Initiativ', 'Status', 'Kontakt'],
      ['1.1', { value: 'Gul', fill: 'FFFF00' }, 'kieb(at)kl.dk'],
      ['1.1', 'Lilla', 'NN'],
    ],
  });
  // The user's own conditional format and note, which the product must leave alone.
  sheet.conditionalFormats.push({ id: 999, type: 'Custom', rects: [{ top: 1, left: 1, bottom: 2, right: 1 }], formula: '=B2="Rød"', fill: '#FF0000', borders: {} });
  sheet.notes.set('C3', 'Spørg Anne');
  fake.addSheet('Andet', { rows: [['x']] });
  return fake;
}

const marks: CellMark[] = [
  { cell: 'A3', severity: 'error', note: 'Initiativnummeret «1.1» er brugt før, i række 2.' },
  { cell: 'B3', severity: 'error', note: 'Status «Lilla» kendes ikke.' },
  { cell: 'C2', severity: 'warning', note: 'Ugyldig e-mail.' },
  { cell: 'C3', severity: 'warning', note: 'Ingen kontaktperson.' },
];

describe('markSeverity', () => {
  it('knows each severity from its own formula, also with the spaces Excel may add', () => {
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(markSeverity(markFormula(severity))).toBe(severity);
      expect(markSeverity(markFormula(severity).replace('=0', ' = 0'))).toBe(severity);
    }
  });

  it('knows no formula that is not ours', () => {
    for (const formula of ['=B2="Rød"', '=N("Leverance:fatal")=0', '=N("Leverance:error")=1', '', null, 42]) expect(markSeverity(formula)).toBeNull();
  });
});

describe('OfficeWorkbook marks', () => {
  it('marks offending cells with owned conditional formats and notes, and leaves the cells and the user’s own alone', async () => {
    const fake = workbook();
    const before = JSON.stringify([...fake.sheet('Leveranceoversigt').cells]);
    await new OfficeWorkbook(fake.host).setMarks('Leveranceoversigt', marks);
    const sheet = fake.sheet('Leveranceoversigt');

    const ours = sheet.conditionalFormats.filter((cf) => cf.id !== 999);
    expect(ours.map((cf) => [cf.formula, cf.rects.length, cf.borders.EdgeTop])).toEqual([
      ['=N("Leverance:error")=0', 2, { style: 'Continuous', color: '#C00000' }],
      ['=N("Leverance:warning")=0', 2, { style: 'Continuous', color: '#ED7D31' }],
    ]);
    expect(ours.every((cf) => ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'].every((e) => cf.borders[e]))).toBe(true);
    expect(Object.fromEntries(sheet.notes)).toEqual({
      A3: 'Leverance: Initiativnummeret «1.1» er brugt før, i række 2.',
      B3: 'Leverance: Status «Lilla» kendes ikke.',
      C2: 'Leverance: Ugyldig e-mail.',
      C3: 'Spørg Anne',
    });
    expect(JSON.stringify([...sheet.cells])).toBe(before);
  });

  it('replaces earlier marks, and clearMarks removes exactly its own', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    await port.setMarks('Leveranceoversigt', [marks[0]]);
    const sheet = fake.sheet('Leveranceoversigt');
    expect(sheet.conditionalFormats.map((cf) => cf.id !== 999 && cf.formula)).toEqual([false, '=N("Leverance:error")=0']);
    expect([...sheet.notes.keys()].sort()).toEqual(['A3', 'C3']);

    fake.resetStats();
    await port.clearMarks();
    expect(sheet.conditionalFormats.map((cf) => cf.id)).toEqual([999]);
    expect(Object.fromEntries(sheet.notes)).toEqual({ C3: 'Spørg Anne' });
    expect(fake.book.settings.size).toBe(0);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
  });

  it('keeps a note the user rewrote, and works without notes before ExcelApi 1.18', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    fake.sheet('Leveranceoversigt').notes.set('A3', 'Mit eget notat');
    await port.clearMarks();
    expect(Object.fromEntries(fake.sheet('Leveranceoversigt').notes)).toEqual({ A3: 'Mit eget notat', C3: 'Spørg Anne' });

    const old = workbook('1.12');
    await new OfficeWorkbook(old.host).setMarks('Leveranceoversigt', marks);
    expect(old.sheet('Leveranceoversigt').conditionalFormats).toHaveLength(3);
    expect(Object.fromEntries(old.sheet('Leveranceoversigt').notes)).toEqual({ C3: 'Spørg Anne' });
  });

  it('skips a protected sheet with an outcome that names it, and clears marks elsewhere', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Andet', [{ cell: 'A1', severity: 'info', note: 'x' }]);
    fake.sheet('Leveranceoversigt').protected = true;
    expect(await port.setMarks('Leveranceoversigt', marks)).toEqual({ status: 'protected', sheet: 'Leveranceoversigt' });
    expect(fake.sheet('Leveranceoversigt').conditionalFormats).toHaveLength(1);

    fake.sheet('Leveranceoversigt').protected = false;
    await port.setMarks('Leveranceoversigt', marks);
    fake.sheet('Leveranceoversigt').protected = true;
    expect(await port.clearMarks()).toEqual({ status: 'protected', sheet: 'Leveranceoversigt' });
    expect(fake.sheet('Leveranceoversigt').conditionalFormats).toHaveLength(3);
    // The record keeps the protected sheet, so its marks go once it is unprotected.
    fake.sheet('Leveranceoversigt').protected = false;
    expect(await port.clearMarks()).toEqual({ status: 'done' });
    expect(fake.sheet('Leveranceoversigt').conditionalFormats.map((cf) => cf.id)).toEqual([999]);
    expect(Object.fromEntries(fake.sheet('Leveranceoversigt').notes)).toEqual({ C3: 'Spørg Anne' });
  });

  it('writes marks as a difference: the same marks again write nothing, changed ones touch only what changed', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    const sheet = fake.sheet('Leveranceoversigt');
    const formats = () => sheet.conditionalFormats.map((cf) => [cf.id, cf.formula]);
    const before = formats();

    fake.resetStats();
    await port.setMarks('Leveranceoversigt', marks);
    expect(fake.stats.filter((x) => x.suspendedCalculation)).toEqual([]);
    expect(formats()).toEqual(before);

    // A text changes, one mark goes, one comes: that note is written again, and the formats of the severity that changed.
    const next: CellMark[] = [{ ...marks[0], note: 'Initiativnummeret «1.1» er brugt før, i række 3.' }, marks[1], { cell: 'A2', severity: 'warning', note: 'Ny.' }];
    fake.resetStats();
    await port.setMarks('Leveranceoversigt', next);
    expect(Object.fromEntries(sheet.notes)).toEqual({
      A3: 'Leverance: Initiativnummeret «1.1» er brugt før, i række 3.',
      B3: 'Leverance: Status «Lilla» kendes ikke.',
      A2: 'Leverance: Ny.',
      C3: 'Spørg Anne',
    });
    expect(sheet.conditionalFormats.find((cf) => cf.formula?.includes('error'))?.id).toBe(before[1][0]);
    expect(sheet.conditionalFormats.filter((cf) => cf.formula?.includes('warning')).map((cf) => cf.rects)).toEqual([[{ top: 1, left: 0, bottom: 1, right: 0 }]]);
    expect(fake.stats.filter((x) => x.suspendedCalculation)).toHaveLength(1);
  });

  it('writes again what the user changed behind its back: a note rewritten, a format cleared from cells, a lost record', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    const sheet = fake.sheet('Leveranceoversigt');
    const wanted = { ...Object.fromEntries(sheet.notes) };
    const covered = () => sheet.conditionalFormats.filter((cf) => cf.id !== 999).flatMap((cf) => cf.rects.map((r) => `${cf.formula}@${r.top},${r.left}`)).sort();
    const marked = covered();

    sheet.notes.set('A3', 'Leverance: rettet af brugeren');
    sheet.conditionalFormats.find((cf) => cf.formula?.includes('error'))?.rects.pop();
    await port.setMarks('Leveranceoversigt', marks);
    expect(Object.fromEntries(sheet.notes)).toEqual(wanted);
    expect(covered()).toEqual(marked);

    fake.book.settings.clear();
    await port.setMarks('Leveranceoversigt', marks);
    expect(Object.fromEntries(sheet.notes)).toEqual(wanted);
    expect(covered()).toEqual(marked);
  });

  it('marks again after a row was inserted above: notes and formats moved with their cells, and the findings with them', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    const sheet = fake.sheet('Leveranceoversigt');
    const down = (cell: string) => cell.replace(/\d+/, (row) => String(Number(row) + 1));
    sheet.notes = new Map([...sheet.notes].map(([cell, text]) => [down(cell), text]));
    for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.map((r) => ({ ...r, top: r.top + 1, bottom: r.bottom + 1 }));
    const moved = marks.map((m) => ({ ...m, cell: down(m.cell) }));
    await port.setMarks('Leveranceoversigt', moved);
    expect(Object.fromEntries(sheet.notes)).toEqual({
      A4: 'Leverance: Initiativnummeret «1.1» er brugt før, i række 2.',
      B4: 'Leverance: Status «Lilla» kendes ikke.',
      C3: 'Leverance: Ugyldig e-mail.',
      C4: 'Spørg Anne',
    });
    expect(sheet.conditionalFormats.filter((cf) => cf.id !== 999).flatMap((cf) => cf.rects.map((r) => r.top)).sort()).toEqual([2, 3, 3, 3]);
  });

  it('keeps anchored notes that moved with their rows: marking again after a row was inserted above adds no note', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    const anchored = marks.map((m, k) => ({ ...m, anchor: `1.${k}@${m.cell.replace(/\d+$/, '')}` }));
    await port.setMarks('Leveranceoversigt', anchored);
    const sheet = fake.sheet('Leveranceoversigt');
    const down = (cell: string) => cell.replace(/\d+/, (row) => String(Number(row) + 1));
    sheet.notes = new Map([...sheet.notes].map(([cell, text]) => [down(cell), text]));
    for (const cf of sheet.conditionalFormats) cf.rects = cf.rects.map((r) => ({ ...r, top: r.top + 1, bottom: r.bottom + 1 }));
    const addedNotes: unknown[] = [];
    const execute = fake.execute.bind(fake);
    fake.execute = async (actions) => {
      for (const a of actions) if (a.info.Name === 'Add' && a.info.ArgumentInfo?.Arguments.some((x) => typeof x === 'string' && x.startsWith('Leverance:'))) addedNotes.push(a.info.ArgumentInfo.Arguments);
      return execute(actions);
    };
    await port.setMarks('Leveranceoversigt', anchored.map((m) => ({ ...m, cell: down(m.cell) })));
    expect(addedNotes).toEqual([]);
    expect(Object.fromEntries(sheet.notes)).toEqual({
      A4: 'Leverance: Initiativnummeret «1.1» er brugt før, i række 2.',
      B4: 'Leverance: Status «Lilla» kendes ikke.',
      C3: 'Leverance: Ugyldig e-mail.',
      C4: 'Spørg Anne',
    });
  });

  it('after a write cut short, trusts none of the sheet\'s marks to be in place, and writes them again', async () => {
    const fake = workbook();
    const port = new OfficeWorkbook(fake.host);
    await port.setMarks('Leveranceoversigt', marks);
    // The next write fails right after the record, before the first mark is removed: what came before stays applied.
    const execute = fake.execute.bind(fake);
    fake.execute = async (actions) => {
      const cut = actions.findIndex((a) => a.info.Name === 'Delete');
      if (cut < 0) return execute(actions);
      await execute(actions.slice(0, cut));
      throw new FakeOfficeError('GeneralException', 'cut short');
    };
    const moved = marks.map((m) => ({ ...m, cell: m.cell.replace('3', '4').replace('2', '3') }));
    await expect(port.setMarks('Leveranceoversigt', moved)).rejects.toBeTruthy();
    fake.execute = execute;
    await port.setMarks('Leveranceoversigt', moved);
    expect(Object.fromEntries(fake.sheet('Leveranceoversigt').notes)).toEqual({
      A4: 'Leverance: Initiativnummeret «1.1» er brugt før, i række 2.',
      B4: 'Leverance: Status «Lilla» kendes ikke.',
      C3: 'Spørg Anne',
      C4: 'Leverance: Ingen kontaktperson.',
    });
  });

  it('writes 20 000 marks in requests of up to about 4.5 MB, within Excel on the web\'s limits', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', { rows: Array.from({ length: 20_000 }, (_, k) => [`1.${k}`, 'x']) });
    const many: CellMark[] = Array.from({ length: 20_000 }, (_, k) => ({
      cell: `B${k + 1}`,
      severity: k % 3 === 0 ? 'error' : 'warning',
      note: `Status «x» kendes ikke; skriv Grøn, Gul, Rød eller Afsluttet (række ${k + 1}).`,
    }));
    await new OfficeWorkbook(fake.host).setMarks('Ark', many);
    expect(fake.sheet('Ark').notes.size).toBe(20_000);
    expect(fake.sheet('Ark').conditionalFormats.length).toBeLessThan(200);
    // Write requests suspend calculation; finding the old marks took one sync before them (the sheet is the one the user is on).
    const writes = fake.stats.filter((x) => x.suspendedCalculation);
    expect(fake.stats.length).toBe(writes.length + 1);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes.map((s) => s.requestBytes))).toBeLessThan(4_500_000);
  });
});
