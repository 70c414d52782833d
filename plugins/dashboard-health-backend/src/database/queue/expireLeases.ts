import { Knex } from 'knex';
import { errorRecord } from '../../records/errorRecord';
import { insertRecord } from '../insertRecord';
import { toDate } from '../rows';
import { RunRow, toRun } from '../runRows';

/** A run interrupted this many times (lease expired while running) ends `error` instead of another retry. */
export const MAX_ATTEMPTS = 2;

const INTERRUPTED =
  'interrupted: the backend running it stopped (lease expired) and it cannot be retried';
const RETRYING =
  'interrupted: the backend running it stopped (lease expired); retrying';

/**
 * Runs whose lease expired by the database's clock: back in the queue at their slot (so they go first), or,
 * out of attempts or past their deadline, ended `error` with a record that says so. Each update is fenced by
 * the lease token it read, so a heartbeat that lands meanwhile wins.
 */
export async function expireLeases(
  trx: Knex.Transaction,
  now: Date,
): Promise<{ retried: number; interrupted: number }> {
  const expired: RunRow[] = await trx('runs')
    .where('status', 'running')
    .where('lease_expires_at', '<', now);
  let retried = 0;
  let interrupted = 0;
  for (const row of expired) {
    const held = trx('runs').where({
      id: row.id,
      status: 'running',
      lease_token: row.lease_token,
    });
    const released = {
      lease_owner: null,
      lease_token: null,
      lease_expires_at: null,
    };
    const outOfTime =
      Number(row.attempt) >= MAX_ATTEMPTS ||
      (row.deadline_at !== null && toDate(row.deadline_at) < now);
    if (!outOfTime) {
      retried += await held.update({
        status: 'planned',
        reason: RETRYING,
        ...released,
      });
      continue;
    }
    const record = errorRecord(toRun(row), INTERRUPTED, now);
    const ended = await held.update({
      status: 'error',
      reason: INTERRUPTED,
      record_id: record.id,
      finished_at: now,
      ...released,
    });
    if (ended > 0) {
      await insertRecord(trx, record);
      interrupted++;
    }
  }
  return { retried, interrupted };
}
