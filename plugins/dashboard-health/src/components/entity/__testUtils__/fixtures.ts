import { Entity } from '@backstage/catalog-model';
import {
  EntityHealthResponse,
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardHealthApi } from '../../../api';

export const ENTITY_REF = 'resource:default/superset-prod-42';
export const SUPERSET_URL =
  'https://superset.example.com/superset/dashboard/42/';

export const dashboardEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'superset-prod-42',
    namespace: 'default',
    title: 'Sales overview',
    annotations: {
      'superset.apache.org/instance': 'prod',
      'superset.apache.org/dashboard-id': '42',
    },
    links: [
      {
        url: SUPERSET_URL,
        title: 'Open in Superset (Production)',
        type: 'superset-dashboard',
      },
    ],
  },
  spec: { type: 'dashboard', owner: 'group:default/analytics' },
};

const HOUR = 3_600_000;

/** An ISO instant `hoursAgo` hours before now, so records stay inside the 90-day history. */
export const hoursAgo = (hours: number) =>
  new Date(Date.now() - hours * HOUR).toISOString();

export function record(
  overrides: Partial<ValidationRecord> = {},
): ValidationRecord {
  return {
    id: 'rec-1',
    entityRef: ENTITY_REF,
    environment: 'prod',
    policyId: 'pol-1',
    runId: 'run-1',
    status: 'pass',
    summary: 'All 12 charts render fresh data.',
    issues: [],
    facts: { chartCount: 12, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
    startedAt: hoursAgo(3),
    finishedAt: hoursAgo(3),
    durationMs: 3400,
    llm: {
      model: 'gpt-4o-mini',
      promptTokens: 1000,
      completionTokens: 234,
      totalTokens: 1234,
    },
    ...overrides,
  };
}

export const failingRecord = record({
  id: 'rec-fail',
  status: 'fail',
  summary: '1 of 12 charts fails to load.',
  issues: [
    {
      severity: 'info',
      code: 'chart-title',
      source: 'llm',
      message: 'The title does not say which region is shown.',
    },
    {
      severity: 'critical',
      code: 'chart-query-error',
      source: 'check',
      chartId: 7,
      chartName: 'Revenue by region',
      chartUrl: 'https://superset.example.com/explore/?slice_id=7',
      message: 'The query fails: column "region" does not exist.',
      suggestion: 'Rename the column in the dataset or fix the chart.',
    },
  ],
  facts: { chartCount: 12, failedCharts: 1, emptyCharts: 0, staleCharts: 0 },
});

export const errorRecord = record({
  id: 'rec-error',
  status: 'error',
  summary: 'Superset could not be reached: connect ECONNREFUSED.',
  facts: { chartCount: 0, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
  llm: { skippedReason: 'the validation could not collect facts' },
});

export const nightlyRun: EntityHealthResponse['nextRun'] = {
  runId: 'run-next',
  plannedAt: new Date(Date.now() + 5 * HOUR).toISOString(),
  status: 'planned',
  policy: {
    id: 'pol-1',
    name: 'Nightly prod',
    window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
  },
};

/**
 * The health answer for `latestRecord`. Like the backend, the last completed check defaults to the latest
 * record unless that one is an `error`; a test about an error after a completed check passes both.
 */
export function health(
  latestRecord: ValidationRecord | null,
  nextRun: EntityHealthResponse['nextRun'] = null,
  lastCompletedRecord: ValidationRecord | null = latestRecord?.status ===
  'error'
    ? null
    : latestRecord,
): EntityHealthResponse {
  return { entityRef: ENTITY_REF, latestRecord, lastCompletedRecord, nextRun };
}

export function run(overrides: Partial<Run> = {}): Run {
  return {
    id: 'run-manual',
    policyId: null,
    entityRef: ENTITY_REF,
    environment: 'prod',
    trigger: 'manual',
    status: 'planned',
    plannedAt: hoursAgo(0),
    startedAt: null,
    finishedAt: null,
    attempt: 0,
    reason: null,
    recordId: null,
    deadlineAt: null,
    requestedBy: 'user:default/ada',
    ...overrides,
  };
}

/** A DashboardHealthApi whose every method is a jest fn; the tests set what the view calls. */
export function mockDashboardHealthApi(
  // Plain jest.Mock, so a test can write `jest.fn(async () => …)` without repeating the signature.
  overrides: Partial<Record<keyof DashboardHealthApi, jest.Mock>> = {},
): jest.Mocked<DashboardHealthApi> {
  const unexpected = (name: string) =>
    jest.fn(async () => {
      throw new Error(`unexpected call to ${name}`);
    });
  return {
    previewPlan: unexpected('previewPlan'),
    getHealth: jest.fn(async () => health(null)),
    getHealthBatch: unexpected('getHealthBatch'),
    listRecords: jest.fn(async () => ({ items: [] })),
    getRecord: unexpected('getRecord'),
    listRuns: unexpected('listRuns'),
    getRun: unexpected('getRun'),
    startRun: unexpected('startRun'),
    listPolicies: unexpected('listPolicies'),
    getPolicy: unexpected('getPolicy'),
    createPolicy: unexpected('createPolicy'),
    updatePolicy: unexpected('updatePolicy'),
    deletePolicy: unexpected('deletePolicy'),
    getPolicyPlan: unexpected('getPolicyPlan'),
    ...overrides,
  } as jest.Mocked<DashboardHealthApi>;
}
