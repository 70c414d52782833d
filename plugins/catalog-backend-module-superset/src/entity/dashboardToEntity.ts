import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_VIEW_URL,
  ResourceEntity,
} from '@backstage/catalog-model';
import {
  ANNOTATION_SUPERSET_DASHBOARD_ID,
  ANNOTATION_SUPERSET_DASHBOARD_UUID,
  ANNOTATION_SUPERSET_INSTANCE,
  ANNOTATION_SUPERSET_OWNERS,
  DASHBOARD_ENTITY_KIND,
  DASHBOARD_ENTITY_TYPE,
} from '@dashboard-health/plugin-dashboard-health-common';
import { dashboardEntityName, toBackstageTag } from './names';
import { SupersetOwner } from './ownerResolver';

/** Superset's tag type for user-created tags; the others (type:, owner:, favorited_by:) are generated. */
const CUSTOM_TAG_TYPE = 1;

/** What the mapping needs of a dashboard; owners already carry their emails. */
export interface DashboardForEntity {
  id: number;
  title: string;
  url: string;
  published: boolean;
  uuid?: string | null;
  certifiedBy?: string | null;
  certificationDetails?: string | null;
  tags: ReadonlyArray<{ name: string; type?: number | null }>;
  owners: readonly SupersetOwner[];
}

/** Resource specs have no lifecycle in the catalog-model types, but the schema allows it and the UI shows it. */
export type DashboardEntity = ResourceEntity & {
  spec: ResourceEntity['spec'] & { lifecycle: 'production' | 'experimental' };
};

export interface InstanceForEntity {
  id: string;
  title: string;
  baseUrl: string;
}

export function dashboardToEntity(options: {
  dashboard: DashboardForEntity;
  instance: InstanceForEntity;
  owner: string;
}): DashboardEntity {
  const { dashboard, instance, owner } = options;
  const dashboardUrl = new URL(
    dashboard.url,
    `${instance.baseUrl}/`,
  ).toString();
  // The API URL identifies the dashboard even when its slug (and so its UI URL) changes.
  const location = `url:${instance.baseUrl}/api/v1/dashboard/${dashboard.id}`;

  const annotations: Record<string, string> = {
    [ANNOTATION_LOCATION]: location,
    [ANNOTATION_ORIGIN_LOCATION]: location,
    // "View source" opens the dashboard in Superset, not the API URL the catalog would derive.
    [ANNOTATION_VIEW_URL]: dashboardUrl,
    [ANNOTATION_SUPERSET_INSTANCE]: instance.id,
    [ANNOTATION_SUPERSET_DASHBOARD_ID]: String(dashboard.id),
  };
  if (dashboard.uuid) {
    annotations[ANNOTATION_SUPERSET_DASHBOARD_UUID] = dashboard.uuid;
  }
  if (dashboard.owners.length > 0) {
    annotations[ANNOTATION_SUPERSET_OWNERS] = dashboard.owners
      .map(o => (o.email ? `${o.name} <${o.email}>` : o.name))
      .join(', ');
  }

  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: DASHBOARD_ENTITY_KIND,
    metadata: {
      name: dashboardEntityName(instance.id, dashboard.id),
      title: dashboard.title,
      description: describe(dashboard, instance),
      tags: customTags(dashboard.tags),
      links: [
        {
          url: dashboardUrl,
          title: `Open in Superset (${instance.title})`,
          icon: 'dashboard',
          type: 'superset-dashboard',
        },
      ],
      annotations,
    },
    spec: {
      type: DASHBOARD_ENTITY_TYPE,
      owner,
      // Draft dashboards are work in progress; published ones are what people rely on.
      lifecycle: dashboard.published ? 'production' : 'experimental',
    },
  };
}

function describe(dashboard: DashboardForEntity, instance: InstanceForEntity) {
  const state = dashboard.published ? 'Published' : 'Draft';
  const base = `${state} Apache Superset dashboard on ${instance.title}.`;
  if (!dashboard.certifiedBy) {
    return base;
  }
  const details = dashboard.certificationDetails
    ? ` (${dashboard.certificationDetails})`
    : '';
  return `${base} Certified by ${dashboard.certifiedBy}${details}.`;
}

function customTags(tags: DashboardForEntity['tags']): string[] {
  const result = new Set<string>();
  for (const tag of tags) {
    // Older Superset versions send no type; their tags are all user-made.
    if (
      tag.type !== undefined &&
      tag.type !== null &&
      tag.type !== CUSTOM_TAG_TYPE
    ) {
      continue;
    }
    const normalised = toBackstageTag(tag.name);
    if (normalised) {
      result.add(normalised);
    }
  }
  return [...result].sort();
}
