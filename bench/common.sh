# Shared by the benchmark scripts (sourced from the project root).

say() { printf '== %s\n' "$*"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
status_kb() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/status"; }
tick_ms=$((1000 / $(getconf CLK_TCK)))

# The JVM image's heap and GC options: its heap is 256 MB under the 512Mi limit of k8s/deployment.yaml, and its
# GC_CONTAINER_OPTIONS are read from docker/Dockerfile.jvm.
image_java_opts() {
  local gc
  gc=$(sed -n 's/^ENV GC_CONTAINER_OPTIONS="\([^"]*\)".*/\1/p' docker/Dockerfile.jvm)
  [ -n "$gc" ] || { echo "no GC_CONTAINER_OPTIONS in docker/Dockerfile.jvm" >&2; return 1; }
  echo "-Xmx256m $gc"
}
malloc_arenas=${BENCH_MALLOC_ARENA_MAX:-2} # glibc arenas of the jar's process, as docker/Dockerfile.jvm sets them

# start_jar JAR JDBC_URL PORT LOG: starts a Newsgraph (or any Quarkus) jar in the background from $work, with
# $java_opts and $malloc_arenas, seed data off, an editor, over the given PostgreSQL database; its pid in server_pid
start_jar() {
  # shellcheck disable=SC2086 # java_opts holds several options
  (cd "$work" && MALLOC_ARENA_MAX="$malloc_arenas" QUARKUS_DATASOURCE_JDBC_URL="$2" \
    QUARKUS_DATASOURCE_USERNAME=postgres NEWSGRAPH_SEED_ENABLED=false NEWSGRAPH_EDITOR_USER=editor \
    NEWSGRAPH_EDITOR_PASSWORD=editor QUARKUS_HTTP_PORT="$3" exec java $java_opts -jar "$1" >"$4" 2>&1) &
  server_pid=$!
}

# stop_server: stops the server started last, if it still runs
stop_server() {
  if [ -n "${server_pid:-}" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=""
}
