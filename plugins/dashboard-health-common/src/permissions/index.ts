import { createPermission } from '@backstage/plugin-permission-common';

/** Create a validation policy. */
export const dashboardHealthPolicyCreatePermission = createPermission({
  name: 'dashboard-health.policy.create',
  attributes: { action: 'create' },
});

/** Change a validation policy. */
export const dashboardHealthPolicyUpdatePermission = createPermission({
  name: 'dashboard-health.policy.update',
  attributes: { action: 'update' },
});

/** Delete a validation policy (and cancel its planned runs). */
export const dashboardHealthPolicyDeletePermission = createPermission({
  name: 'dashboard-health.policy.delete',
  attributes: { action: 'delete' },
});

/** Start a validation run by hand ("Run now"). */
export const dashboardHealthRunCreatePermission = createPermission({
  name: 'dashboard-health.run.create',
  attributes: { action: 'create' },
});

/** Every permission the plugin defines, for registration with the permissions registry. */
export const dashboardHealthPermissions = [
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthPolicyDeletePermission,
  dashboardHealthRunCreatePermission,
];
