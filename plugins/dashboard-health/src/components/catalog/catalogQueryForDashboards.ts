import {
  DASHBOARD_ENTITY_ANNOTATIONS,
  DASHBOARD_ENTITY_KIND,
  DASHBOARD_ENTITY_TYPE,
} from '@dashboard-health/plugin-dashboard-health-common';
import { CatalogQuery, catalogQueryForRefs } from './catalogQueryForRefs';

/** Every dashboard entity, as far as a catalog query can tell (it cannot see a blank annotation). */
const ALL_DASHBOARDS: CatalogQuery = {
  kind: DASHBOARD_ENTITY_KIND,
  'spec.type': DASHBOARD_ENTITY_TYPE,
  ...Object.fromEntries(
    DASHBOARD_ENTITY_ANNOTATIONS.map(name => [
      `metadata.annotations.${name}`,
      { $exists: true },
    ]),
  ),
};

/**
 * A catalog query for the `matching` dashboards, given the `others` (every other dashboard whose status is
 * known). It names whichever list is shorter — "all dashboards but the others" when most match — because
 * the catalog takes the query as a request body of at most 100 kB: thousands of names, not tens of thousands.
 */
export function catalogQueryForDashboards(
  matching: readonly string[],
  others: readonly string[],
): CatalogQuery {
  if (matching.length <= others.length) return catalogQueryForRefs(matching);
  return { $all: [ALL_DASHBOARDS, { $not: catalogQueryForRefs(others) }] };
}
