#!/usr/bin/env bash
# How fast the stack itself starts on this machine, beside Newsgraph (docs/performance.md "Benchmarks", docs/benchmarks.md).
#
# Builds three throwaway Quarkus applications with the project's Quarkus platform and Maven Wrapper, none holding
# any Newsgraph code, and starts each, and Newsgraph's PostgreSQL jar, FLOOR_RUNS times in turn, measuring the time
# from process start to the first correct answer, the CPU used by then and the resident memory at that moment:
#   http        quarkus-smallrye-health alone; answer: GET /q/health/live
#   orm         + Hibernate ORM with Panache and the PostgreSQL driver, one entity; answer: GET /q/health/ready
#               (it opens a database connection)
#   extensions  every runtime extension Newsgraph uses, one entity, one Flyway migration and one GraphQL query;
#               answer: that query, reading the migration's row through Hibernate
#   newsgraph   target/quarkus-app (built with -Ppostgresql unless FLOOR_SKIP_BUILD=1); answer: one article page
# Each server starts once unmeasured first (it migrates its database, and the jars enter the page cache). Every
# start uses the benchmark's JVM options and malloc arenas (bench/common.sh), as the JVM image does.
#
# Settings (environment): FLOOR_RUNS (5), FLOOR_PG (127.0.0.1:5432: a PostgreSQL server where the user postgres
# may create databases without a password; floor_extensions and floor_newsgraph are created and dropped),
# FLOOR_PORT (55082), FLOOR_SKIP_BUILD=1 (reuse target/quarkus-app), BENCH_JAVA_OPTS, BENCH_MALLOC_ARENA_MAX.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# shellcheck source=bench/common.sh
. bench/common.sh

runs=${FLOOR_RUNS:-5}
pg=${FLOOR_PG:-127.0.0.1:5432}
port=${FLOOR_PORT:-55082}
java_opts=${BENCH_JAVA_OPTS:-$(image_java_opts)}
quarkus_version=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
servers=(http orm extensions newsgraph)
databases=(floor_extensions floor_newsgraph)
work=$(mktemp -d /tmp/newsgraph-floor.XXXXXX)
server_pid=""

