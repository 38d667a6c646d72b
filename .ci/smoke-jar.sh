#!/usr/bin/env bash
# Starts the packaged jar in an empty directory (as a user would on a fresh machine) and checks that it
# serves the seed data over GraphQL, GraphiQL, the workbench at / and the examples page. Prints the time to first
# answer.
# Security: the jar's editor password comes from NEWSGRAPH_EDITOR_PASSWORD; an anonymous mutation is refused and
# the editor's runs; then the GraphQL-over-HTTP audit (.ci/audit, npm graphql-http) must show 0 failures.
# Last, the jar given a database URL of the other kind stops at once with one plain line saying how to build it.
set -euo pipefail
jar=$(realpath "$1")
port=${SMOKE_PORT:-18080}
workdir=$(mktemp -d)
log="$workdir/app.log"
started=$(date +%s%N)
(cd "$workdir" && NEWSGRAPH_EDITOR_PASSWORD=editor \
  exec java -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$workdir"' EXIT

query='{"query":"{ actors(filter: {name: \"Aleksey Goncharenko\"}) { nodes { name } } }"}'
answer=""
for _ in $(seq 1 120); do
  answer=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$query" || true)
  [ -n "$answer" ] && break
  sleep 0.5
done
elapsed_ms=$(( ($(date +%s%N) - started) / 1000000 ))
if ! grep -q '"Oleksiy Goncharenko"' <<<"$answer"; then
  echo "FAIL: seed query answered: ${answer:-nothing}"; tail -50 "$log"; exit 1
fi
echo "first correct answer after ${elapsed_ms} ms"
curl -sf "http://127.0.0.1:$port/graphiql/" | grep -qi graphiql || { echo "FAIL: no GraphiQL at /graphiql/"; exit 1; }
curl -sf "http://127.0.0.1:$port/" | grep -q 'workbench/app.js' || { echo "FAIL: no workbench at /"; exit 1; }
curl -sf "http://127.0.0.1:$port/examples.html" | grep -q 'graphiql/?query=' \
  || { echo "FAIL: examples page missing"; exit 1; }
curl -sf -o /dev/null "http://127.0.0.1:$port/webjars/cytoscape/3.33.1/dist/cytoscape.esm.min.mjs" \
  || { echo "FAIL: the workbench's graph library (cytoscape webjar) is not served"; exit 1; }
curl -sf "http://127.0.0.1:$port/q/health/ready" | grep -q '"UP"' || { echo "FAIL: not ready"; exit 1; }

mutation='{"query":"mutation { createActor(input: {name: \"Smoke Test Actor\", kind: PERSON}) { actor { name } } }"}'
curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -d "$mutation" \
  | grep -q '"UNAUTHENTICATED"' || { echo "FAIL: anonymous mutation not refused"; exit 1; }
curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' -u editor:editor -d "$mutation" \
  | grep -q '"Smoke Test Actor"' || { echo "FAIL: the editor's mutation did not run"; exit 1; }
curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/graphql" -H 'Content-Type: text/plain' \
  -u editor:editor -d "$mutation" | grep -q 415 || { echo "FAIL: text/plain POST not refused"; exit 1; }
other_kind=$(cd "$workdir" && QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/none \
  java -jar "$jar" 2>&1 >/dev/null; echo "exit $?")
grep -q '^newsgraph: this jar was built for H2 .*-Ppostgresql' <<<"$other_kind" && grep -q '^exit 2$' <<<"$other_kind" \
  || { echo "FAIL: the H2 jar given a PostgreSQL URL said: $other_kind"; exit 1; }
echo "smoke: 10 passed, 0 failed"

echo "GraphQL-over-HTTP audit (graphql-http)"
node "$(dirname "$0")/audit/audit.mjs" "http://127.0.0.1:$port/graphql"
