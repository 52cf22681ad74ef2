#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL server runs and has a login role (and optionally databases).
# Idempotent: safe to run any number of times.
#   scripts/ensure-postgres.sh [role [password [database...]]]
# Defaults to the test role that the test suite uses (leercultuur_test), which may create databases.
set -euo pipefail
role=${1:-${LC_TEST_PG_USER:-leercultuur_test}}
password=${2:-${LC_TEST_PG_PASSWORD:-leercultuur_test}}
shift $(( $# > 2 ? 2 : $# )) || true
port=${LC_PG_PORT:-5432}

log() { echo "[ensure-postgres] $*" >&2; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then log "no PostgreSQL server installed and not root: cannot install"; exit 1; fi
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null
fi

cluster=$(pg_lsclusters --no-header | awk -v p="$port" '$3 == p {print $1" "$2; exit}')
if [ -z "$cluster" ]; then
  if [ "$(id -u)" -ne 0 ]; then log "no cluster on port $port and not root"; exit 1; fi
  ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
  log "creating cluster $ver main on port $port"
  pg_createcluster "$ver" main --port "$port" >/dev/null
  cluster="$ver main"
fi
set -- $cluster "$@"
ver=$1; name=$2; shift 2
if ! pg_lsclusters --no-header | awk -v v="$ver" -v n="$name" '$1==v && $2==n {print $4}' | grep -q online; then
  if [ "$(id -u)" -ne 0 ]; then log "cluster $ver/$name is down and not root"; exit 1; fi
  log "starting cluster $ver/$name"
  pg_ctlcluster "$ver" "$name" start
fi

psql_admin() { runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtA "$@"; }
for i in $(seq 1 30); do psql_admin -c 'select 1' >/dev/null 2>&1 && break; sleep 0.5; done

if [ "$(psql_admin -c "select 1 from pg_roles where rolname='$role'")" != "1" ]; then
  log "creating role $role"
  psql_admin -c "CREATE ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'"
else
  psql_admin -c "ALTER ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'" >/dev/null
fi
for db in "$@"; do
  if [ "$(psql_admin -c "select 1 from pg_database where datname='$db'")" != "1" ]; then
    log "creating database $db"
    psql_admin -c "CREATE DATABASE \"$db\" OWNER \"$role\""
  fi
done
