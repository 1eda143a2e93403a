/** The fake must hold Office.js's rules, or the adapter tests prove nothing. */
import { FakeExcel, FakeOfficeError, type FakeContext } from '../fake-excel';

type Ctx = FakeContext;

describe('fake Excel', () => {
  it('throws PropertyNotLoaded until load() and sync(), and applies writes only at sync()', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', { rows: [['a']] });
    await fake.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem('Ark').getRange('A1');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.values = [['b']];
      expect(fake.cell('Ark', 'A1')?.value).toBe('a');
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([['b']]);
    });
    expect(fake.syncCount).toBe(1);
  });

  it('parses written strings like typed input: formulas, numbers, apostrophe text', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark');
    await fake.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Ark').getRange('A1:E1').values = [['=HYPERLINK("x")', "'=HYPERLINK(\"x\")", '1.10', '+45 1234', null]];
      await context.sync();
    });
    expect(fake.cell('Ark', 'A1')).toMatchObject({ formula: '=HYPERLINK("x")', value: '' });
    expect(fake.cell('Ark', 'B1')).toMatchObject({ value: '=HYPERLINK("x")', textPrefix: true });
    expect(fake.cell('Ark', 'B1')?.formula).toBeUndefined();
    expect(fake.cell('Ark', 'C1')?.value).toBe(1.1);
    expect(fake.cell('Ark', 'D1')?.formula).toBe('=+45 1234');
    expect(fake.cell('Ark', 'E1')).toBeUndefined();
  });

  it('fails a sync on a missing object, marks null objects, and counts request bytes', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark');
    await fake.run(async (context: Ctx) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Væk');
      missing.load('name');
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      context.workbook.worksheets.getItem('Væk').getRange('A1').values = [['x']];
      await expect(context.sync()).rejects.toEqual(expect.any(FakeOfficeError));
    });
    expect(fake.stats.map((s) => s.operations)).toEqual([1, 1]);
    expect(fake.stats[1].requestBytes).toBeGreaterThan(10);
  });

  it('refuses requests over 5 MB like Excel on the web', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark');
    const rows = Array.from({ length: 6000 }, () => ['x'.repeat(1000)]);
    await fake.run(async (context: Ctx) => {
      context.workbook.worksheets.getItem('Ark').getRange('A1:A6000').values = rows;
      await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(fake.cell('Ark', 'A1')).toBeUndefined();
  });

  it('finds constants and formulas as RangeAreas, a null object when there are none, and fails getSpecialCells then', async () => {
    const fake = new FakeExcel();
    // B2:C3 and B5 hold constants, D2 a formula; E2 is formatted only.
    fake.addSheet('Ark', {
      originRow: 2,
      originCol: 2,
      rows: [['a', 1, { value: 3, formula: '=1+2' }, { value: null, fill: 'FF0000' }], [true, 'b'], [], ['c']],
    });
    await fake.run(async (context: Ctx) => {
      const used = context.workbook.worksheets.getItem('Ark').getRange('A1:Z9');
      const constants = used.getSpecialCellsOrNullObject('Constants');
      const formulas = used.getSpecialCellsOrNullObject('Formulas');
      const none = context.workbook.worksheets.getItem('Ark').getRange('H1:H9').getSpecialCellsOrNullObject('Constants');
      constants.load('cellCount,areaCount,address');
      formulas.load('cellCount,areaCount');
      none.load('cellCount');
      expect(() => constants.cellCount).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect([constants.isNullObject, constants.cellCount, constants.areaCount, constants.address]).toEqual([false, 5, 2, 'Ark!B2:C3,Ark!B5']);
      expect([formulas.isNullObject, formulas.cellCount, formulas.areaCount]).toEqual([false, 1, 1]);
      expect(none.isNullObject).toBe(true);

      const areas = constants.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount');
      expect(() => areas.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(areas.items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount])).toEqual([
        [1, 1, 2, 2],
        [4, 1, 1, 1],
      ]);

      // A null object has no areas, and getSpecialCells fails where nothing matches.
      none.areas.load('items/rowIndex');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      context.workbook.worksheets.getItem('Ark').getRange('H1:H9').getSpecialCells('Formulas').load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
    });
  });
});
