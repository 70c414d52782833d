import {
  HealthBatchResponse,
  MAX_ENTITY_REFS,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardHealthApi } from '../../api';

/**
 * The health of any number of dashboards: one `getHealthBatch` call per {@link MAX_ENTITY_REFS} refs (the
 * backend's limit per request), answers merged. Usually that is exactly one call.
 */
export async function fetchHealthBatch(
  api: Pick<DashboardHealthApi, 'getHealthBatch'>,
  entityRefs: readonly string[],
): Promise<HealthBatchResponse> {
  if (entityRefs.length === 0) return { items: [], unchecked: [] };
  const chunks: string[][] = [];
  for (let i = 0; i < entityRefs.length; i += MAX_ENTITY_REFS) {
    chunks.push(entityRefs.slice(i, i + MAX_ENTITY_REFS));
  }
  const answers = await Promise.all(
    chunks.map(chunk => api.getHealthBatch(chunk)),
  );
  return {
    items: answers.flatMap(a => a.items),
    unchecked: answers.flatMap(a => a.unchecked),
  };
}
