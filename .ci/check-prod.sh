#!/usr/bin/env bash
# Runs the packaged PostgreSQL build in the prod profile, as the containers do, and checks what k8s/ relies on:
#  - URL and credentials come from the environment (QUARKUS_DATASOURCE_*), through a fault proxy
#  - logs are JSON lines; /q/metrics has a timer per GraphQL operation
#  - /q/health/ready goes DOWN when PostgreSQL is black-holed or refuses connections, and UP again by itself,
#    while /q/health/live stays UP (so Kubernetes stops traffic but does not restart the pod)
#  - SIGTERM: readiness DOWN during the shutdown delay while requests are still answered, then an orderly stop
# usage: .ci/check-prod.sh [target/quarkus-app/quarkus-run.jar]   (built with -Ppostgresql or -Dnative)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(realpath "${1:-target/quarkus-app/quarkus-run.jar}")
tools=.ci/deploy-tools
pg_host=${PGHOST_CHECK:-127.0.0.1}
pg_port=${PGPORT_CHECK:-5432}
db=${DEPLOY_CHECK_DB:-newsgraph_deploy_check}
role=newsgraph_deploy_check
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
proxy_port=$(free_port); control_port=$(free_port); app_port=$(free_port)
work=$(mktemp -d)
passed=0; failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
app_pid=""; proxy_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A fresh database and a role of its own, so that "credentials from the environment" is observable.
psql -q -h "$pg_host" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 <<SQL >/dev/null
select pg_terminate_backend(pid) from pg_stat_activity where datname = '$db';
set client_min_messages = warning;
drop database if exists $db;
do \$\$ begin if not exists (select from pg_roles where rolname = '$role') then create role $role login; end if; end \$\$;
create database $db owner $role;
SQL

node "$tools/faultproxy.mjs" "$proxy_port" "$pg_host:$pg_port" "$control_port" >"$work/proxy.log" 2>&1 &
proxy_pid=$!
control() { curl -sf "http://127.0.0.1:$control_port/$1" >/dev/null; }
health() { curl -s -m 10 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$app_port/q/health/$1" || true; }
# wait_for CHECK CODE SECONDS: polls a health endpoint until it answers CODE; prints the seconds it took.
wait_for() {
  local start=$SECONDS
  while [ $((SECONDS - start)) -lt "$3" ]; do
    [ "$(health "$1")" = "$2" ] && { echo $((SECONDS - start)); return 0; }
    sleep 0.5
  done
  return 1
}
for _ in $(seq 1 20); do control state && break; sleep 0.2; done

# Only environment variables say where the database is and who to log in as (trust auth: any password).
(cd "$work" && exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$proxy_port/$db" \
  QUARKUS_DATASOURCE_USERNAME="$role" QUARKUS_DATASOURCE_PASSWORD=unused QUARKUS_HTTP_PORT="$app_port" \
  java -jar "$jar" >"$work/app.log" 2>&1) &
app_pid=$!

if t=$(wait_for ready 200 90); then pass "ready after ${t}s"; else fail "never ready"; tail -30 "$work/app.log"; exit 1; fi
[ "$(health started)" = 200 ] && pass "started UP" || fail "started not UP"
[ "$(health live)" = 200 ] && pass "live UP" || fail "live not UP"

articles=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d "$db" -tAc 'select count(*) from article')
[ "$articles" = 2 ] && pass "env URL: seed stored in $db" || fail "env URL: $db has $articles articles"
user_seen=$(psql -h "$pg_host" -p "$pg_port" -U postgres -tAc \
  "select count(*) from pg_stat_activity where datname = '$db' and usename = '$role'")
[ "$user_seen" -gt 0 ] && pass "env username: connected as $role" || fail "env username: no session as $role"
grep -q '"open":[1-9]' <(curl -sf "http://127.0.0.1:$control_port/state") \
  && pass "connections go through the proxy named by the env URL" || fail "no connection through the proxy"

query='{"query":"query DeployCheck { articles(first: 1) { totalCount } }","operationName":"DeployCheck"}'
curl -sf "http://127.0.0.1:$app_port/graphql" -H 'Content-Type: application/json' -d "$query" \
  | grep -q '"totalCount":2' && pass "query answered" || fail "query not answered"
metrics=$(curl -sf "http://127.0.0.1:$app_port/q/metrics")
if grep -E '^mp_graphql_seconds_count\{[^}]*name="articles"[^}]*type="QUERY"' <<<"$metrics" >/dev/null; then
  pass "GraphQL timing in /q/metrics: $(grep -E '^mp_graphql_seconds_count\{[^}]*name="articles"' <<<"$metrics" | head -1)"
else
  fail "no mp_graphql_seconds_count for articles in /q/metrics"; grep -i graphql <<<"$metrics" | head -5 || true
fi

if node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(l => l.trim());
  const bad = lines.filter(l => { try { const o = JSON.parse(l); return !(o.level && o.message !== undefined); } catch { return true; } });
  if (!lines.length || bad.length) { console.error(bad.slice(0, 3).join("\n")); process.exit(1); }
  console.log(lines.length);' "$work/app.log" >"$work/json.out" 2>&1; then
  pass "all $(cat "$work/json.out") log lines are JSON with level and message"
else
  fail "log lines that are not JSON: $(cat "$work/json.out")"
fi

# Database faults: readiness follows the database, liveness does not, and nothing needs a restart.
for fault in blackhole refuse; do
  control "$fault"; [ "$fault" = refuse ] && control reset
  if t=$(wait_for ready 503 40); then pass "$fault: ready DOWN after ${t}s"; else fail "$fault: ready never DOWN"; fi
  [ "$(health live)" = 200 ] && pass "$fault: live still UP" || fail "$fault: live not UP"
  control pass
  if t=$(wait_for ready 200 60); then pass "$fault lifted: ready UP again after ${t}s"; else fail "$fault lifted: ready never UP"; fi
done
curl -sf "http://127.0.0.1:$app_port/graphql" -H 'Content-Type: application/json' -d "$query" \
  | grep -q '"totalCount":2' && pass "query answered after the faults" || fail "no answer after the faults"

# Graceful shutdown: DOWN for quarkus.shutdown.delay while still serving, then an orderly stop.
kill -TERM "$app_pid"
if t=$(wait_for ready 503 5); then pass "SIGTERM: ready DOWN after ${t}s"; else fail "SIGTERM: ready not DOWN"; fi
curl -sf -m 5 "http://127.0.0.1:$app_port/graphql" -H 'Content-Type: application/json' -d "$query" \
  | grep -q '"totalCount":2' && pass "SIGTERM: requests still answered during the delay" || fail "SIGTERM: request refused during the delay"
# The JVM reports a SIGTERM exit as 143 (128 + 15) even after an orderly shutdown; the log tells which it was.
start=$SECONDS; rc=0; wait "$app_pid" || rc=$?; app_pid=""
if [ "$rc" = 143 ] || [ "$rc" = 0 ] && grep -q 'newsgraph stopped in' "$work/app.log"; then
  pass "SIGTERM: orderly stop after $((SECONDS - start))s"
else
  fail "SIGTERM: exit code $rc, no orderly stop logged"
fi

[ "$failed" = 0 ] || { echo "--- app log (last 20 lines)"; tail -20 "$work/app.log"; }
echo "prod-check: $passed passed, $failed failed"
[ "$failed" = 0 ]
