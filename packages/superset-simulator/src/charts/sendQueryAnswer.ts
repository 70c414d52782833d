import type { Request, Response } from 'express';
import { currentUser } from '../auth/requireAuth';
import { sendJson, sendMessage } from '../http/respond';
import type { SimulatorContext } from '../server/context';

/**
 * The job store keeps the last result of each chart to answer its next GET as a cached 200; an ad-hoc
 * query belongs to no chart, and no chart has id 0, so its result never stands in for a chart's.
 */
const AD_HOC_QUERY = 0;

/**
 * Answers an ad-hoc query that ran (its result, or the database's error). With GLOBAL_ASYNC_QUERIES on,
 * `POST /chart/data` runs it as a job on the caller's async channel and answers 202 with the job, as
 * ChartDataRestApi.data does through `_run_async`; without a valid async-token cookie, 401. Requests
 * refused before running (bad body, unknown dataset or metric) never get here: they answer at once.
 */
export function sendQueryAnswer(
  req: Request,
  res: Response,
  context: SimulatorContext,
  status: number,
  body: unknown,
): void {
  const { asyncQueries } = context;
  if (!asyncQueries) {
    sendJson(res, status, body);
    return;
  }
  const channel = asyncQueries.channels.channelOf(req);
  if (!channel) {
    sendMessage(res, 401, 'Not authorized');
    return;
  }
  const answer = { status, body, delayMs: 0, executed: true };
  sendJson(
    res,
    202,
    asyncQueries.jobs.submit(
      channel,
      currentUser(res).id,
      AD_HOC_QUERY,
      answer,
    ),
  );
}
