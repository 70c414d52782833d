import { mockServices } from '@backstage/backend-test-utils';
import { Meter } from '@opentelemetry/api';
import {
  DeferredEntity,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import {
  SupersetClient,
  SupersetInstanceConfig,
} from '@dashboard-health/superset-client';
import { RunningSupersetSimulator } from '@internal/superset-simulator';
import { OwnerResolver } from '../entity/ownerResolver';
import {
  SupersetDashboardSource,
  SupersetEntityProvider,
} from '../provider/SupersetEntityProvider';

/**
 * A connection that behaves like the catalog for the deletion guard: it remembers what the provider applied
 * last, and `currentEntityNames` answers from it, as the catalog would after processing.
 */
export class RecordingConnection implements EntityProviderConnection {
  readonly mutations: DeferredEntity[][] = [];
  names = new Set<string>();

  async applyMutation(
    mutation: Parameters<EntityProviderConnection['applyMutation']>[0],
  ) {
    if (mutation.type !== 'full')
      throw new Error('the provider applies full mutations');
    this.mutations.push(mutation.entities);
    this.names = new Set(mutation.entities.map(e => e.entity.metadata.name));
  }

  async refresh() {}

  get latest(): DeferredEntity[] {
    return this.mutations[this.mutations.length - 1] ?? [];
  }
}

export function instanceFor(
  simulator: RunningSupersetSimulator,
  id = 'prod',
): SupersetInstanceConfig {
  return {
    id,
    title: id === 'prod' ? 'Production' : 'Staging',
    baseUrl: simulator.url,
    auth: {
      provider: 'db',
      username: 'svc_dashboard_validator',
      password: 'simulator',
    },
    maxConcurrency: 2,
    requestTimeoutMs: 5_000,
  };
}

/** A provider on a simulator with a real client, connected to a recording connection (no scheduler). */
export async function connectedProvider(options: {
  simulator: RunningSupersetSimulator;
  id?: string;
  owners?: OwnerResolver;
  maxRemovalShare?: number;
  catalogUnavailable?: boolean;
  meter?: Meter;
  /** Between the client and the simulator, for faults the simulator has no knob for. */
  fetch?: typeof fetch;
  /** Wraps the real client, e.g. to change Superset between the pages a sync reads. */
  source?: (client: SupersetClient) => SupersetDashboardSource;
}) {
  const logger = mockServices.logger.mock();
  const connection = new RecordingConnection();
  const instance = instanceFor(options.simulator, options.id);
  const client = new SupersetClient({
    instance,
    logger,
    sleep: async () => {},
    retry: { attempts: 1 },
    fetch: options.fetch,
  });
  const provider = new SupersetEntityProvider({
    instance,
    source: options.source ? options.source(client) : client,
    owners:
      options.owners ?? new OwnerResolver([], 'group:default/data-platform'),
    maxRemovalShare: options.maxRemovalShare ?? 0.5,
    currentEntityNames: async () => {
      if (options.catalogUnavailable) throw new Error('catalog not reachable');
      return connection.names;
    },
    // Tests call sync() themselves; the scheduler is not under test here.
    taskRunner: { run: async () => {} },
    logger,
    meter: options.meter,
  });
  await provider.connect(connection);
  return { provider, connection, logger };
}
