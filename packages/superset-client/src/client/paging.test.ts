import rison from 'rison';
import { generateScenario } from '@internal/superset-simulator';
import {
  closeSimulators,
  countRequests,
  startHarness,
  TestClock,
} from '../__testUtils__/simulator';

afterEach(closeSimulators);

function pageOf(query: string): number {
  const q = new URLSearchParams(query).get('q') ?? '';
  return rison.decode<{ page: number }>(q).page;
}

describe('SupersetClient paging', () => {
  it('reads 250 dashboards in 3 pages of 100, each id once', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
    });

    const pages: number[] = [];
    for await (const page of client.iterateDashboards()) {
      pages.push(page.length);
    }
    const all = await client.listDashboards();

    expect(pages).toEqual([100, 100, 50]);
    expect(all).toHaveLength(250);
    expect(new Set(all.map(d => d.id)).size).toBe(250);
    const listRequests = sim.requests.filter(
      r => r.path === '/api/v1/dashboard/',
    );
    expect(listRequests.map(r => pageOf(r.query))).toEqual([0, 1, 2, 0, 1, 2]);
  });

  it('continues paging after the tokens expire between pages, refreshing once', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
    });

    const ids: number[] = [];
    for await (const page of client.iterateDashboards()) {
      ids.push(...page.map(d => d.id));
      sim.expireTokens();
    }

    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    // Pages 1 and 2 each meet an expired token once; the refresh token is still good both times.
    expect(countRequests(sim, 'POST', '/api/v1/security/refresh')).toBe(2);
    expect(countRequests(sim, 'POST', '/api/v1/security/login')).toBe(1);
    expect(
      sim.requests
        .filter(r => r.path === '/api/v1/dashboard/')
        .map(r => `${pageOf(r.query)} ${r.status}`),
    ).toEqual(['0 200', '1 401', '1 200', '2 401', '2 200']);
  });

  it('continues paging when the access token outlives its lifetime mid-paging', async () => {
    const clock = new TestClock();
    const { client, sim } = await startHarness({
      simulator: {
        scenario: generateScenario({ dashboards: 250 }),
        clock,
        faults: { tokenLifetimeSeconds: 900 },
      },
    });

    const ids: number[] = [];
    for await (const page of client.iterateDashboards()) {
      ids.push(...page.map(d => d.id));
      clock.advance(901);
    }

    expect(new Set(ids).size).toBe(250);
    expect(ids).toHaveLength(250);
    expect(countRequests(sim, 'POST', '/api/v1/security/refresh')).toBe(2);
  });

  it('stops after the last page a consumer wants', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
    });

    for await (const page of client.iterateDashboards()) {
      expect(page).toHaveLength(100);
      break;
    }

    expect(
      sim.requests.filter(r => r.path === '/api/v1/dashboard/'),
    ).toHaveLength(1);
  });

  it('pages the owner list', async () => {
    const scenario = generateScenario({ dashboards: 1 });
    const known = scenario.users.length;
    for (let i = 0; i < 230; i++) {
      scenario.users.push({
        id: 1_000 + i,
        username: `user${i}`,
        first_name: `Zed${i}`,
        last_name: 'Extra',
        email: `user${i}@example.com`,
        active: i % 2 === 0,
      });
    }
    const { client, sim } = await startHarness({ simulator: { scenario } });

    const owners = await client.listDashboardOwners();

    expect(owners).toHaveLength(known + 230);
    expect(new Set(owners.map(o => o.id)).size).toBe(known + 230);
    expect(owners).toContainEqual({
      id: 1_001,
      name: 'Zed1 Extra',
      email: 'user1@example.com',
      active: false,
    });
    expect(
      sim.requests
        .filter(r => r.path === '/api/v1/dashboard/related/owners')
        .map(r => pageOf(r.query)),
    ).toEqual([0, 1, 2]);
  });
});
