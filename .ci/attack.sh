#!/usr/bin/env bash
# The attack suite (.ci/attack/run.mjs, docs/security.md "The attack suite") against two packaged jars: the H2
# build and the PostgreSQL build (on a fresh database "attack" of the server at 127.0.0.1:5432).
# usage: .ci/attack.sh <H2 quarkus-run.jar> <PostgreSQL quarkus-run.jar>
set -euo pipefail
cd "$(dirname "$0")/.."
h2_jar=$1
pg_jar=$2
(cd .ci/attack && npm ci --no-audit --no-fund --loglevel=error)
node .ci/attack/run.mjs "H2" "$h2_jar"
psql -h 127.0.0.1 -U postgres -qc 'drop database if exists attack' -c 'create database attack'
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/attack QUARKUS_DATASOURCE_USERNAME=postgres \
  QUARKUS_DATASOURCE_PASSWORD= node .ci/attack/run.mjs "PostgreSQL" "$pg_jar"
