import { claimOwnedSheets, isOwnerName, ownerConstant, ownerFormula, ownerOf } from '../../src/workbook/owner';

describe('the owner marker', () => {
  it('holds the owner key as a string constant, read back from a file or from Office.js', () => {
    expect(ownerConstant('area:3')).toBe('"area:3"');
    expect(ownerFormula('a"b')).toBe('="a""b"');
    expect(ownerOf(ownerConstant('a"b'))).toBe('a"b');
    expect(ownerOf(ownerFormula('area:3'))).toBe('area:3');
    expect(ownerOf(' = "summary" ')).toBe('summary');
    expect(ownerOf('=Ark1!$A$1')).toBeNull();
    expect(ownerOf(3)).toBeNull();
    expect(isOwnerName('leverance.ejer')).toBe(true);
    expect(isOwnerName('Leverance.Ejer2')).toBe(false);
  });
});

describe('claiming owned sheets', () => {
  const specs = [
    { owner: 'summary', name: 'Samlet status' },
    { owner: 'area:1', name: '1. Digital kommunikation' },
  ];

  it('takes one sheet per owner key: the one bearing its name, else the first; the rest are copies', () => {
    const sheets = [
      { name: 'Leveranceoversigt', owner: null },
      { name: 'Samlet status juni', owner: 'summary' },
      { name: 'samlet STATUS', owner: 'summary' },
      { name: 'Område 1', owner: 'area:1' },
      { name: 'Område 1 (2)', owner: 'area:1' },
      { name: 'Gammel', owner: 'area:9' },
    ];
    const { owned, copies } = claimOwnedSheets(sheets, specs);
    expect(owned.map((s) => s.name)).toEqual(['samlet STATUS', 'Område 1', 'Gammel']);
    expect(copies.map((s) => s.name)).toEqual(['Samlet status juni', 'Område 1 (2)']);
  });

  it('claims nothing in a workbook without markers', () => {
    expect(claimOwnedSheets([{ name: 'Samlet status', owner: null }], specs)).toEqual({ owned: [], copies: [] });
  });
});
