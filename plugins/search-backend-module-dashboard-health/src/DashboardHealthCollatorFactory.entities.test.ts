import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { DashboardHealthCollatorFactory } from './DashboardHealthCollatorFactory';
import { dashboard } from './__testUtils__/healthBackend';

const withoutSuperset: Entity = {
  ...dashboard(4, 'Hand-written dashboard'),
  metadata: { name: 'hand-written', namespace: 'default' },
};
const typeInAnotherCase: Entity = {
  ...dashboard(5, 'Upper-case type'),
  spec: { type: 'Dashboard', owner: 'group:default/marketing-analytics' },
};
const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'dashboard', owner: 'group:default/billing' },
};

describe('DashboardHealthCollatorFactory entity selection', () => {
  it('indexes exactly the entities -common counts as dashboards', async () => {
    const asked: string[][] = [];
    const factory = new DashboardHealthCollatorFactory({
      catalog: catalogServiceMock({
        entities: [
          dashboard(1, 'Sales'),
          withoutSuperset,
          typeInAnotherCase,
          component,
        ],
      }),
      auth: mockServices.auth(),
      discovery: mockServices.discovery(),
      logger: mockServices.logger.mock(),
      fetch: async (_url, init) => {
        const { entityRefs } = JSON.parse(String(init?.body));
        asked.push(entityRefs);
        return new Response(JSON.stringify({ items: [], unchecked: [] }));
      },
    });

    const docs = [];
    for await (const doc of await factory.getCollator()) docs.push(doc);

    const refs = [
      'resource:default/prod-dashboard-1',
      'resource:default/prod-dashboard-5',
    ];
    expect(docs.map(d => d.entityRef).sort()).toEqual(refs);
    expect(asked.flat().sort()).toEqual(refs);
  });
});
