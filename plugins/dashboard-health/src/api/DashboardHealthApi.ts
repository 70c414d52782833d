import { createApiRef } from '@backstage/core-plugin-api';
import {
  EntityHealthResponse,
  HealthBatchResponse,
  Page,
  PlanPreviewRequest,
  PlanPreviewResponse,
  PolicyPlanResponse,
  Run,
  RunListQuery,
  ValidationPolicy,
  ValidationPolicyInput,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Typed access to the dashboard-health backend; every type comes from -common. */
export interface DashboardHealthApi {
  /** The slots a window would give these dashboards (`POST /plan/preview`). */
  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse>;

  /** Latest record and next planned run of one dashboard (`GET /health`). */
  getHealth(entityRef: string): Promise<EntityHealthResponse>;
  /** Health summaries of many dashboards in one call (`POST /health/batch`). */
  getHealthBatch(entityRefs: string[]): Promise<HealthBatchResponse>;
  /** A dashboard's records, newest first (`GET /records`). */
  listRecords(query: {
    entityRef: string;
    limit?: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>>;
  getRecord(id: string): Promise<ValidationRecord>;

  /** Runs, newest slot first (`GET /runs`). */
  listRuns(query: Partial<RunListQuery>): Promise<Page<Run>>;
  getRun(id: string): Promise<Run>;
  /** Starts a manual validation now (`POST /runs`, 202). */
  startRun(entityRef: string): Promise<Run>;

  listPolicies(): Promise<ValidationPolicy[]>;
  getPolicy(id: string): Promise<ValidationPolicy>;
  createPolicy(input: ValidationPolicyInput): Promise<ValidationPolicy>;
  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<ValidationPolicy>;
  deletePolicy(id: string): Promise<void>;
  /** A policy's materialised slots for a date (`GET /policies/{id}/plan`). */
  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse>;
}

export const dashboardHealthApiRef = createApiRef<DashboardHealthApi>({
  id: 'plugin.dashboard-health.service',
});
