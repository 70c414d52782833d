#!/usr/bin/env bash
# End-to-end browser test: starts the Superset simulator and the backend serving the built app
# (packages/app/dist, so run `yarn workspace app build` first) with scripts/e2e.app-config.yaml, then drives
# Debian's chromium through e2e/portal.e2e.ts. Screenshots of every step: test-results/e2e/*.png.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results/e2e
rm -f test-results/e2e/*.png

setsid bash scripts/e2e-stack.sh >test-results/e2e-stack.log 2>&1 &
stack=$!
trap 'kill -- -$stack 2>/dev/null; wait $stack 2>/dev/null' EXIT

status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o /dev/null -w '%{http_code}' http://localhost:7007/api/dashboard-health/policies || true)
  [ "$status" = 401 ] && break
  sleep 1
done
[ "$status" = 401 ] || { echo "e2e: backend did not start"; tail -n 40 test-results/e2e-backend.log; exit 1; }
# Let the catalog module's first sync bring the demo dashboards in.
for _ in $(seq 1 60); do
  grep -q 'superset-provider:prod: synced' test-results/e2e-backend.log && break
  sleep 1
done

node --require @backstage/cli/config/nodeTransform.cjs e2e/portal.e2e.ts
