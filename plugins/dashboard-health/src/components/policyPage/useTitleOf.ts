import { parseEntityRef } from '@backstage/catalog-model';
import { useCallback, useMemo } from 'react';
import { useDashboardEntities } from '../center';

/** A dashboard's title from the catalog, or its name while the catalog loads (or cannot show it). */
export function useTitleOf(): (entityRef: string) => string {
  const dashboards = useDashboardEntities();
  const titles = useMemo(
    () => new Map((dashboards.value ?? []).map(d => [d.key, d.title])),
    [dashboards.value],
  );
  return useCallback(
    (entityRef: string) =>
      titles.get(entityRef.toLocaleLowerCase('en-US')) ??
      parseEntityRef(entityRef).name,
    [titles],
  );
}
