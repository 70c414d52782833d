import { jsonMetadata } from '../dashboards/layout';
import { labelColumns } from '../http/listArgs';
import type { Model, ResolvedChart } from '../model/types';
import { peopleColumns, peopleFields } from '../model/userRefs';
import { humanizeSince } from '../time/humanize';
import { formatNaiveIso, microsToMs } from '../time/timestamps';
import { pyJsonDumps } from '../util/pyJson';
import { fullFormData } from './formData';
import { buildQueryContext } from './queryContext';

/** ChartRestApi.show_columns, including the duplicates Superset really sends. */
const SHOW_COLUMNS = [
  'cache_timeout',
  'certified_by',
  'certification_details',
  'changed_on_delta_humanized',
  'dashboards.dashboard_title',
  'dashboards.id',
  'dashboards.json_metadata',
  'description',
  'id',
  'owners.first_name',
  'owners.id',
  'owners.last_name',
  'dashboards.id',
  'dashboards.dashboard_title',
  'params',
  'slice_name',
  'thumbnail_url',
  'url',
  'viz_type',
  'query_context',
  'is_managed_externally',
  'tags.id',
  'tags.name',
  'tags.type',
];

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** GET /chart/{pk}: FAB's show envelope. */
export function chartDetailEnvelope(
  chart: ResolvedChart,
  model: Model,
  nowMs: number,
): Record<string, unknown> {
  const { source } = chart;
  const showColumns = peopleColumns(model.ownership, SHOW_COLUMNS);
  const queryContext = buildQueryContext(chart);
  return {
    description_columns: {},
    id: source.id,
    label_columns: labelColumns([...new Set(showColumns)]),
    result: {
      cache_timeout: source.cache_timeout ?? null,
      certification_details: source.certification_details ?? null,
      certified_by: source.certified_by ?? null,
      changed_on_delta_humanized: humanizeSince(
        nowMs,
        microsToMs(chart.changedOn),
      ),
      dashboards: chart.dashboards.map(d => ({
        dashboard_title: d.source.title,
        id: d.source.id,
        json_metadata: jsonMetadata(d),
      })),
      description: source.description ?? null,
      id: source.id,
      is_managed_externally: false,
      ...peopleFields(model.ownership, chart.owners, chart.viewers),
      params: pyJsonDumps(fullFormData(chart)),
      query_context: queryContext === null ? null : pyJsonDumps(queryContext),
      slice_name: source.slice_name,
      tags: chart.tags,
      thumbnail_url: `/api/v1/chart/${source.id}/thumbnail/${chart.thumbnailDigest}/`,
      url: `/explore/?slice_id=${source.id}`,
      viz_type: source.viz_type,
    },
    show_columns: showColumns,
    show_title: 'Show Slice',
  };
}

/** One entry of GET /dashboard/{id}/charts (ChartEntityResponseSchema). */
export function dashboardChartEntry(
  chart: ResolvedChart,
): Record<string, unknown> {
  const { source } = chart;
  const description = source.description ?? null;
  return {
    cache_timeout: source.cache_timeout ?? null,
    certification_details: source.certification_details ?? null,
    certified_by: source.certified_by ?? null,
    changed_on: formatNaiveIso(chart.changedOn),
    description,
    description_markeddown: description
      ? `<p>${escapeHtml(description)}</p>`
      : '',
    form_data: fullFormData(chart),
    id: source.id,
    slice_name: source.slice_name,
    slice_url: `/explore/?slice_id=${source.id}&form_data=${encodeURIComponent(
      pyJsonDumps({ slice_id: source.id }),
    )}`,
  };
}
