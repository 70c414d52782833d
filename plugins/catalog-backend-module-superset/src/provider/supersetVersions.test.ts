import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
  supersetVersions,
} from '@internal/superset-simulator';
import { OwnerResolver } from '../entity/ownerResolver';
import { connectedProvider } from '../__testUtils__/providerHarness';

const owners = new OwnerResolver(
  [
    { email: 'ana.lima@example.com', owner: 'group:default/finance-analytics' },
    {
      email: 'chloe.martin@example.com',
      owner: 'group:default/marketing-analytics',
    },
  ],
  'group:default/data-platform',
);

/** The catalog sync against every supported Superset line: the same entities from each one's shapes. */
describe.each(supersetVersions)('catalog sync against Superset %s', version => {
  let sim: RunningSupersetSimulator;

  beforeAll(async () => {
    sim = await startSupersetSimulator({
      scenario: fixtureScenario(),
      port: 0,
      version,
    });
  });
  afterAll(() => sim.close());

  it('emits the three fixture dashboards with their owners, lifecycle and tags', async () => {
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      owners,
    });
    expect(await provider.sync()).toEqual({
      outcome: 'applied',
      entities: 3,
      removed: 0,
    });
    const entities = connection.latest
      .map(d => d.entity)
      .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
    expect(
      entities.map(e => ({
        name: e.metadata.name,
        title: e.metadata.title,
        tags: e.metadata.tags,
        owner: e.spec?.owner,
        lifecycle: e.spec?.lifecycle,
        owners: e.metadata.annotations?.['superset.apache.org/owners'],
      })),
    ).toEqual([
      {
        name: 'prod-dashboard-1',
        title: 'Sales Overview',
        tags: ['finance'],
        owner: 'group:default/finance-analytics',
        lifecycle: 'production',
        owners:
          'Ana Lima <ana.lima@example.com>, Ben Okafor <ben.okafor@example.com>',
      },
      expect.objectContaining({
        name: 'prod-dashboard-2',
        title: 'Web Traffic',
        lifecycle: 'production',
      }),
      expect.objectContaining({
        name: 'prod-dashboard-3',
        title: 'Marketing Spend (WIP)',
        owner: 'group:default/marketing-analytics',
        lifecycle: 'experimental',
      }),
    ]);
  });
});
