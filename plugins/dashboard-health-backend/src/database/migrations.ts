import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@dashboard-health/plugin-dashboard-health-backend',
  'migrations',
);

/** Brings the plugin's schema up to date, unless the deployment manages migrations itself. */
export async function applyMigrations(
  database: DatabaseService,
): Promise<Knex> {
  const client = await database.getClient();
  if (!database.migrations?.skip) {
    await client.migrate.latest({ directory: migrationsDir });
  }
  return client;
}

/** For tests: the same migrations on a given knex. */
export async function migrateUp(knex: Knex) {
  await knex.migrate.latest({ directory: migrationsDir });
}

export async function migrateDown(knex: Knex) {
  await knex.migrate.rollback({ directory: migrationsDir }, true);
}
