import { Entity } from '@backstage/catalog-model';

/** The admin group the production policy is configured with in these tests. */
export const ADMIN_GROUP = 'group:default/dashboard-health-admins';

/** Test users and their ownership claims (user ref plus groups), as a catalog sign-in resolver issues them. */
export const people = {
  /** In data-platform, which owns the dashboard. */
  owner: {
    userEntityRef: 'user:default/olivia',
    ownershipEntityRefs: ['user:default/olivia', 'group:default/data-platform'],
  },
  /** In another team. */
  otherTeam: {
    userEntityRef: 'user:default/mark',
    ownershipEntityRefs: [
      'user:default/mark',
      'group:default/marketing-analytics',
    ],
  },
  /** In the admin group, owning nothing. */
  admin: {
    userEntityRef: 'user:default/ada',
    ownershipEntityRefs: ['user:default/ada', ADMIN_GROUP],
  },
};

/** A Superset dashboard owned by data-platform, with the relation the catalog's `isEntityOwner` reads. */
export const ownedDashboard: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'sales-overview',
    namespace: 'default',
    annotations: {
      'superset.apache.org/instance': 'prod',
      'superset.apache.org/dashboard-id': '42',
    },
  },
  spec: { type: 'dashboard', owner: 'group:default/data-platform' },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/data-platform' }],
};
