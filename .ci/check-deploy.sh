#!/usr/bin/env bash
# Offline checks of the deployment (docker/, k8s/, the prod profile). No Docker engine, GraalVM or cluster:
#  1. tools: npm packages of .ci/deploy-tools (dockerfile-utils, dockerfilelint, the k8s models), yamllint, kubectl
#  2. Dockerfiles lint clean (dockerfile-utils lint, dockerfilelint)
#  3. one build: the PostgreSQL jar (target/quarkus-app) and the native-image sources (target/native-sources)
#  4. every path the Dockerfiles copy is produced by that build and passes .dockerignore
#  5. native readiness: reflection and resources registered, builder image matches (native-check.py)
#  6. k8s/: strict schema check (k8sstrict.mjs), kubectl kustomize, yamllint --strict
#  7. ports, probe paths, env vars and timings of k8s/ and docker/ agree with application.properties
#  8. the packaged prod build against PostgreSQL through a fault proxy (.ci/check-prod.sh)
# Idempotent; installs what it lacks. SKIP_BUILD=1 reuses target/ from an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."
tools=.ci/deploy-tools
bin=$tools/node_modules/.bin
started=$SECONDS
steps_ok=0
step() { echo; echo "== $* ($((SECONDS - started))s)"; }
done_step() { steps_ok=$((steps_ok + 1)); }

step "tools"
if [ ! -f "$tools/node_modules/.stamp" ] || [ "$tools/package-lock.json" -nt "$tools/node_modules/.stamp" ]; then
  npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error
  touch "$tools/node_modules/.stamp"
fi
apt_install() {
  apt-get install -y -qq "$@" >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq "$@" >/dev/null; }
}
command -v yamllint >/dev/null || apt_install yamllint
# kubectl with its built-in kustomize: whatever the machine has, else Debian's kubernetes-client.
kubectl kustomize --help >/dev/null 2>&1 || apt_install kubernetes-client
echo "yamllint $(yamllint --version | awk '{print $2}'), $(kubectl version --client 2>/dev/null | head -1)"
done_step

step "Dockerfile lint"
# The linters must still catch a broken Dockerfile, or a clean result means nothing.
bad=$(mktemp); trap 'rm -f "$bad"' EXIT
printf 'FROM alpine\nEXPOSE 80/xyz\nUSER\n' >"$bad"
if "$bin/dockerfile-utils" lint "$bad" >/dev/null || "$bin/dockerfilelint" "$bad" >/dev/null; then
  echo "FAIL: a linter accepted a broken Dockerfile"; exit 1
fi
for f in docker/Dockerfile.jvm docker/Dockerfile.native; do
  # dockerfile-utils prints warnings too and exits 0 on them: any output fails the check.
  out=$("$bin/dockerfile-utils" lint "$f") || true
  [ -z "$out" ] || { echo "FAIL dockerfile-utils lint $f:"; echo "$out"; exit 1; }
  "$bin/dockerfilelint" "$f" >/dev/null || { "$bin/dockerfilelint" "$f"; exit 1; }
  echo "ok   $f (dockerfile-utils lint, dockerfilelint)"
done
done_step

step "build: PostgreSQL jar + native-image sources"
if [ "${SKIP_BUILD:-}" = 1 ] && [ -d target/quarkus-app ] && [ -d target/native-sources ]; then
  echo "SKIP_BUILD=1: reusing target/"
else
  rm -rf target/quarkus-app target/native-sources
  ./mvnw -B -q package -Dmaven.test.skip=true -Dnative -Dquarkus.native.sources-only=true -Dquarkus.package.jar.enabled=true
fi
done_step

step "COPY sources produced by the build"
python3 "$tools/copy-check.py" . docker/Dockerfile.jvm docker/Dockerfile.native
done_step

step "native executable readiness"
python3 "$tools/native-check.py" .
done_step

step "k8s manifests"
rendered=$(mktemp); trap 'rm -f "$bad" "$rendered"' EXIT
broken=$(mktemp --suffix=.yaml); trap 'rm -f "$bad" "$rendered" "$broken"' EXIT
printf 'apiVersion: v1\nkind: Service\nmetadata: {name: x}\nspec: {prots: [{port: 80}]}\n' >"$broken"
if node "$tools/k8sstrict.mjs" "$broken" >/dev/null; then echo "FAIL: k8sstrict accepted a misspelled field"; exit 1; fi
kubectl kustomize k8s >"$rendered"
node "$tools/k8sstrict.mjs" k8s/*.yaml | grep -v '^SKIP .*kustomization.yaml' | tail -1
node "$tools/k8sstrict.mjs" "$rendered" | tail -1
yamllint --strict -c k8s/.yamllint.yaml k8s/ && echo "yamllint --strict k8s/: clean"
done_step

step "manifests and Dockerfiles agree with application.properties"
node "$tools/consistency.mjs" src/main/resources/application.properties "$rendered" docker/Dockerfile.jvm docker/Dockerfile.native \
  | grep -v '^ok' || true
node "$tools/consistency.mjs" src/main/resources/application.properties "$rendered" docker/Dockerfile.jvm docker/Dockerfile.native >/dev/null
done_step

step "prod profile on PostgreSQL: env config, JSON logs, metrics, readiness under faults, shutdown"
bash .ci/check-prod.sh target/quarkus-app/quarkus-run.jar
done_step

echo
echo "check-deploy: $steps_ok passed, 0 failed in $((SECONDS - started))s"
