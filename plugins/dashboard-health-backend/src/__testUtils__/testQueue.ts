import { Knex } from 'knex';
import { DatabasePlanStore } from '../database/DatabasePlanStore';
import { DatabaseRunStore } from '../database/DatabaseRunStore';
import { databaseTimeFrom } from '../database/DatabaseTime';
import { PolicyCapacity } from '../database/RunStore';
import { SimulatedClock } from './SimulatedClock';

/**
 * The run and plan stores on a test database whose clock the test sets: policies are written as rows (a
 * plan is stored only from a policy's current version), and `dispatch` runs one dispatcher step at a time.
 */
export function testQueue(db: Knex) {
  const databaseClock = new SimulatedClock('2026-01-01T00:00:00Z');
  const runs = new DatabaseRunStore(db, databaseTimeFrom(databaseClock));
  const plans = new DatabasePlanStore(db);
  const capacities: PolicyCapacity[] = [];

  /** Creates or updates a policy row; returns its version (updated_at) for plans made from it. */
  async function policy(
    id: string,
    environment: string,
    updatedAt: string,
    maxConcurrency?: number,
  ): Promise<string> {
    const row = {
      id,
      name: id,
      environment,
      entity_refs: '[]',
      window: JSON.stringify({ start: '01:00', end: '05:00', timezone: 'UTC' }),
      enabled: true,
      max_concurrency: maxConcurrency ?? null,
      created_at: new Date(updatedAt),
      updated_at: new Date(updatedAt),
    };
    await db('policies').insert(row).onConflict('id').merge();
    const known = capacities.findIndex(c => c.id === id);
    if (known >= 0) capacities.splice(known, 1);
    capacities.push({ id, environment, maxConcurrency });
    return new Date(updatedAt).toISOString();
  }

  /** One dispatcher step at `now` (the database's time) under these instance caps. */
  async function dispatch(
    now: string,
    caps: Record<string, number>,
    leaseOwner = 'me',
    leaseDurationMs = 60_000,
  ) {
    databaseClock.set(now);
    return runs.dispatch({
      leaseOwner,
      leaseDurationMs,
      environmentCaps: new Map(Object.entries(caps)),
      policies: capacities,
    });
  }

  return { databaseClock, runs, plans, policy, dispatch };
}
