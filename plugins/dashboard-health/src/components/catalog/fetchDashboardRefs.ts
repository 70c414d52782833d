import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  DASHBOARD_ENTITY_FIELDS,
  DASHBOARD_ENTITY_FILTER,
  isDashboardEntity,
} from '@dashboard-health/plugin-dashboard-health-common';

type CatalogApi = typeof catalogApiRef.T;

/**
 * The refs of every dashboard the signed-in user may see in the catalog, with only the fields that tell a
 * dashboard and its ref: the status filter must know all of them, not only the page on screen.
 */
export async function fetchDashboardRefs(
  catalogApi: CatalogApi,
): Promise<string[]> {
  const { items } = await catalogApi.getEntities({
    filter: { ...DASHBOARD_ENTITY_FILTER },
    fields: [...DASHBOARD_ENTITY_FIELDS, 'metadata.namespace', 'metadata.name'],
  });
  return items.filter(isDashboardEntity).map(e => stringifyEntityRef(e));
}
