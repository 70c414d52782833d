import { z } from 'zod';
import { ownershipShape, tagSchema } from './common';

/** `GET /api/v1/chart/{pk}`: FAB's show envelope; only `result` matters. */
export const chartSchema = z.object({
  result: z.object({
    id: z.number(),
    slice_name: z.string().nullish(),
    viz_type: z.string().nullish(),
    /** JSON strings; parsed leniently by the mapper. */
    params: z.string().nullish(),
    query_context: z.string().nullish(),
    description: z.string().nullish(),
    certified_by: z.string().nullish(),
    certification_details: z.string().nullish(),
    cache_timeout: z.number().nullish(),
    url: z.string().nullish(),
    dashboards: z
      .array(
        z.object({
          id: z.number(),
          dashboard_title: z.string().nullish(),
        }),
      )
      .nullish(),
    tags: z.array(tagSchema).nullish(),
    ...ownershipShape,
  }),
});
export type RawChart = z.output<typeof chartSchema>['result'];

/** One query's result in a 200 of `GET /api/v1/chart/{pk}/data/`. */
export const chartQueryResultSchema = z.object({
  status: z.string().nullish(),
  error: z.string().nullish(),
  rowcount: z.number().nullish(),
  colnames: z.array(z.string()).nullish(),
  coltypes: z.array(z.number()).nullish(),
  data: z.array(z.record(z.string(), z.unknown())).nullish(),
  is_cached: z.boolean().nullish(),
  cached_dttm: z.string().nullish(),
  from_dttm: z.number().nullish(),
  to_dttm: z.number().nullish(),
  cache_key: z.string().nullish(),
  query: z.string().nullish(),
});
export type RawChartQueryResult = z.output<typeof chartQueryResultSchema>;

export const chartDataSchema = z.object({
  result: z.array(chartQueryResultSchema),
});

/** A 202 of `GET /api/v1/chart/{pk}/data/` (GLOBAL_ASYNC_QUERIES). */
export const chartDataAsyncSchema = z.object({
  job_id: z.string(),
  channel_id: z.string(),
  status: z.string(),
  result_url: z.string().nullish(),
  user_id: z.union([z.number(), z.string()]).nullish(),
});
export type RawChartDataAsync = z.output<typeof chartDataAsyncSchema>;
