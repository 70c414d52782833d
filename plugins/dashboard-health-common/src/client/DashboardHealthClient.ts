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
  ValidateNowResponse,
  ValidationPolicy,
  ValidationPolicyInput,
  ValidationRecord,
} from '../domain';
import { DashboardHealthApi } from './DashboardHealthApi';

/**
 * The {@link DashboardHealthApi} over HTTP, for browsers and Node alike: the frontend passes its
 * discovery and fetch APIs (the user's token), a backend passes its discovery service and a fetch that
 * adds a service token. Every call is one operation of the backend's openapi.yaml (a backend test checks
 * the client against the spec).
 *
 * @public
 */
export class DashboardHealthClient implements DashboardHealthApi {
  constructor(
    private readonly deps: {
      discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
      fetchApi?: { fetch: typeof fetch };
    },
  ) {}

  /** {@inheritDoc DashboardHealthApi.previewPlan} */
  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse> {
    return this.request('POST', '/plan/preview', { body: request });
  }

  /** {@inheritDoc DashboardHealthApi.getHealth} */
  getHealth(entityRef: string): Promise<EntityHealthResponse> {
    return this.request('GET', '/health', { query: { entityRef } });
  }

  /** {@inheritDoc DashboardHealthApi.getHealthBatch} */
  getHealthBatch(entityRefs: string[]): Promise<HealthBatchResponse> {
    return this.request('POST', '/health/batch', { body: { entityRefs } });
  }

  /** {@inheritDoc DashboardHealthApi.listRecords} */
  listRecords(query: {
    entityRef: string;
    limit?: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>> {
    return this.request('GET', '/records', { query });
  }

  /** {@inheritDoc DashboardHealthApi.getRecord} */
  getRecord(id: string): Promise<ValidationRecord> {
    return this.request('GET', `/records/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.listRuns} */
  listRuns(query: Partial<RunListQuery>): Promise<Page<Run>> {
    return this.request('GET', '/runs', { query });
  }

  /** {@inheritDoc DashboardHealthApi.getRun} */
  getRun(id: string): Promise<Run> {
    return this.request('GET', `/runs/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.startRun} */
  startRun(entityRef: string): Promise<Run> {
    return this.request('POST', '/runs', { body: { entityRef } });
  }

  /** {@inheritDoc DashboardHealthApi.listPolicies} */
  async listPolicies(): Promise<ValidationPolicy[]> {
    const page = await this.request<{ items: ValidationPolicy[] }>(
      'GET',
      '/policies',
    );
    return page.items;
  }

  /** {@inheritDoc DashboardHealthApi.getPolicy} */
  getPolicy(id: string): Promise<ValidationPolicy> {
    return this.request('GET', `/policies/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.createPolicy} */
  createPolicy(input: ValidationPolicyInput): Promise<PolicyWriteResponse> {
    return this.request('POST', '/policies', { body: input });
  }

  /** {@inheritDoc DashboardHealthApi.updatePolicy} */
  updatePolicy(
    id: string,
    input: ValidationPolicyInput,
  ): Promise<PolicyWriteResponse> {
    return this.request('PUT', `/policies/${encodeURIComponent(id)}`, {
      body: input,
    });
  }

  /** {@inheritDoc DashboardHealthApi.deletePolicy} */
  async deletePolicy(id: string): Promise<void> {
    await this.request('DELETE', `/policies/${encodeURIComponent(id)}`);
  }

  /** {@inheritDoc DashboardHealthApi.getPolicyPlan} */
  getPolicyPlan(id: string, date?: string): Promise<PolicyPlanResponse> {
    return this.request('GET', `/policies/${encodeURIComponent(id)}/plan`, {
      query: { date },
    });
  }

  /** {@inheritDoc DashboardHealthApi.validateNow} */
  validateNow(policyId: string): Promise<ValidateNowResponse> {
    return this.request(
      'POST',
      `/policies/${encodeURIComponent(policyId)}/validate-now`,
    );
  }

  private async request<T>(
    method: string,
    path: string,
    options: { query?: object; body?: unknown } = {},
  ): Promise<T> {
    const baseUrl = await this.deps.discoveryApi.getBaseUrl('dashboard-health');
    const doFetch = this.deps.fetchApi?.fetch ?? fetch;
    const hasBody = options.body !== undefined;
    const response = await doFetch(
      `${baseUrl}${path}${queryString(options.query)}`,
      {
        method,
        headers: hasBody ? { 'Content-Type': 'application/json' } : undefined,
        body: hasBody ? JSON.stringify(options.body) : undefined,
      },
    );
    if (!response.ok) throw await ResponseError.fromResponse(response);
    // 204 No Content (delete) has no body to parse.
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
}

/** `?a=1&b=2` from the defined values, or '' when there are none. */
function queryString(values: object = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
