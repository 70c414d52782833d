import { Knex } from 'knex';
import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { testQueue } from '../__testUtils__/testQueue';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { migrateUp } from './migrations';

jest.setTimeout(60_000);

const at = (iso: string) => new Date(iso);

function record(
  id: string,
  entityRef: string,
  finishedAt: string,
): ValidationRecord {
  return {
    id,
    entityRef,
    environment: 'list-env',
    policyId: null,
    runId: null,
    status: 'pass',
    summary: 'all charts fine',
    issues: [],
    facts: { chartCount: 1, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
    startedAt: finishedAt,
    finishedAt,
    durationMs: 0,
    llm: {},
  };
}

describe.each(createTestDatabases().eachSupportedId())(
  'plan and run stores on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    let queue: ReturnType<typeof testQueue>;

    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
      queue = testQueue(db);
    });
    afterEach(async () => {
      await db.destroy();
    });

    it('stores, moves and cancels plans from the current policy version only, never touching started runs', async () => {
      const { plans, policy, dispatch, runs } = queue;
      const v1 = await policy('plan-policy', 'prod', '2026-06-01T00:00:00Z');
      const base = {
        policyId: 'plan-policy',
        planDate: '2026-06-10',
        environment: 'prod',
        policyVersion: v1,
        windowStart: at('2026-06-09T23:00:00Z'),
        windowEnd: at('2026-06-10T03:00:00Z'),
        deadline: at('2026-06-10T03:30:00Z'),
        now: at('2026-06-09T12:00:00Z'),
      };
      const slot = (ref: string, time: string) => ({
        entityRef: `resource:default/${ref}`,
        plannedAt: `2026-06-10T${time}.000Z`,
      });
      const abc = [
        slot('a', '00:00:00'),
        slot('b', '01:00:00'),
        slot('c', '02:00:00'),
      ];
      const none = { inserted: 0, moved: 0, cancelled: 0, alreadyStarted: 0 };
      expect(await plans.storePlan({ ...base, slots: abc })).toEqual({
        ...none,
        inserted: 3,
      });
      // Storing the same plan again changes nothing.
      expect(await plans.storePlan({ ...base, slots: abc })).toEqual(none);

      // a starts; then the plan changes: b moves, c leaves, d arrives, a is left alone.
      const { claimed } = await dispatch('2026-06-10T00:00:01Z', { prod: 5 });
      expect(claimed.map(c => c.run.entityRef)).toEqual(['resource:default/a']);
      expect(await plans.startedRefs('plan-policy', '2026-06-10')).toEqual(
        new Set(['resource:default/a']),
      );
      const v2 = await policy('plan-policy', 'prod', '2026-06-02T00:00:00Z');
      const abd = [
        slot('a', '00:30:00'),
        slot('b', '01:30:00'),
        slot('d', '02:30:00'),
      ];
      // A plan made from the old version is refused now that the policy is at v2.
      expect(await plans.storePlan({ ...base, slots: abd })).toEqual({
        ...none,
        stale: true,
      });
      expect(
        await plans.storePlan({ ...base, policyVersion: v2, slots: abd }),
      ).toEqual({ inserted: 1, moved: 1, cancelled: 1, alreadyStarted: 1 });
      const plan = await plans.planRuns('plan-policy', '2026-06-10');
      expect(
        plan.map(r => [
          r.entityRef.split('/')[1],
          r.status,
          r.plannedAt.slice(11, 19),
        ]),
      ).toEqual(
        [
          ['a', 'running', '00:00:01'],
          ['b', 'planned', '01:30:00'],
          ['c', 'cancelled', '02:00:00'],
          ['d', 'planned', '02:30:00'],
        ].map(([ref, status, time]) => [
          ref,
          status,
          ref === 'a' ? '00:00:00' : time,
        ]),
      );
      expect(await plans.planVersions(['plan-policy'])).toEqual(
        new Map([['plan-policy/2026-06-10', v2]]),
      );
      expect(await plans.planBounds('plan-policy', '2026-06-10')).toEqual({
        windowStart: '2026-06-09T23:00:00.000Z',
        windowEnd: '2026-06-10T03:00:00.000Z',
      });
      expect(
        (await plans.plannedOutside('plan-policy', ['2026-06-11'])).map(
          r => r.entityRef,
        ),
      ).toEqual(['resource:default/b', 'resource:default/d']);

      // c comes back into the plan: its cancelled run is planned again, not duplicated.
      const v3 = await policy('plan-policy', 'prod', '2026-06-03T00:00:00Z');
      await plans.storePlan({
        ...base,
        policyVersion: v3,
        slots: [
          slot('b', '01:30:00'),
          slot('c', '02:10:00'),
          slot('d', '02:30:00'),
        ],
      });
      expect(
        (await plans.planRuns('plan-policy', '2026-06-10')).filter(r =>
          r.entityRef.endsWith('/c'),
        ),
      ).toMatchObject([{ status: 'planned' }]);
      expect(await runs.nextPlanned('resource:default/b')).toMatchObject({
        plannedAt: '2026-06-10T01:30:00.000Z',
      });
      // Cancelling single runs needs the version the caller planned from.
      const [b] = await plans.plannedOutside('plan-policy', []);
      expect(
        await plans.cancelRuns(
          { id: 'plan-policy', version: v2 },
          [b.id],
          'x',
          at('2026-06-10T00:05:00Z'),
        ),
      ).toBe(0);
      expect(
        await plans.cancelRuns(
          { id: 'plan-policy', version: v3 },
          [b.id],
          'x',
          at('2026-06-10T00:05:00Z'),
        ),
      ).toBe(1);

      expect(
        await plans.cancelPolicy(
          'plan-policy',
          'the policy was deleted',
          at('2026-06-10T00:10:00Z'),
        ),
      ).toBe(2);
      expect(await plans.planVersions(['plan-policy'])).toEqual(new Map());
      expect(
        (await plans.planRuns('plan-policy', '2026-06-10')).map(r => r.status),
      ).toEqual(['running', 'cancelled', 'cancelled', 'cancelled']);
      const lease = claimed[0].lease;
      const done = {
        status: 'succeeded' as const,
        finishedAt: at('2026-06-10T00:01:00Z'),
      };
      expect(await runs.finish({ ...lease, token: 'someone-else' }, done)).toBe(
        false,
      );
      expect(await runs.finish(lease, done)).toBe(true);
    });

    it('claims in slot order within instance and policy caps', async () => {
      const { plans, policy, dispatch, runs } = queue;
      const common = {
        planDate: '2026-06-11',
        windowStart: at('2026-06-10T23:00:00Z'),
        windowEnd: at('2026-06-11T03:00:00Z'),
        deadline: at('2026-06-11T04:00:00Z'),
        now: at('2026-06-10T00:00:00Z'),
      };
      const slots = (refs: string[], second: string) =>
        refs.map((r, i) => ({
          entityRef: `resource:default/${r}`,
          plannedAt: `2026-06-10T23:0${i}:${second}.000Z`,
        }));
      for (const [id, environment, refs, second, cap] of [
        ['capped', 'cap-env', ['x1', 'x2', 'x3'], '00', 1],
        ['free', 'cap-env', ['y1', 'y2', 'y3'], '30', undefined],
        ['other-env', 'env-2', ['z1'], '10', undefined],
      ] as const) {
        const version = await policy(
          id,
          environment,
          '2026-06-01T00:00:00Z',
          cap,
        );
        await plans.storePlan({
          ...common,
          policyId: id,
          environment,
          policyVersion: version,
          slots: slots([...refs], second),
        });
      }
      const caps = { 'cap-env': 3, 'env-2': 1 };
      // Leases long enough to outlast the test's steps.
      const claim = async (now: string, owner = 'me') =>
        (await dispatch(now, caps, owner, 3_600_000)).claimed;
      // Not yet due.
      expect(await claim('2026-06-10T22:59:59Z')).toEqual([]);
      // x1 (policy cap 1), y1, y2 (instance cap 3) and z1 (other instance), in slot order.
      const first = await claim('2026-06-10T23:05:00Z');
      expect(first.map(c => c.run.entityRef.split('/')[1])).toEqual([
        'x1',
        'z1',
        'y1',
        'y2',
      ]);
      expect(
        first.every(c => c.run.status === 'running' && c.run.attempt === 1),
      ).toBe(true);
      expect(new Set(first.map(c => c.lease.token)).size).toBe(4);
      expect(await claim('2026-06-10T23:05:10Z', 'other')).toEqual([]);
      await runs.finish(first[0].lease, {
        status: 'failed',
        finishedAt: at('2026-06-10T23:06:00Z'),
      });
      expect(
        (await claim('2026-06-10T23:06:10Z')).map(
          c => c.run.entityRef.split('/')[1],
        ),
      ).toEqual(['x2']);
      expect(await runs.countByStatus()).toMatchObject({
        running: 4,
        failed: 1,
      });
    });

    it('expires leases by the database clock (retry once, then error with a record), marks missed, releases', async () => {
      const { runs, dispatch, databaseClock } = queue;
      const manual = (id: string, gracePeriodMs: number) =>
        runs.createManualRun({
          id,
          entityRef: `resource:default/${id}`,
          environment: 'lease-env',
          gracePeriodMs,
        });
      databaseClock.set('2026-07-01T00:00:00Z');
      await manual('m1', 3_600_000);
      await manual('m2', 180_000);
      const caps = { 'lease-env': 10 };
      const first = await dispatch('2026-07-01T00:00:00Z', caps, 'p1');
      expect(first.claimed).toHaveLength(2);
      const m1 = first.claimed.find(c => c.run.id === 'm1')!.lease;
      databaseClock.set('2026-07-01T00:00:30Z');
      expect(await runs.extendLease(m1, 90_000)).toBe(true); // until 00:02:00
      expect(await runs.extendLease({ ...m1, token: 'stolen' }, 600_000)).toBe(
        false,
      );
      // m2's lease ran out at 00:01; m1's runs to 00:02.
      expect(await dispatch('2026-07-01T00:01:30Z', {}, 'p1')).toMatchObject({
        retried: 1,
        interrupted: 0,
        missed: 0,
        claimed: [],
      });
      expect(await runs.get('m2')).toMatchObject({
        status: 'planned',
        attempt: 1,
        reason: expect.stringMatching(/retrying/),
      });
      // m2 is past its deadline (00:03) before anyone retries it; m1's lease has expired.
      expect(await dispatch('2026-07-01T00:04:00Z', caps, 'p2')).toMatchObject({
        retried: 1,
        missed: 1,
      });
      expect(await runs.get('m2')).toMatchObject({
        status: 'missed',
        finishedAt: '2026-07-01T00:04:00.000Z',
      });
      const second = await runs.get('m1');
      expect(second).toMatchObject({ status: 'running', attempt: 2 });
      // The first claim's token no longer holds the run.
      expect(
        await runs.finish(m1, {
          status: 'succeeded',
          finishedAt: at('2026-07-01T00:04:01Z'),
        }),
      ).toBe(false);
      const { claimed } = await dispatch('2026-07-01T00:04:00Z', caps, 'p2');
      expect(claimed).toEqual([]);
      const lease2 = (await db('runs').where({ id: 'm1' }).first()).lease_token;
      expect(await runs.release({ runId: 'm1', token: lease2 })).toBe(true);
      expect(await runs.get('m1')).toMatchObject({
        status: 'planned',
        attempt: 1,
      });
      // Released, so the next claim is attempt 2 again; when that lease runs out too, the run ends, with a record.
      await dispatch('2026-07-01T00:05:00Z', caps, 'p3');
      expect(await dispatch('2026-07-01T00:07:00Z', {}, 'p3')).toMatchObject({
        retried: 0,
        interrupted: 1,
      });
      const ended = await runs.get('m1');
      expect(ended).toMatchObject({
        status: 'error',
        attempt: 2,
        reason: expect.stringMatching(/^interrupted/),
      });
      const records = await new DatabaseRecordStore(db).latest(
        'resource:default/m1',
      );
      expect(records).toMatchObject({
        id: ended!.recordId,
        status: 'error',
        runId: 'm1',
      });
    });

    it('stores a run record only under its lease; lists with filters and cursors', async () => {
      const { runs, dispatch, databaseClock } = queue;
      const records = new DatabaseRecordStore(db);
      for (let i = 0; i < 5; i++) {
        databaseClock.set(`2026-08-01T00:0${i}:00Z`);
        await runs.createManualRun({
          id: `l${i}`,
          entityRef: 'resource:default/listed',
          environment: 'list-env',
          gracePeriodMs: 86_400_000,
        });
      }
      const { claimed } = await dispatch('2026-08-01T00:05:00Z', {
        'list-env': 1,
      });
      const [{ run: first, lease }] = claimed;
      expect(first.id).toBe('l0');
      const rec = record(
        'rec-l0',
        'resource:default/listed',
        '2026-08-01T00:05:05.000Z',
      );
      const outcome = {
        status: 'succeeded' as const,
        finishedAt: at('2026-08-01T00:05:05Z'),
        recordId: rec.id,
      };
      expect(
        await runs.finish({ ...lease, token: 'not-mine' }, outcome, rec),
      ).toBe(false);
      expect(await records.get(rec.id)).toBeUndefined();
      expect(await runs.finish(lease, outcome, rec)).toBe(true);
      expect(await records.get(rec.id)).toEqual(rec);
      expect(await runs.get(first.id)).toMatchObject({
        status: 'succeeded',
        recordId: rec.id,
        finishedAt: '2026-08-01T00:05:05.000Z',
      });

      const listed = { entityRef: 'resource:default/listed', limit: 2 };
      const page1 = await runs.list(listed);
      expect(page1.items.map(r => r.id)).toEqual(['l4', 'l3']);
      const page2 = await runs.list({ ...listed, cursor: page1.nextCursor });
      expect(page2.items.map(r => r.id)).toEqual(['l2', 'l1']);
      const page3 = await runs.list({ ...listed, cursor: page2.nextCursor });
      expect(page3).toEqual({
        items: [expect.objectContaining({ id: 'l0' })],
        nextCursor: undefined,
      });
      expect(
        (
          await runs.list({ ...listed, status: 'succeeded', limit: 10 })
        ).items.map(r => r.id),
      ).toEqual(['l0']);
      const ranged = await runs.list({
        ...listed,
        from: '2026-08-01T00:01:00Z',
        to: '2026-08-01T00:03:00Z',
        limit: 10,
      });
      expect(ranged.items.map(r => r.id)).toEqual(['l2', 'l1']);
      await expect(runs.list({ limit: 1, cursor: 'garbage' })).rejects.toThrow(
        'cursor',
      );
      expect(await runs.dueCounts()).toEqual(new Map([['list-env', 4]]));
    });

    it('retention deletes finished runs and past plans, never open ones', async () => {
      const { runs, plans, policy, dispatch } = queue;
      const version = await policy('ret', 'ret-env', '2025-12-01T00:00:00Z');
      const plan = (date: string, refs: string[]) =>
        plans.storePlan({
          policyId: 'ret',
          planDate: date,
          environment: 'ret-env',
          policyVersion: version,
          windowStart: at(`${date}T01:00:00Z`),
          windowEnd: at(`${date}T02:00:00Z`),
          deadline: at(`${date}T03:00:00Z`),
          now: at(`${date}T00:00:00Z`),
          slots: refs.map((r, i) => ({
            entityRef: `resource:default/${r}`,
            plannedAt: `${date}T01:0${i}:00.000Z`,
          })),
        });
      await plan('2026-01-01', ['a', 'b']);
      await plan('2026-03-01', ['c']);
      // On Jan 1st a runs and b is missed; c (March) is still planned.
      const { claimed } = await dispatch('2026-01-01T01:00:30Z', {
        'ret-env': 1,
      });
      await runs.finish(claimed[0].lease, {
        status: 'succeeded',
        finishedAt: at('2026-01-01T01:01:00Z'),
      });
      expect((await dispatch('2026-01-01T04:00:00Z', {})).missed).toBe(1);

      expect(await runs.prune(at('2026-02-01T00:00:00Z'))).toBe(2);
      expect(await plans.prune(at('2026-02-01T00:00:00Z'))).toBe(1);
      expect(await plans.planRuns('ret', '2026-01-01')).toEqual([]);
      expect(
        (await plans.planRuns('ret', '2026-03-01')).map(r => r.status),
      ).toEqual(['planned']);
      expect(await plans.planVersions(['ret'])).toEqual(
        new Map([['ret/2026-03-01', version]]),
      );
    });
  },
);
