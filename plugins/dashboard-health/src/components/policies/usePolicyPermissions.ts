import { usePermission } from '@backstage/plugin-permission-react';
import {
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyDeletePermission,
  dashboardHealthPolicyUpdatePermission,
} from '@dashboard-health/plugin-dashboard-health-common';

/**
 * What the user may do with policies. Until the answer is in, nothing is allowed: a button that appears
 * and then vanishes is worse than one that appears late. The backend enforces the same permissions.
 */
export function usePolicyPermissions() {
  const create = usePermission({
    permission: dashboardHealthPolicyCreatePermission,
  });
  const update = usePermission({
    permission: dashboardHealthPolicyUpdatePermission,
  });
  const remove = usePermission({
    permission: dashboardHealthPolicyDeletePermission,
  });
  return {
    canCreate: !create.loading && create.allowed,
    canUpdate: !update.loading && update.allowed,
    canDelete: !remove.loading && remove.allowed,
  };
}
