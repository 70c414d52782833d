import { z } from 'zod';

/**
 * `asyncQueries` of a scenario instance: Superset with GLOBAL_ASYNC_QUERIES on. Names follow Superset's
 * config where one exists (GLOBAL_ASYNC_QUERIES_JWT_COOKIE_NAME, ..._JWT_EXPIRATION_SECONDS); the job
 * timings stand in for the Celery worker.
 */
export const asyncQueriesSchema = z.strictObject({
  enabled: z.boolean().default(true),
  jwtCookieName: z.string().min(1).default('async-token'),
  jwtExpirationSeconds: z.int().positive().default(3600),
  /** How long a job is `pending` before the worker picks it up (`running`). */
  pendingMs: z.int().nonnegative().default(20),
  /** How long a picked-up job runs before its `done`/`error` event; a `slow` chart adds its delay. */
  runningMs: z.int().nonnegative().default(40),
  /** How long a finished result stays in the cache (result_url, and the cached 200 of later GETs). */
  resultTtlMs: z.int().positive().default(86_400_000),
});

export type AsyncQueriesConfig = z.output<typeof asyncQueriesSchema>;
export type AsyncQueriesInput = z.input<typeof asyncQueriesSchema>;
