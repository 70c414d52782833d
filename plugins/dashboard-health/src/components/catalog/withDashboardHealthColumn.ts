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
    if (nameIndex < 0) return [...columns, createDashboardHealthColumn()];
    return [
      ...columns.slice(0, nameIndex),
      keepWordsWhole(columns[nameIndex]),
      createDashboardHealthColumn(),
      ...columns.slice(nameIndex + 1),
    ];
  };
}

/**
 * The name column with room for whole words: with Health beside it the table squeezed it until names broke
 * inside words ("Sales Overvi / ew") at 1280-1400 px. Names still wrap, between words.
 */
function keepWordsWhole<T extends { cellStyle?: unknown }>(column: T): T {
  if (typeof column.cellStyle === 'function') return column;
  const style = (column.cellStyle ?? {}) as Record<string, unknown>;
  return { ...column, cellStyle: { minWidth: '160px', ...style } };
}

/**
 * The catalog's default columns with the Health column: `<CatalogIndexPage columns={dashboardHealthCatalogColumns} />`.
 *
 * @public
 */
export const dashboardHealthCatalogColumns: CatalogTableColumnsFunc =
  withDashboardHealthColumn();
