import { catalogQueryForDashboards } from './catalogQueryForDashboards';

const refs = (...names: string[]) => names.map(n => `resource:default/${n}`);
const namesIn = (...names: string[]) => ({
  $any: [
    {
      kind: 'resource',
      'metadata.namespace': 'default',
      'metadata.name': { $in: names },
    },
  ],
});

describe('catalogQueryForDashboards', () => {
  it('names the matching dashboards when they are the fewer', () => {
    expect(catalogQueryForDashboards(refs('a'), refs('b', 'c'))).toEqual(
      namesIn('a'),
    );
  });

  it('names the others when most dashboards match: every dashboard but them', () => {
    expect(catalogQueryForDashboards(refs('a', 'b'), refs('c'))).toEqual({
      $all: [
        {
          kind: 'Resource',
          'spec.type': 'dashboard',
          'metadata.annotations.superset.apache.org/instance': {
            $exists: true,
          },
          'metadata.annotations.superset.apache.org/dashboard-id': {
            $exists: true,
          },
        },
        { $not: namesIn('c') },
      ],
    });
  });
});
