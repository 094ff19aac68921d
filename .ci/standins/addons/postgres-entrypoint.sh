#!/bin/bash
# First start: a cluster in $PGDATA owned by "postgres", database "postgres", listening on every
# interface, with host authentication from POSTGRES_HOST_AUTH_METHOD (trust) or POSTGRES_PASSWORD,
# as the official image's entrypoint does. Then the server, as the container's main process.
set -euo pipefail
if [ "${1:-}" != postgres ]; then
  exec "$@"   # another command (psql, a shell): no server, no cluster
fi
shift
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  auth=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}
  pwfile=()
  if [ "$auth" != trust ]; then
    if [ -z "${POSTGRES_PASSWORD:-}" ]; then
      echo "postgres stand-in: set POSTGRES_PASSWORD, or POSTGRES_HOST_AUTH_METHOD=trust" >&2
      exit 1
    fi
    printf '%s\n' "$POSTGRES_PASSWORD" > /tmp/pwfile
    pwfile=(--pwfile=/tmp/pwfile)
  fi
  initdb --username=postgres --auth-local=trust --auth-host="$auth" "${pwfile[@]}" \
    -D "$PGDATA" >/dev/null
  rm -f /tmp/pwfile
  echo "host all all all $auth" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
fi
exec postgres -D "$PGDATA" "$@"
