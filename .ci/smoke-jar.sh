#!/usr/bin/env bash
# Starts the packaged jar in an empty directory (as a user would on a fresh machine) and checks that it
# serves the seed data over GraphQL, GraphiQL and the landing page. Prints the time to first answer.
set -euo pipefail
jar=$(realpath "$1")
port=${SMOKE_PORT:-18080}
workdir=$(mktemp -d)
log="$workdir/app.log"
started=$(date +%s%N)
(cd "$workdir" && exec java -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1) &
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
curl -sf "http://127.0.0.1:$port/" | grep -q 'graphiql/?query=' || { echo "FAIL: landing page missing"; exit 1; }
curl -sf "http://127.0.0.1:$port/q/health/ready" | grep -q '"UP"' || { echo "FAIL: not ready"; exit 1; }
echo "smoke: 4 passed, 0 failed"
