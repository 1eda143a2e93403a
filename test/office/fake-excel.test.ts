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
    // Office.js sends an Instantiate action per proxy made (worksheets, getItem…, getRange) besides the query or write.
    expect(fake.stats.map((s) => s.operations)).toEqual([4, 3]);
    expect(fake.stats[1].requestBytes).toBeGreaterThan(300);
  });

  it('counts requests and responses in Office.js\'s RichApi format, per-operation overhead included', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', { rows: [['a', 1]] });
    await fake.run(async (context: Ctx) => {
      const range = context.workbook.worksheets.getItem('Ark').getRange('A1:B1');
      range.values = [['x', 2]];
      range.load('values');
      await context.sync();
      expect(range.values).toEqual([['x', 2]]);
    });
    const { requestBytes, responseBytes } = fake.stats[0];
    // Workbook, worksheets, getItem('Ark'), getRange('A1:B1') are paths with an Instantiate action each; then the write and the query.
    const body = {
      Actions: [
        { Id: 2, ActionType: 1, Name: '', ObjectPathId: 1 },
        { Id: 4, ActionType: 1, Name: '', ObjectPathId: 3 },
        { Id: 6, ActionType: 1, Name: '', ObjectPathId: 5 },
        { Id: 8, ActionType: 1, Name: '', ObjectPathId: 7 },
        { Id: 9, ActionType: 4, Name: 'Values', ObjectPathId: 7, ArgumentInfo: { Arguments: [[['x', 2]]] } },
        { Id: 10, ActionType: 2, Name: '', ObjectPathId: 7, QueryInfo: { Select: ['values'], Expand: [] } },
      ],
      ObjectPaths: {
        1: { Id: 1, ObjectPathType: 1, Name: '' },
        3: { Id: 3, ObjectPathType: 4, Name: 'Worksheets', ParentObjectPathId: 1 },
        5: { Id: 5, ObjectPathType: 3, Name: 'GetItem', ParentObjectPathId: 3, ArgumentInfo: { Arguments: ['Ark'] } },
        7: { Id: 7, ObjectPathType: 3, Name: 'GetRange', ParentObjectPathId: 5, ArgumentInfo: { Arguments: ['A1:B1'] } },
      },
    };
    expect(requestBytes).toBe(JSON.stringify(body).length);
    expect(responseBytes).toBe(JSON.stringify({ Results: [{ ActionId: 10, Value: { Values: [['x', 2]] } }] }).length);

    // The same 2 000 cells written one by one cost far more than in one range: each write carries its path and actions.
    const cells = async (oneByOne: boolean) => {
      const f = new FakeExcel();
      f.addSheet('Ark');
      await f.run(async (context: Ctx) => {
        const ws = context.workbook.worksheets.getItem('Ark');
        if (oneByOne) for (let r = 1; r <= 2000; r++) ws.getRange(`A${r}`).values = [['x']];
        else ws.getRange('A1:A2000').values = Array.from({ length: 2000 }, () => ['x']);
        await context.sync();
      });
      return f.stats[0].requestBytes;
    };
    expect(await cells(true)).toBeGreaterThan(40 * (await cells(false)));
  });

  it('holds Excel on the web\'s limits by default: 5 MB responses, 50 000 cells of properties, 512 merged areas', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', {
      rows: Array.from({ length: 60_000 }, (_, k) => [`${'x'.repeat(80)}${k}`]),
      merges: Array.from({ length: 600 }, (_, k) => `B${2 * k + 1}:C${2 * k + 1}`),
    });
    await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Ark');
      ws.getRange('A1:A60000').load('values');
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      ws.getRange('A1:A50001').getCellProperties({ format: { fill: { color: true } } });
      await expect(context.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
      ws.getRange('A1:C1200').getMergedAreasOrNullObject().load('address');
      await expect(context.sync()).rejects.toMatchObject({ code: 'GeneralException' });
      const fine = ws.getRange('A1:C1024').getMergedAreasOrNullObject().load('areaCount');
      await context.sync();
      expect(fine.areaCount).toBe(512);
    });
  });

  it('takes the configured time per sync, and tells the date system through DATE(1904;1;1)', async () => {
    const fake = new FakeExcel({ latencyMs: 30 });
    fake.book.date1904 = true;
    const t0 = Date.now();
    const serial = await fake.run(async (context: Ctx) => {
      const date = context.workbook.functions.date(1904, 1, 1).load('value');
      await context.sync();
      return date.value;
    });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(25);
    expect(serial).toBe(0);
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

  it('walks the sheets from getFirst by getNextOrNullObject; past the last, all that is asked is a null object, counted in the request all the same', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Et', { rows: [['a']] });
    fake.addSheet('To', { rows: [['b', 'c']], visibility: 'Hidden' });
    fake.addSheet('Tre', { rows: [['d']] });
    await fake.run(async (context: Ctx) => {
      const sheets = context.workbook.worksheets;
      const chain = [sheets.getFirst()];
      for (let k = 0; k < 3; k++) chain.push(chain[k].getNextOrNullObject());
      const visible = sheets.getFirst(true).getNextOrNullObject(true);
      const asked = [...chain, visible].map((ws) => {
        ws.load('name');
        const used = ws.getUsedRangeOrNullObject(true).load('address');
        const marker = ws.names.getItemOrNullObject('Leverance.Ejer').load('formula');
        const formats = ws.getRange().conditionalFormats.load('items/type');
        return { ws, used, marker, formats };
      });
      await context.sync();
      expect(asked.map(({ ws }) => (ws.isNullObject ? null : ws.name))).toEqual(['Et', 'To', 'Tre', null, 'Tre']);
      expect(asked.map(({ used }) => (used.isNullObject ? null : used.address))).toEqual(['Et!A1', 'To!A1:B1', 'Tre!A1', null, 'Tre!A1']);
      expect(asked[3].marker.isNullObject).toBe(true);
      expect(asked[3].formats.items).toEqual([]);
    });
    // Each link is an object path with its parent: the last is sent with the whole chain before it.
    expect(fake.stats[0].operations).toBeGreaterThan(5 * 6);
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

  it('finds number cells (getSpecialCells with Numbers) and sends their areas\' formats as a collection in Office.js\'s format', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', {
      rows: [
        ['a', 2019, { value: new Date(Date.UTC(2019, 7, 31)), numberFormat: 'dd-mm-yyyy' }],
        [true, { error: '#N/A' }, { value: 7, formula: '=3+4', numberFormat: '0.0' }],
      ],
    });
    await fake.run(async (context: Ctx) => {
      const used = context.workbook.worksheets.getItem('Ark').getRange('A1:C2');
      const constants = used.getSpecialCellsOrNullObject('Constants', 'Numbers').load('cellCount,areaCount');
      const formulas = used.getSpecialCellsOrNullObject('Formulas', 'Numbers').load('cellCount,areaCount');
      await context.sync();
      expect([constants.cellCount, constants.areaCount, formulas.cellCount]).toEqual([2, 1, 1]);
      fake.resetStats();
      const areas = constants.areas.load('items/rowIndex,items/columnIndex,items/numberFormat');
      await context.sync();
      expect(areas.items.map((r) => [r.rowIndex, r.columnIndex, r.numberFormat])).toEqual([[0, 1, [['General', 'dd-mm-yyyy']]]]);
      // The response is the collection's items with their properties by PascalCase name.
      const body = '{"Results":[{"ActionId":0,"Value":{"_Items":[{"RowIndex":0,"ColumnIndex":1,"NumberFormat":[["General","dd-mm-yyyy"]]}]}}]}';
      expect(Math.abs(fake.stats[0].responseBytes - body.length)).toBeLessThanOrEqual(4);
    });
  });

  it('finds error cells apart (getSpecialCells with Errors), and loads a custom format\'s formula through its list', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Ark', { rows: [['a', { error: '#N/A' }], [{ value: { error: '#DIV/0!' }, formula: '=1/0' }, 2]] });
    fake.sheet('Ark').conditionalFormats.push(
      { id: 1, type: 'Custom', rects: [{ top: 0, left: 0, bottom: 0, right: 0 }], formula: '=TRUE', borders: {} },
      { id: 2, type: 'DataBar', rects: [{ top: 1, left: 1, bottom: 1, right: 1 }], borders: {} },
    );
    await fake.run(async (context: Ctx) => {
      const ws = context.workbook.worksheets.getItem('Ark');
      const constants = ws.getRange('A1:B2').getSpecialCellsOrNullObject('Constants', 'Errors').load('address');
      const formulas = ws.getRange('A1:B2').getSpecialCellsOrNullObject('Formulas', 'Errors').load('address');
      const formats = ws.getRange().conditionalFormats.load('items/customOrNullObject/rule/formula');
      await context.sync();
      expect([constants.address, formulas.address]).toEqual(['Ark!B1', 'Ark!A2']);
      expect(formats.items.map((cf) => (cf.customOrNullObject.isNullObject ? null : cf.customOrNullObject.rule.formula))).toEqual(['=TRUE', null]);
    });
  });
});
