import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrateUp } from './migrations';

jest.setTimeout(60_000);

describe('migration 20261214000000_capacity_planning', () => {
  const databases = createTestDatabases();
  const directory = `${__dirname}/../../migrations`;

  it.each(databases.eachSupportedId())(
    'adds dashboard_durations and policies.spacing (even for existing rows) and rolls back on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.up({
        directory,
        name: '20261130000000_init.js',
      });
      // Every migration before this one, then a policy written before spacing existed.
      while (
        (await knex.migrate.list({ directory }))[1][0]?.file !==
        '20261214000000_capacity_planning.js'
      ) {
        await knex.migrate.up({ directory });
      }
      const now = new Date('2026-06-01T00:00:00Z');
      await knex('policies').insert({
        id: 'old',
        name: 'Old',
        environment: 'prod',
        entity_refs: '[]',
        window: '{}',
        enabled: true,
        created_at: now,
        updated_at: now,
      });

      // Records from before: the aggregate starts from each dashboard's last 20 completed validations.
      const recordRow = (
        id: string,
        entityRef: string,
        ms: number,
        status = 'pass',
      ) => ({
        id,
        entity_ref: entityRef,
        environment: 'prod',
        status,
        summary: 's',
        issues: '[]',
        facts: '{}',
        llm: '{}',
        started_at: now,
        finished_at: new Date(now.getTime() + Number(id.slice(2)) * 1000),
        duration_ms: ms,
      });
      await knex('records').insert([
        // 25 records of a: 1 s … 25 s; the first five are older than the last 20.
        ...Array.from({ length: 25 }, (_, i) =>
          recordRow(`r-${i + 1}`, 'resource:default/a', (i + 1) * 1000),
        ),
        recordRow('r-99', 'resource:default/a', 999_000, 'error'),
        recordRow('r-50', 'resource:default/b', 40_000, 'fail'),
      ]);

      await knex.migrate.up({ directory });
      const backfilled = await knex('dashboard_durations').orderBy(
        'entity_ref',
      );
      expect(
        backfilled.map(r => [
          r.entity_ref,
          JSON.parse(r.samples_ms).length,
          Number(r.median_ms),
          Number(r.planning_cost_ms),
        ]),
      ).toEqual([
        ['resource:default/a', 20, 15_500, 15_500], // 6 s … 25 s; the error record left out
        ['resource:default/b', 1, 40_000, 40_000],
      ]);
      await knex('dashboard_durations').delete();
      const [row] = await knex('policies').where({ id: 'old' });
      expect(row.spacing).toBe('even');
      await knex('dashboard_durations').insert({
        entity_ref: 'resource:default/a',
        samples_ms: '[1000]',
        sample_count: 1,
        median_ms: 1000,
        p90_ms: 1000,
        planning_cost_ms: 1000,
        updated_at: now,
      });
      await expect(
        knex('dashboard_durations').insert({
          entity_ref: 'resource:default/a',
          samples_ms: '[]',
          sample_count: 0,
          median_ms: 0,
          p90_ms: 0,
          planning_cost_ms: 0,
          updated_at: now,
        }),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/unique|duplicate key/i),
      });

      await knex.migrate.down({ directory });
      expect(await knex.schema.hasTable('dashboard_durations')).toBe(false);
      expect(await knex.schema.hasColumn('policies', 'spacing')).toBe(false);
      expect(await knex('policies').where({ id: 'old' })).toHaveLength(1);

      // And forward again: the whole chain stays re-runnable.
      await migrateUp(knex);
      expect(await knex.schema.hasTable('dashboard_durations')).toBe(true);
      await knex.destroy();
    },
  );
});
