import {
  RawDashboard,
  RawDashboardChart,
  RawDashboardListRow,
} from '../schemas/dashboard';
import {
  SupersetDashboard,
  SupersetDashboardChart,
  SupersetDashboardSummary,
} from '../types';
import {
  absoluteUrl,
  optional,
  toDatasourceRef,
  toOwnership,
  toTags,
  toUserRef,
} from './common';
import { chartIdsFromLayout } from './layout';
import { toIsoUtc } from './timestamps';

export function toDashboardSummary(
  row: RawDashboardListRow,
  baseUrl: string,
): SupersetDashboardSummary {
  const published = row.published ?? false;
  return {
    id: row.id,
    title: row.dashboard_title ?? '',
    slug: row.slug ?? null,
    url: absoluteUrl(baseUrl, row.url ?? dashboardPath(row)),
    published,
    status: optional(row.status),
    uuid: optional(row.uuid),
    changedOnUtc: toIsoUtc(row.changed_on_utc),
    certifiedBy: optional(row.certified_by),
    certificationDetails: optional(row.certification_details),
    ...toOwnership(row),
    tags: toTags(row.tags),
  };
}

export function toDashboard(
  raw: RawDashboard,
  baseUrl: string,
): SupersetDashboard {
  const published = raw.published ?? false;
  const changedBy = raw.changed_by;
  return {
    id: raw.id,
    title: raw.dashboard_title ?? '',
    slug: raw.slug ?? null,
    url: absoluteUrl(baseUrl, raw.url ?? dashboardPath(raw)),
    published,
    status: published ? 'published' : 'draft',
    changedOn: toIsoUtc(raw.changed_on),
    changedBy:
      changedBy && typeof changedBy.id === 'number'
        ? toUserRef({ ...changedBy, id: changedBy.id })
        : undefined,
    certifiedBy: optional(raw.certified_by),
    certificationDetails: optional(raw.certification_details),
    ...toOwnership(raw),
    tags: toTags(raw.tags),
    chartNames: (raw.charts ?? []).filter(
      (name): name is string => typeof name === 'string',
    ),
    chartIds: chartIdsFromLayout(raw.position_json),
  };
}

export function toDashboardChart(
  raw: RawDashboardChart,
): SupersetDashboardChart {
  const formData = raw.form_data ?? {};
  return {
    id: raw.id,
    name: raw.slice_name ?? '',
    vizType: typeof formData.viz_type === 'string' ? formData.viz_type : null,
    datasource: toDatasourceRef(formData.datasource),
    description: optional(raw.description),
    changedOn: toIsoUtc(raw.changed_on),
    certifiedBy: optional(raw.certified_by),
    cacheTimeout: optional(raw.cache_timeout),
    formData,
  };
}

/** Superset's own fallback link when `url` is missing: slug when there is one, else id. */
function dashboardPath(raw: { id: number; slug?: string | null }): string {
  return `/superset/dashboard/${raw.slug || raw.id}/`;
}
