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
  ValidateNowResponse,
  ValidationPolicyInput,
  ValidationPolicy,
  ValidationRecord,
} from '../domain';

/**
 * The Dashboard Health REST API (`/api/dashboard-health`, described by the backend's openapi.yaml) as
 * typed calls, one per operation. Implemented by {@link DashboardHealthClient}; the frontend registers it
 * as a utility API, the search collator calls it with a service token.
 *
 * @public
 */
export interface DashboardHealthApi {
  /** `POST /plan/preview`: the slots a window would give, and the forecast when `environment` is set. */
  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse>;
  /** `GET /health`: the latest and last completed record and the next run of one dashboard. */
  getHealth(entityRef: string): Promise<EntityHealthResponse>;
  /** `POST /health/batch`: summaries of many dashboards. */
  getHealthBatch(entityRefs: string[]): Promise<HealthBatchResponse>;
  /** `GET /records`: one dashboard's records, newest first. */
  listRecords(query: {
    entityRef: string;
    limit?: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>>;
  /** `GET /records/{id}`. */
  getRecord(id: string): Promise<ValidationRecord>;
  /** `GET /runs`: runs, newest planned first. */
  listRuns(query: Partial<RunListQuery>): Promise<Page<Run>>;
  /** `GET /runs/{id}`. */
  getRun(id: string): Promise<Run>;
  /** `POST /runs`: Run now. */
  startRun(entityRef: string): Promise<Run>;
  /** `GET /policies`: every policy, with only the dashboards the caller may see. */
  listPolicies(): Promise<ValidationPolicy[]>;
  /** `GET /policies/{id}`. */
  getPolicy(id: string): Promise<ValidationPolicy>;
  /** `POST /policies`: saved even when it does not fit, then with a warning. */
  createPolicy(input: ValidationPolicyInput): Promise<PolicyWriteResponse>;
  /** `PUT /policies/{id}`. */
  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<PolicyWriteResponse>;
  /** `DELETE /policies/{id}`. */
  deletePolicy(id: string): Promise<void>;
  /** `GET /policies/{id}/plan`: the plan of a date (default the next occurrence). */
  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse>;
  /** `POST /policies/{id}/validate-now`: all of a policy's dashboards now, spread under the caps. */
  validateNow(policyId: string): Promise<ValidateNowResponse>;
}
