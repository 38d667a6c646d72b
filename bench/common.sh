# Shared by the benchmark scripts (sourced from the project root).

say() { printf '== %s\n' "$*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
status_kb() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/status"; }
tick_ms=$((1000 / $(getconf CLK_TCK)))

# The JVM the jar runs on: JDK 25 as in the JVM image (BENCH_JAVA_HOME, default the Temurin 25 of these machines);
# without it the PATH's java, and no AOT cache (it needs JDK 24 or later).
bench_java_home=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
if [ -x "$bench_java_home/bin/java" ]; then bench_java="$bench_java_home/bin/java"; else bench_java=java; fi
aot_cache() { "$bench_java" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q ' AOTCache '; }

# The JVM image's heap and GC options: its heap is 256 MB under the 512Mi limit of k8s/deployment.yaml, its
# GC_CONTAINER_OPTIONS and the -XX options of its JAVA_OPTS_APPEND (compact object headers, native heap trimming)
# are read from docker/Dockerfile.jvm; the latter only when the bench's JVM is a JDK 25 like the image's.
image_java_opts() {
  local gc xx=""
  gc=$(sed -n 's/^ENV GC_CONTAINER_OPTIONS="\([^"]*\)".*/\1/p' docker/Dockerfile.jvm)
  [ -n "$gc" ] || { echo "no GC_CONTAINER_OPTIONS in docker/Dockerfile.jvm" >&2; return 1; }
  if aot_cache; then
    xx=$(sed -n 's/^ENV JAVA_OPTS_APPEND="\([^"]*\)".*/\1/p' docker/Dockerfile.jvm | tr ' ' '\n' | grep -- '^-XX:' \
      | tr '\n' ' ')
  fi
  echo "-Xmx256m $gc${xx:+ ${xx% }}"
}
malloc_arenas=${BENCH_MALLOC_ARENA_MAX:-2} # glibc arenas of the jar's process, as docker/Dockerfile.jvm sets them

# start_jar JAR JDBC_URL PORT LOG [JVM options]: starts a Newsgraph (or any Quarkus) jar in the background from
# $work on $bench_java, with $java_opts, the given options and $malloc_arenas, seed data off, an editor, over the
# given PostgreSQL database; its pid in server_pid
start_jar() {
  local jar=$1 url=$2 port=$3 log=$4
  shift 4
  # shellcheck disable=SC2086 # java_opts holds several options
  (cd "$work" && MALLOC_ARENA_MAX="$malloc_arenas" QUARKUS_DATASOURCE_JDBC_URL="$url" \
    QUARKUS_DATASOURCE_USERNAME=postgres NEWSGRAPH_SEED_ENABLED=false NEWSGRAPH_EDITOR_USER=editor \
    NEWSGRAPH_EDITOR_PASSWORD=editor QUARKUS_HTTP_PORT="$port" exec "$bench_java" $java_opts "$@" -jar "$jar" \
    >"$log" 2>&1) &
  server_pid=$!
}

# stop_server: stops the server started last, if it still runs
stop_server() {
  if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
