import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { DisplayStatus } from '../shared';
import { useHealthBatchLoader } from './useHealthSummary';

const NO_STATUSES: ReadonlyMap<string, DisplayStatus> = new Map();

/**
 * The statuses of the dashboards among `entities`, keyed by `healthKey`. Loaded through the shared
 * batching loader, so the picker and the table's cells end up in the same request and cache.
 */
export function useDashboardStatuses(entities: readonly Entity[]) {
  const loader = useHealthBatchLoader();
  const refs = useMemo(
    () =>
      entities
        .filter(isDashboardHealthAvailable)
        .map(e => stringifyEntityRef(e)),
    [entities],
  );
  // The list hands out a new array on every fetch; only a different set of refs is worth a new load.
  const refsKey = refs.join('\n');
  const state = useAsync(async () => {
    if (refs.length === 0) return NO_STATUSES;
    const loaded = await loader.loadMany(refs);
    const statuses = new Map<string, DisplayStatus>();
    for (const [key, health] of loaded) {
      if (health) statuses.set(key, health.status);
    }
    return statuses as ReadonlyMap<string, DisplayStatus>;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loader, refsKey]);
  return {
    dashboardCount: refs.length,
    statuses: state.value ?? NO_STATUSES,
    loading: state.loading,
    error: state.error,
  };
}
