#!/usr/bin/env bash
# Real-process restart test: starts the simulator (slowed down, so validations take seconds) and the backend on
# a SQLite file, creates a policy whose window opens within a minute, kill -9s the backend mid-window, starts it
# again on the same file and checks the run table after the window: every slot ran exactly once (interrupted
# runs were retried), nothing is planned or running any more, and there is one record per dashboard.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results
export RESTART_TEST_DB_DIR
RESTART_TEST_DB_DIR=$(mktemp -d)
log=test-results/restart-test.log
: >"$log"
base=http://localhost:7007

bash scripts/wait-ports-free.sh 8088 8089
setsid yarn workspace @internal/superset-simulator start --scenario scenarios/demo.yaml --latency 400 \
  >test-results/restart-test-simulator.log 2>&1 &
sim=$!
backend=
start_backend() {
  bash scripts/wait-ports-free.sh 7007
  setsid yarn workspace backend start --config ../../app-config.yaml --config ../../scripts/restart-test.app-config.yaml \
    >>"$log" 2>&1 &
  backend=$!
  for _ in $(seq 1 120); do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/dashboard-health/policies" || true)
    [ "$status" = 401 ] && return 0
    sleep 1
  done
  return 1
}
cleanup() {
  kill -- -"$sim" 2>/dev/null
  [ -n "$backend" ] && kill -- -"$backend" 2>/dev/null
  rm -rf "$RESTART_TEST_DB_DIR"
}
trap cleanup EXIT
fail() { echo "restart-test: $*"; tail -n 30 "$log"; exit 1; }
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }

start_backend || fail "backend did not start"
token=$(curl -s "$base/api/auth/guest/refresh?env=development" -H 'X-Requested-With: XMLHttpRequest' | json 'v.backstageIdentity.token')
api() { curl -s "$base/api/dashboard-health$1" -H "Authorization: Bearer $token" "${@:2}"; }
for _ in $(seq 1 60); do
  count=$(curl -s "$base/api/catalog/entities/by-query?filter=kind=resource,metadata.annotations.superset.apache.org/instance=prod&limit=1" \
    -H "Authorization: Bearer $token" | json 'v.totalItems')
  [ "$count" -ge 24 ] 2>/dev/null && break
  sleep 1
done
[ "$count" -ge 24 ] || fail "the demo dashboards did not reach the catalog ($count)"

# A 2-minute UTC window starting at the next full minute (at least 20 s ahead), 12 dashboards: one every 10 s.
read -r start end date < <(node -e '
  const t = new Date(Date.now() + 80_000); t.setUTCSeconds(0, 0);
  const e = new Date(t.getTime() + 120_000);
  const hm = d => d.toISOString().slice(11, 16);
  console.log(hm(t), hm(e), t.toISOString().slice(0, 10));')
refs=$(node -e 'console.log(JSON.stringify(Array.from({length: 12}, (_, i) => `resource:default/prod-dashboard-${i + 1}`)))')
policy=$(api /policies -X POST -H 'Content-Type: application/json' \
  -d "{\"name\":\"Restart test\",\"environment\":\"prod\",\"entityRefs\":$refs,\"window\":{\"start\":\"$start\",\"end\":\"$end\",\"timezone\":\"UTC\"}}")
policy_id=$(json 'v.id' <<<"$policy")
[ -n "$policy_id" ] && [ "$policy_id" != undefined ] || fail "policy not created: $policy"
echo "restart-test: policy $policy_id, window $start–$end UTC on $date"

# Kill -9 once some runs have finished and at least one is running.
killed=no
for _ in $(seq 1 240); do
  plan=$(api "/policies/$policy_id/plan?date=$date")
  done_count=$(json 'v.slots.filter(s => !["planned","running"].includes(s.status)).length' <<<"$plan")
  running=$(json 'v.slots.filter(s => s.status === "running").length' <<<"$plan")
  if [ "$done_count" -ge 3 ] && [ "$running" -ge 1 ]; then
    kill -9 -- -"$backend"
    killed=yes
    echo "restart-test: kill -9 with $done_count done and $running running"
    break
  fi
  sleep 0.5
done
[ "$killed" = yes ] || fail "never saw a run in progress to interrupt"
sleep 2
start_backend || fail "backend did not start again"

# Wait for the window to end and everything to settle.
for _ in $(seq 1 300); do
  plan=$(api "/policies/$policy_id/plan?date=$date")
  open=$(json 'v.slots.filter(s => ["planned","running"].includes(s.status)).length' <<<"$plan")
  [ "$open" = 0 ] && break
  sleep 1
done
summary=$(node -e '
  const plan = JSON.parse(process.argv[1]);
  const refs = plan.slots.map(s => s.entityRef);
  const statuses = {};
  for (const s of plan.slots) statuses[s.status] = (statuses[s.status] || 0) + 1;
  console.log(JSON.stringify({ slots: plan.slots.length, distinct: new Set(refs).size, statuses }));' "$plan")
echo "restart-test: $summary"
node -e '
  const s = JSON.parse(process.argv[1]);
  const finished = (s.statuses.succeeded || 0) + (s.statuses.failed || 0) + (s.statuses.error || 0);
  process.exit(s.slots === 12 && s.distinct === 12 && finished === 12 ? 0 : 1);' "$summary" ||
  fail "expected 12 slots, each run to its end once: $summary"

# Exactly one record per dashboard, and every run carries its attempt count (an interrupted run shows 2).
runs=$(api "/runs?policyId=$policy_id&limit=100")
attempts=$(json "v.items.filter(r => r.status !== 'planned').map(r => r.attempt).sort().join(',')" <<<"$runs")
for i in $(seq 1 12); do
  n=$(api "/records?entityRef=resource:default/prod-dashboard-$i" | json 'v.items.length')
  [ "$n" = 1 ] || fail "prod-dashboard-$i has $n records"
done
echo "restart-test: ok — 12 slots, 12 runs to completion, 1 record each, attempts $attempts"
