import {
  generateScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import { connectedProvider } from '../__testUtils__/providerHarness';

const simulators: RunningSupersetSimulator[] = [];
async function simulator(dashboards: number) {
  const sim = await startSupersetSimulator({
    scenario: generateScenario({ dashboards, seed: 5 }),
  });
  simulators.push(sim);
  return sim;
}
afterEach(async () => {
  await Promise.all(simulators.splice(0).map(sim => sim.close()));
});

const nameOf = (id: number) => `prod-dashboard-${id}`;

/** A sync is a full mutation: a dashboard its listing skips leaves the catalog until the next sync. */
describe('a catalog sync while Superset changes', () => {
  it('keeps every dashboard that still exists when others are edited and deleted between the pages it reads', async () => {
    const sim = await simulator(450);
    const deleted = new Set<number>();
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      source: client => ({
        listDashboardOwners: options => client.listDashboardOwners(options),
        async *iterateDashboards(options) {
          for await (const page of client.iterateDashboards(options)) {
            yield page;
            const read = new Set(page.map(d => d.id));
            const unread = sim.scenario.dashboards.filter(d => !read.has(d.id));
            for (const dashboard of unread.slice(0, 3)) {
              sim.updateDashboard(dashboard.id, { changed_on: '0m' });
            }
            if (sim.removeDashboard(page[0].id)) deleted.add(page[0].id);
          }
        },
      }),
    });

    const result = await provider.sync();

    const expected = sim.scenario.dashboards.map(d => nameOf(d.id));
    expect(expected).toHaveLength(450 - deleted.size);
    expect(expected.filter(name => !connection.names.has(name))).toEqual([]);
    expect(result).toMatchObject({ outcome: 'applied' });
  });

  it('fails the sync and leaves the catalog as it was when Superset lists fewer dashboards than it counts', async () => {
    const sim = await simulator(250);
    let truncate = false;
    const { provider, connection } = await connectedProvider({
      simulator: sim,
      // A page that loses its last row, as when FAB's count and select disagree on every read.
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!truncate || !String(input).includes('/api/v1/dashboard/?')) {
          return response;
        }
        const body = await response.json();
        body.result = body.result.slice(0, -1);
        return new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    await provider.sync();
    const before = new Set(connection.names);
    expect(before.size).toBe(250);

    truncate = true;
    await expect(provider.sync()).rejects.toThrow(
      /Superset counted \d+ dashboards but listed \d+/,
    );

    expect(connection.mutations).toHaveLength(1);
    expect(connection.names).toEqual(before);
  });
});
