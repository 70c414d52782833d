import rison from 'rison';
import { api, login } from '../__testUtils__/http';
import {
  FixtureSimulator,
  startFixtureSimulator,
} from '../__testUtils__/fixtureSimulator';

const PERSON = {
  first_name: expect.any(String),
  id: expect.any(Number),
  last_name: expect.any(String),
};

describe("ownership: 'editors' (Superset after 6.0)", () => {
  let fixture: FixtureSimulator;
  let token: string;

  beforeAll(async () => {
    fixture = await startFixtureSimulator({
      ownership: 'editors',
      change: s => {
        s.dashboards[0].viewers = [3];
        s.charts[0].viewers = [2];
      },
    });
    token = (await login(fixture.sim.url)).access;
  });
  afterAll(() => fixture.sim.close());

  it('shows editors and viewers instead of owners on dashboards', async () => {
    const { body } = await api(fixture.sim.url, '/api/v1/dashboard/1', {
      token,
    });
    expect(body.result.owners).toBeUndefined();
    expect(body.result.editors).toEqual([
      { first_name: 'Ana', id: 1, last_name: 'Lima' },
      { first_name: 'Ben', id: 2, last_name: 'Okafor' },
    ]);
    expect(body.result.viewers).toEqual([
      { first_name: 'Chloé', id: 3, last_name: 'Martin' },
    ]);
  });

  it('drops owners, roles and thumbnail_url from list rows and columns', async () => {
    const { body } = await api(fixture.sim.url, '/api/v1/dashboard/', {
      token,
    });
    for (const row of body.result) {
      expect(row).not.toHaveProperty('owners');
      expect(row).not.toHaveProperty('roles');
      expect(row).not.toHaveProperty('thumbnail_url');
      expect(row.editors).toEqual(expect.arrayContaining([PERSON]));
      expect(Array.isArray(row.viewers)).toBe(true);
    }
    expect(body.list_columns).toEqual(
      expect.arrayContaining([
        'editors.id',
        'editors.first_name',
        'viewers.id',
        'viewers.last_name',
      ]),
    );
    expect(
      body.list_columns.some((c: string) =>
        /^(owners|roles)\.|^thumbnail_url$/.test(c),
      ),
    ).toBe(false);
    expect(body.label_columns['editors.first_name']).toBe('Editors First Name');
  });

  it('filters and prunes by editors', async () => {
    const q = rison.encode({
      filters: [{ col: 'editors', opr: 'rel_m_m', value: 3 }],
      columns: ['id', 'editors.id'],
    });
    const { body } = await api(
      fixture.sim.url,
      `/api/v1/dashboard/?q=${encodeURIComponent(q)}`,
      {
        token,
      },
    );
    expect(body.result).toEqual([{ id: 3, editors: [{ id: 3 }] }]);
    const owners = rison.encode({
      filters: [{ col: 'owners', opr: 'rel_m_m', value: 3 }],
    });
    const rejected = await api(
      fixture.sim.url,
      `/api/v1/dashboard/?q=${encodeURIComponent(owners)}`,
      {
        token,
      },
    );
    expect(rejected.body).toEqual({
      message: 'Filter column: owners not allowed to filter',
    });
  });

  it('shows editors and viewers on charts', async () => {
    const { body } = await api(fixture.sim.url, '/api/v1/chart/1', { token });
    expect(body.result.owners).toBeUndefined();
    expect(body.result.editors).toEqual([
      { first_name: 'Ana', id: 1, last_name: 'Lima' },
    ]);
    expect(body.result.viewers).toEqual([
      { first_name: 'Ben', id: 2, last_name: 'Okafor' },
    ]);
    expect(body.show_columns).toEqual(
      expect.arrayContaining(['editors.id', 'viewers.id']),
    );
    expect(body.show_columns).not.toContain('owners.id');
  });

  it('still maps people by email through the related endpoint', async () => {
    for (const column of ['owners', 'editors']) {
      const { status, body } = await api(
        fixture.sim.url,
        `/api/v1/dashboard/related/${column}?q=(filter:'chlo',page:0,page_size:10)`,
        { token },
      );
      expect(status).toBe(200);
      expect(body).toEqual({
        count: 1,
        result: [
          {
            value: 3,
            text: 'Chloé Martin',
            extra: { active: true, email: 'chloe.martin@example.com' },
          },
        ],
      });
    }
  });
});

describe('related owners', () => {
  it('pages users ordered by first name', async () => {
    const { sim } = await startFixtureSimulator();
    try {
      const { access: token } = await login(sim.url);
      const first = await api(
        sim.url,
        '/api/v1/dashboard/related/owners?q=(page:0,page_size:2)',
        {
          token,
        },
      );
      expect(first.body.count).toBe(4);
      expect(first.body.result.map((r: any) => r.text)).toEqual([
        'Ana Lima',
        'Ben Okafor',
      ]);
      const second = await api(
        sim.url,
        '/api/v1/dashboard/related/owners?q=(page:1,page_size:2)',
        {
          token,
        },
      );
      expect(second.body.result.map((r: any) => r.value)).toEqual([3, 4]);
      expect(
        (await api(sim.url, '/api/v1/dashboard/related/slices', { token }))
          .status,
      ).toBe(404);
    } finally {
      await sim.close();
    }
  });
});
