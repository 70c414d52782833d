import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { fetchDashboardEntities } from './dashboardEntities';

/** The catalog dashboards the user may see; the policy editor needs them without their health. */
export function useDashboardEntities() {
  const catalogApi = useApi(catalogApiRef);
  return useAsyncRetry(() => fetchDashboardEntities(catalogApi), [catalogApi]);
}
