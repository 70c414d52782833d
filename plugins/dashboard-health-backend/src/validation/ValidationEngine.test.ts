import { mockServices } from '@backstage/backend-test-utils';
import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import {
  fixtureScenario,
  RunningSupersetSimulator,
} from '@internal/superset-simulator';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import { startFixtureSuperset } from '../__testUtils__/supersetTestInstance';
import { dashboardEntity } from '../__testUtils__/testEngine';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { LlmReviewer, LlmReviewResult } from './llm/LlmReviewer';
import { EngineInstance, ValidationEngine } from './ValidationEngine';

const run = (policyId: string | null = null): Run => ({
  id: 'run-1',
  policyId,
  entityRef: 'resource:default/prod-dashboard-2',
  environment: 'prod',
  trigger: 'manual',
  status: 'running',
  plannedAt: '2025-07-24T10:00:00.000Z',
  startedAt: '2025-07-24T10:00:00.000Z',
  finishedAt: null,
  attempt: 1,
  reason: null,
  recordId: null,
  deadlineAt: null,
  requestedBy: null,
});

function entity(dashboardId: number, annotations: Record<string, string> = {}) {
  const e = dashboardEntity(`prod-dashboard-${dashboardId}`);
  e.metadata.annotations = {
    ...e.metadata.annotations,
    'superset.apache.org/dashboard-id': String(dashboardId),
    ...annotations,
  };
  return e;
}

const noPolicies = { get: async () => undefined } as unknown as PolicyStore;
const noRecords = { tokensUsedSince: async () => 0 } as unknown as RecordStore;

/** A reviewer that answers what the test scripts and records what it was asked. */
class ScriptedReviewer implements LlmReviewer {
  readonly model = 'scripted-model';
  calls = 0;
  constructor(private readonly answer: LlmReviewResult) {}
  async review() {
    this.calls++;
    return this.answer;
  }
}

