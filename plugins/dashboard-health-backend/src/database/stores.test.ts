import { Knex } from 'knex';
import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabasePolicyStore } from './DatabasePolicyStore';
import { DatabaseRecordStore } from './DatabaseRecordStore';
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
        spacing: 'even', // the default when the fields leave it out
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
  },
);
