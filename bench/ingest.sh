#!/usr/bin/env bash
# Ingestion benchmark: builds the jar (SKIP_BUILD=1 reuses target/), starts it on an empty H2 database in a
# temporary directory, ingests 1,000 generated articles through ingestArticles (batches, concurrent clients)
# and prints articles/s and extraction time per kB (from the extractor timer in /q/metrics).
# usage: bench/ingest.sh [articles=1000] [batch=20] [clients=4]; INGEST_BENCH_PORT (default 18190).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${INGEST_BENCH_PORT:-18190}
articles=${1:-1000}; batch=${2:-20}; clients=${3:-4}
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
jar=$(realpath target/quarkus-app/quarkus-run.jar)
workdir=$(mktemp -d)
(cd "$workdir" && NEWSGRAPH_EDITOR_USER=editor NEWSGRAPH_EDITOR_PASSWORD=editor NEWSGRAPH_SEED_ENABLED=false \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:h2:file:$workdir/bench;DB_CLOSE_ON_EXIT=FALSE" \
  exec java -Dquarkus.http.port="$port" -jar "$jar" >"$workdir/app.log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "FAIL: the application did not start"; tail -30 "$workdir/app.log"; exit 1; }
  sleep 0.5
done
node bench/ingest-driver.mjs "http://127.0.0.1:$port" "$articles" "$batch" "$clients"
