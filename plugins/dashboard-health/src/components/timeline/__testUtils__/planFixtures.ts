import {
  CapacityForecast,
  PolicyPlanResponse,
  PolicyPlanSlot,
} from '@dashboard-health/plugin-dashboard-health-common';

/** 01:00–05:00 Europe/Berlin on 2026-06-02 (CEST, UTC+2) in UTC. */
export const WINDOW_START = '2026-06-01T23:00:00.000Z';
export const WINDOW_END = '2026-06-02T03:00:00.000Z';

export function slot(overrides: Partial<PolicyPlanSlot> = {}): PolicyPlanSlot {
  return {
    entityRef: 'resource:default/sales-overview',
    plannedAt: '2026-06-01T23:08:00.000Z',
    runId: 'run-1',
    status: 'planned',
    startedAt: null,
    finishedAt: null,
    reason: null,
    trigger: 'schedule',
    recordId: null,
    outcome: null,
    expectedSeconds: 40,
    ...overrides,
  };
}

/** Three slots: one ran on time and passed, one ran 5 min late and failed, one is still planned. */
export const THREE_SLOTS: PolicyPlanSlot[] = [
  slot({
    runId: 'run-1',
    status: 'succeeded',
    startedAt: '2026-06-01T23:08:02.000Z',
    finishedAt: '2026-06-01T23:08:42.000Z',
    outcome: 'pass',
    recordId: 'rec-1',
  }),
  slot({
    runId: 'run-2',
    entityRef: 'resource:default/web-traffic',
    plannedAt: '2026-06-02T00:28:00.000Z',
    status: 'failed',
    startedAt: '2026-06-02T00:33:00.000Z',
    finishedAt: '2026-06-02T00:34:30.000Z',
    outcome: 'fail',
    recordId: 'rec-2',
  }),
  slot({
    runId: 'run-3',
    entityRef: 'resource:default/ops-latency',
    plannedAt: '2026-06-02T01:48:00.000Z',
  }),
];

export function forecast(
  overrides: Partial<CapacityForecast> = {},
): CapacityForecast {
  return {
    busySeconds: 600,
    capacitySeconds: 28_800,
    fits: true,
    expectedMissed: 0,
    peakConcurrency: 1,
    basis: { history: 12, default: 3 },
    dashboards: 15,
    typicalSeconds: 40,
    windowSeconds: 14_400,
    cap: 2,
    instanceCap: 2,
    policyCap: null,
    neededSeconds: 300,
    otherPoliciesSeconds: 0,
    sharedWith: [],
    defaultDurationSeconds: 60,
    ...overrides,
  };
}

export function plan(
  overrides: Partial<PolicyPlanResponse> = {},
): PolicyPlanResponse {
  return {
    policyId: 'policy-1',
    date: '2026-06-02',
    planned: true,
    windowStart: WINDOW_START,
    windowEnd: WINDOW_END,
    slots: THREE_SLOTS,
    spacing: 'even',
    cap: { instance: 2, policy: null, effective: 2 },
    forecast: forecast(),
    validateNow: null,
    ...overrides,
  };
}
