import type { Model, ResolvedDashboard } from '../model/types';
import {
  fullName,
  peopleColumns,
  peopleFields,
  userRefOrNull,
} from '../model/userRefs';
import { humanizeSince } from '../time/humanize';
import {
  formatNaiveIso,
  formatUtcWithOffset,
  microsToMs,
} from '../time/timestamps';
import { jsonMetadata, positionJson } from './layout';

const LIST_COLUMNS = [
  'id',
  'published',
  'status',
  'slug',
  'url',
  'thumbnail_url',
  'certified_by',
  'certification_details',
  'changed_by.first_name',
  'changed_by.last_name',
  'changed_by.id',
  'changed_by_name',
  'changed_on_utc',
  'changed_on_delta_humanized',
  'created_on_delta_humanized',
  'created_by.first_name',
  'created_by.id',
  'created_by.last_name',
  'dashboard_title',
  'owners.id',
  'owners.first_name',
  'owners.last_name',
  'roles.id',
  'roles.name',
  'is_managed_externally',
  'tags.id',
  'tags.name',
  'tags.type',
  'uuid',
];

/**
 * The dashboard list's `list_columns`. Superset after 6.0 drops owners, roles and thumbnail_url from
 * the list and shows editors and viewers instead.
 */
export function dashboardListColumns(model: Model): string[] {
  if (model.ownership === 'owners') {
    return LIST_COLUMNS;
  }
  return peopleColumns(
    'editors',
    LIST_COLUMNS.filter(c => c !== 'thumbnail_url' && !c.startsWith('roles.')),
  );
}

export function dashboardUrl(dashboard: ResolvedDashboard): string {
  return `/superset/dashboard/${dashboard.source.slug ?? dashboard.source.id}/`;
}

function thumbnailUrl(dashboard: ResolvedDashboard): string {
  return `/api/v1/dashboard/${dashboard.source.id}/thumbnail/${dashboard.thumbnailDigest}/`;
}

/** One row of GET /dashboard/ before column pruning. */
export function dashboardListRow(
  dashboard: ResolvedDashboard,
  model: Model,
  nowMs: number,
): Record<string, unknown> {
  const { source } = dashboard;
  const editorsMode = model.ownership === 'editors';
  return {
    certification_details: source.certification_details ?? null,
    certified_by: source.certified_by ?? null,
    changed_by: userRefOrNull(dashboard.changedBy),
    changed_by_name: fullName(dashboard.changedBy),
    changed_on_delta_humanized: humanizeSince(
      nowMs,
      microsToMs(dashboard.changedOn),
    ),
    changed_on_utc: formatUtcWithOffset(dashboard.changedOn),
    created_by: userRefOrNull(dashboard.createdBy),
    created_on_delta_humanized: humanizeSince(
      nowMs,
      microsToMs(dashboard.createdOn),
    ),
    dashboard_title: source.title,
    id: source.id,
    is_managed_externally: false,
    ...peopleFields(model.ownership, dashboard.owners, dashboard.viewers),
    published: source.published,
    ...(editorsMode ? {} : { roles: [] }),
    slug: source.slug ?? null,
    status: source.published ? 'published' : 'draft',
    tags: dashboard.tags,
    ...(editorsMode ? {} : { thumbnail_url: thumbnailUrl(dashboard) }),
    url: dashboardUrl(dashboard),
    uuid: dashboard.uuid,
  };
}

/** The `result` of GET /dashboard/{id_or_slug}. */
export function dashboardDetail(
  dashboard: ResolvedDashboard,
  model: Model,
  nowMs: number,
): Record<string, unknown> {
  const { source } = dashboard;
  return {
    certification_details: source.certification_details ?? null,
    certified_by: source.certified_by ?? null,
    changed_by: userRefOrNull(dashboard.changedBy),
    changed_by_name: fullName(dashboard.changedBy),
    changed_on: formatNaiveIso(dashboard.changedOn),
    changed_on_delta_humanized: humanizeSince(
      nowMs,
      microsToMs(dashboard.changedOn),
    ),
    charts: dashboard.charts.map(c => c.source.slice_name),
    created_by: userRefOrNull(dashboard.createdBy),
    created_on_delta_humanized: humanizeSince(
      nowMs,
      microsToMs(dashboard.createdOn),
    ),
    css: source.css,
    dashboard_title: source.title,
    id: source.id,
    is_managed_externally: false,
    json_metadata: jsonMetadata(dashboard),
    ...peopleFields(model.ownership, dashboard.owners, dashboard.viewers),
    position_json: positionJson(dashboard),
    published: source.published,
    roles: [],
    slug: source.slug ?? null,
    tags: dashboard.tags,
    thumbnail_url: thumbnailUrl(dashboard),
    url: dashboardUrl(dashboard),
  };
}
