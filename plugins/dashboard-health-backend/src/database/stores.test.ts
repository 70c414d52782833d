import { Knex } from 'knex';
import { ValidationRecord } from '@internal/plugin-dashboard-health-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabasePolicyStore } from './DatabasePolicyStore';
import { DatabaseRecordStore } from './DatabaseRecordStore';
import { DatabaseRunStore } from './DatabaseRunStore';
import { migrateUp } from './migrations';

jest.setTimeout(60_000);

const at = (iso: string) => new Date(iso);
const window = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };

function record(
  id: string,
  entityRef: string,
  finishedAt: string,
): ValidationRecord {
  return {
    id,
    entityRef,
    environment: 'prod',
    policyId: null,
    runId: null,
    status: 'warn',
    summary: 'one chart returns no rows',
    issues: [
      {
        severity: 'warning',
        code: 'zero-rows',
        source: 'check',
        chartId: 8,
        chartName: 'Paid Social Spend (7d)',
        message: 'returns no rows',
      },
    ],
    facts: { chartCount: 2, failedCharts: 0, emptyCharts: 1, staleCharts: 0 },
    startedAt: new Date(Date.parse(finishedAt) - 1500).toISOString(),
    finishedAt,
    durationMs: 1500,
    llm: { skippedReason: 'no API key configured' },
  };
}

