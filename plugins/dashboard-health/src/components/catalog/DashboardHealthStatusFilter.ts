import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  DefaultEntityFilters,
  EntityFilter,
} from '@backstage/plugin-catalog-react';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { DisplayStatus } from '../shared';
import { catalogQueryForDashboards } from './catalogQueryForDashboards';
import { CatalogQuery } from './catalogQueryForRefs';
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
 * Keeps the dashboards whose health status is selected. The catalog backend knows nothing about health,
 * so the filter is built from statuses loaded from Dashboard Health and handed to the catalog as the list
 * of matching entities: with server-side pagination every page, and the total, then hold only matches.
 *
 * @public
 */
export class DashboardHealthStatusFilter implements EntityFilter {
  constructor(
    /** The selected statuses; none selected keeps every entity. */
    readonly values: readonly DisplayStatus[],
    /** Status by `healthKey`; a dashboard missing here has no known status and never matches. */
    private readonly statusByRef: ReadonlyMap<string, DisplayStatus>,
  ) {}

  /** The matching dashboards as a catalog query; undefined (no constraint) when nothing is selected. */
  getCatalogQuery(): CatalogQuery | undefined {
    if (this.values.length === 0) return undefined;
    const matching: string[] = [];
    const others: string[] = [];
    for (const [key, status] of this.statusByRef) {
      (this.values.includes(status) ? matching : others).push(key);
    }
    return catalogQueryForDashboards(matching, others);
  }

  /** Keeps a dashboard whose known status is selected; keeps everything when nothing is selected. */
  filterEntity(entity: Entity): boolean {
    if (this.values.length === 0) return true;
    // Asking for "failing" means asking for dashboards, so everything else goes.
    if (!isDashboardHealthAvailable(entity)) return false;
    // Unknown (still loading, or not visible to the user) cannot be shown to match.
    const status = this.statusByRef.get(healthKey(stringifyEntityRef(entity)));
    return status !== undefined && this.values.includes(status);
  }

  /** The selected statuses, for the page URL. */
  toQueryValue(): string[] {
    return [...this.values];
  }
}

/**
 * The catalog filters with this plugin's filter, for `useEntityList<DashboardHealthEntityFilters>()`.
 *
 * @public
 */
export type DashboardHealthEntityFilters = DefaultEntityFilters & {
  dashboardHealth?: DashboardHealthStatusFilter;
};
