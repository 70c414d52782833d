#!/usr/bin/env bash
# The one start command: installs Node 22 + Yarn (first run only) and all packages, starts the bundled
# Superset simulator (two demo instances on :8088 and :8089, packages/superset-simulator/scenarios/demo.yaml),
# then the frontend (http://localhost:3000) and the backend (http://localhost:7007) with the embedded
# defaults: SQLite files under data/, guest sign-in, no LLM key. Extra arguments go to `backstage-cli repo start`.
# SUPERSET_SIMULATOR=off skips the simulator (when app-config points at real Superset instances).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
yarn install
mkdir -p data/sqlite

if [ "${SUPERSET_SIMULATOR:-on}" != off ]; then
  setsid yarn workspace @internal/superset-simulator start --scenario scenarios/demo.yaml &
  simulator=$!
  trap 'kill -- -$simulator 2>/dev/null || true' EXIT INT TERM
fi
yarn backstage-cli repo start "$@"
