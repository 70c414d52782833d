#!/usr/bin/env bash
# Starts what the browser test needs and keeps it running until killed: the Superset simulator and the
# backend serving the built app (packages/app/dist) on http://localhost:7007, with scripts/e2e.app-config.yaml.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results
bash scripts/wait-ports-free.sh 7007 8088 8089
setsid yarn workspace @internal/superset-simulator start --scenario scenarios/demo.yaml \
  >test-results/e2e-simulator.log 2>&1 &
sim=$!
setsid yarn workspace backend start --config ../../app-config.yaml --config ../../scripts/e2e.app-config.yaml \
  >test-results/e2e-backend.log 2>&1 &
backend=$!
trap 'kill -- -$sim -$backend 2>/dev/null' EXIT INT TERM
wait
