#!/usr/bin/env bash
# Benchmarks of 'unbuildpack verify' on the Node fixture express-npm, with the local stand-ins:
#   1. the size of image B (the conversion) against image A (the fixture's slug laid on a stand-in
#      for heroku/heroku:24 that carries the heroku-24 run image's package set, as far as Debian
#      bookworm has those packages);                                  goal: B <= 40 % of A
#   2. a rebuild of B after a source-only change: every dependency layer reused (no npm step
#      runs again), against a cold build (--no-cache);                goal: <= 0.2x the cold build
#   3. verify's own overhead (all but the builds and the waits for the app), from the timings of
#      its JSON report, over RUNS runs;                                goal: <= 10 % of the total
# B's runtime stage is node:24.22.3-trixie-slim. The shared Node stand-in is one ~500 MB image for
# the full and the slim tag, so B's size would say nothing about the slim image; this script builds
# its own slim stand-in (the same stand-in without what Debian's slim images leave out: apt's
# lists and downloaded packages, documentation, man pages, translations) and maps the -slim tag
# to it. BENCH_FULL_NODE=1 keeps the shared stand-in for both tags instead.
# Usage: src/bench/verify.sh [RUNS]   (default 3; UNBUILDPACK_JAR=PATH uses that jar)
# Needs: the Debian docker client (/usr/bin/docker), an engine with the stand-ins of
# .ci/docker-engine.sh, python3, and the CA bundle /etc/ssl/certs/ca-certificates.crt.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
docker=/usr/bin/docker
runs="${1:-3}"
ca=/etc/ssl/certs/ca-certificates.crt
map="$here/.ci/standins/image-map.txt"
stack=unbuildpack-bench/heroku-24-standin:latest
work="$(mktemp -d "${TMPDIR:-/tmp}/unbuildpack-bench.XXXXXX")"
# BENCH_KEEP=1 keeps the work folder (reports, logs, the conversion) for a look afterwards.
[ -n "${BENCH_KEEP:-}" ] && echo "work folder: $work" >&2 || trap 'rm -rf "$work"' EXIT
export DOCKER_BUILDKIT=1

jar="${UNBUILDPACK_JAR:-}"   # a jar built earlier, else target/unbuildpack.jar built now
if [ -z "$jar" ]; then
  echo "packaging target/unbuildpack.jar ..." >&2
  (cd "$here" && mvn -q -B -DskipTests package >&2)
  jar="$here/target/unbuildpack.jar"
fi

slim=unbuildpack-bench/node-slim-standin:24.22.3-trixie-slim
if [ -z "${BENCH_FULL_NODE:-}" ]; then
  if ! $docker image inspect "$slim" >/dev/null 2>&1; then
    echo "building $slim: the trixie Node stand-in trimmed as Debian's slim images are ..." >&2
    mkdir -p "$work/slim"
    cat > "$work/slim/Dockerfile" <<'DOCKERFILE'
