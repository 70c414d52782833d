import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import { databaseTimeFrom } from '../database/DatabaseTime';
import { PolicyFields } from '../database/PolicyStore';
import {
  createEngine,
  createEngineStores,
  Engine,
} from '../engine/createEngine';
import { Clock } from '../clock';
import { EntityLoader } from '../scheduling/Dispatcher';
import { PolicyDashboardResolver } from '../scheduling/PolicyPlanner';
import { RunExecutor } from '../scheduling/RunExecutor';
import { SimulatedClock } from './SimulatedClock';

/** A dashboard entity as the catalog module would emit it. */
export function dashboardEntity(name: string, environment = 'prod'): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        'superset.apache.org/instance': environment,
        'superset.apache.org/dashboard-id': name.replace(/\D/g, '') || '1',
      },
    },
    spec: { type: 'dashboard', owner: 'group:default/data-platform' },
  };
}

export const dashboardRefs = (n: number, prefix = 'dash') =>
  Array.from({ length: n }, (_, i) => `resource:default/${prefix}-${i}`);

/**
 * One plugin instance's engine on a database (the plugin's own factory), on a simulated clock, with policies
 * resolved to their explicit refs and every entity found (the catalog is not what these tests test). The
 * database's clock is `databaseClock`, by default the same simulated clock.
 */
export function createTestEngine(options: {
  db: Knex;
  clock: Clock;
  databaseClock?: Clock;
  executor: RunExecutor;
  caps?: Record<string, number>;
  resolveDashboards?: PolicyDashboardResolver;
  loadEntity?: EntityLoader;
  gracePeriodMs?: number;
  leaseDurationMs?: number;
  runTimeoutMs?: number;
  name?: string;
}) {
  const logger = mockServices.logger.mock();
  const engine = createEngine({
    stores: createEngineStores(
      options.db,
      databaseTimeFrom(options.databaseClock ?? options.clock),
    ),
    clock: options.clock,
    executor: options.executor,
    resolveDashboards:
      options.resolveDashboards ?? (async policy => policy.entityRefs),
    loadEntity:
      options.loadEntity ?? (async ref => dashboardEntity(ref.split('/')[1])),
    environmentCaps: new Map(
      Object.entries(options.caps ?? { prod: 2, staging: 2 }),
    ),
    gracePeriodMs: options.gracePeriodMs ?? 30 * 60_000,
    leaseDurationMs: options.leaseDurationMs ?? 120_000,
    runTimeoutMs: options.runTimeoutMs ?? 600_000,
    leaseOwner: options.name ?? `engine-${Math.random()}`,
    logger,
  });
  return { ...engine, logger };
}

/** A manual run due now, as POST /runs creates it. */
export function manualRun(id: string, entityRef = `resource:default/${id}`) {
  return { id, entityRef, environment: 'prod', gracePeriodMs: 3_600_000 };
}

export type TestEngine = ReturnType<typeof createTestEngine>;

/** Creates a policy and plans it, as POST /policies does. */
export async function createPolicy(
  engine: Pick<Engine, 'policies' | 'planner'>,
  clock: Clock,
  fields: Partial<PolicyFields> & Pick<PolicyFields, 'entityRefs' | 'window'>,
) {
  const policy = await engine.policies.create(
    {
      name: 'Nightly prod',
      environment: 'prod',
      enabled: true,
      notify: 'regressions',
      ...fields,
    },
    { id: `pol-${Math.random().toString(36).slice(2)}`, now: clock.now() },
  );
  await engine.planner.replan(policy);
  return policy;
}

/**
 * Drives engines on the simulated clock: every `tickMs` the due executions end, each engine heartbeats and
 * ticks (in turn, or all at once with `concurrent`), until `until`.
 */
export async function simulate(options: {
  clock: SimulatedClock;
  engines: Array<Pick<Engine, 'dispatcher'>>;
  executor: { settle(): string[] };
  until: Date | string;
  tickMs: number;
  concurrent?: boolean;
}) {
  const { clock, engines, executor, tickMs } = options;
  const until = new Date(options.until).getTime();
  while (clock.now().getTime() < until) {
    clock.advance(tickMs);
    const settled = executor.settle();
    await Promise.all(engines.map(e => e.dispatcher.finished(settled)));
    if (options.concurrent) {
      await Promise.all(engines.map(e => e.dispatcher.heartbeat()));
      await Promise.all(engines.map(e => e.dispatcher.tick()));
    } else {
      for (const engine of engines) {
        await engine.dispatcher.heartbeat();
        await engine.dispatcher.tick();
      }
    }
  }
  const settled = executor.settle();
  await Promise.all(engines.map(e => e.dispatcher.finished(settled)));
}
