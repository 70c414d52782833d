import { fixtureScenario } from '@internal/superset-simulator';
import { startFixtureSuperset } from '../../__testUtils__/supersetTestInstance';
import { runChecks } from '../checks/deterministicChecks';
import { parseFreshnessColumns } from './freshnessColumns';
import { gatherFacts } from './gatherFacts';

const NOW = new Date('2025-07-24T10:00:00Z');
const TWO_DAYS = 2 * 86_400_000;

type Scenario = ReturnType<typeof fixtureScenario>;

/** Sales Overview (dashboard 1): a big number, a monthly line, a pie and a table, all on public.orders. */
async function salesOverview(
  edit: (scenario: Scenario) => void = () => {},
  freshnessColumn?: string,
  simulatorOptions: Parameters<typeof startFixtureSuperset>[1] = {},
) {
  const scenario = fixtureScenario();
  edit(scenario);
  const { simulator, client } = await startFixtureSuperset(
    scenario,
    simulatorOptions,
  );
  try {
    const facts = await gatherFacts({
      environment: 'prod',
      baseUrl: simulator.url,
      dashboardId: 1,
      source: client,
      signal: new AbortController().signal,
      now: () => NOW,
      chartConcurrency: 4,
      chartTimeoutMs: 5_000,
      freshnessColumns: parseFreshnessColumns(freshnessColumn),
    });
    const probes = simulator.requests.filter(
      r => r.method === 'POST' && r.path === '/api/v1/chart/data',
    );
    return {
      facts,
      probes,
      issues: runChecks(facts, { maxStalenessMs: TWO_DAYS }),
    };
  } finally {
    await simulator.close();
  }
}

const datasetOf = (scenario: Scenario, id: number) =>
  (scenario.datasets as Array<Record<string, unknown>>).find(d => d.id === id)!;

describe('dataset freshness for charts without a time column', () => {
  it("gives the big number, pie and table their dataset's newest order_date, probed once for the three", async () => {
    const { facts, probes, issues } = await salesOverview(s => {
      datasetOf(s, 1).latestData = '2025-07-24T06:00:00';
    });

    const byId = new Map(facts.charts.map(c => [c.id, c]));
    for (const id of [1, 3, 4]) {
      expect(byId.get(id)).toMatchObject({
        latestDataAt: '2025-07-24T06:00:00.000Z',
        freshnessFrom: { dataset: 'public.orders', column: 'order_date' },
      });
    }
    // The monthly line has its own time column: no probe for it.
    expect(byId.get(2)!.freshnessFrom).toBeUndefined();
    expect(probes).toHaveLength(1);
    expect(issues).toEqual([]);
  });

  it.each([
    ['synchronous', {}, 200],
    [
      'global async queries',
      { asyncQueries: { pendingMs: 5, runningMs: 15 } },
      202,
    ],
  ] as const)(
    'finds the big number stale when its table stopped loading, naming the column (%s)',
    async (_, options, status) => {
      const { issues, probes } = await salesOverview(
        s => {
          datasetOf(s, 1).latestData = '2025-07-18T00:00:00';
        },
        undefined,
        options,
      );

      // With async queries the probe is a job like any chart query, awaited the same way.
      expect(probes.map(p => p.status)).toEqual([status]);

      const stale = issues.filter(i => i.code === 'stale-data');
      expect(stale.map(i => i.chartId).sort()).toEqual([1, 3, 4]);
      expect(stale[0].message).toBe(
        'The newest data in public.orders.order_date is from 2025-07-18, 6 days old (limit 2 days).',
      );
    },
  );

  it('reports a dataset without any temporal column as freshness unknown (info), not as fresh', async () => {
    const { facts, issues } = await salesOverview(s => {
      const orders = datasetOf(s, 1);
      orders.main_dttm_col = null;
      orders.columns = (
        orders.columns as Array<{ column_name: string }>
      ).filter(c => c.column_name !== 'order_date');
      // The monthly line needs order_date; without it only the three charts without time remain.
      s.dashboards[0].charts = [1, 3, 4];
    });

    expect(facts.charts.map(c => c.freshnessUnknown)).toEqual([
      'its dataset public.orders has no temporal column to tell how fresh it is',
      'its dataset public.orders has no temporal column to tell how fresh it is',
      'its dataset public.orders has no temporal column to tell how fresh it is',
    ]);
    expect(issues.map(i => [i.chartId, i.severity, i.code])).toEqual([
      [1, 'info', 'freshness-unknown'],
      [3, 'info', 'freshness-unknown'],
      [4, 'info', 'freshness-unknown'],
    ]);
  });

  it('probes the column the entity annotation names instead of main_dttm_col', async () => {
    const { facts, probes } = await salesOverview(s => {
      const orders = datasetOf(s, 1);
      (orders.columns as Array<Record<string, unknown>>).push({
        column_name: 'loaded_at',
        type: 'TIMESTAMP WITHOUT TIME ZONE',
      });
    }, 'public.orders=loaded_at');

    expect(facts.charts[0].freshnessFrom).toEqual({
      dataset: 'public.orders',
      column: 'loaded_at',
    });
    expect(probes).toHaveLength(1);
  });

  it.each([
    ['synchronous', {}],
    ['global async queries', { asyncQueries: { pendingMs: 5, runningMs: 15 } }],
  ] as const)(
    "keeps a failing probe as the chart's unknown freshness with Superset's message (%s)",
    async (_, options) => {
      // The warehouse lost the column the annotation names; the dataset metadata still lists it.
      const { facts, issues } = await salesOverview(
        s => {
          const orders = datasetOf(s, 1);
          (orders.columns as Array<Record<string, unknown>>).push({
            column_name: 'loaded_at',
            type: 'TIMESTAMP WITHOUT TIME ZONE',
          });
          orders.missingColumns = ['loaded_at'];
          s.dashboards[0].charts = [1];
        },
        'loaded_at',
        options,
      );

      expect(facts.charts[0].outcome).toBe('ok');
      expect(facts.charts[0].freshnessUnknown).toMatch(
        /^the freshness query of its dataset failed: .*loaded_at/,
      );
      expect(issues.map(i => i.code)).toEqual(['freshness-unknown']);
    },
  );
});
