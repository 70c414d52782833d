import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { HealthStatusCell } from './HealthStatusCell';

/** The part of a catalog row the column reads; `CatalogTableRow` of @backstage/plugin-catalog has it. */
export interface HealthColumnRow {
  entity: Entity;
}

/**
 * A "Health" column for the catalog table. Generic so it fits `TableColumn<CatalogTableRow>` without this
 * package depending on @backstage/plugin-catalog.
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
    render: row => <HealthStatusCell entity={row.entity} />,
  };
}
