import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { DisplayStatus } from '../shared';
import { healthKey } from './HealthBatchLoader';

/** The order the picker offers statuses in: best to worst, then the never-checked. */
export const FILTER_STATUSES: readonly DisplayStatus[] = [
  'pass',
  'warn',
  'fail',
  'error',
  'never',
];

export function isDisplayStatus(value: unknown): value is DisplayStatus {
  return FILTER_STATUSES.includes(value as DisplayStatus);
}

/**
 * Keeps the dashboards whose health status is selected. Catalog-backend knows nothing about health, so
 * this filters on the frontend, from statuses loaded for the listed entities.
 */
export class DashboardHealthStatusFilter implements EntityFilter {
  constructor(
    readonly values: readonly DisplayStatus[],
    /** Status by {@link healthKey}; a dashboard missing here has no known status. */
    private readonly statusByRef: ReadonlyMap<string, DisplayStatus>,
  ) {}

  filterEntity(entity: Entity): boolean {
    if (this.values.length === 0) return true;
    // Asking for "failing" means asking for dashboards, so everything else goes.
    if (!isDashboardHealthAvailable(entity)) return false;
    // Unknown (still loading, or not visible to the user) cannot be shown to match.
    const status = this.statusByRef.get(healthKey(stringifyEntityRef(entity)));
    return status !== undefined && this.values.includes(status);
  }

  toQueryValue(): string[] {
    return [...this.values];
  }
}

/** The catalog filters with this plugin's filter, for `useEntityList<DashboardHealthEntityFilters>()`. */
export type DashboardHealthEntityFilters = DefaultEntityFilters & {
  dashboardHealth?: DashboardHealthStatusFilter;
};
