import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Create a validation policy.
 *
 * @public
 */
export const dashboardHealthPolicyCreatePermission = createPermission({
  name: 'dashboard-health.policy.create',
  attributes: { action: 'create' },
});

/**
 * Change a validation policy.
 *
 * @public
 */
export const dashboardHealthPolicyUpdatePermission = createPermission({
  name: 'dashboard-health.policy.update',
  attributes: { action: 'update' },
});

/**
 * Delete a validation policy (and cancel its planned runs).
 *
 * @public
 */
export const dashboardHealthPolicyDeletePermission = createPermission({
  name: 'dashboard-health.policy.delete',
  attributes: { action: 'delete' },
});

/**
 * Start a validation run of one dashboard by hand ("Run now"). A resource permission on the dashboard's
 * catalog entity, so a policy can decide per dashboard with the catalog's rules (e.g. `isEntityOwner`);
 * authorize it with the entity ref as `resourceRef`.
 *
 * @public
 */
export const dashboardHealthRunCreatePermission = createPermission({
  name: 'dashboard-health.run.create',
  attributes: { action: 'create' },
  resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
});

/**
 * Every permission the plugin defines, for registration with the permissions registry.
 *
 * @public
 */
export const dashboardHealthPermissions = [
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthPolicyDeletePermission,
  dashboardHealthRunCreatePermission,
];
