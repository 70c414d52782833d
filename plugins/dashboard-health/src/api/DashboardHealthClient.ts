import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import {
  PlanPreviewRequest,
  PlanPreviewResponse,
} from '@internal/plugin-dashboard-health-common';
import { DashboardHealthApi } from './DashboardHealthApi';

/** The default {@link DashboardHealthApi}: JSON over the backend's REST routes with the user's token. */
export class DashboardHealthClient implements DashboardHealthApi {
  constructor(
    private readonly deps: { discoveryApi: DiscoveryApi; fetchApi: FetchApi },
  ) {}

  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse> {
    return this.request('/plan/preview', { method: 'POST', body: request });
  }

  private async request<T>(
    path: string,
    init: { method: string; body?: unknown },
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
    return (await response.json()) as T;
  }
}
