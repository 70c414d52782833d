import { z } from 'zod';
import { ownershipShape } from './common';

export const datasetColumnSchema = z.object({
  column_name: z.string(),
  type: z.string().nullish(),
  type_generic: z.number().nullish(),
  is_dttm: z.boolean().nullish(),
  expression: z.string().nullish(),
});
export type RawDatasetColumn = z.output<typeof datasetColumnSchema>;

export const datasetMetricSchema = z.object({
  metric_name: z.string(),
  expression: z.string().nullish(),
});
export type RawDatasetMetric = z.output<typeof datasetMetricSchema>;

/** The database of a dataset: `database_name` on /dataset/{id}, `name` on /dashboard/{id}/datasets. */
export const datasetDatabaseSchema = z.object({
  id: z.number(),
  database_name: z.string().nullish(),
  name: z.string().nullish(),
  backend: z.string().nullish(),
});
export type RawDatasetDatabase = z.output<typeof datasetDatabaseSchema>;

const datasetCore = {
  id: z.number(),
  table_name: z.string(),
  schema: z.string().nullish(),
  sql: z.string().nullish(),
  main_dttm_col: z.string().nullish(),
  database: datasetDatabaseSchema,
  columns: z.array(datasetColumnSchema).nullish(),
  metrics: z.array(datasetMetricSchema).nullish(),
};

/** `GET /api/v1/dashboard/{id}/datasets`: datasets trimmed to what the dashboard's charts use. */
export const dashboardDatasetsSchema = z.object({
  result: z.array(
    z.object({
      ...datasetCore,
      uid: z.string().nullish(),
      name: z.string().nullish(),
    }),
  ),
});
export type RawDashboardDataset = z.output<
  typeof dashboardDatasetsSchema
>['result'][number];

/** `GET /api/v1/dataset/{pk}`: FAB's show envelope; only `result` matters. */
export const datasetSchema = z.object({
  result: z.object({
    ...datasetCore,
    catalog: z.string().nullish(),
    kind: z.string().nullish(),
    changed_on: z.string().nullish(),
    ...ownershipShape,
  }),
});
export type RawDataset = z.output<typeof datasetSchema>['result'];
