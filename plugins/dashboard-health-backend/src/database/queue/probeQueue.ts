import { Knex } from 'knex';
import { DatabaseTime } from '../DatabaseTime';
import { QueueProbe } from '../RunStore';
import { toDate } from '../rows';

/**
 * The idle dispatcher tick's only statement: the oldest planned slot and the earliest lease expiry (two
 * index-only minimums on (status, planned_at) and (status, lease_expires_at)) and the database's time.
 * Anything due — or overdue, so missed — or any lease expired means the tick has work.
 */
export async function probeQueue(
  db: Knex,
  time: DatabaseTime,
): Promise<QueueProbe> {
  const [row] = await db.select({
    next_due: db('runs').min('planned_at').where('status', 'planned'),
    next_expiry: db('runs').min('lease_expires_at').where('status', 'running'),
    now: time.now(db),
  });
  const now = toDate(row.now);
  const reached = (value: unknown) =>
    value !== null && value !== undefined && toDate(value) <= now;
  return { now, hasWork: reached(row.next_due) || reached(row.next_expiry) };
}
