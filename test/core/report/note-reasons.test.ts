import { clausesOf, normalizedWords, sharedReasons } from '../../../src/core/report/note-reasons';

describe('clausesOf', () => {
  it('cuts a remark at sentence ends and semicolons, not at abbreviations', () => {
    const clauses = clausesOf('Valg af nye dataområder er forsinket. Forsinkelser i tidsplanen; kræver fokus ift. at få projektet på skinner.');
    expect(clauses.map((c) => c.words)).toEqual([
      'valg af nye dataområder er forsinket',
      'forsinkelser i tidsplanen',
      'kræver fokus ift at få projektet på skinner',
    ]);
  });

  it('keeps what it cuts, so the clauses put together are the remark', () => {
    const remark = 'Forsinket.  Udskudt til marts 2019;venter på KOMBIT\nSe bilag';
    expect(clausesOf(remark).map((c) => c.raw).join('')).toBe(remark);
  });
});

describe('normalizedWords', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(normalizedWords('  Forsinkelser i  TIDSPLANEN!! ')).toBe(normalizedWords('forsinkelser i tidsplanen'));
  });
});

describe('sharedReasons', () => {
  const SHARED = 'Programmet er i gul, som i den foregående periode. Forsinkelser i tidsplanen; kræver ekstra opmærksomhed.';

  it('groups remarks by the clause most of them share, and a clause that only begins with it counts', () => {
    const reasons = sharedReasons([
      SHARED,
      'Pilotprojektet er forsinket.',
      SHARED,
      'Valg af nye dataområder er forsinket. Forsinkelser i tidsplanen; kræver ekstra opmærksomhed.',
      'Forsinkelser i tidsplanen for implementering af forordningen.',
    ]);
    expect(reasons).toEqual([{ text: 'Forsinkelser i tidsplanen', members: [0, 2, 3, 4] }]);
  });

  it('quotes identical remarks whole, without their final full stop', () => {
    expect(sharedReasons([SHARED, 'Noget andet.', SHARED])).toEqual([{ text: SHARED.slice(0, -1), members: [0, 2] }]);
  });

  it('compares ignoring case, spaces and punctuation', () => {
    expect(sharedReasons(['Afventer  leverandøren', 'afventer leverandøren.'])).toEqual([{ text: 'Afventer  leverandøren', members: [0, 1] }]);
  });

  it('puts a remark in one group only, and needs two remarks for a group', () => {
    const reasons = sharedReasons(['A er sen. B mangler', 'A er sen', 'B mangler. C venter', 'C venter', 'D']);
    expect(reasons.map((r) => r.members)).toEqual([[0, 1], [2, 3]]);
  });

  it('quotes only words a remark still in play wrote whole', () => {
    // "Afventer" is whole only in the first remark, which joins the "Mangler data" group first.
    const reasons = sharedReasons(['Mangler data. Afventer', 'Mangler data', 'Mangler data', 'Afventer KOMBIT', 'Afventer svar']);
    expect(reasons).toEqual([{ text: 'Mangler data', members: [0, 1, 2] }]);
  });

  it('finds nothing in remarks that share nothing, or in empty ones', () => {
    expect(sharedReasons(['Forsinket hos leverandøren.', 'Mangler data.', '', ''])).toEqual([]);
  });
});
