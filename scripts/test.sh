#!/usr/bin/env bash
# The one test command: type-check, lint, every unit and database test (SQLite and the local PostgreSQL),
# and the app build. Ends with a single line "N passed, N failed" (jest tests plus the non-jest steps).
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results

step_passed=0
step_failed=0
run_step() {
  local name="$1"; shift
  echo "::: $name"
  local t0=$SECONDS
  if "$@"; then
    step_passed=$((step_passed + 1)); echo "::: $name ok ($((SECONDS - t0)) s)"
  else
    step_failed=$((step_failed + 1)); echo "::: $name FAILED ($((SECONDS - t0)) s)"
  fi
}

run_step "install" yarn install --immutable
source scripts/postgres.sh || { echo "PostgreSQL is required for the database tests"; exit 1; }

run_step "one Backstage release in yarn.lock" node scripts/check-single-release.js
run_step "type-check" yarn tsc
openapi() { # the spec is valid, linted, and its TypeScript copy (served by the router) matches it
  NODE_OPTIONS="--require $PWD/node_modules/@backstage/cli/config/nodeTransform.cjs" \
    yarn backstage-repo-tools repo schema openapi validate && yarn backstage-repo-tools repo schema openapi lint
}
run_step "OpenAPI spec" openapi
run_step "API reports (no drift, no warnings)" bash scripts/api-reports.sh
run_step "README install snippets match docs/install" node scripts/readme-snippets.js
lint() { yarn backstage-cli repo lint && node_modules/.bin/eslint bench --ext .ts; } # bench/ is no package: linted here
run_step "lint" lint

echo "::: unit and database tests (SQLite + PostgreSQL $DASHBOARD_HEALTH_PG_MAJOR)"
CI=true yarn backstage-cli repo test --ci --json --outputFile=test-results/jest.json 2>&1 | tee test-results/jest.log | grep -vE '^\s*$' | tail -n 60
jest_summary=$(node -e '
  const r = require("./test-results/jest.json");
  const broken = r.numRuntimeErrorTestSuites || 0;
  console.log(`${r.numPassedTests} ${r.numFailedTests + broken} ${r.numTotalTests}`);
' 2>/dev/null || echo "0 1 0")
read -r jest_passed jest_failed jest_total <<<"$jest_summary"
if [ "${jest_total:-0}" -eq 0 ]; then jest_failed=$((jest_failed + 1)); echo "no test ran"; fi

run_step "app build" yarn workspace app build
run_step "backend smoke" bash scripts/smoke.sh
run_step "browser end to end (chromium)" bash scripts/e2e.sh
run_step "restart test (kill -9 mid-window)" bash scripts/restart-test.sh
run_step "adoption test (a new app installs the packed plugins)" bash scripts/adoption-test.sh

passed=$((jest_passed + step_passed))
failed=$((jest_failed + step_failed))
echo
echo "jest: $jest_passed passed, $jest_failed failed; steps: $step_passed passed, $step_failed failed"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
