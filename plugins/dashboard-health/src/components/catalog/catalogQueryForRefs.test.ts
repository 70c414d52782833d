import { catalogQueryForRefs } from './catalogQueryForRefs';

describe('catalogQueryForRefs', () => {
  it('groups names by kind and namespace', () => {
    expect(
      catalogQueryForRefs([
        'resource:default/sales',
        'resource:finance/ledger',
        'resource:default/web',
      ]),
    ).toEqual({
      $any: [
        {
          kind: 'resource',
          'metadata.namespace': 'default',
          'metadata.name': { $in: ['sales', 'web'] },
        },
        {
          kind: 'resource',
          'metadata.namespace': 'finance',
          'metadata.name': { $in: ['ledger'] },
        },
      ],
    });
  });

  it('matches nothing for no refs', () => {
    expect(catalogQueryForRefs([])).toEqual({ $any: [] });
  });
});
