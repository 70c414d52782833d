import knexFactory, { Knex } from 'knex';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { waitForLockWait } from '../../__testUtils__/waitForLockWait';
import { DatabaseRunStore } from '../DatabaseRunStore';
import { databaseTimeFrom } from '../DatabaseTime';
import { DispatchRequest } from '../RunStore';
import { migrateUp } from '../migrations';

jest.setTimeout(60_000);

const NOW = new Date('2026-06-10T01:00:00Z');

function runRow(
  id: string,
  fields: { environment: string; status: string; policyId?: string | null },
) {
  return {
    id,
    policy_id: fields.policyId === undefined ? 'p' : fields.policyId,
    plan_date: fields.policyId === null ? null : '2026-06-10',
    entity_ref: `resource:default/${id}`,
    environment: fields.environment,
    trigger: fields.policyId === null ? 'manual' : 'schedule',
    status: fields.status,
    planned_at: new Date(NOW.getTime() - 60_000),
    started_at: fields.status === 'running' ? NOW : null,
    deadline_at: new Date(NOW.getTime() + 3_600_000),
    lease_owner: fields.status === 'running' ? 'someone' : null,
    lease_expires_at:
      fields.status === 'running' ? new Date(NOW.getTime() + 120_000) : null,
    attempt: fields.status === 'running' ? 1 : 0,
  };
}

/** One dispatcher step at NOW by the database's clock. */
function dispatch(
  db: Knex,
  caps: Pick<DispatchRequest, 'environmentCaps' | 'policies'>,
) {
  const runs = new DatabaseRunStore(db, databaseTimeFrom({ now: () => NOW }));
  return runs.dispatch({ leaseOwner: 'me', leaseDurationMs: 120_000, ...caps });
}

/** Defect 9: the claim counts what runs, and returns only the runs it actually moved to running. */
describe.each(createTestDatabases().eachSupportedId())(
  'claim bookkeeping on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    let other: Knex | undefined;

    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
    });

    afterEach(async () => {
      await other?.destroy();
      other = undefined;
      await db.destroy();
    });

    it("counts a policy's running runs on every instance against its cap", async () => {
      await db('policies').insert({
        id: 'p',
        name: 'moved between instances',
        environment: 'staging',
        entity_refs: '[]',
        window: '{}',
        enabled: true,
        max_concurrency: 2,
        created_at: NOW,
        updated_at: NOW,
      });
      // One still running on the instance the policy used to name, one on its new one.
      await db('runs').insert([
        runRow('old-instance', { environment: 'prod', status: 'running' }),
        runRow('new-instance', { environment: 'staging', status: 'running' }),
        runRow('due', { environment: 'staging', status: 'planned' }),
      ]);
      const { claimed } = await dispatch(db, {
        environmentCaps: new Map([
          ['prod', 10],
          ['staging', 10],
        ]),
        policies: [{ id: 'p', environment: 'staging', maxConcurrency: 2 }],
      });
      expect(claimed).toEqual([]);
    });

    if (databaseId.startsWith('POSTGRES')) {
      it('does not return a run cancelled while the claim was choosing it', async () => {
        await db('runs').insert([
          runRow('a', {
            environment: 'prod',
            status: 'planned',
            policyId: null,
          }),
          runRow('b', {
            environment: 'prod',
            status: 'planned',
            policyId: null,
          }),
        ]);
        // Another replica cancels run a and holds its row until the claim is waiting on it.
        other = knexFactory({
          client: 'pg',
          connection: db.client.config.connection,
        });
        const trx = await other.transaction();
        await trx('runs')
          .where({ id: 'a' })
          .update({ status: 'cancelled', reason: 'policy deleted' });
        const claiming = dispatch(db, {
          environmentCaps: new Map([['prod', 10]]),
          policies: [],
        });
        await waitForLockWait(db);
        await trx.commit();
        const { claimed } = await claiming;
        expect(claimed.map(claim => claim.run.id)).toEqual(['b']);
        expect(
          (await db('runs').orderBy('id')).map(r => [r.id, r.status]),
        ).toEqual([
          ['a', 'cancelled'],
          ['b', 'running'],
        ]);
      });
    }
  },
);
