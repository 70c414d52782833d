import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixtureScenario } from './fixtureScenario';
import { loadScenarioFile } from './loadScenarioFile';
import { parseScenario, parseScenarioFile } from './parseScenario';

const DEMO = resolve(__dirname, '../../scenarios/demo.yaml');

function minimal() {
  return {
    users: [
      {
        id: 1,
        username: 'ana',
        first_name: 'Ana',
        last_name: 'Lima',
        email: 'a@x',
      },
    ],
    databases: [{ id: 1, database_name: 'db' }],
    datasets: [{ id: 1, table_name: 't', database: 1 }],
    dashboards: [{ id: 1, title: 'D', charts: [1] }],
    charts: [{ id: 1, slice_name: 'C', dataset: 1 }],
  };
}

describe('parseScenario', () => {
  it('fills in defaults', () => {
    const scenario = parseScenario(minimal());
    expect(scenario.dashboards[0]).toMatchObject({
      published: true,
      owners: [],
      tags: [],
      forbidden: false,
      changed_on: '1d',
    });
    expect(scenario.charts[0]).toMatchObject({
      behaviour: 'ok',
      viz_type: 'table',
    });
    expect(scenario.datasets[0].metrics).toEqual([
      {
        metric_name: 'count',
        expression: 'COUNT(*)',
        verbose_name: 'COUNT(*)',
      },
    ]);
  });

  it('names the path of every broken reference', () => {
    const input = minimal();
    input.dashboards[0].charts = [1, 99];
    (input.charts[0] as any).owners = [7];
    (input.charts[0] as any).dataset = 5;
    expect(() => parseScenario(input)).toThrow(
      /dashboards\[0\]\.charts\[1\]: unknown chart 99[\s\S]*charts\[0\]\.dataset: unknown dataset 5[\s\S]*charts\[0\]\.owners\[0\]: unknown user 7/,
    );
  });

  it('rejects duplicate ids, bad timestamps, unknown behaviours and typos', () => {
    const input: any = minimal();
    input.dashboards.push({ id: 1, title: 'again', changed_on: 'yesterday' });
    input.charts[0].behaviour = 'flaky';
    input.dashboards[0].titel = 'typo';
    const message = (() => {
      try {
        parseScenario(input);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain(
      'dashboards[1].changed_on: expected an ISO 8601 timestamp',
    );
    expect(message).toContain('charts[0].behaviour:');
    expect(message).toContain('dashboards[0]: Unrecognized key: "titel"');
  });

  it('reports duplicate ids once the fields are valid', () => {
    const input: any = minimal();
    input.dashboards.push({ id: 1, title: 'again' });
    expect(() => parseScenario(input)).toThrow(
      'dashboards[1].id: duplicate id 1',
    );
  });

  it('accepts the fixture scenario', () => {
    const scenario = fixtureScenario();
    expect(scenario.dashboards.map(d => d.id)).toEqual([1, 2, 3]);
    expect(scenario.charts).toHaveLength(8);
    expect(scenario.datasets).toHaveLength(3);
    expect(scenario.now).toBe('2025-07-24T10:00:00Z');
  });
});

describe('scenario files', () => {
  it('prefixes paths with the instance', () => {
    const instance = { id: 'prod', port: 0, ...minimal() };
    instance.dashboards = [1, 2, 3, 4].map(id => ({
      id,
      title: `D${id}`,
      charts: [1],
    }));
    instance.dashboards[3].charts = [1, 99];
    expect(() => parseScenarioFile({ instances: [instance] })).toThrow(
      'instances[0].dashboards[3].charts[1]: unknown chart 99',
    );
  });

  it('reads a Superset version and async queries per instance, with Superset defaults', () => {
    const file = parseScenarioFile({
      instances: [
        {
          id: 'prod',
          port: 0,
          version: '4.1',
          asyncQueries: { jwtCookieName: 'superset_async_jwt' },
          ...minimal(),
        },
      ],
    });
    expect(file.instances[0]).toMatchObject({
      version: '4.1',
      asyncQueries: {
        enabled: true,
        jwtCookieName: 'superset_async_jwt',
        jwtExpirationSeconds: 3600,
      },
    });
    expect(() =>
      parseScenarioFile({
        instances: [{ id: 'p', port: 0, version: '3.0', ...minimal() }],
      }),
    ).toThrow(/instances\[0\]\.version/);
  });

  it('rejects duplicate instance ids and ports', () => {
    const a = { id: 'a', port: 9000, ...minimal() };
    expect(() => parseScenarioFile({ instances: [a, { ...a }] })).toThrow(
      /instances\[1\]\.id: duplicate instance id 'a'[\s\S]*instances\[1\]\.port: duplicate port 9000/,
    );
  });

  it('loads demo.yaml with both instances', () => {
    const file = loadScenarioFile(DEMO);
    expect(file.instances.map(i => [i.id, i.port])).toEqual([
      ['prod', 8088],
      ['staging', 8089],
    ]);
    const [prod, staging] = file.instances;
    expect(prod.dashboards).toHaveLength(24);
    expect(staging.dashboards).toHaveLength(10);
    for (const instance of file.instances) {
      const svc = instance.users.find(
        u => u.username === 'svc_dashboard_validator',
      );
      expect(svc?.password).toBe('simulator');
      const behaviours = new Set(instance.charts.map(c => c.behaviour));
      expect([...behaviours]).toEqual(
        expect.arrayContaining(['ok', 'stale', 'empty', 'forbidden', 'slow']),
      );
    }
    expect(prod.charts.filter(c => c.behaviour === 'forbidden')).toHaveLength(
      1,
    );
    expect(prod.charts.filter(c => c.behaviour === 'slow')).toHaveLength(1);
    expect(
      prod.datasets.find(d => d.table_name === 'web_sessions')?.missingColumns,
    ).toEqual(['bounce_flag']);
    expect(prod.dashboards.flatMap(d => d.tags)).toEqual(
      expect.arrayContaining(['finance', 'marketing', 'product']),
    );
    expect(prod.users.find(u => u.id === 1)?.email).toBe(
      'ana.lima@example.com',
    );
  });

  it('loads JSON files and names the file in errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'superset-simulator-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({ instances: [{ id: 'x', port: 0, ...minimal() }] }),
    );
    expect(loadScenarioFile(good).instances[0].charts[0].slice_name).toBe('C');
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ instances: [{ id: 'x', ...minimal() }] }),
    );
    expect(() => loadScenarioFile(bad)).toThrow(
      `${bad}: Invalid scenario file`,
    );
    expect(() => loadScenarioFile(bad)).toThrow('instances[0].port');
  });
});
