import {
  AuthorizeResult,
  isPermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyDeletePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthRunCreatePermission,
} from '@dashboard-health/plugin-dashboard-health-common';

const ADMINS = 'group:default/dashboard-health-admins';
const POLICY_WRITES = [
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthPolicyDeletePermission,
];

export class MyPermissionPolicy implements PermissionPolicy {
  async handle(request: PolicyQuery, user?: PolicyQueryUser): Promise<PolicyDecision> {
    const claims = user?.info.ownershipEntityRefs ?? [];
    const isAdmin = claims.includes(ADMINS);
    if (POLICY_WRITES.some(p => isPermission(request.permission, p))) {
      return { result: isAdmin ? AuthorizeResult.ALLOW : AuthorizeResult.DENY };
    }
    if (isPermission(request.permission, dashboardHealthRunCreatePermission)) {
      if (isAdmin) return { result: AuthorizeResult.ALLOW };
      return createCatalogConditionalDecision(
        request.permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    return { result: AuthorizeResult.ALLOW }; // your portal's other rules
  }
}
