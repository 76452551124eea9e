#!/bin/bash
# One database and one owner role per service (run once by the postgres image at first start).
set -euo pipefail
for svc in budget hr facilities it production; do
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<SQL
CREATE ROLE ${svc} LOGIN PASSWORD '${SG_DB_PASSWORD}';
CREATE DATABASE ${svc} OWNER ${svc};
REVOKE ALL ON DATABASE ${svc} FROM PUBLIC;
SQL
done
