import { parseMilestones } from '../../../src/core/parse/time';
import { sharedMilestoneLists } from '../../../src/core/read/milestone-lists';

describe('one list per single milestone', () => {
  it('hands out the first list for the same expression in other texts', () => {
    const share = sharedMilestoneLists();
    const first = share(parseMilestones('ultimo 2017 (initiativ 1.1)'));
    const again = share(parseMilestones('ultimo 2017, jf. aftalen'));
    expect(again).toBe(first);
    expect(again).toEqual([{ text: 'ultimo 2017', start: '2017-09-01', due: '2017-12-31', year: 2017 }]);
  });

  it('keeps a list of its own where the same words cover other days, or several milestones', () => {
    const share = sharedMilestoneLists();
    share([{ text: 'primo', start: '2013-01-01', due: '2013-04-30', year: 2013 }]);
    const later = [{ text: 'primo', start: '2014-01-01', due: '2014-04-30', year: 2014 }];
    expect(share(later)).toBe(later);
    const open = [{ text: 'primo', start: '2013-01-01', due: '2013-04-30', year: 2013, open: true as const }];
    expect(share(open)).toBe(open);
    const two = parseMilestones('primo/medio 2013');
    expect(share(two)).toBe(two);
    expect(share(parseMilestones('primo/medio 2013'))).not.toBe(two);
  });

  it('stops remembering past its limit', () => {
    const share = sharedMilestoneLists(1);
    share(parseMilestones('primo 2017'));
    const medio = parseMilestones('medio 2017');
    expect(share(medio)).toBe(medio);
    expect(share(parseMilestones('medio 2017 igen'))).not.toBe(medio);
  });
});
