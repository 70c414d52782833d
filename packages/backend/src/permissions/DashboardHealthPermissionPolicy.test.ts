import { Entity } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  createConditionAuthorizer,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import {
  dashboardHealthPolicyCreatePermission,
  dashboardHealthPolicyDeletePermission,
  dashboardHealthPolicyUpdatePermission,
  dashboardHealthRunCreatePermission,
} from '@dashboard-health/plugin-dashboard-health-common';
import { mockCredentials } from '@backstage/backend-test-utils';
import { DashboardHealthPermissionPolicy } from './DashboardHealthPermissionPolicy';
import { ADMIN_GROUP, ownedDashboard, people } from './__testUtils__/people';

const policy = new DashboardHealthPermissionPolicy(ADMIN_GROUP);
// The catalog's own rules, applied as the catalog applies a conditional decision to one entity.
const applyCatalogConditions = createConditionAuthorizer(
  Object.values(permissionRules),
);

function asUser(who: keyof typeof people): PolicyQueryUser {
  const info = people[who];
  return {
    info,
    credentials: mockCredentials.user(info.userEntityRef),
  } as unknown as PolicyQueryUser;
}

/** The decision for one user and permission, resolved against `entity` when it is conditional. */
async function decide(
  who: keyof typeof people | 'nobody',
  permission: Permission,
  entity: Entity = ownedDashboard,
): Promise<'allow' | 'deny'> {
  const decision: PolicyDecision = await policy.handle(
    { permission },
    who === 'nobody' ? undefined : asUser(who),
  );
  if (decision.result === AuthorizeResult.CONDITIONAL) {
    return applyCatalogConditions(decision, entity) ? 'allow' : 'deny';
  }
  return decision.result === AuthorizeResult.ALLOW ? 'allow' : 'deny';
}

describe('DashboardHealthPermissionPolicy', () => {
  const writes = [
    dashboardHealthPolicyCreatePermission,
    dashboardHealthPolicyUpdatePermission,
    dashboardHealthPolicyDeletePermission,
  ];

  it.each([
    ['owner', 'deny'],
    ['otherTeam', 'deny'],
    ['admin', 'allow'],
    ['nobody', 'deny'],
  ] as const)('policy writes: %s → %s', async (who, expected) => {
    for (const permission of writes) {
      expect(await decide(who, permission)).toBe(expected);
    }
  });

  it.each([
    ['owner', 'allow'],
    ['otherTeam', 'deny'],
    ['admin', 'allow'],
    ['nobody', 'deny'],
  ] as const)(
    'run.create on a data-platform dashboard: %s → %s',
    async (who, expected) => {
      expect(await decide(who, dashboardHealthRunCreatePermission)).toBe(
        expected,
      );
    },
  );

  it('leaves run.create to the catalog: a conditional isEntityOwner decision on catalog entities', async () => {
    const decision = await policy.handle(
      { permission: dashboardHealthRunCreatePermission },
      asUser('owner'),
    );
    expect(decision).toEqual({
      result: AuthorizeResult.CONDITIONAL,
      pluginId: 'catalog',
      resourceType: 'catalog-entity',
      conditions: {
        rule: 'IS_ENTITY_OWNER',
        resourceType: 'catalog-entity',
        params: { claims: people.owner.ownershipEntityRefs },
      },
    });
  });

  it('lets the other team run the dashboards its own team owns', async () => {
    const theirs: Entity = {
      ...ownedDashboard,
      relations: [
        { type: 'ownedBy', targetRef: 'group:default/marketing-analytics' },
      ],
    };
    expect(
      await decide('otherTeam', dashboardHealthRunCreatePermission, theirs),
    ).toBe('allow');
    expect(
      await decide('owner', dashboardHealthRunCreatePermission, theirs),
    ).toBe('deny');
  });

  it('allows reads and other plugins’ permissions to everyone, as allow-all did', async () => {
    for (const who of ['owner', 'otherTeam', 'admin', 'nobody'] as const) {
      expect(await decide(who, catalogEntityReadPermission)).toBe('allow');
    }
  });

  it('compares the admin group case-insensitively', async () => {
    const shouting = {
      info: {
        userEntityRef: 'user:default/ada',
        ownershipEntityRefs: ['Group:Default/Dashboard-Health-Admins'],
      },
    } as unknown as PolicyQueryUser;
    const decision = await policy.handle(
      { permission: dashboardHealthPolicyCreatePermission },
      shouting,
    );
    expect(decision.result).toBe(AuthorizeResult.ALLOW);
  });
});
