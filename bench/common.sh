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
