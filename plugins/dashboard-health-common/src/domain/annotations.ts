/**
 * The annotations that tie a catalog entity to its Superset dashboard. They are a contract: the dashboard-health
 * backend finds the instance and dashboard to validate through them, and users' scripts filter on them.
 *
 * @public
 */
export const ANNOTATION_SUPERSET_INSTANCE = 'superset.apache.org/instance';
/**
 * The dashboard's numeric id on its Superset instance.
 *
 * @public
 */
export const ANNOTATION_SUPERSET_DASHBOARD_ID =
  'superset.apache.org/dashboard-id';
/**
 * The dashboard's UUID on its Superset instance.
 *
 * @public
 */
export const ANNOTATION_SUPERSET_DASHBOARD_UUID =
  'superset.apache.org/dashboard-uuid';
/**
 * Every Superset owner of the dashboard, as "Name <email>", because spec.owner can hold only one.
 *
 * @public
 */
export const ANNOTATION_SUPERSET_OWNERS = 'superset.apache.org/owners';

/**
 * Per-dashboard override of a policy's staleness threshold, e.g. `2d` or `36h`.
 *
 * @public
 */
export const ANNOTATION_MAX_STALENESS = 'dashboard-health/max-staleness';
