import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { DisplayStatus } from '../shared';
import { fetchDashboardRefs } from './fetchDashboardRefs';
import { useHealthBatchLoader } from './useHealthSummary';

const NO_STATUSES: ReadonlyMap<string, DisplayStatus> = new Map();

/**
 * The status of every dashboard in the catalog, keyed by `healthKey`, once `enabled` (a status is
 * selected): the catalog pages on the server, so the filter needs all of them, not the loaded page's.
 * Loaded through the shared batching loader, whose cache the table's cells then reuse.
 */
export function useAllDashboardStatuses(enabled: boolean) {
  const catalogApi = useApi(catalogApiRef);
  const loader = useHealthBatchLoader();
  const state = useAsync(async () => {
    if (!enabled) return NO_STATUSES;
    const loaded = await loader.loadMany(await fetchDashboardRefs(catalogApi));
    const statuses = new Map<string, DisplayStatus>();
    for (const [key, health] of loaded) {
      if (health) statuses.set(key, health.status);
    }
    return statuses as ReadonlyMap<string, DisplayStatus>;
  }, [catalogApi, loader, enabled]);
  return {
    statuses: state.value ?? NO_STATUSES,
    loading: state.loading,
    error: state.error,
  };
}
