import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { HealthStatusCell } from './HealthStatusCell';

/**
 * The part of a catalog row the column reads; `CatalogTableRow` of `@backstage/plugin-catalog` has it.
 *
 * @public
 */
export interface HealthColumnRow {
  /** The row's entity. */
  entity: Entity;
}

/** Wide enough for the widest chip ("Never checked") and the header, so neither wraps. */
const COLUMN_WIDTH = '140px';
const NO_WRAP = { whiteSpace: 'nowrap', width: COLUMN_WIDTH } as const;

/**
 * A "Health" column for the catalog table. Generic so it fits `TableColumn<CatalogTableRow>` without this
 * package depending on `@backstage/plugin-catalog`.
 *
 * @public
 */
export function createDashboardHealthColumn<
  TRow extends HealthColumnRow = HealthColumnRow,
>(options: { title?: string } = {}): TableColumn<TRow> {
  return {
    title: options.title ?? 'Health',
    // The status is not in the row, so the table can neither sort nor search by it.
    field: 'dashboardHealth',
    sorting: false,
    searchable: false,
    width: COLUMN_WIDTH,
    headerStyle: NO_WRAP,
    cellStyle: NO_WRAP,
    render: row => <HealthStatusCell entity={row.entity} />,
  };
}