psql_admin() {
  PGOPTIONS="-c client_min_messages=warning" psql -h "${pg%:*}" -p "${pg#*:}" -U postgres -d postgres -qAtX \
    -v ON_ERROR_STOP=1 "$@"
}
cleanup() {
  stop_server
  for db in "${databases[@]}"; do psql_admin -c "drop database if exists $db" >/dev/null 2>&1 || true; done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# app NAME ARTIFACT...: a Quarkus application in $work/NAME depending on the given io.quarkus (or, with a colon,
# group:artifact) artifacts; its sources and application.properties are written by the caller
app() {
  local dir="$work/$1" dependency group artifact
  shift
  mkdir -p "$dir/src/main/java/floor" "$dir/src/main/resources/db/migration"
  cp -r "$root/mvnw" "$root/.mvn" "$dir/"
  {
    echo '<?xml version="1.0" encoding="UTF-8"?>'
    echo '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>'
    echo "<groupId>floor</groupId><artifactId>$(basename "$dir")</artifactId><version>1</version>"
    echo '<properties><maven.compiler.release>17</maven.compiler.release>'
    echo '<project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>'
    echo '<dependencyManagement><dependencies><dependency><groupId>io.quarkus.platform</groupId>'
    echo "<artifactId>quarkus-bom</artifactId><version>$quarkus_version</version><type>pom</type><scope>import</scope>"
    echo '</dependency></dependencies></dependencyManagement><dependencies>'
    for dependency in "$@"; do
      group=io.quarkus; artifact=$dependency
      [[ $dependency == *:* ]] && { group=${dependency%%:*}; artifact=${dependency#*:}; }
      echo "<dependency><groupId>$group</groupId><artifactId>$artifact</artifactId></dependency>"
    done
    echo '</dependencies><build><plugins><plugin><groupId>io.quarkus.platform</groupId>'
    echo "<artifactId>quarkus-maven-plugin</artifactId><version>$quarkus_version</version><extensions>true</extensions>"
    echo '<executions><execution><goals><goal>build</goal></goals></execution></executions></plugin></plugins></build>'
    echo '</project>'
  } >"$dir/pom.xml"
  echo "quarkus.devservices.enabled=false" >"$dir/src/main/resources/application.properties"
}

entity() {
  cat >"$work/$1/src/main/java/floor/Thing.java" <<'JAVA'
package floor;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

@Entity
public class Thing extends PanacheEntity {
    public String name;
}
JAVA
  cat >>"$work/$1/src/main/resources/application.properties" <<'PROPERTIES'
quarkus.datasource.db-kind=postgresql
quarkus.datasource.username=postgres
quarkus.hibernate-orm.schema-management.strategy=none
PROPERTIES
}

say "three Quarkus $quarkus_version applications without Newsgraph code (in $work)"
app http quarkus-smallrye-health
app orm quarkus-smallrye-health quarkus-hibernate-orm-panache quarkus-jdbc-postgresql
entity orm
# the runtime extensions of pom.xml (quarkus-kubernetes only writes manifests at build time)
app extensions quarkus-smallrye-graphql quarkus-hibernate-orm-panache quarkus-jdbc-h2 quarkus-jdbc-postgresql \
  quarkus-flyway org.flywaydb:flyway-database-postgresql quarkus-hibernate-validator quarkus-smallrye-health \
  quarkus-micrometer-registry-prometheus quarkus-jackson
entity extensions
echo "quarkus.flyway.migrate-at-start=true" >>"$work/extensions/src/main/resources/application.properties"
cat >"$work/extensions/src/main/resources/db/migration/V1__thing.sql" <<'SQL'
create sequence thing_seq start with 1 increment by 50;
create table thing (id bigint primary key, name varchar(255) not null);
insert into thing (id, name) values (1, 'one');
SQL
cat >"$work/extensions/src/main/java/floor/ThingApi.java" <<'JAVA'
package floor;

import jakarta.validation.constraints.Positive;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class ThingApi {

    @Query
    public List<Thing> things(@Positive int first) {
        return Thing.findAll().page(0, first).list();
    }
}
JAVA
for name in http orm extensions; do
  (cd "$work/$name" && ./mvnw -B -q package -DskipTests) || { echo "FAIL: building $name"; exit 1; }
done
if [ "${FLOOR_SKIP_BUILD:-0}" != 1 ]; then
  say "packaging the PostgreSQL jar (./mvnw -B -q package -Ppostgresql -DskipTests)"
  ./mvnw -B -q package -Ppostgresql -DskipTests
fi
for db in "${databases[@]}"; do psql_admin -c "drop database if exists $db" -c "create database $db"; done

declare -A jar=([newsgraph]="$root/target/quarkus-app/quarkus-run.jar")
for name in http orm extensions; do jar[$name]="$work/$name/target/quarkus-app/quarkus-run.jar"; done
declare -A database=([http]=postgres [orm]=postgres [extensions]=floor_extensions [newsgraph]=floor_newsgraph)
declare -A request=([http]="/q/health/live" [orm]="/q/health/ready"
  [extensions]='/graphql {"query":"{ things(first: 1) { id name } }"}'
  [newsgraph]='/graphql {"query":"{ articles(first: 1) { nodes { id } } }"}')
declare -A correct=([http]='.status == "UP"' [orm]='.status == "UP"' [extensions]='.data.things[0].name == "one"'
  [newsgraph]='.data.articles.nodes | type == "array"')

# answered NAME: true once the server gives its correct answer
answered() {
  local path=${request[$1]%% *} body=${request[$1]#* } answer
  if [ "$body" = "${request[$1]}" ]; then
    answer=$(curl -s -m 2 "http://127.0.0.1:$port$path" || true)
  else
    answer=$(curl -s -m 2 "http://127.0.0.1:$port$path" -H 'Content-Type: application/json' -d "$body" || true)
  fi
  [ -n "$answer" ] && jq -e "${correct[$1]}" >/dev/null 2>&1 <<<"$answer"
}

# start NAME: starts the server, waits for its correct answer, prints "NAME ms cpu-ms rss-MB" at that moment, stops it
start() {
  local name=$1 started
  started=$(now_ms)
  start_jar "${jar[$name]}" "jdbc:postgresql://$pg/${database[$name]}" "$port" "$work/$name.log"
  until answered "$name"; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ $(($(now_ms) - started)) -gt 60000 ]; then
      echo "FAIL: $name gave no correct answer within 60 s" >&2; tail -20 "$work/$name.log" >&2; exit 1
    fi
    sleep 0.02
  done
  echo "$name $(($(now_ms) - started)) $(($(cpu_ticks "$server_pid") * tick_ms))" \
    "$(($(status_kb "$server_pid" VmRSS) / 1024))"
  stop_server
}

say "one unmeasured start each, then $runs rounds of starts in turn (java $java_opts)"
for name in "${servers[@]}"; do start "$name" >/dev/null; done
for round in $(seq 1 "$runs"); do
  for name in "${servers[@]}"; do start "$name" >>"$work/starts"; done
  echo "   round $round: $(tail -n ${#servers[@]} "$work/starts" | awk '{printf "%s %s ms  ", $1, $2}')"
done

echo
echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores" \
  "($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), Quarkus $quarkus_version,"
echo "$(java -version 2>&1 | head -1), MALLOC_ARENA_MAX=$malloc_arenas java $java_opts; medians of $runs starts."
echo
echo "| server | first correct answer (ms) | range (ms) | CPU by then (ms) | RSS then (MB) |"
echo "|---|---:|---:|---:|---:|"
# column NAME N: the Nth column of NAME's starts, ascending
column() { awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$work/starts" | sort -n; }
median() { column "$1" "$2" | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
for name in "${servers[@]}"; do
  echo "| $name | $(median "$name" 2) | $(column "$name" 2 | sed -n '1p;$p' | paste -sd-) | $(median "$name" 3) |" \
    "$(median "$name" 4) |"
done
