import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { dashboardHealthApiRef } from '../../api';
import { HealthBatchLoader, LoadedHealth } from './HealthBatchLoader';

/**
 * What {@link useHealthSummary} returns: loading, the loaded health, or the error.
 *
 * @public
 */
export interface HealthSummaryState {
  /** True while the health is being loaded. */
  loading: boolean;
  /** The loaded health, once loaded. */
  value?: LoadedHealth;
  /** Why loading failed, if it did. */
  error?: Error;
}

/** The batching loader shared by every catalog cell and the status picker of this app. */
export function useHealthBatchLoader(): HealthBatchLoader {
  return HealthBatchLoader.forApi(useApi(dashboardHealthApiRef));
}

/**
 * One dashboard's health for a list row. Goes through the plugin's `HealthBatchLoader`, so a table of rows sends
 * one request, not one per row. `undefined` ref: nothing is loaded.
 *
 * @public
 */
export function useHealthSummary(
  entityRef: string | undefined,
): HealthSummaryState {
  const loader = useHealthBatchLoader();
  const cached = entityRef ? loader.peek(entityRef) : undefined;
  const state = useAsync(
    async () => (entityRef ? loader.load(entityRef) : undefined),
    [loader, entityRef],
  );
  // A cached answer is shown at once instead of the loading state useAsync always starts with.
  if (state.loading && cached) return { loading: false, value: cached.value };
  return state;
}
