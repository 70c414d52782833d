import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  ANNOTATION_SUPERSET_INSTANCE,
  DASHBOARD_ENTITY_KIND,
  DASHBOARD_ENTITY_TYPE,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardEntity } from './types';

type CatalogApi = typeof catalogApiRef.T;

/** Only what the views show: a dashboard entity's full body (links, description, tags) is not needed. */
export const DASHBOARD_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'spec.owner',
  'spec.type',
];

/** Every Superset dashboard the signed-in user may see, in one catalog request. */
export async function fetchDashboardEntities(
  catalogApi: CatalogApi,
): Promise<DashboardEntity[]> {
  const { items } = await catalogApi.getEntities({
    filter: { kind: DASHBOARD_ENTITY_KIND, 'spec.type': DASHBOARD_ENTITY_TYPE },
    fields: DASHBOARD_FIELDS,
  });
  return items.map(toDashboardEntity);
}

export function toDashboardEntity(entity: Entity): DashboardEntity {
  const namespace = entity.metadata.namespace ?? 'default';
  const ref = stringifyEntityRef({
    kind: entity.kind,
    namespace,
    name: entity.metadata.name,
  });
  return {
    ref,
    key: ref.toLocaleLowerCase('en-US'),
    name: entity.metadata.name,
    namespace,
    title: entity.metadata.title || entity.metadata.name,
    environment:
      entity.metadata.annotations?.[ANNOTATION_SUPERSET_INSTANCE] ?? '',
    owner: ownerRef(entity.spec?.owner, namespace),
  };
}

/**
 * `spec.owner` may be shorthand (`data-team`); the full ref makes owners comparable for the owner filter
 * and resolves the way the catalog resolves it (kind group, the entity's namespace).
 */
function ownerRef(owner: unknown, namespace: string): string {
  if (typeof owner !== 'string' || !owner) return '';
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return owner;
  }
}

/** The configured environments as far as the frontend can know them: the instances dashboards belong to. */
export function environmentsOf(
  dashboards: ReadonlyArray<Pick<DashboardEntity, 'environment'>>,
): string[] {
  const environments = new Set<string>();
  for (const dashboard of dashboards) {
    if (dashboard.environment) environments.add(dashboard.environment);
  }
  return [...environments].sort();
}
