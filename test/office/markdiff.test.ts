import { decodeFormatCells, decodeNoteCells, encodeFormatCells, encodeNoteCells, formatsStay, noteDigest, planNotes } from '../../src/office/markdiff';

const wanted = (entries: [string, string][]) => new Map(entries);

describe('marks as a difference', () => {
  it('records where each note text went, by digest, and reads it back', () => {
    const notes = wanted([['A1', 'x'], ['B2', 'y'], ['C3', 'x']]);
    const recorded = decodeNoteCells(encodeNoteCells(notes));
    expect(recorded).toEqual(new Map([[noteDigest('x'), ['A1', 'C3']], [noteDigest('y'), ['B2']]]));
    expect(noteDigest('x')).not.toBe(noteDigest('y'));
    expect(decodeNoteCells(undefined)).toEqual(new Map());
  });

  it('keeps a group of notes whose record still matches, and writes again the rest', () => {
    const before = wanted([['A1', 'x'], ['B2', 'y'], ['C3', 'x'], ['D4', 'z']]);
    const recorded = decodeNoteCells(encodeNoteCells(before));
    const found = [...before].map(([cell, content]) => ({ note: cell, content }));
    // The same marks: nothing to do.
    expect(planNotes(found, recorded, before)).toEqual({ remove: [], add: [] });
    // B2 changes text, C3 goes, E5 comes: the x group loses a cell so it is written again; z stays.
    const after = wanted([['A1', 'x'], ['B2', 'w'], ['D4', 'z'], ['E5', 'x']]);
    const plan = planNotes(found, recorded, after);
    expect(plan.remove.sort()).toEqual(['A1', 'B2', 'C3']);
    expect(plan.add).toEqual([{ key: 'A1', text: 'x' }, { key: 'B2', text: 'w' }, { key: 'E5', text: 'x' }]);
  });

  it('writes again a group the record does not account for: a note more or less, or no record', () => {
    const before = wanted([['A1', 'x'], ['C3', 'x']]);
    const found = [{ note: 'n1', content: 'x' }, { note: 'n2', content: 'x' }, { note: 'n3', content: 'x' }];
    expect(planNotes(found, decodeNoteCells(encodeNoteCells(before)), before)).toEqual({ remove: ['n1', 'n2', 'n3'], add: [{ key: 'A1', text: 'x' }, { key: 'C3', text: 'x' }] });
    expect(planNotes(found.slice(0, 2), new Map(), before).remove).toEqual(['n1', 'n2']);
  });

  it('keeps the formats of a severity while they were written for the same cells and cover as many', () => {
    const cells = new Map([['error', ['A1', 'B2']], ['warning', ['C3']], ['info', []]]);
    const recorded = decodeFormatCells(encodeFormatCells(cells));
    expect([...recorded.keys()]).toEqual(['error', 'warning']);
    expect(formatsStay(recorded.get('error'), ['B2', 'A1'], [2])).toBe(true);
    expect(formatsStay(recorded.get('error'), ['A1', 'B2'], [1])).toBe(false);
    expect(formatsStay(recorded.get('error'), ['A1', 'B3'], [2])).toBe(false);
    expect(formatsStay(recorded.get('error'), ['A1', 'B2'], [null])).toBe(false);
    expect(formatsStay(undefined, ['A1', 'B2'], [2])).toBe(false);
  });
});
