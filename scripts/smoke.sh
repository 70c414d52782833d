#!/usr/bin/env bash
# Backend smoke test: starts the real backend the README way (with an extra --config), signs in as guest and
# calls the plan preview route. Catches what unit tests cannot: config schemas, wiring, migrations at startup.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
mkdir -p test-results
log=test-results/backend-smoke.log
setsid yarn workspace backend start --config ../../app-config.yaml --config ../../scripts/smoke.app-config.yaml >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null; wait $pid 2>/dev/null' EXIT

base=http://localhost:7007
status=000
for _ in $(seq 1 120); do
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$base/api/dashboard-health/plan/preview" || true)
  [ "$status" != 000 ] && break
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
echo "smoke: backend up, 401 without credential, DST plan ok, 400 names window.timezone"
