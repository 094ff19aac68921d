#!/usr/bin/env bash
# Benchmark of 'unbuildpack inventory' on a docker-archive of at least 400 MB, against two
# physical baselines measured in the same run on the same cached files:
#   plain layers: cat FILE > /dev/null          (goal: inventory at >= 0.4x cat's speed)
#   gzip layers:  gzip -dc LAYER > /dev/null, one layer after another (goal: >= 0.8x)
# and the peak memory (max RSS) of inventory on two image sizes, to show it does not grow.
# Usage: bench/inventory.sh [IMAGE]   (default: builds unbuildpack-test/inv-bench, ~430 MB)
# Needs: the Debian docker client (/usr/bin/docker) and an engine, GNU time, gzip, python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
docker=/usr/bin/docker
image="${1:-unbuildpack-test/inv-bench:latest}"
work="$(mktemp -d "${TMPDIR:-/tmp}/unbuildpack-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
runs=3

if [ $# -eq 0 ] && ! $docker image inspect "$image" >/dev/null 2>&1; then
  echo "building $image (base + Debian packages) ..." >&2
  DOCKER_BUILDKIT=0 $docker build -q -t "$image" "$here/src/test/resources/images/inv-base" >&2
fi
[ -f "$here/target/unbuildpack.jar" ] || (cd "$here" && mvn -q -B -DskipTests package >&2)
jar="$here/target/unbuildpack.jar"
inventory() { java -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$jar" inventory "$@" --format json >/dev/null; }

echo "saving $image ..." >&2
$docker save "$image" -o "$work/plain.tar"
$docker save unbuildpack-test/bookworm:latest -o "$work/small.tar"

echo "making a gzip-layer copy ..." >&2
mkdir "$work/x" "$work/gz"
tar -xf "$work/plain.tar" -C "$work/x"
python3 - "$work/x" <<'PY'
import json, sys, os, subprocess
root = sys.argv[1]
manifest = json.load(open(os.path.join(root, "manifest.json")))
layers = manifest[0]["Layers"]
procs = [subprocess.Popen(["gzip", "-6", "-n", os.path.join(root, l)]) for l in layers]
for p in procs: p.wait()
manifest[0]["Layers"] = [l + ".gz" for l in layers]
json.dump(manifest, open(os.path.join(root, "manifest.json"), "w"))
PY
(cd "$work/x" && tar -cf "$work/gzip.tar" .)
layers=$(cd "$work/x" && find . -name 'layer.tar.gz' | sort)

# best of N wall-clock seconds of a command (files stay in the page cache between runs)
best() { local b=999999 t; for _ in $(seq $runs); do
  t=$( { /usr/bin/time -f '%e' "$@" >/dev/null 2>/dev/null; } 2>&1 | tail -1 ); 
  b=$(python3 -c "print(min($b, $t))"); done; echo "$b"; }
timed() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); python3 -c "print(round($e-$s,3))"; }
bestof() { local b=999999 t; for _ in $(seq $runs); do t=$(timed "$@"); b=$(python3 -c "print(min($b,$t))"); done; echo "$b"; }
gunzip_all() { (cd "$work/x" && for l in $layers; do gzip -dc "$l" >/dev/null; done); }
rss() { /usr/bin/time -f '%M' java -XX:TieredStopAtLevel=1 -Xshare:auto "$@" -jar "$jar" inventory "$(cat "$work/ref")" --format json 2>&1 >/dev/null | tail -1; }

cat "$work/plain.tar" "$work/gzip.tar" "$work/small.tar" >/dev/null  # warm the page cache
mb() { python3 -c "print(round($(stat -c %s "$1")/1e6))"; }

t_cat=$(bestof cat "$work/plain.tar")
t_plain=$(bestof inventory "docker-archive:$work/plain.tar")
t_gz=$(bestof gunzip_all)
t_inv_gz=$(bestof inventory "docker-archive:$work/gzip.tar")
echo "docker-archive:$work/small.tar" > "$work/ref"; m_small=$(rss)
echo "docker-archive:$work/plain.tar" > "$work/ref"; m_big=$(rss)
echo "docker-archive:$work/gzip.tar" > "$work/ref"; m_gz=$(rss)
m_big_cap=$(rss -Xmx96m)

printf '\n%-44s %10s %10s %8s\n' "case (image $image)" "baseline s" "inventory s" "ratio"
printf '%-44s %10s %10s %8s\n' "plain layers, $(mb "$work/plain.tar") MB vs cat" "$t_cat" "$t_plain" \
  "$(python3 -c "print(round($t_cat/$t_plain,2))")x"
printf '%-44s %10s %10s %8s\n' "gzip layers, $(mb "$work/gzip.tar") MB vs gzip -dc in turn" "$t_gz" "$t_inv_gz" \
  "$(python3 -c "print(round($t_gz/$t_inv_gz,2))")x"
printf '\n%-44s %10s\n' "peak memory (max RSS)" "MiB"
printf '%-44s %10s\n' "plain, $(mb "$work/small.tar") MB image" "$((m_small/1024))"
printf '%-44s %10s\n' "plain, $(mb "$work/plain.tar") MB image" "$((m_big/1024))"
printf '%-44s %10s\n' "gzip, $(mb "$work/gzip.tar") MB image" "$((m_gz/1024))"
printf '%-44s %10s\n' "plain, $(mb "$work/plain.tar") MB image, -Xmx96m" "$((m_big_cap/1024))"
echo "(best of $runs wall-clock runs, JVM start-up included; $(nproc) cores)"
