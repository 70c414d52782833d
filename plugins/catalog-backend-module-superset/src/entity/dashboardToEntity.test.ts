import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { isDashboardEntity } from '@dashboard-health/plugin-dashboard-health-common';
import { dashboardToEntity, DashboardForEntity } from './dashboardToEntity';
import { toBackstageTag } from './names';

// The same policies the catalog applies before it accepts an entity.
const catalogPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const instance = {
  id: 'prod',
  title: 'Production',
  baseUrl: 'https://superset.example.com',
};

const salesOverview: DashboardForEntity = {
  id: 1,
  title: 'Sales Overview',
  url: '/superset/dashboard/sales-overview/',
  published: true,
  uuid: 'c9a3f9a2-1f2b-4c9e-9c1e-5f0f6a0b1c01',
  certifiedBy: 'Data Platform team',
  certificationDetails: 'Reviewed 2025-07-01',
  tags: [
    { name: 'finance', type: 1 },
    { name: 'owner:1', type: 3 },
    { name: 'type:dashboard', type: 2 },
    { name: 'Finance KPIs', type: 1 },
  ],
  owners: [
    { id: 1, name: 'Ana Lima', email: 'ana.lima@example.com' },
    { id: 2, name: 'Ben Okafor' },
  ],
};

describe('dashboardToEntity', () => {
  it('maps a published, certified dashboard to a valid Resource of type dashboard', async () => {
    const entity = dashboardToEntity({
      dashboard: salesOverview,
      instance,
      owner: 'group:default/finance-analytics',
    });

    await expect(catalogPolicy.enforce(entity)).resolves.toBeDefined();
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'prod-dashboard-1',
        title: 'Sales Overview',
        description:
          'Published Apache Superset dashboard on Production. Certified by Data Platform team (Reviewed 2025-07-01).',
        tags: ['finance', 'finance-kpis'],
        links: [
          {
            url: 'https://superset.example.com/superset/dashboard/sales-overview/',
            title: 'Open in Superset (Production)',
            icon: 'dashboard',
            type: 'superset-dashboard',
          },
        ],
        annotations: {
          'backstage.io/managed-by-location':
            'url:https://superset.example.com/api/v1/dashboard/1',
          'backstage.io/managed-by-origin-location':
            'url:https://superset.example.com/api/v1/dashboard/1',
          'backstage.io/view-url':
            'https://superset.example.com/superset/dashboard/sales-overview/',
          'superset.apache.org/instance': 'prod',
          'superset.apache.org/dashboard-id': '1',
          'superset.apache.org/dashboard-uuid':
            'c9a3f9a2-1f2b-4c9e-9c1e-5f0f6a0b1c01',
          'superset.apache.org/owners':
            'Ana Lima <ana.lima@example.com>, Ben Okafor',
        },
      },
      spec: {
        type: 'dashboard',
        owner: 'group:default/finance-analytics',
        lifecycle: 'production',
      },
    });
  });

  it('maps a draft dashboard without uuid, owners or certification', async () => {
    const entity = dashboardToEntity({
      dashboard: {
        id: 3,
        title: 'Marketing Spend (WIP)',
        url: '/superset/dashboard/3/',
        published: false,
        uuid: null,
        tags: [],
        owners: [],
      },
      instance: { ...instance, id: 'staging', title: 'Staging' },
      owner: 'group:default/data-platform',
    });

    await expect(catalogPolicy.enforce(entity)).resolves.toBeDefined();
    // Even a bare draft is what the rest of Dashboard Health counts as a dashboard entity.
    expect(isDashboardEntity(entity)).toBe(true);
    expect(entity.metadata.name).toBe('staging-dashboard-3');
    expect(entity.spec.lifecycle).toBe('experimental');
    expect(entity.metadata.description).toBe(
      'Draft Apache Superset dashboard on Staging.',
    );
    expect(Object.keys(entity.metadata.annotations!)).not.toContain(
      'superset.apache.org/dashboard-uuid',
    );
    expect(Object.keys(entity.metadata.annotations!)).not.toContain(
      'superset.apache.org/owners',
    );
  });

  it('keeps the same name when the title and slug change, and differs across instances', () => {
    const renamed = dashboardToEntity({
      dashboard: {
        ...salesOverview,
        title: 'Revenue',
        url: '/superset/dashboard/revenue/',
      },
      instance,
      owner: 'group:default/x',
    });
    const otherInstance = dashboardToEntity({
      dashboard: salesOverview,
      instance: { ...instance, id: 'staging' },
      owner: 'group:default/x',
    });
    expect(renamed.metadata.name).toBe('prod-dashboard-1');
    expect(otherInstance.metadata.name).toBe('staging-dashboard-1');
  });

  it('accepts tags from Superset versions that send no tag type', () => {
    const entity = dashboardToEntity({
      dashboard: { ...salesOverview, tags: [{ name: 'Product' }] },
      instance,
      owner: 'group:default/x',
    });
    expect(entity.metadata.tags).toEqual(['product']);
  });
});

describe('toBackstageTag', () => {
  it.each([
    ['finance', 'finance'],
    ['Finance KPIs', 'finance-kpis'],
    ['team:marketing', 'team:marketing'],
    ['  --weird__name!!  ', 'weird-name'],
    ['c++ / c#', 'c++-c#'],
    ['ÜBER', 'ber'],
    ['!!!', undefined],
    [`${'a'.repeat(62)} b`, 'a'.repeat(62)],
  ])('%j becomes %j', (input, expected) => {
    expect(toBackstageTag(input)).toBe(expected);
  });
});
