import { mockServices } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  RecordStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { migrateUp } from '../database/migrations';
import { HealthNotifier } from './HealthNotifier';

jest.setTimeout(60_000);

function night(day: number, status: RecordStatus): ValidationRecord {
  const finishedAt = `2026-10-${String(day).padStart(2, '0')}T01:30:00.000Z`;
  return {
    id: `rec-${day}`,
    entityRef: 'resource:default/prod-dashboard-2',
    environment: 'prod',
    policyId: 'pol-1',
    runId: `run-${day}`,
    status,
    summary:
      status === 'fail'
        ? '"Web Traffic": 1 failing query among 2 charts.'
        : 'fine',
    issues:
      status === 'fail'
        ? [
            {
              severity: 'critical',
              code: 'chart-query-error',
              source: 'check',
              chartId: 6,
              chartName: 'Bounce Rate by Channel',
              message: 'column "bounce_flag" does not exist',
            },
            {
              severity: 'info',
              code: 'naming',
              source: 'llm',
              message: 'not shown',
            },
          ]
        : [],
    facts: {
      chartCount: 2,
      failedCharts: status === 'fail' ? 1 : 0,
      emptyCharts: 0,
      staleCharts: 0,
    },
    startedAt: finishedAt,
    finishedAt,
    durationMs: 1000,
    llm: {},
  };
}

describe.each(createTestDatabases().eachSupportedId())(
  'HealthNotifier on %p',
  databaseId => {
    const databases = createTestDatabases();

    it('notifies the owner once when a dashboard starts failing and once when it recovers', async () => {
      const db = await databases.init(databaseId);
      await migrateUp(db);
      const records = new DatabaseRecordStore(db);
      const sent: NotificationSendOptions[] = [];
      const notifier = new HealthNotifier({
        notifications: { send: async n => void sent.push(n) },
        records,
        logger: mockServices.logger.mock(),
      });

      const statuses: RecordStatus[] = [
        'pass',
        'fail',
        'fail',
        'error',
        'fail',
        'pass',
      ];
      const changes = [];
      for (const [i, status] of statuses.entries()) {
        const record = night(i + 1, status);
        await records.insert(record);
        changes.push(
          await notifier.recordStored(record, 'regressions', 'Web Traffic'),
        );
      }
      expect(changes).toEqual([
        undefined,
        'regression',
        undefined,
        undefined,
        undefined,
        'recovery',
      ]);
      expect(sent).toHaveLength(2);
      expect(sent[0]).toEqual({
        recipients: {
          type: 'entity',
          entityRef: 'resource:default/prod-dashboard-2',
        },
        payload: {
          title: 'Web Traffic is failing',
          description:
            '"Web Traffic": 1 failing query among 2 charts.\n• Bounce Rate by Channel: column "bounce_flag" does not exist',
          link: '/catalog/default/resource/prod-dashboard-2/dashboard-health',
          severity: 'high',
          topic: 'dashboard-health',
          scope: 'dashboard-health:resource:default/prod-dashboard-2',
        },
      });
      expect(sent[1].payload).toMatchObject({
        title: 'Web Traffic is healthy again',
        severity: 'low',
      });

      // A policy with notifications off sends nothing, whatever happens.
      const off = night(10, 'fail');
      await records.insert(off);
      expect(
        await notifier.recordStored(off, 'off', 'Web Traffic'),
      ).toBeUndefined();
      expect(sent).toHaveLength(2);
      await db.destroy();
    });
  },
);
