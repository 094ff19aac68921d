#!/usr/bin/env bash
# Builds the JVM stand-ins (see Dockerfile): for each line of versions.txt, the images
# unbuildpack-test/jvm-standin:<major>-jre and :<major>-jdk, which image-map.txt maps
# eclipse-temurin:<major>*-jre* and -jdk* to. Called by .ci/docker-engine.sh with DOCKER_CLI,
# BASE_IMAGE (debootstrap bookworm) and TRIXIE_IMAGE (debootstrap trixie) set. Idempotent:
# always built, BuildKit's cache makes an unchanged stand-in instant.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repository=${UNBUILDPACK_JVM_REPOSITORY:-unbuildpack-test/jvm-standin}

log() { printf 'jvm-standin: %s\n' "$*" >&2; }

build() {
  local major=$1 base=$2 version=$3 target build_log
  for target in jre jdk; do
    build_log=$(mktemp /tmp/unbuildpack-jvm-standin.XXXXXX)
    log "building $repository:$major-$target on $base (openjdk-$major $version)"
    DOCKER_BUILDKIT=1 "$DOCKER_CLI" build --progress=plain --target "$target" \
      --build-arg "BASE=$base" --build-arg "JDK_MAJOR=$major" \
      --build-arg "DEBIAN_JDK_VERSION=$version" \
      -t "$repository:$major-$target" "$here" </dev/null >"$build_log" 2>&1 ||
      { tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1; }
    rm -f "$build_log"
  done
  local installed
  installed=$("$DOCKER_CLI" run --rm --entrypoint cat "$repository:$major-jre" /opt/java/debian-version)
  if [ "$installed" != "$version" ]; then
    log "openjdk-$major-jre-headless is $installed on the mirror, versions.txt says $version"
    exit 1
  fi
}

while read -r major release version; do
  case $release in
    trixie) build "$major" "${TRIXIE_IMAGE:?}" "$version" ;;
    bookworm) build "$major" "${BASE_IMAGE:?}" "$version" ;;
    *) log "versions.txt: no stand-in base for Debian release '$release'"; exit 1 ;;
  esac
done < <(grep -v '^[[:space:]]*\(#\|$\)' "$here/versions.txt")
