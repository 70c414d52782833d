import { z } from 'zod';
import { listEnvelope } from './common';

/** A row of `GET /api/v1/database/` (pruned to the requested columns). */
export const databaseListSchema = listEnvelope(
  z.object({
    id: z.number(),
    database_name: z.string(),
    backend: z.string().nullish(),
    uuid: z.string().nullish(),
  }),
);
export type RawDatabase = z.output<typeof databaseListSchema>['result'][number];
