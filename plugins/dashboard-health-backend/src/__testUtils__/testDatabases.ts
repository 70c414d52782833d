import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';

const POSTGRES_IDS: TestDatabaseId[] = [
  'POSTGRES_18',
  'POSTGRES_17',
  'POSTGRES_16',
  'POSTGRES_15',
  'POSTGRES_14',
  'POSTGRES_13',
];

/**
 * TestDatabases for every store test: better-sqlite3 always, and the PostgreSQL server that
 * scripts/postgres.sh points BACKSTAGE_TEST_DATABASE_POSTGRES<major>_CONNECTION_STRING at. In the test
 * command PostgreSQL is required, so a missing server fails the run instead of silently skipping it.
 */
export function createTestDatabases(): TestDatabases {
  const databases = TestDatabases.create({
    ids: [...POSTGRES_IDS, 'SQLITE_3'],
  });
  const hasPostgres = POSTGRES_IDS.some(id => databases.supports(id));
  if (process.env.DASHBOARD_HEALTH_REQUIRE_POSTGRES && !hasPostgres) {
    throw new Error(
      'DASHBOARD_HEALTH_REQUIRE_POSTGRES is set but no BACKSTAGE_TEST_DATABASE_POSTGRES*_CONNECTION_STRING is',
    );
  }
  return databases;
}
