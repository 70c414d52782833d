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

/** The id range a dashboard-list request asked for, e.g. `>100 <201`. */
function windowOf(query: string): string {
  const q = new URLSearchParams(query).get('q') ?? '';
  const { filters = [] } = rison.decode<{
    filters?: Array<{ opr: string; value: number }>;
  }>(q);
  return filters.map(f => `${f.opr === 'gt' ? '>' : '<'}${f.value}`).join(' ');
}

describe('SupersetClient paging', () => {
  it('reads 250 dashboards in id ranges of one full page each, each id once', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
    });

    const pages: number[][] = [];
    for await (const page of client.iterateDashboards()) {
      pages.push(page.map(d => d.id));
    }

    expect(pages.map(p => p.length)).toEqual([100, 100, 50]);
    expect(pages.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    // The first answer counts them all; then ranges of 100 ids; the last range is open.
    expect(
      sim.requests
        .filter(r => r.path === '/api/v1/dashboard/')
        .map(r => windowOf(r.query)),
    ).toEqual(['>0', '>0 <101', '>100 <201', '>200']);
  });

  it('lists a small instance with one request', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 40 }) },
    });

    expect(await client.listDashboards()).toHaveLength(40);
    expect(countRequests(sim, 'GET', '/api/v1/dashboard/')).toBe(1);
  });

  it('widens its ranges where ids are sparse and narrows them where they are dense', async () => {
    const scenario = generateScenario({ dashboards: 600 });
    // Ids 1-300 gone but for every tenth, then 300 dense ones from 5,001: 330 dashboards.
    scenario.dashboards = scenario.dashboards.flatMap((d, i) => {
      if (i < 300) return i % 10 === 0 ? [d] : [];
      return [{ ...d, id: 5_000 + i - 299 }];
    });
    const { client, sim } = await startHarness({ simulator: { scenario } });

    const ids = (await client.listDashboards()).map(d => d.id);

    expect(ids).toEqual(scenario.dashboards.map(d => d.id));
    // A page or so per 100 dashboards, not one per 100 ids (that would be 53).
    expect(countRequests(sim, 'GET', '/api/v1/dashboard/')).toBeLessThanOrEqual(
      12,
    );
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
    // The second and the last range each meet an expired token once; the refresh token is still good.
    expect(countRequests(sim, 'POST', '/api/v1/security/refresh')).toBe(2);
    expect(countRequests(sim, 'POST', '/api/v1/security/login')).toBe(1);
    expect(
      sim.requests
        .filter(r => r.path === '/api/v1/dashboard/')
        .map(r => `${windowOf(r.query)} ${r.status}`),
    ).toEqual([
      '>0 200',
      '>0 <101 200',
      '>100 <201 401',
      '>100 <201 200',
      '>200 401',
      '>200 200',
    ]);
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

    // The count, then the first range.
    expect(
      sim.requests.filter(r => r.path === '/api/v1/dashboard/'),
    ).toHaveLength(2);
  });

  it('fails instead of looping when Superset ignores the id filter', async () => {
    // A proxy (or a release) that drops the filters: every range answers the first 100 of all 250.
    const { client } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
      client: {
        fetch: (input, init) => {
          const url = new URL(String(input));
          const q = url.searchParams.get('q');
          if (url.pathname === '/api/v1/dashboard/' && q) {
            const { filters, ...rest } =
              rison.decode<Record<string, unknown>>(q);
            url.searchParams.set('q', rison.encode(rest));
          }
          return fetch(url, init);
        },
      },
    });

    await expect(client.listDashboards()).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('it does not apply the id filter'),
    });
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