describe('ValidationEngine on the shared fixtures through the simulator', () => {
  let simulator: RunningSupersetSimulator;
  let instance: EngineInstance;
  // The fixtures' "now": chart 5's latest session is 9 days old.
  const clock = new SimulatedClock('2025-07-24T10:00:00Z');

  beforeAll(async () => {
    ({ simulator, instance } = await startFixtureSuperset());
  });
  afterAll(() => simulator.close());

  const engine = (
    options: {
      reviewer?: LlmReviewer;
      policies?: PolicyStore;
      records?: RecordStore;
    } = {},
  ) =>
    new ValidationEngine({
      instances: new Map([['prod', instance]]),
      policies: options.policies ?? noPolicies,
      records: options.records ?? noRecords,
      reviewer: options.reviewer,
      clock,
      chartConcurrency: 4,
      chartTimeoutMs: 5_000,
      logger: mockServices.logger.mock(),
    });

  const validate = (
    e: ValidationEngine,
    dashboardId: number,
    annotations?: Record<string, string>,
    policyId?: string,
  ) =>
    e.execute({
      run: run(policyId),
      entity: entity(dashboardId, annotations),
      environment: 'prod',
      signal: new AbortController().signal,
    });

  it('Web Traffic fails: the bounce_flag query error is critical and Daily Sessions is stale', async () => {
    const outcome = await validate(engine(), 2);
    expect(outcome.status).toBe('fail');
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'stale-data',
        source: 'check',
        chartId: 5,
        chartName: 'Daily Sessions',
        message: expect.stringContaining('2025-07-15'),
      }),
      expect.objectContaining({
        severity: 'critical',
        code: 'chart-query-error',
        chartId: 6,
        chartName: 'Bounce Rate by Channel',
        message: expect.stringContaining('column "bounce_flag" does not exist'),
      }),
    ]);
    expect(outcome.facts).toEqual({
      chartCount: 2,
      failedCharts: 1,
      emptyCharts: 0,
      staleCharts: 1,
    });
    expect(outcome.summary).toBe(
      '"Web Traffic": 1 failing query, 1 chart with stale data among 2 charts.',
    );
    expect(outcome.llm).toEqual({
      skippedReason: 'no LLM API key configured: deterministic checks only',
    });
    expect(outcome).not.toHaveProperty('llmSummary');
  });

  it('Marketing Spend (WIP) warns: Paid Social Spend (7d) returns zero rows', async () => {
    const outcome = await validate(engine(), 3);
    expect(outcome.status).toBe('warn');
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'chart-no-data',
        chartId: 8,
        chartName: 'Paid Social Spend (7d)',
      }),
    ]);
  });

  it('Sales Overview passes: a monthly chart whose last bucket is 23 days old is current', async () => {
    const outcome = await validate(engine(), 1);
    expect(outcome).toMatchObject({
      status: 'pass',
      issues: [],
      facts: { chartCount: 4, failedCharts: 0 },
    });
    expect(outcome.summary).toBe(
      'All 4 charts of "Sales Overview" returned current data.',
    );
  });

  it('lets the entity annotation override the staleness limit', async () => {
    const outcome = await validate(engine(), 2, {
      'dashboard-health/max-staleness': '2w',
    });
    expect(outcome.issues.map(i => i.code)).toEqual(['chart-query-error']);
  });

  it('ends a dashboard deleted from Superset as error "dashboard not found"', async () => {
    const outcome = await validate(engine(), 999);
    expect(outcome.status).toBe('error');
    expect(outcome.summary).toMatch(/^dashboard not found/);
    expect(outcome.issues).toEqual([
      expect.objectContaining({
        code: 'dashboard-not-found',
        severity: 'critical',
      }),
    ]);
  });

  it('records a Superset outage as an error outcome instead of crashing', async () => {
    simulator.setFaults({ errorRate: 1 });
    try {
      const outcome = await validate(engine(), 1);
      expect(outcome.status).toBe('error');
      expect(outcome.issues[0].code).toBe('superset-unavailable');
      expect(outcome.summary).toContain('answered 500');
    } finally {
      simulator.setFaults({ errorRate: 0 });
    }
  });

  it('merges an LLM review: it adds issues and its own summary beside the checks’ but cannot lower the status', async () => {
    const reviewer = new ScriptedReviewer({
      ok: true,
      review: {
        model: 'scripted-model',
        summary: 'All good, nothing to see.',
        suggestedStatus: 'pass',
        issues: [
          {
            severity: 'info',
            code: 'naming',
            source: 'llm',
            message: 'Chart titles mix languages.',
          },
          {
            severity: 'info',
            code: 'chart-query-error',
            source: 'llm',
            chartId: 6,
            message: 'repeats a check finding',
          },
        ],
        usage: { promptTokens: 900, completionTokens: 100, totalTokens: 1000 },
      },
    });
    const outcome = await validate(engine({ reviewer }), 2);
    expect(outcome.status).toBe('fail');
    // The LLM's words never stand in for the checks': they are kept apart.
    expect(outcome.summary).toBe(
      '"Web Traffic": 1 failing query, 1 chart with stale data among 2 charts.',
    );
    expect(outcome.llmSummary).toBe('All good, nothing to see.');
    expect(outcome.issues.map(i => `${i.source}:${i.code}`)).toEqual([
      'check:stale-data',
      'check:chart-query-error',
      'llm:naming',
    ]);
    expect(outcome.llm).toEqual({
      model: 'scripted-model',
      promptTokens: 900,
      completionTokens: 100,
      totalTokens: 1000,
    });
  });

  it('lets an LLM raise the status, but not to error', async () => {
    const reviewer = new ScriptedReviewer({
      ok: true,
      review: {
        model: 'm',
        summary: 'Revenue is double counted.',
        suggestedStatus: 'error',
        issues: [],
      },
    });
    expect((await validate(engine({ reviewer }), 1)).status).toBe('fail');
  });

  it('keeps the deterministic result and notes a failed LLM review', async () => {
    const reviewer = new ScriptedReviewer({
      ok: false,
      reason: 'timed out after 30s',
      usage: undefined,
    });
    const outcome = await validate(engine({ reviewer }), 3);
    expect(outcome.status).toBe('warn');
    expect(outcome.summary).toMatch(/ LLM review failed: timed out after 30s$/);
    expect(outcome).not.toHaveProperty('llmSummary');
    expect(outcome.llm).toEqual({
      model: 'scripted-model',
      failedReason: 'timed out after 30s',
    });
  });

  it("stops asking the LLM once the policy's daily token budget is spent", async () => {
    const reviewer = new ScriptedReviewer({
      ok: true,
      review: { model: 'm', summary: 's', suggestedStatus: 'pass', issues: [] },
    });
    const policy = {
      id: 'pol-1',
      name: 'Nightly',
      environment: 'prod',
      entityRefs: [],
      window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      enabled: true,
      llmDailyTokenBudget: 5000,
      createdAt: '',
      updatedAt: '',
    };
    const policies = { get: async () => policy } as unknown as PolicyStore;
    let since: Date | undefined;
    const records = {
      tokensUsedSince: async (_: string, from: Date) => {
        since = from;
        return 5200;
      },
    } as unknown as RecordStore;
    const outcome = await validate(
      engine({ reviewer, policies, records }),
      1,
      {},
      'pol-1',
    );
    expect(reviewer.calls).toBe(0);
    expect(outcome.llm.skippedReason).toBe(
      "the policy's daily LLM token budget (5000) is spent (5200 used today): deterministic checks only",
    );
    // "Today" is the policy's day: midnight in Berlin.
    expect(since?.toISOString()).toBe('2025-07-23T22:00:00.000Z');
  });

  it('records a chart whose data the account may not read, or that lacks a query context, as warnings', async () => {
    const scenario = fixtureScenario();
    const charts = scenario.charts as Array<{ id: number; behaviour: unknown }>;
    charts.find(c => c.id === 1)!.behaviour = 'forbidden';
    charts.find(c => c.id === 2)!.behaviour = 'no-query-context';
    const other = await startFixtureSuperset(scenario);
    try {
      const e = new ValidationEngine({
        instances: new Map([['prod', other.instance]]),
        policies: noPolicies,
        records: noRecords,
        clock,
        chartConcurrency: 2,
        chartTimeoutMs: 5_000,
        logger: mockServices.logger.mock(),
      });
      const outcome = await validate(e, 1);
      expect(outcome.status).toBe('warn');
      expect(outcome.issues.map(i => [i.chartId, i.code])).toEqual([
        [1, 'chart-access-denied'],
        [2, 'chart-no-query-context'],
      ]);
    } finally {
      await other.simulator.close();
    }
  });
});
