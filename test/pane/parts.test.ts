import { PART_SIZE, attach, detach } from '../../src/pane/parts';

describe('long arrays sent in parts', () => {
  it('takes the long arrays out of a call and puts them back in order, leaving the original untouched', () => {
    const cells = Array.from({ length: 2 * PART_SIZE + 7 }, (_, r) => [{ value: r }, { value: new Date(Date.UTC(2018, 11, 15)) }]);
    const call = { op: 'check', args: [{ sheetName: 'Leveranceoversigt', cells, merges: [] }, { lang: 'da' }] };
    const { shell, parts } = detach(call);
    expect(parts.map((p) => [p.path, p.items.length])).toEqual([
      [['args', 0, 'cells'], PART_SIZE],
      [['args', 0, 'cells'], PART_SIZE],
      [['args', 0, 'cells'], 7],
    ]);
    expect(shell.args[0]).toMatchObject({ sheetName: 'Leveranceoversigt', cells: [] });
    expect(call.args[0]).toMatchObject({ cells });
    for (const part of parts) attach(shell, part);
    expect(shell).toEqual(call);
  });

  it('sends short arrays and the top level as they are', () => {
    const value = [1, 2, 3];
    expect(detach(value)).toEqual({ shell: value, parts: [] });
    expect(detach({ findings: [{ rule: 'id.missing', cell: 'A7' }] }).parts).toEqual([]);
  });
});
