import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
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
import { DashboardHealthApi } from './DashboardHealthApi';

/** The default {@link DashboardHealthApi}: JSON over the backend's REST routes with the user's token. */
export class DashboardHealthClient implements DashboardHealthApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse> {
    return this.request('/plan/preview', { method: 'POST', body: request });
  }

  getHealth(entityRef: string): Promise<EntityHealthResponse> {
    return this.request(`/health${query({ entityRef })}`);
  }

  getHealthBatch(entityRefs: string[]): Promise<HealthBatchResponse> {
    return this.request('/health/batch', {
      method: 'POST',
      body: { entityRefs },
    });
  }

  listRecords(q: {
    entityRef: string;
    limit?: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>> {
    return this.request(`/records${query(q)}`);
  }

  getRecord(id: string): Promise<ValidationRecord> {
    return this.request(`/records/${encodeURIComponent(id)}`);
  }

  listRuns(q: Partial<RunListQuery>): Promise<Page<Run>> {
    return this.request(`/runs${query(q)}`);
  }

  getRun(id: string): Promise<Run> {
    return this.request(`/runs/${encodeURIComponent(id)}`);
  }

  startRun(entityRef: string): Promise<Run> {
    return this.request('/runs', { method: 'POST', body: { entityRef } });
  }

  async listPolicies(): Promise<ValidationPolicy[]> {
    const { items } = await this.request<{ items: ValidationPolicy[] }>(
      '/policies',
    );
    return items;
  }

  getPolicy(id: string): Promise<ValidationPolicy> {
    return this.request(`/policies/${encodeURIComponent(id)}`);
  }

  createPolicy(input: ValidationPolicyInput): Promise<ValidationPolicy> {
    return this.request('/policies', { method: 'POST', body: input });
  }

  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<ValidationPolicy> {
    return this.request(`/policies/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
    });
  }

  async deletePolicy(id: string): Promise<void> {
    await this.request(`/policies/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
  }

  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse> {
    return this.request(
      `/policies/${encodeURIComponent(id)}/plan${query({ date })}`,
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
