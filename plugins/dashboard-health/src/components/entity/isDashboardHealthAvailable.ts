import { Entity } from '@backstage/catalog-model';
import { isDashboardEntity } from '@dashboard-health/plugin-dashboard-health-common';

/**
 * Whether an entity is a Superset dashboard that Dashboard Health can validate, by the one definition in
 * -common (which the backend applies too). Used as the filter of the Health tab and card.
 *
 * @public
 */
export function isDashboardHealthAvailable(entity: Entity): boolean {
  return isDashboardEntity(entity);
}
