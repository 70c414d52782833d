/**
 * Catalog module that syncs Apache Superset dashboards into the catalog.
 *
 * @packageDocumentation
 */
export { catalogModuleSuperset as default } from './module';
export { dashboardEntityName } from './entity/names';
