#!/usr/bin/env bash
# Backend smoke test: starts the bundled Superset simulator and the real backend the README way (with an extra
# --config), signs in as guest, calls the plan preview, waits for the demo dashboards to reach the catalog and
# validates one end to end. Catches what unit tests cannot: config schemas, wiring, migrations at startup.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results
bash scripts/wait-ports-free.sh 7007 8088 8089
log=test-results/backend-smoke.log
simlog=test-results/simulator-smoke.log
setsid yarn workspace @internal/superset-simulator start --scenario scenarios/demo.yaml >"$simlog" 2>&1 &
sim=$!
setsid yarn workspace backend start --config ../../app-config.yaml --config ../../scripts/smoke.app-config.yaml >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid -$sim 2>/dev/null; wait $pid $sim 2>/dev/null' EXIT

base=http://localhost:7007
status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/dashboard-health/plan/preview" || true)
  # 404/503 while plugins are still initialising; the route answers 401 once it is mounted.
  [ "$status" != 000 ] && [ "$status" != 404 ] && [ "$status" != 503 ] && break
  kill -0 $pid 2>/dev/null || break
  sleep 1
done
fail() { echo "smoke: $*"; tail -n 40 "$log"; exit 1; }
[ "$status" = 401 ] || fail "expected 401 without a credential, got $status"

token=$(curl -s "$base/api/auth/guest/refresh?env=development" -H 'X-Requested-With: XMLHttpRequest' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))') ||
  fail "guest sign-in failed"
body='{"window":{"start":"01:00","end":"05:00","timezone":"Europe/Berlin"},"entityRefs":["resource:default/a","resource:default/b","resource:default/c"],"date":"2026-03-29"}'
answer=$(curl -s -w '\n%{http_code}' -X POST "$base/api/dashboard-health/plan/preview" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body")
[ "$(tail -n1 <<<"$answer")" = 200 ] || fail "preview answered $answer"
head -n -1 <<<"$answer" | node -e '
  let s = ""; process.stdin.on("data", d => (s += d)).on("end", () => {
    const plan = JSON.parse(s);
    const ok = plan.windowEnd === "2026-03-29T03:00:00.000Z" && plan.spacingSeconds === 3600 && plan.slots.length === 3;
    process.exit(ok ? 0 : 1);
  });' || fail "unexpected plan: $answer"
bad=$(curl -s -w '\n%{http_code}' -X POST "$base/api/dashboard-health/plan/preview" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{"window":{"start":"01:00","end":"05:00","timezone":"Mars/Base"},"entityRefs":["resource:default/a"]}')
[ "$(tail -n1 <<<"$bad")" = 400 ] || fail "bad input answered $bad"
grep -q 'window.timezone' <<<"$bad" || fail "400 does not name the field: $bad"
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const v=JSON.parse(s);console.log($1)})"; }
get() { curl -s "$base$1" -H "Authorization: Bearer $token"; }

# The catalog module syncs both demo instances (24 + 10 dashboards) shortly after startup.
count=0
for _ in $(seq 1 90); do
  count=$(get '/api/catalog/entities/by-query?filter=kind=resource,spec.type=dashboard&limit=1' | json 'v.totalItems' || echo 0)
  [ "$count" -ge 34 ] 2>/dev/null && break
  sleep 1
done
[ "$count" -ge 34 ] || fail "expected the 34 demo dashboards in the catalog, found $count"
annotations=$(get '/api/catalog/entities/by-name/resource/default/prod-dashboard-2' | json 'JSON.stringify(v.metadata.annotations)')
grep -q '"superset.apache.org/instance":"prod"' <<<"$annotations" && grep -q '"superset.apache.org/dashboard-id":"2"' <<<"$annotations" ||
  fail "prod-dashboard-2 lacks its Superset annotations: $annotations"

# A manual run of "Web Traffic" validates it against the simulator: its bounce_flag chart fails.
run=$(curl -s -w '\n%{http_code}' -X POST "$base/api/dashboard-health/runs" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"entityRef":"resource:default/prod-dashboard-2"}')
[ "$(tail -n1 <<<"$run")" = 202 ] || fail "manual run answered $run"
status=null
for _ in $(seq 1 60); do
  status=$(get '/api/dashboard-health/health?entityRef=resource:default/prod-dashboard-2' | json 'v.latestRecord && v.latestRecord.status')
  [ "$status" != null ] && break
  sleep 1
done
[ "$status" = fail ] || fail "expected a fail record for prod-dashboard-2, got $status"
get '/api/dashboard-health/health?entityRef=resource:default/prod-dashboard-2' | grep -q 'bounce_flag' ||
  fail "the record does not name the bounce_flag error"
echo "smoke: backend up, 401 without credential, DST plan ok, 400 names window.timezone, $count dashboards synced, manual run recorded fail (bounce_flag)"
