import {
  AuthorizeResult,
  isPermission,
  isResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
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

const POLICY_WRITES = [
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthPolicyDeletePermission,
];

const allow: PolicyDecision = { result: AuthorizeResult.ALLOW };
const deny: PolicyDecision = { result: AuthorizeResult.DENY };

/**
 * The production policy: validation policies are written by one admin group; "Run now" is for the
 * dashboard's owners (decided by the catalog's `isEntityOwner` on the entity) and that group; everything
 * else, reads included, stays allowed as under the allow-all policy. Service principals never get here:
 * the permissions service allows them itself (within their access restrictions).
 */
export class DashboardHealthPermissionPolicy implements PermissionPolicy {
  /** @param adminGroup a normalised group ref, e.g. `group:default/dashboard-health-admins` */
  constructor(private readonly adminGroup: string) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const claims = user?.info.ownershipEntityRefs ?? [];
    // Ownership claims hold the user's groups (as the catalog's sign-in resolvers issue them).
    const isAdmin = claims.some(
      ref => ref.toLocaleLowerCase('en-US') === this.adminGroup,
    );
    if (POLICY_WRITES.some(write => isPermission(permission, write))) {
      return isAdmin ? allow : deny;
    }
    if (
      isPermission(permission, dashboardHealthRunCreatePermission) &&
      isResourcePermission(permission, RESOURCE_TYPE_CATALOG_ENTITY)
    ) {
      if (isAdmin) return allow;
      if (!user) return deny;
      // Conditional: the permission backend has the catalog apply it to the entity named by resourceRef.
      return createCatalogConditionalDecision(
        permission,
        catalogConditions.isEntityOwner({ claims }),
      );
    }
    return allow;
  }
}
