import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  NotifyMode,
  RecordStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { RecordStore } from '../database/RecordStore';
import { topIssue } from '../database/entityHealth';
import { statusChange, StatusChange } from './statusChange';

const TOPIC = 'dashboard-health';
const TOP_ISSUES = 3;

/** Tells a dashboard's owner when its status worsens or recovers, through Backstage notifications. */
export class HealthNotifier {
  constructor(
    private readonly options: {
      notifications: NotificationService;
      records: RecordStore;
      logger: LoggerService;
    },
  ) {}

  /** Called once per stored record; returns what was announced, if anything. */
  async recordStored(
    record: ValidationRecord,
    mode: NotifyMode,
    title: string,
  ): Promise<StatusChange | undefined> {
    if (mode === 'off') return undefined;
    const { previous, previousJudged } = await this.history(record);
    const change = statusChange({
      previous,
      previousJudged,
      current: record.status,
      mode,
    });
    if (!change) return undefined;

    const { name, namespace, kind } = parseEntityRef(record.entityRef);
    const issues = record.issues
      .filter(i => i.severity !== 'info')
      .slice(0, TOP_ISSUES)
      .map(i => `• ${i.chartName ? `${i.chartName}: ` : ''}${i.message}`);
    await this.options.notifications.send({
      recipients: { type: 'entity', entityRef: record.entityRef },
      payload: {
        title: headline(title, record.status, change),
        description: [record.summary, ...issues].join('\n'),
        link: `/catalog/${namespace}/${kind.toLocaleLowerCase(
          'en-US',
        )}/${name}/dashboard-health`,
        severity: severityOf(record.status, change),
        topic: TOPIC,
        // One notification per dashboard, updated in place rather than piling up.
        scope: `dashboard-health:${record.entityRef}`,
      },
    });
    this.options.logger.info(
      `Notified the owner of ${record.entityRef}: ${change} to ${
        record.status
      } (${topIssue(record.issues)?.code ?? 'no issues'})`,
    );
    return change;
  }

  private async history(record: ValidationRecord) {
    const { items } = await this.options.records.list({
      entityRef: record.entityRef,
      limit: 20,
    });
    const earlier = items.filter(
      r => r.id !== record.id && r.finishedAt <= record.finishedAt,
    );
    return {
      previous: earlier[0]?.status as RecordStatus | undefined,
      previousJudged: earlier.find(r => r.status !== 'error')?.status as
        | RecordStatus
        | undefined,
    };
  }
}

function headline(
  title: string,
  status: RecordStatus,
  change: StatusChange,
): string {
  if (change === 'recovery') {
    return status === 'pass'
      ? `${title} is healthy again`
      : `${title} improved to ${status}`;
  }
  if (status === 'fail') return `${title} is failing`;
  if (status === 'warn') return `${title} has warnings`;
  if (status === 'error') return `${title} could not be validated`;
  return `${title} is ${status}`;
}

function severityOf(status: RecordStatus, change: StatusChange) {
  if (change === 'recovery') return 'low' as const;
  if (status === 'fail') return 'high' as const;
  return 'normal' as const;
}
