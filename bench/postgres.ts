import knexFactory, { Knex } from 'knex';

/** The local PostgreSQL that scripts/postgres.sh points the tests at. */
const baseUrl =
  Object.entries(process.env).find(([key]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(key),
  )?.[1] ?? 'postgresql://postgres@127.0.0.1:5432';

export function connect(database: string, poolMax = 10): Knex {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return knexFactory({
    client: 'pg',
    connection: url.toString(),
    pool: { min: 0, max: poolMax },
  });
}

/** A fresh, empty database of this name (dropped first if it exists). */
export async function freshPostgres(database: string): Promise<Knex> {
  const admin = connect('postgres', 1);
  await admin.raw(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${database}`);
  await admin.destroy();
  return connect(database);
}
