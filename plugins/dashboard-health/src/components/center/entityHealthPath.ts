import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';

/** The path of the entity page's Health tab, relative to the entity page. */
export const HEALTH_TAB_PATH = 'dashboard-health';

/**
 * Links to a dashboard's Health tab (`/catalog/<namespace>/resource/<name>/dashboard-health`), built from
 * the catalog's entity route so it follows wherever the app mounts the catalog.
 */
export function useEntityHealthPath(): (entityRef: string) => string {
  const entityPath = useEntityRefLink();
  return useCallback(
    (entityRef: string) => `${entityPath(entityRef)}/${HEALTH_TAB_PATH}`,
    [entityPath],
  );
}
