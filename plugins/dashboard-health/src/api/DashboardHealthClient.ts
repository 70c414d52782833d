import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import { DashboardHealthApi } from './DashboardHealthApi';

/**
 * The default {@link DashboardHealthApi}: JSON over the backend's REST routes with the user's token.
 *
 * @public
 */
export class DashboardHealthClient implements DashboardHealthApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  /** {@inheritDoc DashboardHealthApi.previewPlan} */
  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse> {
    return this.request('/plan/preview', { method: 'POST', body: request });
  }

  /** {@inheritDoc DashboardHealthApi.getHealth} */
  getHealth(entityRef: string): Promise<EntityHealthResponse> {
    return this.request(`/health${query({ entityRef })}`);
  }

  /** {@inheritDoc DashboardHealthApi.getHealthBatch} */
  getHealthBatch(entityRefs: string[]): Promise<HealthBatchResponse> {
    return this.request('/health/batch', {
      method: 'POST',
      body: { entityRefs },
    });
  }

  /** {@inheritDoc DashboardHealthApi.listRecords} */
  listRecords(q: {
    entityRef: string;
    limit?: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>> {
    return this.request(`/records${query(q)}`);
  }

  /** {@inheritDoc DashboardHealthApi.getRecord} */
  getRecord(id: string): Promise<ValidationRecord> {
    return this.request(`/records/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.listRuns} */
  listRuns(q: Partial<RunListQuery>): Promise<Page<Run>> {
    return this.request(`/runs${query(q)}`);
  }

  /** {@inheritDoc DashboardHealthApi.getRun} */
  getRun(id: string): Promise<Run> {
    return this.request(`/runs/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.startRun} */
  startRun(entityRef: string): Promise<Run> {
    return this.request('/runs', { method: 'POST', body: { entityRef } });
  }

  /** {@inheritDoc DashboardHealthApi.listPolicies} */
  async listPolicies(): Promise<ValidationPolicy[]> {
    const { items } = await this.request<{ items: ValidationPolicy[] }>(
      '/policies',
    );
    return items;
  }

  /** {@inheritDoc DashboardHealthApi.getPolicy} */
  getPolicy(id: string): Promise<ValidationPolicy> {
    return this.request(`/policies/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.createPolicy} */
  createPolicy(input: ValidationPolicyInput): Promise<PolicyWriteResponse> {
    return this.request('/policies', { method: 'POST', body: input });
  }

  /** {@inheritDoc DashboardHealthApi.updatePolicy} */
  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<PolicyWriteResponse> {
    return this.request(`/policies/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
    });
  }

  /** {@inheritDoc DashboardHealthApi.deletePolicy} */
  async deletePolicy(id: string): Promise<void> {
    await this.request(`/policies/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  /** {@inheritDoc DashboardHealthApi.getPolicyPlan} */
  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse> {
    return this.request(
      `/policies/${encodeURIComponent(id)}/plan${query({ date })}`,
    );
  }

  /** {@inheritDoc DashboardHealthApi.validateNow} */
  validateNow(policyId: string): Promise<ValidateNowResponse> {
    return this.request(
      `/policies/${encodeURIComponent(policyId)}/validate-now`,
      { method: 'POST', body: {} },
    );
  }

  private async request<T>(
    path: string,
    init: { method: string; body?: unknown } = { method: 'GET' },
  ): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('dashboard-health');
    const response = await this.deps.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init.method,
      headers:
        init.body === undefined
          ? undefined
          : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!response.ok) throw await ResponseError.fromResponse(response);
    // 204 No Content (delete) has no body to parse.
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}

/** `?a=1&b=2` from the defined values, or '' when there are none. */
function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
