import { AuthService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { dashboardEntityFilter } from '@dashboard-health/plugin-dashboard-health-common';

/** The names of the dashboard entities the catalog currently holds for one Superset instance. */
export type CurrentEntityNames = (instanceId: string) => Promise<Set<string>>;

/**
 * Asks the catalog rather than remembering the last sync in memory, so the deletion guard also holds after a
 * restart and on whichever replica the scheduler picks for the next sync.
 */
export function catalogEntityNames(options: {
  catalog: CatalogService;
  auth: AuthService;
}): CurrentEntityNames {
  return async instanceId => {
    const credentials = await options.auth.getOwnServiceCredentials();
    const names = new Set<string>();
    for await (const page of options.catalog.streamEntities(
      { filter: dashboardEntityFilter(instanceId), fields: ['metadata.name'] },
      { credentials },
    )) {
      for (const entity of page) {
        names.add(entity.metadata.name);
      }
    }
    return names;
  };
}
