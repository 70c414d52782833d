import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogEntityNames } from './currentEntities';

function resource(name: string, type: string, instance?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: instance
        ? {
            'superset.apache.org/instance': instance,
            'superset.apache.org/dashboard-id': '1',
          }
        : {},
    },
    spec: { type, owner: 'group:default/data-platform' },
  };
}

describe('catalogEntityNames', () => {
  it("names the catalog's dashboard entities of one Superset instance", async () => {
    const names = catalogEntityNames({
      catalog: catalogServiceMock({
        entities: [
          resource('prod-dashboard-1', 'dashboard', 'prod'),
          resource('prod-dashboard-2', 'dashboard', 'prod'),
          resource('staging-dashboard-1', 'dashboard', 'staging'),
          resource('prod-database-1', 'database', 'prod'),
          resource('hand-written', 'dashboard'),
        ],
      }),
      auth: mockServices.auth(),
    });
    expect([...(await names('prod'))].sort()).toEqual([
      'prod-dashboard-1',
      'prod-dashboard-2',
    ]);
  });
});
