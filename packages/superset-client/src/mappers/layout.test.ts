import { chartIdsFromLayout } from './layout';

const layout = {
  DASHBOARD_VERSION_KEY: 'v2',
  ROOT_ID: { children: ['TABS-1'], id: 'ROOT_ID', type: 'ROOT' },
  'TABS-1': { children: ['TAB-a', 'TAB-b'], id: 'TABS-1', type: 'TABS' },
  'TAB-a': { children: ['ROW-1'], id: 'TAB-a', type: 'TAB' },
  'TAB-b': { children: ['CHART-z', 'CHART-dup'], id: 'TAB-b', type: 'TAB' },
  'ROW-1': { children: ['CHART-x', 'CHART-y'], id: 'ROW-1', type: 'ROW' },
  'CHART-x': { children: [], type: 'CHART', meta: { chartId: 7 } },
  'CHART-y': { children: [], type: 'CHART', meta: { chartId: 3 } },
  'CHART-z': { children: [], type: 'CHART', meta: { chartId: 12 } },
  'CHART-dup': { children: [], type: 'CHART', meta: { chartId: 7 } },
  'CHART-orphan': { children: [], type: 'CHART', meta: { chartId: 99 } },
};

describe('chartIdsFromLayout', () => {
  it('lists placed charts in layout order, once each, leaving out orphans', () => {
    expect(chartIdsFromLayout(JSON.stringify(layout))).toEqual([7, 3, 12]);
  });

  it('is empty without a usable layout', () => {
    expect(chartIdsFromLayout(null)).toEqual([]);
    expect(chartIdsFromLayout('')).toEqual([]);
    expect(chartIdsFromLayout('not json')).toEqual([]);
    expect(chartIdsFromLayout('[1,2]')).toEqual([]);
  });

  it('survives a cyclic layout', () => {
    const cyclic = {
      ROOT_ID: { children: ['ROW'], type: 'ROOT' },
      ROW: { children: ['ROOT_ID', 'C'], type: 'ROW' },
      C: { type: 'CHART', meta: { chartId: 1 } },
    };
    expect(chartIdsFromLayout(JSON.stringify(cyclic))).toEqual([1]);
  });
});
