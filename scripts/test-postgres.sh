#!/usr/bin/env bash
# Make a local PostgreSQL server ready for the tests, installing and starting it when absent.
#
# Idempotent: on a machine where it already runs, it only checks the test role and database.
#   - installs Debian's `postgresql` package when no server binaries are found (needs root);
#   - creates the cluster when there is none and starts it with pg_ctlcluster;
#   - creates the role and database the tests use, with a password (the packaged pg_hba.conf
#     already allows scram-sha-256 on 127.0.0.1, so nothing else is opened).
# Prints the SQLAlchemy URL of the test database on stdout (everything else goes to stderr):
#   export SG_TEST_POSTGRES_URL=$(scripts/test-postgres.sh)
set -euo pipefail

ROLE="${SG_TEST_PG_ROLE:-sg_test}"
PASSWORD="${SG_TEST_PG_PASSWORD:-sg_test}"
DB="${SG_TEST_PG_DB:-sg_test}"
PORT="${SG_TEST_PG_PORT:-5432}"
CLUSTER="${SG_TEST_PG_CLUSTER:-main}"

log() { echo "test-postgres: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    sudo -u postgres -- "$@"
  fi
}

if ! compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; then
  "$(dirname "$0")/apt-install.sh" postgresql
fi

# The newest installed major version; its cluster ("main" unless SG_TEST_PG_CLUSTER), created when missing.
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c' | grep -q .; then
  log "creating cluster $VERSION/$CLUSTER on port $PORT"
  pg_createcluster --port "$PORT" "$VERSION" "$CLUSTER" >&2
fi
CLUSTER_PORT="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $3}')"
STATUS="$(pg_lsclusters -h | awk -v v="$VERSION" -v c="$CLUSTER" '$1 == v && $2 == c {print $4}')"
if [ "$STATUS" != "online" ]; then
  log "starting cluster $VERSION/$CLUSTER (port $CLUSTER_PORT)"
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2
fi
for _ in $(seq 1 50); do
  pg_isready -q -h 127.0.0.1 -p "$CLUSTER_PORT" && break
  sleep 0.2
done
pg_isready -q -h 127.0.0.1 -p "$CLUSTER_PORT" || { log "server not accepting connections on $CLUSTER_PORT"; exit 1; }

psql_su() { as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$CLUSTER_PORT" "$@"; }

# CREATEDB and CREATEROLE: the production-mode tests give each service a database and role.
psql_su -d postgres >&2 <<SQL
SELECT format('CREATE ROLE %I LOGIN CREATEDB CREATEROLE PASSWORD %L', '$ROLE', '$PASSWORD')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$ROLE') \gexec
ALTER ROLE "$ROLE" LOGIN CREATEDB CREATEROLE PASSWORD '$PASSWORD';
SELECT format('CREATE DATABASE %I OWNER %I', '$DB', '$ROLE')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$DB') \gexec
SQL

URL="postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$CLUSTER_PORT/$DB"
PGPASSWORD="$PASSWORD" psql -X -q -h 127.0.0.1 -p "$CLUSTER_PORT" -U "$ROLE" -d "$DB" -c "SELECT 1" >/dev/null \
  || { log "cannot sign in as $ROLE on 127.0.0.1:$CLUSTER_PORT (check pg_hba.conf allows scram-sha-256 there)"; exit 1; }
log "ready: $URL"
echo "$URL"
