import { Knex } from 'knex';
import { toBoolean, toIso } from './rows';

/**
 * Inside a transaction that holds the policy's lock: whether the policy still exists, is enabled and is at
 * this version. A plan computed from anything else is not stored; whoever changed the policy re-plans it.
 */
export async function isCurrentPolicy(
  trx: Knex.Transaction,
  policyId: string,
  version: string,
): Promise<boolean> {
  const policy = await trx('policies')
    .where({ id: policyId })
    .first('enabled', 'updated_at');
  return (
    policy !== undefined &&
    toBoolean(policy.enabled) &&
    toIso(policy.updated_at) === version
  );
}
