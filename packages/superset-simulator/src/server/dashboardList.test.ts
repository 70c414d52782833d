import rison from 'rison';
import { api, login } from '../__testUtils__/http';
import { startFixtureSimulator } from '../__testUtils__/fixtureSimulator';
import { generateScenario } from '../scenario/generateScenario';
import { startSupersetSimulator } from './startSupersetSimulator';
import type { RunningSupersetSimulator } from './types';

const q = (args: object) =>
  `/api/v1/dashboard/?q=${encodeURIComponent(rison.encode(args))}`;

describe('GET /dashboard/ on a generated instance', () => {
  let sim: RunningSupersetSimulator;
  let token: string;

  beforeAll(async () => {
    sim = await startSupersetSimulator({
      scenario: generateScenario({ dashboards: 250, chartsPerDashboard: 1 }),
    });
    token = (await login(sim.url)).access;
  });
  afterAll(() => sim.close());

  it('pages from 0 with 20 rows by default and counts everything', async () => {
    const first = await api(sim.url, '/api/v1/dashboard/', { token });
    expect(first.status).toBe(200);
    expect(first.body.count).toBe(250);
    expect(first.body.result).toHaveLength(20);
    expect(first.body.ids).toEqual(first.body.result.map((r: any) => r.id));
    const second = await api(sim.url, q({ page: 1 }), { token });
    expect(second.body.ids).toHaveLength(20);
    expect(
      second.body.ids.some((id: number) => first.body.ids.includes(id)),
    ).toBe(false);
  });

  it.each([
    [500, 100],
    [-1, 100],
    [0, 20],
    [37, 37],
  ])('page_size %p gives %p rows', async (pageSize, rows) => {
    const response = await api(sim.url, q({ page: 0, page_size: pageSize }), {
      token,
    });
    expect(response.body.result).toHaveLength(rows);
    expect(response.body.count).toBe(250);
  });

  it('returns an empty page past the end', async () => {
    const response = await api(sim.url, q({ page: 3, page_size: 100 }), {
      token,
    });
    expect(response.body.ids).toEqual([]);
    expect(response.body.count).toBe(250);
  });

  it('sorts by changed_on desc by default and by any order column on request', async () => {
    const byDefault = await api(
      sim.url,
      q({ page_size: 100, columns: ['id', 'changed_on_utc'] }),
      {
        token,
      },
    );
    const stamps = byDefault.body.result.map((r: any) => r.changed_on_utc);
    expect(stamps).toEqual([...stamps].sort().reverse());
    const byTitle = await api(
      sim.url,
      q({
        page_size: 100,
        order_column: 'dashboard_title',
        order_direction: 'asc',
        columns: ['dashboard_title'],
      }),
      { token },
    );
    const titles = byTitle.body.result.map((r: any) =>
      r.dashboard_title.toLowerCase(),
    );
    expect(titles).toEqual([...titles].sort());
    expect(Object.keys(byTitle.body.result[0])).toEqual(['dashboard_title']);
  });

  it('filters before paging and counts the matches', async () => {
    const all = sim.scenario.dashboards;
    const published = all.filter(d => d.published).length;
    const response = await api(
      sim.url,
      q({
        filters: [{ col: 'published', opr: 'eq', value: true }],
        page_size: 100,
      }),
      { token },
    );
    expect(response.body.count).toBe(published);
    expect(response.body.result.every((r: any) => r.published)).toBe(true);

    const title = all[42].title;
    const byTitle = await api(
      sim.url,
      q({
        filters: [
          { col: 'dashboard_title', opr: 'title_or_slug', value: title },
        ],
      }),
      { token },
    );
    expect(byTitle.body.ids).toContain(all[42].id);

    const ownerId = all[0].owners[0];
    const owned = await api(
      sim.url,
      q({
        filters: [{ col: 'owners', opr: 'rel_m_m', value: ownerId }],
        page_size: 100,
      }),
      { token },
    );
    expect(owned.body.count).toBe(
      all.filter(d => d.owners.includes(ownerId)).length,
    );

    const tag = all.find(d => d.tags.length > 0)!.tags[0];
    const tagged = await api(
      sim.url,
      q({
        filters: [{ col: 'tags', opr: 'dashboard_tags', value: tag }],
        page_size: 100,
      }),
      { token },
    );
    expect(tagged.body.count).toBe(
      all.filter(d => d.tags.includes(tag)).length,
    );

    const certified = await api(
      sim.url,
      q({
        filters: [{ col: 'id', opr: 'dashboard_is_certified', value: true }],
        page_size: 100,
      }),
      { token },
    );
    expect(certified.body.count).toBe(all.filter(d => d.certified_by).length);
  });

  it('answers FAB 400s for bad arguments', async () => {
    const badOperator = await api(
      sim.url,
      q({ filters: [{ col: 'published', opr: 'ct', value: 'x' }] }),
      { token },
    );
    expect(badOperator.status).toBe(400);
    expect(badOperator.body).toEqual({
      message: 'Filter operation: ct not allowed on column: published',
    });
    const badDirection = await api(sim.url, q({ order_direction: 'up' }), {
      token,
    });
    expect(badDirection.status).toBe(400);
  });

  it('accepts JSON in q and narrows metadata with keys', async () => {
    const json = await api(
      sim.url,
      `/api/v1/dashboard/?q=${encodeURIComponent(
        JSON.stringify({ page_size: 5, keys: ['list_columns'] }),
      )}`,
      { token },
    );
    expect(json.status).toBe(200);
    expect(Object.keys(json.body).sort()).toEqual([
      'count',
      'ids',
      'list_columns',
      'result',
    ]);
  });

  it('drops unknown columns like FAB does', async () => {
    const response = await api(
      sim.url,
      q({ columns: ['id', 'not_a_column'], page_size: 1 }),
      {
        token,
      },
    );
    expect(response.status).toBe(200);
    expect(response.body.result).toEqual([{ id: response.body.ids[0] }]);
  });
});