describe.each(createTestDatabases().eachSupportedId())(
  'stores on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    // A fresh database per test: runs left running by one test would otherwise expire into the next.
    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
    });
    afterEach(async () => {
      await db.destroy();
    });

    it('DatabasePolicyStore: create, get, list, update, heads, delete', async () => {
      const store = new DatabasePolicyStore(db);
      const fields = {
        name: 'Nightly',
        environment: 'prod',
        entityRefs: ['resource:default/a'],
        selector: { tags: ['finance'] },
        window: { ...window, days: ['mon' as const] },
        enabled: true,
        maxConcurrency: 3,
        notify: 'every-change' as const,
      };
      const created = await store.create(fields, {
        id: 'p1',
        now: at('2026-06-01T10:00:00Z'),
        createdBy: 'user:default/ana',
      });
      expect(created).toEqual({
        id: 'p1',
        ...fields,
        createdAt: '2026-06-01T10:00:00.000Z',
        updatedAt: '2026-06-01T10:00:00.000Z',
      });
      expect(await store.get('p1')).toEqual(created);
      const updated = await store.update(
        'p1',
        {
          ...fields,
          enabled: false,
          selector: undefined,
          maxConcurrency: undefined,
        },
        at('2026-06-02T10:00:00Z'),
      );
      expect(updated).toMatchObject({
        enabled: false,
        updatedAt: '2026-06-02T10:00:00.000Z',
      });
      expect(updated).not.toHaveProperty('selector');
      expect(updated).not.toHaveProperty('maxConcurrency');
      expect(await store.heads()).toEqual([
        {
          id: 'p1',
          enabled: false,
          window: fields.window,
          updatedAt: '2026-06-02T10:00:00.000Z',
        },
      ]);
      expect(
        await store.update('nope', fields, at('2026-06-02T10:00:00Z')),
      ).toBeUndefined();
      expect((await store.list()).map(p => p.id)).toEqual(['p1']);
      expect(await store.delete('p1')).toBe(true);
      expect(await store.delete('p1')).toBe(false);
      expect(await store.list()).toEqual([]);
    });

    it('DatabaseRunStore: stores, moves and cancels plans, never touching started runs', async () => {
      const runs = new DatabaseRunStore(db);
      const base = {
        policyId: 'plan-policy',
        planDate: '2026-06-10',
        environment: 'prod',
        policyVersion: 'v1',
        windowStart: at('2026-06-09T23:00:00Z'),
        windowEnd: at('2026-06-10T03:00:00Z'),
        deadline: at('2026-06-10T03:30:00Z'),
        now: at('2026-06-09T12:00:00Z'),
      };
      const slot = (ref: string, time: string) => ({
        entityRef: `resource:default/${ref}`,
        plannedAt: `2026-06-10T${time}.000Z`,
      });
      expect(
        await runs.storePlan({
          ...base,
          slots: [
            slot('a', '00:00:00'),
            slot('b', '01:00:00'),
            slot('c', '02:00:00'),
          ],
        }),
      ).toEqual({
        inserted: 3,
        moved: 0,
        cancelled: 0,
        alreadyStarted: 0,
      });
      // Storing the same plan again changes nothing.
      expect(
        await runs.storePlan({
          ...base,
          slots: [
            slot('a', '00:00:00'),
            slot('b', '01:00:00'),
            slot('c', '02:00:00'),
          ],
        }),
      ).toEqual({
        inserted: 0,
        moved: 0,
        cancelled: 0,
        alreadyStarted: 0,
      });
      // a starts; then the plan changes: b moves, c leaves, d arrives, a is left alone.
      const [claimed] = await runs.claimDue({
        now: at('2026-06-10T00:00:01Z'),
        leaseOwner: 'me',
        leaseExpiresAt: at('2026-06-10T00:02:00Z'),
        environmentCap: env => (env === 'prod' ? 5 : 0),
      });
      expect(claimed.entityRef).toBe('resource:default/a');
      expect(await runs.startedRefs('plan-policy', '2026-06-10')).toEqual(
        new Set(['resource:default/a']),
      );
      expect(
        await runs.storePlan({
          ...base,
          policyVersion: 'v2',
          slots: [
            slot('a', '00:30:00'),
            slot('b', '01:30:00'),
            slot('d', '02:30:00'),
          ],
        }),
      ).toEqual({ inserted: 1, moved: 1, cancelled: 1, alreadyStarted: 1 });
      const plan = await runs.planRuns('plan-policy', '2026-06-10');
      expect(
        plan.map(r => [
          r.entityRef.split('/')[1],
          r.status,
          r.plannedAt.slice(11, 19),
        ]),
      ).toEqual([
        ['a', 'running', '00:00:00'],
        ['b', 'planned', '01:30:00'],
        ['c', 'cancelled', '02:00:00'],
        ['d', 'planned', '02:30:00'],
      ]);
      expect(await runs.planVersions(['plan-policy'])).toEqual(
        new Map([['plan-policy/2026-06-10', 'v2']]),
      );
      expect(await runs.planBounds('plan-policy', '2026-06-10')).toEqual({
        windowStart: '2026-06-09T23:00:00.000Z',
        windowEnd: '2026-06-10T03:00:00.000Z',
      });
      // c comes back into the plan: its cancelled run is planned again, not duplicated.
      await runs.storePlan({
        ...base,
        policyVersion: 'v3',
        slots: [
          slot('b', '01:30:00'),
          slot('c', '02:10:00'),
          slot('d', '02:30:00'),
        ],
      });
      expect(
        (await runs.planRuns('plan-policy', '2026-06-10')).filter(r =>
          r.entityRef.endsWith('/c'),
        ),
      ).toMatchObject([{ status: 'planned' }]);
      expect(await runs.nextPlanned('resource:default/b')).toMatchObject({
        plannedAt: '2026-06-10T01:30:00.000Z',
      });

      expect(
        await runs.cancelPolicy(
          'plan-policy',
          'the policy was deleted',
          at('2026-06-10T00:10:00Z'),
        ),
      ).toBe(3);
      expect(await runs.planVersions(['plan-policy'])).toEqual(new Map());
      expect(
        (await runs.planRuns('plan-policy', '2026-06-10')).map(r => r.status),
      ).toEqual(['running', 'cancelled', 'cancelled', 'cancelled']);
      expect(
        await runs.finish(claimed.id, 'someone-else', {
          status: 'succeeded',
          finishedAt: at('2026-06-10T00:01:00Z'),
        }),
      ).toBe(false);
      expect(
        await runs.finish(claimed.id, 'me', {
          status: 'succeeded',
          finishedAt: at('2026-06-10T00:01:00Z'),
        }),
      ).toBe(true);
    });

    it('DatabaseRunStore: claims in slot order within environment and policy caps', async () => {
      const runs = new DatabaseRunStore(db);
      const policies = new DatabasePolicyStore(db);
      await policies.create(
        {
          name: 'capped',
          environment: 'cap-env',
          entityRefs: [],
          window,
          enabled: true,
          maxConcurrency: 1,
          notify: 'off',
        },
        { id: 'capped', now: at('2026-06-01T00:00:00Z') },
      );
      const common = {
        planDate: '2026-06-11',
        policyVersion: 'v',
        windowStart: at('2026-06-10T23:00:00Z'),
        windowEnd: at('2026-06-11T03:00:00Z'),
        deadline: at('2026-06-11T04:00:00Z'),
        now: at('2026-06-10T00:00:00Z'),
      };
      await runs.storePlan({
        ...common,
        policyId: 'capped',
        environment: 'cap-env',
        slots: ['x1', 'x2', 'x3'].map((r, i) => ({
          entityRef: `resource:default/${r}`,
          plannedAt: `2026-06-10T23:0${i}:00.000Z`,
        })),
      });
      await runs.storePlan({
        ...common,
        policyId: 'free',
        environment: 'cap-env',
        slots: ['y1', 'y2', 'y3'].map((r, i) => ({
          entityRef: `resource:default/${r}`,
          plannedAt: `2026-06-10T23:0${i}:30.000Z`,
        })),
      });
      await runs.storePlan({
        ...common,
        policyId: 'other-env',
        environment: 'env-2',
        slots: [
          {
            entityRef: 'resource:default/z1',
            plannedAt: '2026-06-10T23:00:10.000Z',
          },
        ],
      });

      const claim = (now: string, owner = 'me') =>
        runs.claimDue({
          now: at(now),
          leaseOwner: owner,
          leaseExpiresAt: new Date(Date.parse(now) + 60_000),
          environmentCap: env => ({ 'cap-env': 3, 'env-2': 1 }[env] ?? 0),
        });
      // Not yet due.
      expect(await claim('2026-06-10T22:59:59Z')).toEqual([]);
      // x1 (policy cap 1) and y1, y2 (env cap 3) and z1 (other env): in slot order, x2/x3 held back by the policy cap.
      const first = await claim('2026-06-10T23:05:00Z');
      expect(first.map(r => r.entityRef.split('/')[1])).toEqual([
        'x1',
        'z1',
        'y1',
        'y2',
      ]);
      expect(first.every(r => r.status === 'running' && r.attempt === 1)).toBe(
        true,
      );
      expect(await claim('2026-06-10T23:05:10Z', 'other')).toEqual([]);
      await runs.finish(first[0].id, 'me', {
        status: 'failed',
        finishedAt: at('2026-06-10T23:06:00Z'),
      });
      expect(
        (await claim('2026-06-10T23:06:10Z')).map(
          r => r.entityRef.split('/')[1],
        ),
      ).toEqual(['x2']);
      expect(await runs.countByStatus()).toMatchObject({
        running: 4,
        failed: 1,
      });
    });

    it('DatabaseRunStore: expires leases (retry once, then interrupted), marks missed, releases', async () => {
      const runs = new DatabaseRunStore(db);
      const manual = (id: string, deadline: string) =>
        runs.createManualRun({
          id,
          entityRef: `resource:default/${id}`,
          environment: 'lease-env',
          now: at('2026-07-01T00:00:00Z'),
          deadline: at(deadline),
        });
      await manual('m1', '2026-07-01T01:00:00Z');
      await manual('m2', '2026-07-01T00:03:00Z');
      const claimAll = (now: string, owner: string) =>
        runs.claimDue({
          now: at(now),
          leaseOwner: owner,
          leaseExpiresAt: new Date(Date.parse(now) + 60_000),
          environmentCap: env => (env === 'lease-env' ? 10 : 0),
        });
      expect((await claimAll('2026-07-01T00:00:00Z', 'p1')).length).toBe(2);
      expect(
        await runs.extendLease('m1', 'p1', at('2026-07-01T00:02:00Z')),
      ).toBe(true);
      expect(
        await runs.extendLease('m1', 'p2', at('2026-07-01T00:09:00Z')),
      ).toBe(false);
      // m2's lease ran out at 00:01; m1's at 00:02.
      expect(await runs.expireLeases(at('2026-07-01T00:01:30Z'))).toEqual({
        retried: 1,
        interrupted: 0,
      });
      expect(await runs.get('m2')).toMatchObject({
        status: 'planned',
        attempt: 1,
        reason: expect.stringMatching(/retrying/),
      });
      // m2 is past its deadline before anyone retries it.
      expect(await runs.markMissed(at('2026-07-01T00:04:00Z'))).toBe(1);
      expect(await runs.get('m2')).toMatchObject({
        status: 'missed',
        finishedAt: '2026-07-01T00:04:00.000Z',
      });
      expect(await runs.expireLeases(at('2026-07-01T00:04:00Z'))).toEqual({
        retried: 1,
        interrupted: 0,
      });
      expect(
        (await claimAll('2026-07-01T00:04:00Z', 'p2')).map(r => [
          r.id,
          r.attempt,
        ]),
      ).toEqual([['m1', 2]]);
      expect(await runs.release('m1', 'p2')).toBe(true);
      expect(await runs.get('m1')).toMatchObject({
        status: 'planned',
        attempt: 1,
      });
      // Released, so the next claim is attempt 2 again; when that lease runs out too, the run ends.
      await claimAll('2026-07-01T00:05:00Z', 'p3');
      expect(await runs.expireLeases(at('2026-07-01T00:07:00Z'))).toEqual({
        retried: 0,
        interrupted: 1,
      });
      expect(await runs.get('m1')).toMatchObject({
        status: 'error',
        attempt: 2,
        reason: expect.stringMatching(/^interrupted/),
      });
    });

    it('DatabaseRunStore: stores a run record only while holding the lease; lists with filters and cursors', async () => {
      const runs = new DatabaseRunStore(db);
      const records = new DatabaseRecordStore(db);
      for (let i = 0; i < 5; i++) {
        await runs.createManualRun({
          id: `l${i}`,
          entityRef: 'resource:default/listed',
          environment: 'list-env',
          now: at(`2026-08-01T00:0${i}:00Z`),
          deadline: at('2026-08-02T00:00:00Z'),
        });
      }
      const [first] = await runs.claimDue({
        now: at('2026-08-01T00:00:00Z'),
        leaseOwner: 'me',
        leaseExpiresAt: at('2026-08-01T00:10:00Z'),
        environmentCap: env => (env === 'list-env' ? 1 : 0),
      });
      const rec = record(
        'rec-l0',
        'resource:default/listed',
        '2026-08-01T00:00:05.000Z',
      );
      expect(
        await runs.finish(
          first.id,
          'not-me',
          {
            status: 'succeeded',
            finishedAt: at('2026-08-01T00:00:05Z'),
            recordId: rec.id,
          },
          rec,
        ),
      ).toBe(false);
      expect(await records.get(rec.id)).toBeUndefined();
      expect(
        await runs.finish(
          first.id,
          'me',
          {
            status: 'succeeded',
            finishedAt: at('2026-08-01T00:00:05Z'),
            recordId: rec.id,
          },
          rec,
        ),
      ).toBe(true);
      expect(await records.get(rec.id)).toEqual(rec);
      expect(await runs.get(first.id)).toMatchObject({
        status: 'succeeded',
        recordId: rec.id,
        finishedAt: '2026-08-01T00:00:05.000Z',
      });

      const page1 = await runs.list({
        entityRef: 'resource:default/listed',
        limit: 2,
      });
      expect(page1.items.map(r => r.id)).toEqual(['l4', 'l3']);
      const page2 = await runs.list({
        entityRef: 'resource:default/listed',
        limit: 2,
        cursor: page1.nextCursor,
      });
      expect(page2.items.map(r => r.id)).toEqual(['l2', 'l1']);
      const page3 = await runs.list({
        entityRef: 'resource:default/listed',
        limit: 2,
        cursor: page2.nextCursor,
      });
      expect(page3).toEqual({
        items: [expect.objectContaining({ id: 'l0' })],
        nextCursor: undefined,
      });
      expect(
        (
          await runs.list({
            status: 'succeeded',
            limit: 10,
            entityRef: 'resource:default/listed',
          })
        ).items.map(r => r.id),
      ).toEqual(['l0']);
      const ranged = await runs.list({
        entityRef: 'resource:default/listed',
        from: '2026-08-01T00:01:00Z',
        to: '2026-08-01T00:03:00Z',
        limit: 10,
      });
      expect(ranged.items.map(r => r.id)).toEqual(['l2', 'l1']);
      await expect(runs.list({ limit: 1, cursor: 'garbage' })).rejects.toThrow(
        'cursor',
      );
    });

    it('DatabaseRecordStore: latest and history newest first', async () => {
      const records = new DatabaseRecordStore(db);
      await records.insert(
        record('r1', 'resource:default/hist', '2026-09-01T01:00:00.000Z'),
      );
      await records.insert(
        record('r3', 'resource:default/hist', '2026-09-03T01:00:00.000Z'),
      );
      await records.insert(
        record('r2', 'resource:default/hist', '2026-09-02T01:00:00.000Z'),
      );
      await records.insert(
        record('x', 'resource:default/other', '2026-09-04T01:00:00.000Z'),
      );
      expect((await records.latest('resource:default/hist'))?.id).toBe('r3');
      expect(await records.latest('resource:default/none')).toBeUndefined();
      const page = await records.list({
        entityRef: 'resource:default/hist',
        limit: 2,
      });
      expect(page.items.map(r => r.id)).toEqual(['r3', 'r2']);
      const rest = await records.list({
        entityRef: 'resource:default/hist',
        limit: 2,
        cursor: page.nextCursor,
      });
      expect(rest.items.map(r => r.id)).toEqual(['r1']);
      expect(rest.nextCursor).toBeUndefined();
    });

    it('DatabaseRecordStore: retention keeps the latest record of entities still in the catalog', async () => {
      const records = new DatabaseRecordStore(db);
      const day = (d: number) =>
        `2026-09-${String(d).padStart(2, '0')}T01:00:00.000Z`;
      // kept: 3 old + 1 recent; lonely: only old ones; gone: old ones of an entity no longer in the catalog.
      for (const [id, ref, d] of [
        ['k1', 'kept', 1],
        ['k2', 'kept', 2],
        ['k3', 'kept', 3],
        ['k4', 'kept', 20],
        ['l1', 'lonely', 1],
        ['l2', 'lonely', 2],
        ['g1', 'gone', 1],
        ['g2', 'gone', 2],
        ['n1', 'gone-recent', 25],
      ] as const) {
        await records.insert(record(id, `resource:default/${ref}`, day(d)));
      }
      const inCatalog = new Set([
        'resource:default/kept',
        'resource:default/lonely',
      ]);
      const deleted = await records.prune(new Date(day(10)), ref =>
        inCatalog.has(ref),
      );
      expect(deleted).toBe(6);
      const left = await db('records').orderBy('id').pluck('id');
      // kept keeps its recent record, lonely its latest old one; a recent record of a gone entity stays
      // until it is old enough.
      expect(left).toEqual(['k4', 'l2', 'n1']);
    });
    it('entity_health follows the latest record of each entity and remembers the one before', async () => {
      const records = new DatabaseRecordStore(db);
      const failing = {
        ...record('h1', 'resource:default/healthy', '2026-10-01T01:00:00.000Z'),
        status: 'fail' as const,
        issues: [
          {
            severity: 'warning' as const,
            code: 'chart-no-data',
            source: 'check' as const,
            message: 'empty',
          },
          {
            severity: 'critical' as const,
            code: 'chart-query-error',
            source: 'check' as const,
            message: 'bounce_flag missing',
          },
        ],
      };
      await records.insert(failing);
      await records.insert({
        ...record('h2', 'resource:default/healthy', '2026-10-02T01:00:00.000Z'),
        status: 'pass',
        issues: [],
      });
      // A late retry of an older day does not replace the newer result.
      await records.insert({
        ...record('h0', 'resource:default/healthy', '2026-09-30T01:00:00.000Z'),
        status: 'error',
      });
      await records.insert(
        failing.id === 'h1'
          ? { ...failing, id: 'o1', entityRef: 'resource:default/other' }
          : failing,
      );

      const summaries = await records.summaries([
        'resource:default/healthy',
        'resource:default/other',
        'resource:default/never',
      ]);
      expect(
        summaries.sort((a, b) => a.entityRef.localeCompare(b.entityRef)),
      ).toEqual([
        {
          entityRef: 'resource:default/healthy',
          environment: 'prod',
          status: 'pass',
          previousStatus: 'fail',
          summary: 'one chart returns no rows',
          issueCounts: { critical: 0, warning: 0, info: 0 },
          topIssue: null,
          issueMessages: [],
          recordId: 'h2',
          lastCheckedAt: '2026-10-02T01:00:00.000Z',
        },
        expect.objectContaining({
          entityRef: 'resource:default/other',
          status: 'fail',
          previousStatus: null,
          issueCounts: { critical: 1, warning: 1, info: 0 },
          topIssue: 'bounce_flag missing',
          issueMessages: ['empty', 'bounce_flag missing'],
        }),
      ]);
    });
    it('DatabaseRunStore: retention deletes finished runs and past plans, never open ones', async () => {
      const runs = new DatabaseRunStore(db);
      const plan = (date: string, refs: string[]) =>
        runs.storePlan({
          policyId: 'ret',
          planDate: date,
          environment: 'ret-env',
          policyVersion: 'v',
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
      const [a] = await runs.claimDue({
        now: at('2026-01-01T01:00:30Z'),
        leaseOwner: 'me',
        leaseExpiresAt: at('2026-01-01T01:10:00Z'),
        environmentCap: env => (env === 'ret-env' ? 1 : 0),
      });
      await runs.finish(a.id, 'me', {
        status: 'succeeded',
        finishedAt: at('2026-01-01T01:01:00Z'),
      });
      await runs.markMissed(at('2026-01-01T04:00:00Z'));

      expect(await runs.prune(at('2026-02-01T00:00:00Z'))).toEqual({
        runs: 2,
        plans: 1,
      });
      expect(await runs.planRuns('ret', '2026-01-01')).toEqual([]);
      expect(
        (await runs.planRuns('ret', '2026-03-01')).map(r => r.status),
      ).toEqual(['planned']);
      expect(await runs.planVersions(['ret'])).toEqual(
        new Map([['ret/2026-03-01', 'v']]),
      );
    });
  },
);
