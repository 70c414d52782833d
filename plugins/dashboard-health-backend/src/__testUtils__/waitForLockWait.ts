import { Knex } from 'knex';

/**
 * PostgreSQL only: resolves once a session of this database waits on a lock, so a test can hold a row in
 * one transaction, start the operation under test and release the row exactly while that operation waits.
 */
export async function waitForLockWait(db: Knex): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await db.raw(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if (rows[0].n > 0) return;
    await new Promise(resolve => setTimeout(resolve, 25));
  }
  throw new Error('no session ever waited on a lock');
}
