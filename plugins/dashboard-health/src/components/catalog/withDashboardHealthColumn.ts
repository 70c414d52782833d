import {
  CatalogTable,
  CatalogTableColumnsFunc,
} from '@backstage/plugin-catalog';
import { DASHBOARD_ENTITY_KIND } from '@dashboard-health/plugin-dashboard-health-common';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { createDashboardHealthColumn } from './createDashboardHealthColumn';

/** The name column's field in @backstage/plugin-catalog's column factories. */
const NAME_FIELD = 'resolved.entityRef';

/**
 * Catalog table columns with a Health column, for `<CatalogIndexPage columns={...} />`: the `base`
 * columns (the catalog's defaults unless given), plus Health right after the name on lists that can hold
 * dashboards (the Resource kind, or any list with one). Right after the name, because the default columns
 * (description, tags) fill the table's width and a last column ends up off screen at 1280 px.
 *
 * @public
 */
export function withDashboardHealthColumn(
  base: CatalogTableColumnsFunc = CatalogTable.defaultColumnsFunc,
): CatalogTableColumnsFunc {
  return context => {
    const columns = base(context);
    const kind = context.filters.kind?.value.toLocaleLowerCase('en-US');
    const holdsDashboards =
      kind === DASHBOARD_ENTITY_KIND.toLocaleLowerCase('en-US') ||
      context.entities.some(isDashboardHealthAvailable);
    if (!holdsDashboards) return columns;
    const nameIndex = columns.findIndex(c => c.field === NAME_FIELD);
    const at = nameIndex >= 0 ? nameIndex + 1 : columns.length;
    return [
      ...columns.slice(0, at),
      createDashboardHealthColumn(),
      ...columns.slice(at),
    ];
  };
}

/**
 * The catalog's default columns with the Health column: `<CatalogIndexPage columns={dashboardHealthCatalogColumns} />`.
 *
 * @public
 */
export const dashboardHealthCatalogColumns: CatalogTableColumnsFunc =
  withDashboardHealthColumn();