FROM unbuildpack-test/node-standin:24.22.3-trixie AS full
USER root
RUN rm -rf /var/lib/apt/lists/* /var/cache/apt/* /usr/share/man/* /usr/share/info/* \
      /usr/share/locale/* \
 && find /usr/share/doc -mindepth 1 -not -name copyright -not -type d -delete
FROM scratch
COPY --from=full / /
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    NODE_VERSION=24.22.3
CMD ["node"]
DOCKERFILE
    $docker build -q -t "$slim" "$work/slim" >&2
  fi
  # The same map with its -trixie-slim line pointing at the slim stand-in (a pattern may appear
  # only once in a map).
  sed 's|^node:\*-trixie-slim = .*$|node:*-trixie-slim = unbuildpack-bench/node-slim-standin:*-trixie-slim|' \
    "$map" > "$work/image-map.txt"
  map="$work/image-map.txt"
fi

mkdir -p "$work/slug-context"
cp -R "$here/fixtures/node/express-npm" "$work/slug-context/app"
rm -rf "$work/slug-context/app/expected"
app="$work/slug-context/app"

if ! $docker image inspect "$stack" >/dev/null 2>&1; then
  echo "building $stack: bookworm with heroku-24's run packages that Debian has ..." >&2
  mkdir -p "$work/stack"
  # Ubuntu 24.04's t64 names are Debian bookworm's names without the suffix.
  awk '$2 == "run" { sub(/t64$/, "", $1); print $1 }' \
    "$here/src/main/resources/stack-baseline/heroku-24.txt" > "$work/stack/packages.txt"
  cat > "$work/stack/Dockerfile" <<'DOCKERFILE'
FROM unbuildpack-test/bookworm:latest
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
COPY packages.txt /tmp/packages.txt
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      $(for p in $(cat /tmp/packages.txt); do \
          c=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ {print $2}'); \
          [ -n "$c" ] && [ "$c" != "(none)" ] && echo "$p"; done) \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt \
 && groupadd --gid 1000 heroku && useradd --uid 1000 --gid heroku --shell /bin/bash --create-home heroku
USER heroku
DOCKERFILE
  $docker build -q -t "$stack" "$work/stack" >&2
fi

echo "making the slug (src/test/resources/slug/build-node-slug.sh, as the tests do) ..." >&2
cp "$here/src/test/resources/slug/build-node-slug.sh" "$work/slug-context/"
printf '%s\n' "FROM unbuildpack-test/node-standin:24.22.3" "COPY app/ /app/" \
  "COPY build-node-slug.sh /usr/local/bin/build-node-slug" \
  "RUN --mount=type=secret,id=extra-ca sh /usr/local/bin/build-node-slug" \
  > "$work/slug-context/Dockerfile"
# Unique tags: several benchmarks may share one engine; every image tagged here is removed.
nonce="$(date +%s)-$$"
$docker build -q --secret id=extra-ca,src="$ca" -t "unbuildpack-bench/slug-builder-$nonce:latest" \
  "$work/slug-context" >&2
container=$($docker create "unbuildpack-bench/slug-builder-$nonce:latest")
$docker cp "$container:/slug.tar.gz" "$work/slug.tar.gz"
$docker rm "$container" >/dev/null
$docker image rm "unbuildpack-bench/slug-builder-$nonce:latest" >/dev/null

echo "verify, $runs runs ..." >&2
tag_a="unbuildpack-bench/verify-a-$nonce:latest"
tag_b="unbuildpack-bench/verify-b-$nonce:latest"
name_a=(--reference-tag "$tag_a")
java -jar "$jar" verify --help | grep -q -- --reference-tag || name_a=()   # an older jar
verify_wall=()
for i in $(seq "$runs"); do
  s=$(date +%s.%N)
  java -jar "$jar" verify "$app" --slug "$work/slug.tar.gz" --stack "$stack" \
    --image-map "$map" --extra-ca "$ca" --tag "$tag_b" "${name_a[@]}" \
    --format json --output "$work/verify-$i.json" 2>"$work/verify-$i.log" || true
  e=$(date +%s.%N)
  verify_wall+=("$(python3 -c "print(round($e-$s,2))")")
done
$docker image rm "$tag_a" "$tag_b" >/dev/null 2>&1 || true

echo "cold and source-only rebuilds of B ..." >&2
java -jar "$jar" convert "$app" --output "$work/conversion" --image-map "$map" --extra-ca "$ca" >&2
build() { $docker build --progress=plain --secret id=extra-ca,src="$ca" -f "$work/conversion/Dockerfile" \
  -t "unbuildpack-bench/rebuild-$nonce:latest" "$@" "$app" 2>&1; }
timed() { local s e; s=$(date +%s.%N); "$@" > "$work/last-build.log"; e=$(date +%s.%N); python3 -c "print(round($e-$s,2))"; }
cold=(); warm=()
for i in $(seq "$runs"); do
  cold+=("$(timed build --no-cache)")
  # Unique text: BuildKit's cache is content-addressed, and a change an earlier run made already
  # would be answered from the cache.
  echo "// source-only change $i $nonce" >> "$app/server.js"
  warm+=("$(timed build)")
done
# The npm steps of the last rebuild: BuildKit prints "#N CACHED" for a step it did not run.
npm_steps=$(grep -E '^#[0-9]+ \[build [0-9]+/[0-9]+\] RUN .*npm (ci|install|prune)' "$work/last-build.log" | awk '{print $1}' | sort -u)
rerun=0
for step in $npm_steps; do grep -q "^$step CACHED" "$work/last-build.log" || rerun=$((rerun + 1)); done
$docker image rm "unbuildpack-bench/rebuild-$nonce:latest" >/dev/null 2>&1 || true

python3 - "$work" "$runs" "$rerun" "${cold[*]}" "${warm[*]}" "${verify_wall[*]}" "${BENCH_FULL_NODE:-0}" <<'PY'
import json, statistics, sys
work, runs, rerun = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cold = [float(x) for x in sys.argv[4].split()]
warm = [float(x) for x in sys.argv[5].split()]
wall = [float(x) for x in sys.argv[6].split()]
full_node = sys.argv[7] == "1"
spread = lambda xs, f: f"{f(statistics.median(xs))} ({f(min(xs))} to {f(max(xs))})"
reports = []
for i in range(1, runs + 1):
    try:
        reports.append(json.load(open(f"{work}/verify-{i}.json")))
    except (OSError, ValueError):
        pass
if not reports:
    sys.exit("no verify report; see the logs in " + work)
r = reports[-1]
a, b = r["imageA"]["sizeBytes"], r["imageB"]["sizeBytes"]
over = [x["timings"]["overheadMillis"] / x["timings"]["totalMillis"] * 100 for x in reports]
mb = lambda n: f"{n / 1e6:.1f} MB"
print("| measure | figure | goal |")
print("|---|---|---|")
print(f"| image A (slug on the heroku-24 stand-in) | {mb(a)} | |")
print(f"| image B (the conversion; runtime stage on the {'shared' if full_node else 'slim'} Node stand-in) | {mb(b)} | |")
print(f"| B / A | {100 * b / a:.0f} % | <= 40 % |")
secs = lambda x: f"{x:.1f} s"
print(f"| cold build of B, median (min to max) of {len(cold)} | {spread(cold, secs)} | |")
print(f"| rebuild after a source-only change, median (min to max) | {spread(warm, secs)} | |")
print(f"| rebuild / cold, median (min to max) of pairs | {spread([w / c for w, c in zip(warm, cold)], lambda x: f'{x:.2f}')} | <= 0.2 |")
print(f"| npm steps (install, prune) run again by the last rebuild | {rerun} | 0 |")
print(f"| verify's verdict | {r['verdict']} | pass |")
print(f"| verify, whole process, median (min to max) of {len(wall)} | {spread(wall, secs)} | |")
print(f"| verify total as its report times it, median (min to max) | {spread([x['timings']['totalMillis'] / 1000 for x in reports], secs)} | |")
for key, name in (("buildMillis", "builds (A made while B builds)"), ("appMillis", "the apps (both runs)"), ("overheadMillis", "verify's own")):
    print(f"| {name}, median (min to max) | {spread([x['timings'][key] / 1000 for x in reports], secs)} | |")
print(f"| verify's own share (overhead / total), median (min to max) | {spread(over, lambda x: f'{x:.0f} %')} | <= 10 % |")
# The same share for the whole process (JVM start, detection, the fresh convert, the report
# included): its wall time less the builds and the apps its report timed.
whole = [(w - x['timings']['buildMillis'] / 1000 - x['timings']['appMillis'] / 1000) / w * 100
         for w, x in zip(wall, reports)] if len(wall) == len(reports) else []
if whole:
    print(f"| verify's own share, whole process, median (min to max) | {spread(whole, lambda x: f'{x:.0f} %')} | <= 10 % |")
PY
