import {
  LoggerService,
  SchedulerServiceTaskRunner,
} from '@backstage/backend-plugin-api';
import { ANNOTATION_LOCATION } from '@backstage/catalog-model';
import { Meter, metrics } from '@opentelemetry/api';
import {
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  SupersetApiError,
  SupersetClient,
  SupersetInstanceConfig,
} from '@dashboard-health/superset-client';
import { dashboardToEntity } from '../entity/dashboardToEntity';
import { OwnerResolver, SupersetOwner } from '../entity/ownerResolver';
import { CurrentEntityNames } from './currentEntities';
import { checkDeletionGuard } from './deletionGuard';

/** The two calls a sync makes; the real SupersetClient satisfies it. */
export type SupersetDashboardSource = Pick<
  SupersetClient,
  'iterateDashboards' | 'listDashboardOwners'
>;

/** Sync duration and entity counts, on Backstage's OpenTelemetry setup (no-ops without a MeterProvider). */
function createSyncMetrics(meter: Meter) {
  const duration = meter.createHistogram('catalog_superset.sync.duration', {
    description: 'Duration of a Superset catalog sync',
    unit: 'ms',
  });
  const entities = meter.createGauge('catalog_superset.entities', {
    description: 'Dashboards a Superset instance had at its last sync',
  });
  return { duration, entities };
}

export type SyncResult =
  | { outcome: 'applied'; entities: number; removed: number }
  | { outcome: 'refused'; entities: number; removed: number; reason: string };

/**
 * One provider per Superset instance. Each sync reads every dashboard and applies a full mutation, so
 * dashboards deleted in Superset leave the catalog — unless the deletion guard says the result looks like an
 * outage, in which case the catalog is left as it is.
 */
export class SupersetEntityProvider implements EntityProvider {
  private connection?: EntityProviderConnection;
  /** What this process last applied; used only when the catalog cannot be asked. */
  private lastApplied?: Set<string>;

  constructor(
    private readonly options: {
      instance: SupersetInstanceConfig;
      source: SupersetDashboardSource;
      owners: OwnerResolver;
      maxRemovalShare: number;
      currentEntityNames: CurrentEntityNames;
      taskRunner: SchedulerServiceTaskRunner;
      logger: LoggerService;
      meter?: Meter;
    },
  ) {
    this.metrics = createSyncMetrics(
      options.meter ?? metrics.getMeter('catalog-backend-module-superset'),
    );
  }

  private readonly metrics: ReturnType<typeof createSyncMetrics>;

  getProviderName(): string {
    return `superset-provider:${this.options.instance.id}`;
  }

  /** Scheduled here, not at init, so no sync can run before the catalog has handed over the connection. */
  async connect(connection: EntityProviderConnection): Promise<void> {
    this.connection = connection;
    await this.options.taskRunner.run({
      id: `${this.getProviderName()}:refresh`,
      fn: async () => {
        try {
          await this.sync();
        } catch (error) {
          // A Superset fault must not take the backend down; the next scheduled run retries.
          this.options.logger.error(
            `${this.getProviderName()}: sync failed, catalog left untouched, retrying on the next schedule: ${error}`,
          );
        }
      },
    });
  }

  /** Reads Superset and applies the result. Throws on Superset faults (the catalog is then left untouched). */
  async sync(): Promise<SyncResult> {
    const started = Date.now();
    const instance = this.options.instance.id;
    try {
      const result = await this.syncOnce();
      this.metrics.duration.record(Date.now() - started, {
        instance,
        outcome: result.outcome,
      });
      this.metrics.entities.record(result.entities, { instance });
      return result;
    } catch (error) {
      this.metrics.duration.record(Date.now() - started, {
        instance,
        outcome: 'failed',
      });
      throw error;
    }
  }

  private async syncOnce(): Promise<SyncResult> {
    if (!this.connection) {
      throw new Error(`${this.getProviderName()} is not connected yet`);
    }
    const { instance, logger } = this.options;
    const emails = await this.ownerEmails();
    const entities = [];
    for await (const page of this.options.source.iterateDashboards()) {
      for (const dashboard of page) {
        const owners: SupersetOwner[] = dashboard.owners.map(user => ({
          id: user.id,
          name: fullName(user),
          email: emails.get(user.id),
        }));
        entities.push(
          dashboardToEntity({
            dashboard: { ...dashboard, owners },
            instance,
            owner: this.options.owners.resolve(owners),
          }),
        );
      }
    }

    const names = new Set(entities.map(e => e.metadata.name));
    const previous = await this.previousNames();
    const removed = previous
      ? [...previous].filter(name => !names.has(name)).length
      : 0;
    const verdict = checkDeletionGuard({
      previous: previous?.size,
      next: names.size,
      removed,
      maxRemovalShare: this.options.maxRemovalShare,
    });
    if (!verdict.apply) {
      logger.warn(
        `${this.getProviderName()}: sync NOT applied, catalog left untouched: ${
          verdict.reason
        }`,
      );
      return {
        outcome: 'refused',
        entities: names.size,
        removed,
        reason: verdict.reason,
      };
    }

    await this.connection.applyMutation({
      type: 'full',
      entities: entities.map(entity => ({
        entity,
        locationKey: entity.metadata.annotations![ANNOTATION_LOCATION],
      })),
    });
    this.lastApplied = names;
    logger.info(
      `${this.getProviderName()}: synced ${names.size} dashboards from ${
        instance.title
      }, removed ${removed}`,
    );
    return { outcome: 'applied', entities: names.size, removed };
  }

  private async previousNames(): Promise<Set<string> | undefined> {
    try {
      return await this.options.currentEntityNames(this.options.instance.id);
    } catch (error) {
      this.options.logger.warn(
        `${this.getProviderName()}: could not read the current entities from the catalog, ` +
          `the deletion guard falls back to this process's last sync: ${error}`,
      );
      return this.lastApplied;
    }
  }

  /**
   * Dashboard payloads name owners without emails; the related-owners endpoint adds them. Superset versions
   * or roles without that endpoint (403/404) only lose email matching, so the sync goes on with names.
   */
  private async ownerEmails(): Promise<Map<number, string>> {
    try {
      const users = await this.options.source.listDashboardOwners();
      return new Map(
        users.flatMap(user => (user.email ? [[user.id, user.email]] : [])),
      );
    } catch (error) {
      if (
        error instanceof SupersetApiError &&
        (error.status === 403 || error.status === 404)
      ) {
        this.options.logger.warn(
          `${this.getProviderName()}: owner emails unavailable, mapping owners by name only: ${
            error.message
          }`,
        );
        return new Map();
      }
      throw error;
    }
  }
}

function fullName(user: {
  firstName?: string | null;
  lastName?: string | null;
  id: number;
}) {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ');
  return name || `user ${user.id}`;
}
