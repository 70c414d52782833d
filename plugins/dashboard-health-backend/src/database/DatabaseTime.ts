import { Knex } from 'knex';
import { Clock } from '../clock';
import { toDate } from './rows';

/**
 * Where "now" comes from for claims, leases and missed/grace decisions: the database's clock, shared by every
 * replica, so hosts whose clocks disagree still agree on when a lease expires or a slot is due.
 */
export interface DatabaseTime {
  /** An SQL expression for the current time, to compare with or to read inside a statement. */
  now(db: Knex): Knex.Raw;
}

/**
 * The database server's own clock on PostgreSQL (`clock_timestamp()`, not the transaction's start). SQLite
 * is embedded: the host that opens the file is the only clock it has.
 */
export const databaseServerTime: DatabaseTime = {
  now: db =>
    db.client.config.client === 'pg'
      ? db.raw('clock_timestamp()')
      : db.raw('?', [new Date()]),
};

/** For tests: the database's clock is a simulated one, while each replica keeps its own host clock. */
export function databaseTimeFrom(clock: Clock): DatabaseTime {
  return { now: db => db.raw('?', [clock.now()]) };
}

/** Reads the database's current time. */
export async function readDatabaseTime(
  db: Knex,
  time: DatabaseTime,
): Promise<Date> {
  const [row] = await db.select({ now: time.now(db) });
  return toDate(row.now);
}
