import {
  fixtureScenario,
  generateScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import {
  AggregationTemporality,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { OwnerResolver } from '../entity/ownerResolver';
import { connectedProvider } from '../__testUtils__/providerHarness';

const simulators: RunningSupersetSimulator[] = [];
async function simulator(...args: Parameters<typeof startSupersetSimulator>) {
  const sim = await startSupersetSimulator(...args);
  simulators.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()));
});

const owners = new OwnerResolver(
  [
    { email: 'ana.lima@example.com', owner: 'group:default/finance-analytics' },
    { name: 'ben okafor', owner: 'group:default/data-platform' },
    {
      email: 'chloe.martin@example.com',
      owner: 'group:default/marketing-analytics',
    },
  ],
  'group:default/data-platform',
);

describe('SupersetEntityProvider against the simulator', () => {
  it('emits one Resource per dashboard of the fixture instance, with annotations, owner, tags and link', async () => {
    const sim = await simulator({ scenario: fixtureScenario() });
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      owners,
    });

    expect(await provider.sync()).toEqual({
      outcome: 'applied',
      entities: 3,
      removed: 0,
    });
    const byName = new Map(
      connection.latest.map(d => [d.entity.metadata.name, d]),
    );
    expect([...byName.keys()].sort()).toEqual([
      'prod-dashboard-1',
      'prod-dashboard-2',
      'prod-dashboard-3',
    ]);

    const sales = byName.get('prod-dashboard-1')!;
    expect(sales.locationKey).toBe(`url:${sim.url}/api/v1/dashboard/1`);
    expect(sales.entity).toMatchObject({
      kind: 'Resource',
      metadata: {
        title: 'Sales Overview',
        tags: ['finance'],
        links: [
          {
            url: `${sim.url}/superset/dashboard/sales-overview/`,
            title: 'Open in Superset (Production)',
          },
        ],
        annotations: {
          'superset.apache.org/instance': 'prod',
          'superset.apache.org/dashboard-id': '1',
          'superset.apache.org/owners':
            'Ana Lima <ana.lima@example.com>, Ben Okafor <ben.okafor@example.com>',
        },
      },
      // Ana is listed first and is mapped by email.
      spec: {
        type: 'dashboard',
        owner: 'group:default/finance-analytics',
        lifecycle: 'production',
      },
    });
    const marketing = byName.get('prod-dashboard-3')!.entity;
    expect(marketing.spec).toMatchObject({
      owner: 'group:default/marketing-analytics',
      lifecycle: 'experimental',
    });
    expect(
      marketing.metadata.annotations!['superset.apache.org/dashboard-uuid'],
    ).toBe('cc0c5731-9895-dd58-7b1b-1e5d00dbfc0b');
  });

  it('records sync duration and entity count as metrics', async () => {
    const exporter = new InMemoryMetricExporter(
      AggregationTemporality.CUMULATIVE,
    );
    const reader = new PeriodicExportingMetricReader({
      exporter,
      exportIntervalMillis: 60_000,
    });
    const meterProvider = new MeterProvider({ readers: [reader] });
    const sim = await simulator({ scenario: fixtureScenario() });
    const { provider } = await connectedProvider({
      simulator: sim,
      meter: meterProvider.getMeter('test'),
    });
    await provider.sync();
    sim.setFaults({ errorRate: 1 });
    await expect(provider.sync()).rejects.toThrow();
    await reader.forceFlush();
    const all = exporter
      .getMetrics()
      .flatMap(r => r.scopeMetrics.flatMap(s => s.metrics));
    const find = (name: string) =>
      all.find(m => m.descriptor.name === name)!.dataPoints;
    expect(
      find('catalog_superset.entities').map(p => [p.attributes, p.value]),
    ).toEqual([[{ instance: 'prod' }, 3]]);
    expect(
      find('catalog_superset.sync.duration').map(p => p.attributes),
    ).toEqual([
      { instance: 'prod', outcome: 'applied' },
      { instance: 'prod', outcome: 'failed' },
    ]);
    await meterProvider.shutdown();
  });

  it('reads the post-6.0 editors/viewers shape the same way', async () => {
    const sim = await simulator({
      scenario: fixtureScenario(),
      ownership: 'editors',
    });
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      owners,
    });
    await provider.sync();
    const sales = connection.latest.find(
      d => d.entity.metadata.name === 'prod-dashboard-1',
    )!;
    expect(sales.entity.spec!.owner).toBe('group:default/finance-analytics');
    expect(
      sales.entity.metadata.annotations!['superset.apache.org/owners'],
    ).toContain('Ana Lima');
  });

  it('removes a dashboard deleted in Superset on the next sync (full mutation)', async () => {
    const sim = await simulator({
      scenario: generateScenario({ dashboards: 10, seed: 3 }),
    });
    const { provider, connection } = await connectedProvider({
      simulator: sim,
    });
    await provider.sync();
    expect(connection.names.size).toBe(10);
    sim.removeDashboard(4);
    expect(await provider.sync()).toEqual({
      outcome: 'applied',
      entities: 9,
      removed: 1,
    });
    expect(connection.names.has('prod-dashboard-4')).toBe(false);
  });

  it('refuses a sync that would remove more than the allowed share, leaving the catalog as it was', async () => {
    const sim = await simulator({
      scenario: generateScenario({ dashboards: 10, seed: 3 }),
    });
    const { provider, connection, logger } = await connectedProvider({
      simulator: sim,
      maxRemovalShare: 0.5,
    });
    await provider.sync();
    for (const id of [1, 2, 3, 4, 5, 6]) sim.removeDashboard(id);
    const result = await provider.sync();
    expect(result).toMatchObject({
      outcome: 'refused',
      entities: 4,
      removed: 6,
    });
    expect(connection.mutations).toHaveLength(1);
    expect(connection.names.size).toBe(10);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'sync NOT applied, catalog left untouched: the sync would remove 6 of 10 dashboards (60%)',
      ),
    );
  });

  it('refuses an empty answer after a non-empty sync, even with the catalog unreachable', async () => {
    const sim = await simulator({
      scenario: generateScenario({ dashboards: 5, seed: 3 }),
    });
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      maxRemovalShare: 1,
      catalogUnavailable: true,
    });
    await provider.sync();
    for (const id of [1, 2, 3, 4, 5]) sim.removeDashboard(id);
    expect(await provider.sync()).toMatchObject({
      outcome: 'refused',
      reason:
        'Superset returned no dashboards but the catalog holds 5 from this provider',
    });
    expect(connection.names.size).toBe(5);
  });

  it('gives two instances distinct entities and providers', async () => {
    const prodSim = await simulator({ scenario: fixtureScenario() });
    const stagingSim = await simulator({
      scenario: generateScenario({ dashboards: 3, seed: 9 }),
    });
    const prod = await connectedProvider({ simulator: prodSim, id: 'prod' });
    const staging = await connectedProvider({
      simulator: stagingSim,
      id: 'staging',
    });
    await prod.provider.sync();
    await staging.provider.sync();
    expect(prod.provider.getProviderName()).toBe('superset-provider:prod');
    expect(staging.provider.getProviderName()).toBe(
      'superset-provider:staging',
    );
    const all = [...prod.connection.names, ...staging.connection.names];
    expect(new Set(all).size).toBe(6);
    expect(
      staging.connection.latest.every(
        d =>
          d.entity.metadata.annotations!['superset.apache.org/instance'] ===
          'staging',
      ),
    ).toBe(true);
  });

  it.each([
    ['down', { down: true }],
    ['answering 500', { errorRate: 1 }],
    ['answering malformed JSON', { malformedJsonRate: 1 }],
  ])(
    'throws and leaves the catalog untouched when Superset is %s',
    async (_, faults) => {
      const sim = await simulator({ scenario: fixtureScenario() });
      const { provider, connection } = await connectedProvider({
        simulator: sim,
      });
      await provider.sync();
      sim.setFaults(faults);
      await expect(provider.sync()).rejects.toThrow(/Superset prod/);
      expect(connection.mutations).toHaveLength(1);
      expect(connection.names.size).toBe(3);
    },
  );

  it('re-authenticates transparently when the token expired between syncs', async () => {
    const sim = await simulator({
      scenario: generateScenario({ dashboards: 250, seed: 5 }),
    });
    const { provider, connection } = await connectedProvider({
      simulator: sim,
    });
    await provider.sync();
    sim.expireTokens();
    expect(await provider.sync()).toMatchObject({
      outcome: 'applied',
      entities: 250,
    });
    expect(connection.names.size).toBe(250);
    expect(sim.requests.some(r => r.status === 401)).toBe(true);
  });
});
