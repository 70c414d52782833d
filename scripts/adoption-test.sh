#!/usr/bin/env bash
# The adoption test: a brand-new Backstage app from the registry's @backstage/create-app, aligned to this repo's
# Backstage release (backstage.json), with this repo's packages installed from `yarn pack` tarballs by exactly
# the steps the READMEs quote from docs/install/. Then its backend runs against the Superset simulator and
# Chromium checks the catalog, the Health tab and the API (e2e/adoption.e2e.ts). Screenshots:
# test-results/adoption/. Budget: 10 minutes on the 2-core CI machine.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
source scripts/env.sh
# Outside a project, corepack would look up "the latest Yarn" (and fail offline); the new app pins its own.
export COREPACK_DEFAULT_TO_LATEST=0
CREATE_APP_VERSION="${CREATE_APP_VERSION:-0.9.2}"
REGISTRY_PORT="${REGISTRY_PORT:-4873}"
PUBLISHED=(packages/superset-client plugins/dashboard-health-common plugins/dashboard-health
  plugins/dashboard-health-backend plugins/catalog-backend-module-superset plugins/search-backend-module-dashboard-health)

work="$(mktemp -d /tmp/dashboard-health-adoption.XXXXXX)"
mkdir -p test-results/adoption && rm -f test-results/adoption/*.png
log="$repo/test-results/adoption/adoption.log"
: >"$log"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${ADOPTION_KEEP:-}" ]; then echo "adoption: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
step() { echo "[adoption $((SECONDS))s] $*"; }

step "building and packing ${#PUBLISHED[@]} packages"
yarn tsc >>"$log" 2>&1
mkdir -p "$work/tgz"
for dir in "${PUBLISHED[@]}"; do
  (cd "$dir" && yarn build >>"$log" 2>&1 && yarn pack --out "$work/tgz/%s.tgz" >>"$log" 2>&1)
done

step "creating a new app with @backstage/create-app@$CREATE_APP_VERSION"
BACKSTAGE_APP_NAME=adoption npx -y "@backstage/create-app@$CREATE_APP_VERSION" --path "$work/app" --skip-install >>"$log" 2>&1
node scripts/adoption/align-release.js "$work/app"
# The packages are not on this machine's registry: a local one serves their tarballs under their own scope,
# and, like any release younger than the template's npmMinimalAgeGate (3 days), they are pre-approved.
bash scripts/wait-ports-free.sh "$REGISTRY_PORT"
setsid node scripts/adoption/local-registry.js "$work/tgz" "$REGISTRY_PORT" >>"$log" 2>&1 &
pids+=($!)
for _ in $(seq 1 30); do # until it answers
  curl -s -o /dev/null "http://127.0.0.1:$REGISTRY_PORT/" && break
  sleep 0.5
done
sed -i "s#^  - '@backstage/\*'\$#&\n  - '@dashboard-health/*'#" "$work/app/.yarnrc.yml"
cat >>"$work/app/.yarnrc.yml" <<YAML
npmScopes:
  dashboard-health:
    npmRegistryServer: http://127.0.0.1:$REGISTRY_PORT
unsafeHttpWhitelist:
  - 127.0.0.1
YAML

step "applying the README install steps (docs/install/)"
cd "$work/app"
bash "$repo/docs/install/backend-add.sh" >>"$log" 2>&1
bash "$repo/docs/install/app-add.sh" >>"$log" 2>&1
cp "$repo/docs/install/app-features.tsx" packages/app/src/App.tsx
node "$repo/scripts/adoption/add-backend-features.js" packages/backend/src/index.ts "$repo/docs/install/backend-index.ts"
cp "$repo/docs/install/app-config.yaml" app-config.local.yaml

step "building the app"
yarn tsc >>"$log" 2>&1 || { echo "adoption: the new app does not type-check"; tail -n 30 "$log"; exit 1; }
yarn workspace app build >>"$log" 2>&1

step "starting the Superset simulator and the new app's backend"
cd "$repo" # the simulator is this repo's workspace
bash "$repo/scripts/wait-ports-free.sh" 7007 8088 8089
setsid yarn workspace @internal/superset-simulator start --scenario scenarios/demo.yaml >>"$log" 2>&1 &
pids+=($!)
cd "$work/app"
SUPERSET_PROD_URL=http://127.0.0.1:8088 SUPERSET_PROD_USERNAME=svc_dashboard_validator SUPERSET_PROD_PASSWORD=simulator \
  setsid yarn workspace backend start >"$repo/test-results/adoption/backend.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  grep -q 'superset-provider:prod: synced' "$repo/test-results/adoption/backend.log" && break
  sleep 1
done
grep -q 'superset-provider:prod: synced' "$repo/test-results/adoption/backend.log" ||
  { echo "adoption: no Superset sync in the new app"; tail -n 40 "$repo/test-results/adoption/backend.log"; exit 1; }

step "checking in Chromium"
cd "$repo"
node --require @backstage/cli/config/nodeTransform.cjs e2e/adoption.e2e.ts
step "done"
