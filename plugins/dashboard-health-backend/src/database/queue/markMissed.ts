import { Knex } from 'knex';

/** Planned runs whose deadline (window end plus grace) passed end `missed`. */
export async function markMissed(
  trx: Knex.Transaction,
  now: Date,
): Promise<number> {
  // On runs_status_deadline_idx: reads only overdue rows, however long the due backlog or the plan ahead.
  return trx('runs')
    .where('status', 'planned')
    .where('deadline_at', '<', now)
    .update({
      status: 'missed',
      reason:
        'not started before the window end plus grace period (the instance was at its concurrency cap or no backend was running)',
      finished_at: now,
    });
}
