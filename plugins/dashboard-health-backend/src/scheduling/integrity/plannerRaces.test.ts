import { Knex } from 'knex';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import {
  createTestEngine,
  dashboardRefs,
  TestEngine,
} from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';
import { PolicyFields } from '../../database/PolicyStore';

jest.setTimeout(60_000);

const night = { start: '01:00', end: '05:00', timezone: 'UTC' };

/**
 * A dashboard resolver the test can hold: the planner's slow step (a catalog query) sits between reading a
 * policy and storing its plan, which is where concurrent edits land.
 */
class GatedResolver {
  private readonly holds = new Map<
    string,
    Array<{ reached: () => void; gate?: Promise<void>; open?: () => void }>
  >();
  readonly failing = new Set<string>();

  /** The next resolve of this policy waits for `release`; resolves when that call has arrived. */
  hold(policyId: string): Promise<void> {
    return new Promise(reached => {
      const queue = this.holds.get(policyId) ?? [];
      queue.push({ reached });
      this.holds.set(policyId, queue);
    });
  }

  /** Lets every held call of this policy go on, all at once. */
  release(policyId: string) {
    for (const hold of this.holds.get(policyId) ?? []) hold.open?.();
    this.holds.delete(policyId);
  }

  resolve = async (policy: ValidationPolicy): Promise<string[]> => {
    if (this.failing.has(policy.id)) {
      throw new Error('catalog unavailable');
    }
    const hold = this.holds.get(policy.id)?.find(h => !h.gate);
    if (hold) {
      hold.gate = new Promise<void>(open => {
        hold.open = open;
      });
      hold.reached();
      await hold.gate;
    }
    return policy.entityRefs;
  };
}

/**
 * Defect 4: the planner re-reads the policy (exists, enabled, version) in the transaction that stores its
 * plan, serialises per policy, and one failing policy does not stop the others.
 */
describe('planner and concurrent policy writes', () => {
  const databases = createTestDatabases();
  let db: Knex;
  let clock: SimulatedClock;
  let resolver: GatedResolver;
  let engine: TestEngine;

  afterEach(async () => {
    await db?.destroy();
  });

  async function setUp(databaseId: Parameters<typeof databases.init>[0]) {
    db = await databases.init(databaseId);
    await migrateUp(db);
    clock = new SimulatedClock('2026-06-09T20:00:00Z');
    resolver = new GatedResolver();
    engine = createTestEngine({
      db,
      clock,
      executor: new ControlledExecutor(clock, { durationMs: 1 }),
      resolveDashboards: resolver.resolve,
    });
  }

  /** A saved policy the planner has not planned yet (as after POST, before the planner round). */
  async function savedPolicy(fields: Partial<PolicyFields> = {}) {
    return engine.policies.create(
      {
        name: 'Nightly',
        environment: 'prod',
        enabled: true,
        notify: 'regressions',
        entityRefs: dashboardRefs(5),
        window: night,
        ...fields,
      },
      { id: `pol-${Math.random().toString(36).slice(2)}`, now: clock.now() },
    );
  }

  const plannedRuns = (policyId: string) =>
    db('runs').where({ policy_id: policyId, status: 'planned' });

  it.each(databases.eachSupportedId())(
    'a policy deleted while the planner resolves it keeps no planned runs on %p',
    async databaseId => {
      await setUp(databaseId);
      const policy = await savedPolicy();
      const reached = resolver.hold(policy.id);
      const round = engine.planner.planAll();
      await reached;
      await engine.policies.delete(policy.id);
      await engine.planner.cancel(policy.id, 'the policy was deleted');
      resolver.release(policy.id);
      await round;
      expect(await plannedRuns(policy.id)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'a policy disabled while the planner resolves it keeps no planned runs on %p',
    async databaseId => {
      await setUp(databaseId);
      const policy = await savedPolicy();
      const reached = resolver.hold(policy.id);
      const round = engine.planner.planAll();
      await reached;
      clock.advance(1_000);
      const disabled = await engine.policies.update(
        policy.id,
        { ...policy, enabled: false },
        clock.now(),
      );
      await engine.planner.replan(disabled!);
      resolver.release(policy.id);
      await round;
      expect(await plannedRuns(policy.id)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'an edit saved while the planner holds the old version is what stays planned on %p',
    async databaseId => {
      await setUp(databaseId);
      const policy = await savedPolicy();
      const reached = resolver.hold(policy.id);
      const round = engine.planner.planAll();
      await reached;
      clock.advance(1_000);
      const edited = await engine.policies.update(
        policy.id,
        { ...policy, window: { ...night, start: '02:00', end: '03:00' } },
        clock.now(),
      );
      await engine.planner.replan(edited!); // PUT answers after this
      resolver.release(policy.id);
      await round;

      const planned = await plannedRuns(policy.id);
      expect(planned.length).toBeGreaterThan(0);
      for (const run of planned) {
        const hour = new Date(run.planned_at).getUTCHours();
        expect(hour).toBe(2);
      }
      const versions = await db('policy_plans').where({ policy_id: policy.id });
      expect(new Set(versions.map(v => v.policy_version))).toEqual(
        new Set([edited!.updatedAt]),
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'the planner round and an edit planning the same new date at once both succeed on %p',
    async databaseId => {
      await setUp(databaseId);
      const policy = await savedPolicy();
      const roundReached = resolver.hold(policy.id);
      const round = engine.planner.planAll();
      await roundReached;
      clock.advance(1_000);
      const edited = (await engine.policies.update(
        policy.id,
        { ...policy, name: 'Renamed' },
        clock.now(),
      ))!;
      const editReached = resolver.hold(policy.id);
      const put = engine.planner.replan(edited);
      await editReached;
      resolver.release(policy.id); // both resolve now and store the same dates at the same moment
      await expect(Promise.all([round, put])).resolves.toBeDefined();
      const planned = await plannedRuns(policy.id);
      expect(planned.length).toBe(10); // 5 dashboards, tonight and tomorrow
    },
  );

  it.each(databases.eachSupportedId())(
    'one policy that fails to plan does not stop the others on %p',
    async databaseId => {
      await setUp(databaseId);
      const broken = await savedPolicy({ name: 'A broken one' });
      const fine = await savedPolicy({ name: 'B fine' });
      resolver.failing.add(broken.id);
      await engine.planner.planAll();
      expect(await plannedRuns(fine.id)).toHaveLength(10);
      expect(engine.logger.error).toHaveBeenCalledWith(
        expect.stringContaining(broken.id),
      );
    },
  );
});
