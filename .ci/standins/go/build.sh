#!/usr/bin/env bash
# Builds the Go stand-in, unbuildpack-test/go-standin:trixie, for golang:<version>-trixie
# (image-map.txt): Debian trixie's golang-go laid out like the official image (see Dockerfile).
# Idempotent: BuildKit's cache makes an unchanged stand-in instant. The runtime stage's
# debian:trixie-slim needs no stand-in of its own: image-map.txt maps it to the trixie base image,
# a debootstrap of the same release, from which the runtime stage installs ca-certificates and
# tzdata as the generated Dockerfile says.
# Environment (from .ci/docker-engine.sh): DOCKER_CLI, TRIXIE_IMAGE.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
docker_cli=${DOCKER_CLI:-docker}
base=${TRIXIE_IMAGE:-unbuildpack-test/trixie:latest}
image=${UNBUILDPACK_GO_STANDIN:-unbuildpack-test/go-standin:trixie}
build_log=$(mktemp /tmp/unbuildpack-go-standin.XXXXXX)
DOCKER_BUILDKIT=1 "$docker_cli" build --progress=plain --build-arg "BASE=$base" \
  --build-arg "GOLANG_VERSION=debian-trixie" -t "$image" "$here" </dev/null >"$build_log" 2>&1 ||
  { tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1; }
grep -o 'go version go[^ ]*' "$build_log" | head -n 1 >&2 || true
rm -f "$build_log"
