import { createTestDatabases } from '../__testUtils__/testDatabases';
import { migrateDown, migrateUp } from './migrations';

jest.setTimeout(60_000);

describe('migrations', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'apply, hold data and roll back on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await migrateUp(knex);

      const now = new Date('2026-03-29T00:30:00.000Z');
      const plannedRun = (id: string) => ({
        id,
        policy_id: 'p1',
        plan_date: '2026-03-29',
        entity_ref: 'resource:default/a',
        environment: 'prod',
        trigger: 'schedule',
        status: 'planned',
        planned_at: now,
        attempt: 0,
      });
      await knex('runs').insert(plannedRun('run-1'));
      const [row] = await knex('runs').where({ id: 'run-1' });
      expect(new Date(row.planned_at).toISOString()).toBe(now.toISOString());

      // A second replica planning the same dashboard for the same date is refused by the database.
      // (Compared by message: better-sqlite3's error class can come from another test file's realm.)
      await expect(
        knex('runs').insert(plannedRun('run-2')),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/unique|duplicate key/i),
      });
      expect(Number((await knex('runs').count({ n: '*' }))[0].n)).toBe(1);

      // The dispatch migration's table and columns are there.
      expect(await knex.schema.hasTable('policy_plans')).toBe(true);
      expect(await knex.schema.hasColumn('runs', 'deadline_at')).toBe(true);
      expect(await knex.schema.hasTable('entity_health')).toBe(true);

      await migrateDown(knex);
      expect(await knex.schema.hasTable('runs')).toBe(false);
      expect(await knex.schema.hasTable('records')).toBe(false);
      expect(await knex.schema.hasTable('policies')).toBe(false);
      expect(await knex.schema.hasTable('policy_plans')).toBe(false);
      expect(await knex.schema.hasTable('entity_health')).toBe(false);
      await knex.destroy();
    },
  );
});
