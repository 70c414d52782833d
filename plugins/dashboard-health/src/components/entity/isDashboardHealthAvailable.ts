import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SUPERSET_INSTANCE,
  DASHBOARD_ENTITY_KIND,
  DASHBOARD_ENTITY_TYPE,
} from '@internal/plugin-dashboard-health-common';

// The catalog compares kinds and types case-insensitively, so a hand-written `kind: resource` still counts.
const same = (a: unknown, b: string) =>
  typeof a === 'string' &&
  a.toLocaleLowerCase('en-US') === b.toLocaleLowerCase('en-US');

/**
 * Whether an entity is a Superset dashboard that Dashboard Health can validate: a `Resource` of type
 * `dashboard` that names its Superset instance. Used as the filter of the Health tab and card.
 */
export function isDashboardHealthAvailable(entity: Entity): boolean {
  return (
    same(entity.kind, DASHBOARD_ENTITY_KIND) &&
    same(entity.spec?.type, DASHBOARD_ENTITY_TYPE) &&
    // An empty annotation names no instance, so the backend could not validate it either.
    Boolean(entity.metadata.annotations?.[ANNOTATION_SUPERSET_INSTANCE]?.trim())
  );
}
