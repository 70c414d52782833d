import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SUPERSET_DASHBOARD_ID,
  ANNOTATION_SUPERSET_INSTANCE,
} from './annotations';

/**
 * The catalog shape of a Superset dashboard: `kind: Resource` with this `spec.type`.
 *
 * @public
 */
export const DASHBOARD_ENTITY_KIND = 'Resource';
/**
 * The `spec.type` of a Superset dashboard entity.
 *
 * @public
 */
export const DASHBOARD_ENTITY_TYPE = 'dashboard';

/**
 * The annotations a dashboard entity must carry: which Superset instance, and which dashboard on it.
 *
 * @public
 */
export const DASHBOARD_ENTITY_ANNOTATIONS = [
  ANNOTATION_SUPERSET_INSTANCE,
  ANNOTATION_SUPERSET_DASHBOARD_ID,
] as const;

/**
 * The entity fields {@link isDashboardEntity} reads: fetch at least these when asking for partial entities.
 *
 * @public
 */
export const DASHBOARD_ENTITY_FIELDS: readonly string[] = [
  'kind',
  'spec.type',
  'metadata.annotations',
];

/**
 * The catalog filter for dashboard entities, for `getEntities`/`streamEntities`. It narrows the read on the
 * catalog's side but cannot say "annotation present and not blank" (an existence filter needs the symbol of
 * `@backstage/catalog-client`, which this package does not depend on), so keep only the entities that pass
 * {@link isDashboardEntity}. The catalog compares these values case-insensitively, as that predicate does.
 *
 * @public
 */
export const DASHBOARD_ENTITY_FILTER: Readonly<Record<string, string>> = {
  kind: DASHBOARD_ENTITY_KIND,
  'spec.type': DASHBOARD_ENTITY_TYPE,
};

/**
 * {@link DASHBOARD_ENTITY_FILTER}, narrowed to the dashboards of one Superset instance.
 *
 * @public
 */
export function dashboardEntityFilter(
  instanceId: string,
): Record<string, string> {
  return {
    ...DASHBOARD_ENTITY_FILTER,
    [`metadata.annotations.${ANNOTATION_SUPERSET_INSTANCE}`]: instanceId,
  };
}

// The catalog compares kinds and types case-insensitively, so a hand-written `kind: resource` still counts.
const sameText = (value: unknown, expected: string) =>
  typeof value === 'string' &&
  value.toLocaleLowerCase('en-US') === expected.toLocaleLowerCase('en-US');

/**
 * Whether an entity is a Superset dashboard Dashboard Health can validate: a `Resource` of type `dashboard`
 * that names its Superset instance and its dashboard there. The one definition that the backend, the
 * catalog module, the search collator and the frontend all apply.
 *
 * @public
 */
export function isDashboardEntity(entity: Entity): boolean {
  const annotations = entity.metadata.annotations ?? {};
  return (
    sameText(entity.kind, DASHBOARD_ENTITY_KIND) &&
    sameText(
      (entity.spec as { type?: unknown } | undefined)?.type,
      DASHBOARD_ENTITY_TYPE,
    ) &&
    // A blank annotation names nothing: the backend could not find the dashboard to validate.
    DASHBOARD_ENTITY_ANNOTATIONS.every(name => {
      const value: unknown = annotations[name];
      return typeof value === 'string' && value.trim() !== '';
    })
  );
}
