import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ANNOTATION_SUPERSET_DASHBOARD_ID,
  ANNOTATION_SUPERSET_INSTANCE,
  HealthSummary,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardHealthApi } from '../../../api';

/** A dashboard entity as the Superset provider writes it, with only the fields the views request. */
export function dashboardEntity(
  name: string,
  options: { title?: string; environment?: string; owner?: string } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      title: options.title,
      annotations: {
        [ANNOTATION_SUPERSET_INSTANCE]: options.environment ?? 'prod',
        [ANNOTATION_SUPERSET_DASHBOARD_ID]: '1',
      },
    },
    spec: {
      type: 'dashboard',
      owner: options.owner ?? 'group:default/data-team',
    },
  };
}

export function refOf(name: string): string {
  return `resource:default/${name}`;
}

export function healthSummary(
  name: string,
  overrides: Partial<HealthSummary> = {},
): HealthSummary {
  // Cast, like `policy` below: the summary gains fields over time; tests set what they look at.
  return {
    entityRef: refOf(name),
    environment: 'prod',
    status: 'pass',
    previousStatus: null,
    summary: 'All charts render fresh data.',
    issueCounts: { critical: 0, warning: 0, info: 0 },
    topIssue: null,
    issueMessages: [],
    recordId: `record-${name}`,
    lastCheckedAt: '2026-06-01T02:00:00.000Z',
    nextRunAt: '2026-06-02T02:00:00.000Z',
    ...overrides,
  } as HealthSummary;
}

export function policy(overrides: Partial<ValidationPolicy> = {}) {
  // Cast: the stored policy gains fields over time (e.g. notify); tests set what they look at.
  return {
    id: 'policy-1',
    name: 'Nightly prod',
    environment: 'prod',
    entityRefs: [refOf('sales-overview')],
    window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
    enabled: true,
    createdAt: '2026-05-01T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
    ...overrides,
  } as ValidationPolicy;
}

/** A DashboardHealthApi whose every method is a jest fn; unmocked ones fail loudly. */
export function mockDashboardHealthApi(
  overrides: Partial<DashboardHealthApi> = {},
): jest.Mocked<DashboardHealthApi> {
  const methods: Array<keyof DashboardHealthApi> = [
    'previewPlan',
    'getHealth',
    'getHealthBatch',
    'listRecords',
    'getRecord',
    'listRuns',
    'getRun',
    'startRun',
    'listPolicies',
    'getPolicy',
    'createPolicy',
    'updatePolicy',
    'deletePolicy',
    'getPolicyPlan',
    'validateNow',
  ];
  const api: Record<string, unknown> = {};
  for (const method of methods) {
    api[method] = jest.fn(async () => {
      throw new Error(`${method} is not mocked`);
    });
  }
  return { ...api, ...overrides } as unknown as jest.Mocked<DashboardHealthApi>;
}

/** The error the real client throws for a failed response with the backend's error body. */
export async function responseError(
  status: number,
  message: string,
): Promise<ResponseError> {
  const body = {
    error: { name: status === 400 ? 'InputError' : 'Error', message },
    request: { method: 'POST', url: '/api/dashboard-health' },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      statusText: status === 400 ? 'Bad Request' : 'Service Unavailable',
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
