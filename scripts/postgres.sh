# Sourced by scripts/test.sh: makes sure the machine's PostgreSQL runs and points Backstage's TestDatabases at
# it, so every database test runs on better-sqlite3 and on this real PostgreSQL (never in Docker).
if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  echo "[postgres] not accepting connections; starting the cluster"
  for version in $(ls /etc/postgresql 2>/dev/null); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432 -q || return 1
DASHBOARD_HEALTH_PG_MAJOR=$(psql "postgresql://postgres@127.0.0.1:5432/postgres" -tAc 'show server_version_num' | cut -c1-2)
export DASHBOARD_HEALTH_PG_MAJOR
export "BACKSTAGE_TEST_DATABASE_POSTGRES${DASHBOARD_HEALTH_PG_MAJOR}_CONNECTION_STRING=postgresql://postgres@127.0.0.1:5432"
# Tests must never silently skip PostgreSQL: the shared test helper fails when this is set and no server is known.
export DASHBOARD_HEALTH_REQUIRE_POSTGRES=1
export BACKSTAGE_TEST_DISABLE_DOCKER=1
