import { Knex } from 'knex';

const DISPATCH_LOCK_SPACE = 0x64617368; // "dash"
const POLICY_LOCK_SPACE = 0x706f6c69; // "poli"

/**
 * Serialises the writers of one policy's plan (planner rounds, edits, cancellation) on PostgreSQL, for the
 * rest of the transaction. SQLite runs one write transaction at a time anyway.
 */
export async function lockPolicy(
  trx: Knex.Transaction,
  policyId: string,
): Promise<void> {
  if (trx.client.config.client !== 'pg') return;
  // hashtext gives an int4; the second key space keeps it apart from the dispatcher's lock.
  await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [
    POLICY_LOCK_SPACE,
    policyId,
  ]);
}

/** Serialises claims across replicas on PostgreSQL; a claim holds it for milliseconds. */
export async function lockDispatch(trx: Knex.Transaction): Promise<void> {
  if (trx.client.config.client !== 'pg') return;
  await trx.raw('select pg_advisory_xact_lock(?, 0)', [DISPATCH_LOCK_SPACE]);
}
