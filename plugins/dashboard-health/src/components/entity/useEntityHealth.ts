import { useApi } from '@backstage/core-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dashboardHealthApiRef } from '../../api';
import { loadHistory } from './loadHistory';

/**
 * The latest record and next run of one dashboard. `retry` keeps the previous value while it reloads,
 * so a refresh after "Run now" does not blank the tab.
 */
export function useEntityHealth(entityRef: string) {
  const api = useApi(dashboardHealthApiRef);
  return useAsyncRetry(() => api.getHealth(entityRef), [api, entityRef]);
}

/** The records of the last 90 days, loaded apart from the health so a slow history never delays it. */
export function useHealthHistory(entityRef: string) {
  const api = useApi(dashboardHealthApiRef);
  return useAsyncRetry(() => loadHistory(api, entityRef), [api, entityRef]);
}
