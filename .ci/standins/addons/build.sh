#!/usr/bin/env bash
# Stand-ins for the add-on images compose.yaml names (rules/heroku/platform.toml,
# HEROKU-ADDON-POSTGRES and HEROKU-ADDON-REDIS), for engines that cannot pull them: `verify`
# starts them for an app whose app.json lists the add-ons. Each is the Debian release's own
# package, on the same release the official image is built on:
#   postgres:17-trixie  -> unbuildpack-test/postgres-standin:17-trixie  (trixie's postgresql-17)
#   redis:7-bookworm    -> unbuildpack-test/redis-standin:7-bookworm    (bookworm's redis-server 7.0)
# .ci/standins/image-map.txt maps the official names to these. Like the official images, Postgres
# takes POSTGRES_HOST_AUTH_METHOD=trust (or POSTGRES_PASSWORD), user and database "postgres", on
# port 5432; Redis answers on 6379 without protected mode.
# Env (from .ci/docker-engine.sh): DOCKER_CLI, BASE_IMAGE (bookworm), TRIXIE_IMAGE (trixie).
# Always built, so a change here reaches an existing image; BuildKit's cache makes it instant.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docker="${DOCKER_CLI:-/usr/bin/docker}"

build() {
  local image=$1 base=$2 dockerfile=$3 build_log
  build_log=$(mktemp /tmp/unbuildpack-addon-standin.XXXXXX)
  DOCKER_BUILDKIT=1 "$docker" build --progress=plain --build-arg "BASE=$base" \
    -f "$here/$dockerfile" -t "$image" "$here" </dev/null >"$build_log" 2>&1 ||
    { tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1; }
  rm -f "$build_log"
  echo "built $image"
}

build unbuildpack-test/postgres-standin:17-trixie \
  "${TRIXIE_IMAGE:-unbuildpack-test/trixie:latest}" postgres.Dockerfile
build unbuildpack-test/redis-standin:7-bookworm \
  "${BASE_IMAGE:-unbuildpack-test/bookworm:latest}" redis.Dockerfile
