import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogDashboards } from './CatalogDashboards';

function resource(
  name: string,
  options: { type?: string; annotations?: Record<string, string> } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: options.annotations ?? {
        'superset.apache.org/instance': 'prod',
        'superset.apache.org/dashboard-id': '1',
      },
    },
    spec: { type: options.type ?? 'dashboard', owner: 'group:default/a' },
  };
}

const entities = [
  resource('sales'),
  resource('upper-type', { type: 'Dashboard' }),
  resource('no-dashboard-id', {
    annotations: { 'superset.apache.org/instance': 'prod' },
  }),
  resource('hand-written', { annotations: {} }),
];

describe('CatalogDashboards', () => {
  const dashboards = new CatalogDashboards(
    catalogServiceMock({ entities }),
    mockServices.auth(),
  );
  const user = mockCredentials.user();

  it('reads one entity, in every listing, as the -common definition does', async () => {
    const all = await dashboards.allDashboardRefs();
    const resolved = await dashboards.resolvePolicy({
      id: 'p',
      name: 'p',
      environment: 'prod',
      entityRefs: [],
      // A selector with no tags or owners: every dashboard of the environment.
      selector: { tags: [] },
      window: { start: '01:00', end: '05:00', timezone: 'UTC' },
      enabled: true,
      notify: 'regressions',
      createdAt: '',
      updatedAt: '',
    });
    const one = async (ref: string) =>
      (await dashboards.getDashboard(ref, user)) !== undefined;

    const expected = ['resource:default/sales', 'resource:default/upper-type'];
    expect([...all].sort()).toEqual(expected);
    expect(resolved).toEqual(expected);
    expect(
      await Promise.all(
        entities.map(e => one(`resource:default/${e.metadata.name}`)),
      ),
    ).toEqual([true, true, false, false]);
    expect(
      await dashboards.checkDashboards(
        ['resource:default/no-dashboard-id'],
        'prod',
        user,
      ),
    ).toEqual([
      {
        entityRef: 'resource:default/no-dashboard-id',
        problem: 'not-a-dashboard',
      },
    ]);
  });
});
