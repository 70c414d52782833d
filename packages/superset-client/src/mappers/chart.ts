import {
  RawChart,
  RawChartDataAsync,
  RawChartQueryResult,
} from '../schemas/chart';
import {
  SupersetAsyncJob,
  SupersetChart,
  SupersetChartQueryResult,
} from '../types';
import {
  absoluteUrl,
  optional,
  parseJsonObject,
  toDatasourceRef,
  toOwnership,
  toTags,
} from './common';
import { toIsoUtc } from './timestamps';

export function toChart(raw: RawChart, baseUrl: string): SupersetChart {
  const queryContext = parseJsonObject(raw.query_context);
  const params = parseJsonObject(raw.params);
  return {
    id: raw.id,
    name: raw.slice_name ?? '',
    vizType: raw.viz_type ?? null,
    // GET /chart/{pk} has no datasource id field: the query context is what /data/ will run, so it wins.
    datasource:
      toDatasourceRef(queryContext?.datasource) ??
      toDatasourceRef(params?.datasource),
    hasQueryContext: queryContext !== null,
    queryContext,
    params,
    description: optional(raw.description),
    certifiedBy: optional(raw.certified_by),
    certificationDetails: optional(raw.certification_details),
    cacheTimeout: optional(raw.cache_timeout),
    url: raw.url ? absoluteUrl(baseUrl, raw.url) : undefined,
    dashboards: (raw.dashboards ?? []).map(d => ({
      id: d.id,
      title: d.dashboard_title ?? '',
    })),
    ...toOwnership(raw),
    tags: toTags(raw.tags),
  };
}

export function toChartQueryResult(
  raw: RawChartQueryResult,
): SupersetChartQueryResult {
  const data = raw.data ?? [];
  return {
    // A 200 means the queries ran: current releases answer 400 when one fails.
    status: raw.status ?? 'success',
    error: raw.error ?? null,
    rowcount: raw.rowcount ?? data.length,
    colnames: raw.colnames ?? [],
    coltypes: raw.coltypes ?? [],
    data,
    isCached: raw.is_cached ?? false,
    cachedDttm: toIsoUtc(raw.cached_dttm) ?? null,
    fromDttm: raw.from_dttm ?? null,
    toDttm: raw.to_dttm ?? null,
    cacheKey: optional(raw.cache_key),
    query: optional(raw.query),
  };
}

export function toAsyncJob(raw: RawChartDataAsync): SupersetAsyncJob {
  return {
    jobId: raw.job_id,
    channelId: raw.channel_id,
    status: raw.status,
    resultUrl: raw.result_url ?? null,
    userId: raw.user_id,
  };
}
