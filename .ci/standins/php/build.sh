#!/usr/bin/env bash
# Builds the PHP stand-ins (Dockerfile here) for .ci/docker-engine.sh: on each Debian release,
# the cli, apache and fpm variants of the official php image and the composer image, tagged
# unbuildpack-test/php-standin:<variant>-<release> (composer: composer-<release>). The PHP inside
# is Debian's (bookworm 8.2, trixie 8.4) whatever version a tag of the official image names;
# image-map.txt maps php:<version>-<variant>-<release> and composer:<version> to them.
# Env: DOCKER_CLI, BASE_IMAGE (bookworm), TRIXIE_IMAGE (trixie). Idempotent: always built, and
# BuildKit's cache makes an unchanged stand-in instant.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
docker_cli=${DOCKER_CLI:-/usr/bin/docker}
repository=${UNBUILDPACK_PHP_REPOSITORY:-unbuildpack-test/php-standin}
say() { printf 'php-standin: %s\n' "$*" >&2; }

build() {
  local release=$1 base=$2 target=$3 build_log started=$SECONDS
  local image="$repository:$target-$release"
  build_log=$(mktemp /tmp/unbuildpack-php-standin.XXXXXX)
  if ! DOCKER_BUILDKIT=1 "$docker_cli" build --progress=plain --build-arg "BASE=$base" \
      --target "$target" -t "$image" "$here" </dev/null >"$build_log" 2>&1; then
    tail -n 40 "$build_log" >&2
    rm -f "$build_log"
    exit 1
  fi
  rm -f "$build_log"
  say "built $image in $((SECONDS - started))s"
}

for release in ${UNBUILDPACK_PHP_RELEASES:-trixie bookworm}; do
  case $release in
    trixie) base=${TRIXIE_IMAGE:-unbuildpack-test/trixie:latest} ;;
    bookworm) base=${BASE_IMAGE:-unbuildpack-test/bookworm:latest} ;;
    *) say "no base image for Debian release '$release'"; exit 1 ;;
  esac
  for target in cli apache fpm composer; do
    build "$release" "$base" "$target"
  done
done
