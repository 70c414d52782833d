import { createApiRef } from '@backstage/core-plugin-api';
import {
  EntityHealthResponse,
  HealthBatchResponse,
  Page,
  PlanPreviewRequest,
  PlanPreviewResponse,
  PolicyPlanResponse,
  PolicyWriteResponse,
  Run,
  RunListQuery,
  ValidationPolicy,
  ValidationPolicyInput,
  ValidationRecord,
  ValidateNowResponse,
} from '@dashboard-health/plugin-dashboard-health-common';

/**
 * Typed access to the dashboard-health backend; every type comes from -common.
 *
 * @public
 */
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
  /** One validation record by id (`GET /records/{id}`). */
  getRecord(id: string): Promise<ValidationRecord>;

  /** Runs, newest slot first (`GET /runs`). */
  listRuns(query: Partial<RunListQuery>): Promise<Page<Run>>;
  /** One run by id (`GET /runs/{id}`). */
  getRun(id: string): Promise<Run>;
  /** Starts a manual validation now (`POST /runs`, 202). */
  startRun(entityRef: string): Promise<Run>;

  /** The validation policies (`GET /policies`). */
  listPolicies(): Promise<ValidationPolicy[]>;
  /** One policy by id (`GET /policies/{id}`). */
  getPolicy(id: string): Promise<ValidationPolicy>;
  /** Saved even when the night does not fit; the answer carries the forecast and a warning then. */
  createPolicy(input: ValidationPolicyInput): Promise<PolicyWriteResponse>;
  /**
   * Replaces a policy (`PUT /policies/{id}`); saved even when the night does not fit, like `createPolicy`.
   */
  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<PolicyWriteResponse>;
  /** Deletes a policy and cancels its planned runs (`DELETE /policies/{id}`). */
  deletePolicy(id: string): Promise<void>;
  /** A policy's materialised slots for a date (`GET /policies/{id}/plan`). */
  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse>;
  /** Runs all of a policy's dashboards now, spread over a short window under the caps (202). */
  validateNow(policyId: string): Promise<ValidateNowResponse>;
}

/**
 * The {@link DashboardHealthApi} of the app; the plugin installs a {@link DashboardHealthClient} for it.
 *
 * @public
 */
export const dashboardHealthApiRef = createApiRef<DashboardHealthApi>({
  id: 'plugin.dashboard-health.service',
});
