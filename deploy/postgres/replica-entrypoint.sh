#!/bin/sh
# A streaming replica of the `postgres` service (docker-compose profile `scale`). On first start
# (empty volume) it copies the primary with pg_basebackup -R, which also writes standby.signal and
# primary_conninfo; afterwards it just starts and follows the primary's WAL. Runs as `postgres`.
set -eu
: "${PRIMARY_HOST:=postgres}"
: "${PGDATA:=/var/lib/postgresql/data/pgdata}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -q -h "$PRIMARY_HOST" -U "$REPLICATION_USER"; do sleep 1; done
  PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h "$PRIMARY_HOST" -U "$REPLICATION_USER" \
    -D "$PGDATA" -R -X stream --checkpoint=fast
fi
# hot_standby_feedback: a long heavy read (an export) is not cancelled by the primary's vacuum
exec postgres -D "$PGDATA" -c hot_standby=on -c hot_standby_feedback=on