describe('GET /dashboard/ with 10,000 dashboards', () => {
  let sim: RunningSupersetSimulator;
  let token: string;

  beforeAll(async () => {
    sim = await startSupersetSimulator({
      scenario: generateScenario({ dashboards: 10_000 }),
    });
    token = (await login(sim.url)).access;
  });
  afterAll(() => sim.close());

  it.each(['changed_on_delta_humanized', 'dashboard_title'])(
    'returns every id exactly once across pages ordered by %s',
    async orderColumn => {
      const seen: number[] = [];
      for (let page = 0; page < 100; page++) {
        const response = await api(
          sim.url,
          q({
            page,
            page_size: 100,
            order_column: orderColumn,
            order_direction: 'asc',
            keys: ['none'],
            columns: ['id'],
          }),
          { token },
        );
        expect(response.body.count).toBe(10_000);
        seen.push(...response.body.ids);
      }
      expect(seen).toHaveLength(10_000);
      expect(new Set(seen).size).toBe(10_000);
    },
  );

  it('answers a page quickly', async () => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) {
      const response = await api(sim.url, q({ page: 50 + i, page_size: 100 }), {
        token,
      });
      expect(response.body.result).toHaveLength(100);
    }
    expect((performance.now() - start) / 20).toBeLessThan(100);
  });
});

describe('dashboard lookups', () => {
  it('finds dashboards by id, slug and uuid, and sees live changes', async () => {
    const { sim } = await startFixtureSimulator();
    try {
      const { access: token } = await login(sim.url);
      const bySlug = await api(sim.url, '/api/v1/dashboard/sales-overview', {
        token,
      });
      const byUuid = await api(
        sim.url,
        '/api/v1/dashboard/73965d3c-60c7-9991-6704-0f8f83ecba33',
        {
          token,
        },
      );
      expect(bySlug.body.result.id).toBe(1);
      expect(byUuid.body.result.id).toBe(1);
      expect(
        (await api(sim.url, '/api/v1/dashboard/web-traffic/charts', { token }))
          .status,
      ).toBe(200);

      sim.addDashboard({
        id: 4,
        title: 'New One',
        slug: 'new-one',
        charts: [1],
        owners: [1],
      });
      const list = await api(sim.url, '/api/v1/dashboard/', { token });
      expect(list.body.count).toBe(4);
      expect(
        (await api(sim.url, '/api/v1/dashboard/new-one', { token })).body.result
          .charts,
      ).toEqual(['Total Revenue (30d)']);
      expect(() =>
        sim.addDashboard({ id: 5, title: 'Broken', charts: [99] }),
      ).toThrow('unknown chart 99');
      expect(sim.scenario.dashboards).toHaveLength(4);

      expect(sim.removeDashboard(1)).toBe(true);
      expect(
        (await api(sim.url, '/api/v1/dashboard/1', { token })).status,
      ).toBe(404);
      expect(
        (await api(sim.url, '/api/v1/dashboard/', { token })).body.count,
      ).toBe(3);

      sim.scenario.dashboards[0].title = 'Renamed in place';
      sim.refresh();
      const renamed = await api(
        sim.url,
        `/api/v1/dashboard/${sim.scenario.dashboards[0].id}`,
        {
          token,
        },
      );
      expect(renamed.body.result.dashboard_title).toBe('Renamed in place');
    } finally {
      await sim.close();
    }
  });
});
