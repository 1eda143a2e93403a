import { historyRows, readHistory, trendSince, type Snapshot } from '../../src/core/trend';
import { gridOf } from '../helpers/grid';

const snap = (reportDate: string, statuses: Snapshot['statuses']): Snapshot => ({
  reportDate,
  statuses,
  titles: Object.fromEntries(Object.keys(statuses).map((id) => [id, `Titel ${id}`])),
});

describe('trend', () => {
  const june = snap('2018-06-15', { '3.1': 'green', '2.4': 'yellow', '4.9': 'green' });
  const december = snap('2018-12-15', { '3.1': 'yellow', '2.4': 'red', '8.9': 'yellow' });

  it('lists changed, new and removed initiatives since the previous snapshot', () => {
    expect(trendSince([june], december)).toEqual({
      since: '2018-06-15',
      changed: [
        { id: '3.1', title: 'Titel 3.1', from: 'green', to: 'yellow' },
        { id: '2.4', title: 'Titel 2.4', from: 'yellow', to: 'red' },
      ],
      added: [{ id: '8.9', title: 'Titel 8.9' }],
      removed: [{ id: '4.9', title: 'Titel 4.9' }],
    });
  });

  it('has nothing to compare on the first run, and ignores snapshots of the same or a later date', () => {
    expect(trendSince([], june).since).toBeNull();
    expect(trendSince([december], june).since).toBeNull();
    expect(trendSince([june, december], december).since).toBe('2018-06-15');
  });

  it('stores snapshots as rows and reads them back, replacing a rerun of the same date', () => {
    const rows = historyRows([june, snap('2018-12-15', { '3.1': 'green' })], december);
    const back = readHistory(gridOf(rows));
    expect(back).toEqual([june, december]);
  });

  it('skips rows of the history sheet that do not parse', () => {
    const grid = gridOf([['Rapportdato'], ['2018-06-15', '1.1', 'lilla'], ['x', '1.1', 'green'], [new Date(Date.UTC(2018, 5, 15)), '1.2', 'red']]);
    expect(readHistory(grid)).toEqual([{ reportDate: '2018-06-15', statuses: { '1.2': 'red' }, titles: { '1.2': '' } }]);
  });
});
