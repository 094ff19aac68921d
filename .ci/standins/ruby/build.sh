#!/usr/bin/env bash
# Builds the Ruby stand-ins, one per Debian release, tagged unbuildpack-test/ruby-standin:<release>
# (image-map.txt maps ruby:*-<release> and ruby:*-slim-<release> to them). Always built, so a
# change to these files reaches an image that exists already; BuildKit's cache makes an unchanged
# one instant. Env: DOCKER_CLI, BASE_IMAGE (bookworm), TRIXIE_IMAGE (trixie); see
# .ci/docker-engine.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repository=${UNBUILDPACK_RUBY_REPOSITORY:-unbuildpack-test/ruby-standin}

build() {
  local release=$1 base=$2 build_log started=$SECONDS
  build_log=$(mktemp /tmp/unbuildpack-ruby-standin.XXXXXX)
  DOCKER_BUILDKIT=1 "$DOCKER_CLI" build --progress=plain --build-arg "BASE=$base" \
    --build-arg "RELEASE=$release" -t "$repository:$release" "$here" </dev/null >"$build_log" 2>&1 ||
    { tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1; }
  rm -f "$build_log"
  printf 'ruby stand-in: built %s in %ss\n' "$repository:$release" "$((SECONDS - started))" >&2
}

build trixie "$TRIXIE_IMAGE"
build bookworm "$BASE_IMAGE"
