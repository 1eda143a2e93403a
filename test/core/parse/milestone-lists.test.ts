import { cellMilestoneLists, cellMilestones } from '../../../src/core/parse/time';

describe('cellMilestoneLists: one list per single milestone', () => {
  it('reads each text as cellMilestones does', () => {
    const lists = cellMilestoneLists();
    for (const text of ['ultimo 2017', 'Løbende', '', 'primo/medio 2013', 'fra ultimo 2010', 'Primo 2012 og frem', 'ultimo 2017 (1.2)', 'x ultimo 2017'])
      expect(lists(text)).toEqual(cellMilestones(text));
  });

  it('hands out the first list for the same expression in other texts', () => {
    const lists = cellMilestoneLists();
    const first = lists('ultimo 2017 (initiativ 1.1)');
    const again = lists('Senest ultimo 2017, jf. aftalen');
    expect(again).toBe(first);
    expect(again).toEqual([{ text: 'ultimo 2017', start: '2017-09-01', due: '2017-12-31', year: 2017 }]);
  });

  it('keeps a list of its own for other words, other days, an open span or several milestones', () => {
    const lists = cellMilestoneLists();
    const primo = lists('primo 2018');
    // Same start, other words; same start and words' length, other words; same words, open.
    expect(lists('1. kvartal 2018')).not.toBe(primo);
    expect(lists('Primo 2018')).not.toBe(primo);
    expect(lists('Primo 2018')).toEqual([{ text: 'Primo 2018', start: '2018-01-01', due: '2018-04-30', year: 2018 }]);
    expect(lists('fra primo 2018')).toEqual([{ text: 'fra primo 2018', start: '2018-01-01', due: '2018-04-30', year: 2018, open: true }]);
    expect(lists('primo 2018 (igen)')).toBe(primo);
    const two = lists('primo/medio 2013');
    expect(lists('primo/medio 2013')).not.toBe(two);
  });

  it('stops remembering past its limit', () => {
    const lists = cellMilestoneLists(1);
    lists('primo 2017');
    const medio = lists('medio 2017');
    expect(lists('medio 2017 igen')).not.toBe(medio);
    expect(lists('medio 2017 igen')).toEqual(medio);
  });
});
