import knexFactory, { Knex } from 'knex';
import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { waitForLockWait } from '../../__testUtils__/waitForLockWait';
import { DatabaseRecordStore } from '../DatabaseRecordStore';
import { migrateUp } from '../migrations';

jest.setTimeout(60_000);

const REF = 'resource:default/dash-1';

function record(
  i: number,
  status: ValidationRecord['status'],
): ValidationRecord {
  const finishedAt = new Date(Date.UTC(2026, 5, 10, 1, 0, i)).toISOString();
  return {
    id: `rec-${i}`,
    entityRef: REF,
    environment: 'prod',
    policyId: null,
    runId: null,
    status,
    summary: `check ${i}`,
    issues: [],
    facts: { chartCount: 1, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
    startedAt: finishedAt,
    finishedAt,
    durationMs: 0,
    llm: {},
  };
}

/**
 * Defect 7: entity_health is kept with one upsert where the newer finished_at wins, so concurrent finishes
 * of one dashboard (overlapping policies, Run now during a scheduled run) neither fail nor let an older
 * record win.
 */
describe.each(createTestDatabases().eachSupportedId())(
  'entity_health under concurrent finishes on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    let pools: Knex[];

    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
      pools = [db];
    });

    afterEach(async () => {
      await Promise.all(pools.map(pool => pool.destroy()));
    });

    it('keeps every record and the newest as the latest outcome', async () => {
      const stores = [new DatabaseRecordStore(db)];
      if (databaseId.startsWith('POSTGRES')) {
        // Separate pools, like separate replicas.
        for (let i = 0; i < 3; i++) {
          const pool = knexFactory({
            client: 'pg',
            connection: db.client.config.connection,
          });
          pools.push(pool);
          stores.push(new DatabaseRecordStore(pool));
        }
      }
      // Newest first, so that older ones that commit later must not win.
      const records = Array.from({ length: 24 }, (_, i) =>
        record(24 - i, i % 2 ? 'fail' : 'pass'),
      );
      const results = await Promise.allSettled(
        records.map((r, i) => stores[i % stores.length].insert(r)),
      );
      expect(results.filter(r => r.status === 'rejected')).toEqual([]);
      expect(await db('records')).toHaveLength(24);
      const [health] = await new DatabaseRecordStore(db).summaries([REF]);
      expect(health.recordId).toBe('rec-24');
      expect(health.summary).toBe('check 24');
    });

    it('an older record stored after a newer one leaves the newer as latest and its previous status alone', async () => {
      const store = new DatabaseRecordStore(db);
      await store.insert(record(1, 'pass'));
      await store.insert(record(3, 'fail'));
      await store.insert(record(2, 'warn'));
      const [health] = await store.summaries([REF]);
      expect(health).toMatchObject({
        recordId: 'rec-3',
        status: 'fail',
        previousStatus: 'pass',
      });
    });

    if (databaseId.startsWith('POSTGRES')) {
      /** Another replica's finish of the same dashboard, caught between its write and its commit. */
      const inFlightFinish = async (
        write: (trx: Knex.Transaction) => Promise<unknown>,
      ) => {
        const other = knexFactory({
          client: 'pg',
          connection: db.client.config.connection,
        });
        pools.push(other);
        const trx = await other.transaction();
        await write(trx);
        return trx;
      };

      it('a first finish racing another first finish of the dashboard is stored, not rolled back', async () => {
        const store = new DatabaseRecordStore(db);
        const trx = await inFlightFinish(t =>
          new DatabaseRecordStore(t as unknown as Knex).insert(
            record(1, 'pass'),
          ),
        );
        const racing = store.insert(record(2, 'fail'));
        await waitForLockWait(db);
        await trx.commit();
        await expect(racing).resolves.toBeUndefined();
        const [health] = await store.summaries([REF]);
        expect(health).toMatchObject({
          recordId: 'rec-2',
          previousStatus: 'pass',
        });
      });

      it('an older finish waiting on a newer one does not overwrite it', async () => {
        const store = new DatabaseRecordStore(db);
        await store.insert(record(1, 'pass'));
        const trx = await inFlightFinish(t =>
          new DatabaseRecordStore(t as unknown as Knex).insert(
            record(3, 'fail'),
          ),
        );
        const older = store.insert(record(2, 'warn'));
        await waitForLockWait(db);
        await trx.commit();
        await older;
        const [health] = await store.summaries([REF]);
        expect(health).toMatchObject({ recordId: 'rec-3', status: 'fail' });
      });
    }
  },
);
