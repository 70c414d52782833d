import { Knex } from 'knex';
import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { testQueue } from '../__testUtils__/testQueue';
import { DatabaseDurationStore } from './DatabaseDurationStore';
import { DatabasePlanStore } from './DatabasePlanStore';
import { DatabasePolicyStore } from './DatabasePolicyStore';
import { databaseTimeFrom } from './DatabaseTime';
import { migrateUp } from './migrations';

jest.setTimeout(60_000);

const ref = (name: string) => `resource:default/${name}`;

function record(
  runId: string,
  entityRef: string,
  status: ValidationRecord['status'],
  durationMs: number,
): ValidationRecord {
  return {
    id: `rec-${runId}`,
    entityRef,
    environment: 'prod',
    policyId: null,
    runId,
    status,
    summary: status,
    issues: [],
    facts: { chartCount: 1, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
    startedAt: '2026-06-10T01:00:00.000Z',
    finishedAt: '2026-06-10T01:01:00.000Z',
    durationMs,
    llm: {},
  };
}

describe.each(createTestDatabases().eachSupportedId())(
  'capacity planning stores on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
    });
    afterEach(async () => {
      await db.destroy();
    });

    it('DatabaseDurationStore: a rolling median, p90 and held planning cost per dashboard', async () => {
      const store = new DatabaseDurationStore(db);
      const now = new Date('2026-06-10T02:00:00Z');
      for (const ms of [30_000, 40_000, 50_000]) {
        await store.record(ref('a'), ms, now);
      }
      await store.record(ref('b'), 600_000, now);
      const estimates = await store.estimates([ref('a'), ref('b'), ref('c')]);
      expect(estimates.get(ref('a'))).toEqual({
        entityRef: ref('a'),
        medianSeconds: 40,
        p90Seconds: 48,
        planningSeconds: 40, // 30 s, held at 35 s (+17 %), followed at 40 s (+33 %)
        sampleCount: 3,
      });
      expect(estimates.get(ref('b'))?.medianSeconds).toBe(600);
      expect(estimates.has(ref('c'))).toBe(false); // never run: the default applies
    });

    it('concurrent finishes of one dashboard each add their sample', async () => {
      const store = new DatabaseDurationStore(db);
      const now = new Date('2026-06-10T02:00:00Z');
      await Promise.all(
        [1000, 2000, 3000, 4000].map(ms => store.record(ref('a'), ms, now)),
      );
      const estimate = (await store.estimates([ref('a')])).get(ref('a'))!;
      expect(estimate.sampleCount).toBe(4);
      expect(estimate.medianSeconds).toBe(2.5);
    });

    it('a run finished with a validation feeds the aggregate; an error record does not', async () => {
      const { runs, dispatch } = testQueue(db);
      for (const id of ['r1', 'r2']) {
        await runs.createManualRun({
          id,
          entityRef: ref('a'),
          environment: 'prod',
          gracePeriodMs: 3_600_000,
        });
      }
      const { claimed } = await dispatch('2026-01-01T00:00:10Z', { prod: 2 });
      expect(claimed).toHaveLength(2);
      const [first, second] = claimed;
      const finishedAt = new Date('2026-01-01T00:01:00Z');
      await runs.finish(
        first.lease,
        { status: 'succeeded', finishedAt },
        record(first.run.id, ref('a'), 'warn', 42_000),
      );
      await runs.finish(
        second.lease,
        { status: 'error', finishedAt },
        record(second.run.id, ref('a'), 'error', 600_000),
      );
      const estimate = (
        await new DatabaseDurationStore(db).estimates([ref('a')])
      ).get(ref('a'));
      expect(estimate).toMatchObject({ sampleCount: 1, medianSeconds: 42 });
    });

    it('DatabasePolicyStore stores spacing; rows from before default to even', async () => {
      const store = new DatabasePolicyStore(db);
      const fields = {
        name: 'Weighted',
        environment: 'prod',
        entityRefs: [ref('a')],
        window: { start: '01:00', end: '05:00', timezone: 'UTC' },
        enabled: true,
        notify: 'off' as const,
      };
      const now = new Date('2026-06-01T10:00:00Z');
      const weighted = await store.create(
        { ...fields, spacing: 'weighted' },
        { id: 'p1', now },
      );
      expect(weighted.spacing).toBe('weighted');
      expect((await store.create(fields, { id: 'p2', now })).spacing).toBe(
        'even',
      );
      const updated = await store.update(
        'p1',
        { ...fields, spacing: 'even' },
        now,
      );
      expect(updated?.spacing).toBe('even');
    });

    it('DatabasePlanStore: a "Validate now" batch by the database clock, its latest batch and outcomes', async () => {
      const { databaseClock, policy } = testQueue(db);
      await policy('p1', 'prod', '2026-01-01T00:00:00Z');
      const plans = new DatabasePlanStore(db, databaseTimeFrom(databaseClock));
      expect(await plans.latestBatch('p1')).toEqual([]);
      databaseClock.set('2026-06-10T12:00:00Z');
      const batch = (ids: string[]) =>
        plans.createBatch({
          policyId: 'p1',
          environment: 'prod',
          requestedBy: 'user:default/ana',
          slots: ids.map((id, i) => ({
            id,
            entityRef: ref(id),
            offsetMs: i * 30_000,
          })),
          spreadMs: 90_000,
          gracePeriodMs: 600_000,
        });
      await batch(['x', 'y']);
      databaseClock.set('2026-06-10T13:00:00Z');
      const runs = await batch(['a', 'b', 'c']);
      expect(
        runs.map(r => [r.id, r.plannedAt, r.trigger, r.policyId, r.status]),
      ).toEqual([
        ['a', '2026-06-10T13:00:00.000Z', 'manual', 'p1', 'planned'],
        ['b', '2026-06-10T13:00:30.000Z', 'manual', 'p1', 'planned'],
        ['c', '2026-06-10T13:01:00.000Z', 'manual', 'p1', 'planned'],
      ]);
      expect(runs[0].deadlineAt).toBe('2026-06-10T13:11:30.000Z');
      expect((await plans.latestBatch('p1')).map(r => r.id)).toEqual([
        'a',
        'b',
        'c',
      ]);
      // Batch runs have no plan date: the nightly planner's retirement of stray dates never sees them.
      expect(await plans.plannedOutside('p1', ['2026-06-10'])).toEqual([]);

      await db('records').insert({
        id: 'rec-1',
        entity_ref: ref('a'),
        environment: 'prod',
        status: 'fail',
        summary: 's',
        issues: '[]',
        facts: '{}',
        llm: '{}',
        started_at: new Date(),
        finished_at: new Date(),
        duration_ms: 1,
      });
      expect(await plans.recordStatuses(['rec-1', 'rec-none'])).toEqual(
        new Map([['rec-1', 'fail']]),
      );
    });
  },
);
