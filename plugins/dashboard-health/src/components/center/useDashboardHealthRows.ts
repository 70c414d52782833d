import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dashboardHealthApiRef } from '../../api';
import { fetchDashboardEntities } from './dashboardEntities';
import { fetchHealthBatch } from './fetchHealthBatch';
import { HealthUnavailableError } from './HealthUnavailableError';
import { joinRows } from './joinRows';

/**
 * Every dashboard the user may see in the catalog, joined with its health: one catalog request and one
 * health batch (per 10,000 dashboards). The joined rows are built once per load, so views can filter and
 * sort them cheaply. Shared by the Health Center and the home page widget.
 */
export function useDashboardHealthRows() {
  const catalogApi = useApi(catalogApiRef);
  const healthApi = useApi(dashboardHealthApiRef);
  return useAsyncRetry(async () => {
    const dashboards = await fetchDashboardEntities(catalogApi);
    let batch;
    try {
      batch = await fetchHealthBatch(
        healthApi,
        dashboards.map(d => d.ref),
      );
    } catch (error) {
      throw new HealthUnavailableError(error as Error);
    }
    return joinRows(dashboards, batch);
  }, [catalogApi, healthApi]);
}
