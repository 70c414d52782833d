import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { LunrSearchEngine } from '@backstage/plugin-search-backend-node';
import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import { pipeline } from 'node:stream/promises';
import { DashboardHealthCollatorFactory } from './DashboardHealthCollatorFactory';
import { DashboardHealthDocument } from './DashboardHealthDocument';
import { dashboard, startHealthBackend } from './__testUtils__/healthBackend';

jest.setTimeout(120_000);

const entities = [
  dashboard(1, 'Sales Overview'),
  dashboard(2, 'Web Traffic'),
  dashboard(3, 'Marketing Spend (WIP)'),
];

async function collect(factory: DashboardHealthCollatorFactory) {
  const docs: DashboardHealthDocument[] = [];
  for await (const doc of await factory.getCollator()) docs.push(doc);
  return docs;
}

describe('DashboardHealthCollatorFactory', () => {
  const databases = TestDatabases.create({
    ids: [
      'POSTGRES_18',
      'POSTGRES_17',
      'POSTGRES_16',
      'POSTGRES_15',
      'POSTGRES_14',
      'POSTGRES_13',
      'SQLITE_3',
    ],
  });
  if (
    process.env.DASHBOARD_HEALTH_REQUIRE_POSTGRES &&
    !databases.eachSupportedId().some(([id]) => id.startsWith('POSTGRES'))
  ) {
    throw new Error('PostgreSQL is required for this test run');
  }
  let superset: RunningSupersetSimulator;
  beforeAll(async () => {
    superset = await startSupersetSimulator({ scenario: fixtureScenario() });
  });
  afterAll(() => superset.close());

  it.each(databases.eachSupportedId())(
    'indexes each dashboard with its latest health, landing on the Health tab (%p)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startHealthBackend({
        knex,
        supersetUrl: superset.url,
        entities,
      });
      await backend.validate('resource:default/prod-dashboard-2');
      await backend.validate('resource:default/prod-dashboard-3');

      const factory = new DashboardHealthCollatorFactory({
        catalog: catalogServiceMock({ entities }),
        auth: mockServices.auth(),
        discovery: {
          getBaseUrl: async () => backend.baseUrl,
          getExternalBaseUrl: async () => backend.baseUrl,
        },
        logger: mockServices.logger.mock(),
      });
      expect(factory.type).toBe('dashboard-health');
      expect(factory.visibilityPermission.name).toBe('catalog.entity.read');

      const docs = await collect(factory);
      const byRef = new Map(docs.map(d => [d.entityRef, d]));
      expect(docs).toHaveLength(3);
      expect(byRef.get('resource:default/prod-dashboard-2')).toMatchObject({
        title: 'Web Traffic',
        status: 'fail',
        environment: 'prod',
        owner: 'group:default/marketing-analytics',
        location: '/catalog/default/resource/prod-dashboard-2/dashboard-health',
        topIssue: expect.stringContaining('bounce_flag'),
        text: expect.stringContaining('column "bounce_flag" does not exist'),
        authorization: { resourceRef: 'resource:default/prod-dashboard-2' },
      });
      expect(byRef.get('resource:default/prod-dashboard-3')).toMatchObject({
        status: 'warn',
        text: expect.stringContaining('no rows'),
      });
      expect(byRef.get('resource:default/prod-dashboard-1')).toMatchObject({
        status: 'never',
        lastCheckedAt: '',
        text: 'Sales Overview is never checked.',
      });
      await backend.server.close();
    },
  );

  it("lets the search engine find a failing chart's error text and a stale dashboard", async () => {
    const knex = await databases.init('SQLITE_3');
    const backend = await startHealthBackend({
      knex,
      supersetUrl: superset.url,
      entities,
    });
    await backend.validate('resource:default/prod-dashboard-2');
    const factory = new DashboardHealthCollatorFactory({
      catalog: catalogServiceMock({ entities }),
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async () => backend.baseUrl,
        getExternalBaseUrl: async () => backend.baseUrl,
      },
      logger: mockServices.logger.mock(),
    });
    const engine = new LunrSearchEngine({ logger: mockServices.logger.mock() });
    const indexer = await engine.getIndexer('dashboard-health');
    await pipeline(await factory.getCollator(), indexer);

    const search = async (term: string) =>
      (await engine.query({ term, types: ['dashboard-health'] })).results;
    const byError = await search('bounce_flag');
    expect(byError.map(r => r.document.location)).toEqual([
      '/catalog/default/resource/prod-dashboard-2/dashboard-health',
    ]);
    expect(byError[0].type).toBe('dashboard-health');
    // Lunr matches fuzzily ("stale" is one edit from "sale"), so the stale dashboard must rank first.
    const byStale = await search('stale');
    expect(byStale[0].document.location).toBe(
      '/catalog/default/resource/prod-dashboard-2/dashboard-health',
    );
    const { results: failing } = await engine.query({
      term: 'failing',
      types: ['dashboard-health'],
    });
    expect(failing.map(r => r.document.title)).toEqual(['Web Traffic']);
    await backend.server.close();
  });
});
