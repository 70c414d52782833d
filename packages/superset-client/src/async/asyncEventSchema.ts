import { z } from 'zod';

/** One job error of an async event: `{message}` in older releases, a SIP-40 error in newer ones. */
const asyncJobErrorSchema = z
  .object({
    message: z.string().nullish(),
    error_type: z.string().nullish(),
  })
  .passthrough();

/** One event of `GET /api/v1/async_event/`: the job metadata as the worker last wrote it, plus its stream id. */
export const asyncEventSchema = z.object({
  id: z.string(),
  channel_id: z.string().nullish(),
  job_id: z.string(),
  user_id: z.union([z.number(), z.string()]).nullish(),
  status: z.string(),
  errors: z.array(asyncJobErrorSchema).nullish(),
  result_url: z.string().nullish(),
});
export type RawAsyncEvent = z.output<typeof asyncEventSchema>;

export const asyncEventListSchema = z.object({
  result: z.array(asyncEventSchema),
});

/** Superset's job states (AsyncQueryManager.STATUS_*); only the last two end a job. */
export const JOB_DONE = 'done';
export const JOB_ERROR = 'error';

export function isFinal(event: RawAsyncEvent): boolean {
  return event.status === JOB_DONE || event.status === JOB_ERROR;
}
