import { z } from 'zod';
import {
  listEnvelope,
  looseUserSchema,
  ownershipShape,
  tagSchema,
} from './common';

/** A row of `GET /api/v1/dashboard/` (pruned to the requested columns). */
export const dashboardListRowSchema = z.object({
  id: z.number(),
  dashboard_title: z.string().nullish(),
  slug: z.string().nullish(),
  url: z.string().nullish(),
  published: z.boolean().nullish(),
  status: z.string().nullish(),
  uuid: z.string().nullish(),
  changed_on_utc: z.string().nullish(),
  certified_by: z.string().nullish(),
  certification_details: z.string().nullish(),
  tags: z.array(tagSchema).nullish(),
  ...ownershipShape,
});
export type RawDashboardListRow = z.output<typeof dashboardListRowSchema>;

export const dashboardListSchema = listEnvelope(dashboardListRowSchema);

/** `GET /api/v1/dashboard/{id_or_slug}`: a custom handler whose body is only `{result}`. */
export const dashboardSchema = z.object({
  result: z.object({
    id: z.number(),
    dashboard_title: z.string().nullish(),
    slug: z.string().nullish(),
    url: z.string().nullish(),
    published: z.boolean().nullish(),
    changed_on: z.string().nullish(),
    changed_by: looseUserSchema.nullish(),
    certified_by: z.string().nullish(),
    certification_details: z.string().nullish(),
    tags: z.array(tagSchema).nullish(),
    charts: z.array(z.string().nullish()).nullish(),
    position_json: z.string().nullish(),
    ...ownershipShape,
  }),
});
export type RawDashboard = z.output<typeof dashboardSchema>['result'];

/** `GET /api/v1/dashboard/{id}/charts`. */
export const dashboardChartsSchema = z.object({
  result: z.array(
    z.object({
      id: z.number(),
      slice_name: z.string().nullish(),
      description: z.string().nullish(),
      changed_on: z.string().nullish(),
      certified_by: z.string().nullish(),
      cache_timeout: z.number().nullish(),
      form_data: z.record(z.string(), z.unknown()).nullish(),
    }),
  ),
});
export type RawDashboardChart = z.output<
  typeof dashboardChartsSchema
>['result'][number];
