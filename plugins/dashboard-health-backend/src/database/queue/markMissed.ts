import { Knex } from 'knex';

/** Planned runs whose deadline (window end plus grace) passed end `missed`. */
export async function markMissed(
  trx: Knex.Transaction,
  now: Date,
): Promise<number> {
  // planned_at <= deadline_at always, so the planned_at bound keeps this on the (status, planned_at)
  // index and reads only overdue rows, however many runs are planned ahead.
  return trx('runs')
    .where('status', 'planned')
    .where('planned_at', '<=', now)
    .where('deadline_at', '<', now)
    .update({
      status: 'missed',
      reason:
        'not started before the window end plus grace period (the instance was at its concurrency cap or no backend was running)',
      finished_at: now,
    });
}
