import { generateScenario } from '@internal/superset-simulator';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';

afterEach(closeSimulators);

/** A clock that only moves when the client waits, so the test sees every wait and takes none. */
function simulatedTime() {
  let now = Date.parse('2025-07-24T10:00:00Z');
  const starts: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
    },
    starts,
    fetch: ((input, init) => {
      starts.push(now);
      return fetch(input, init);
    }) as typeof fetch,
  };
}

describe("the instance's request budget (maxRequestsPerSecond)", () => {
  it('spaces the requests of a 1,000-dashboard listing by the instance rate, the login included', async () => {
    const time = simulatedTime();
    const { client } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 1_000 }) },
      instance: { id: 'budget-listing', maxRequestsPerSecond: 4 },
      client: { now: time.now, sleep: time.sleep, fetch: time.fetch },
    });

    expect(await client.listDashboards()).toHaveLength(1_000);

    // Login, the count, ten ranges of 100 and the closing open range: 13 requests, 250 ms apart.
    expect(time.starts).toHaveLength(13);
    const gaps = time.starts.slice(1).map((at, i) => at - time.starts[i]);
    expect(gaps.every(gap => gap >= 250)).toBe(true);
    expect(time.starts.at(-1)! - time.starts[0]).toBe(12 * 250);
  });

  it('is one budget for every client of the instance, so a sync and validations share it', async () => {
    // A stopped clock: every wait the budget asks for is measured from the same instant.
    const waits: number[] = [];
    const shared = {
      instance: { id: 'budget-shared', maxRequestsPerSecond: 2 },
      client: {
        now: () => Date.parse('2025-07-24T10:00:00Z'),
        sleep: async (ms: number) => {
          waits.push(ms);
        },
      },
    };
    const first = await startHarness(shared);
    const second = await startHarness({
      ...shared,
      instance: { ...shared.instance, baseUrl: first.sim.url },
    });

    await Promise.all([
      first.client.getDashboard(1),
      second.client.getDashboard(2),
    ]);

    // Two logins and two reads get the turns 0, 500, 1000 and 1500 ms, whichever client sent them.
    expect(waits.sort((a, b) => a - b)).toEqual([500, 1000, 1500]);
  });

  it('sends at once without a budget', async () => {
    const time = simulatedTime();
    const { client } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
      instance: { id: 'budget-none' },
      client: { now: time.now, sleep: time.sleep, fetch: time.fetch },
    });

    await client.listDashboards();

    expect(new Set(time.starts).size).toBe(1);
  });
});
