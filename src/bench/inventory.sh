#!/usr/bin/env bash
# Benchmark of 'unbuildpack inventory' on a docker-archive of at least 400 MB, against two
# physical baselines measured in the same run on the same cached files:
#   plain layers: cat FILE > /dev/null          (goal: inventory at >= 0.4x cat's speed)
#   gzip layers:  gzip -dc LAYER > /dev/null, one layer after another (goal: >= 0.8x)
# Inventory runs two ways: plain 'java -jar' (no tuning), and through the ./unbuildpack launcher as
# users run it (C1 only, serial GC, the class-data-sharing archive the launcher records after a
# build; the first launcher call below records it and is not timed).
# Also the peak memory (max RSS) of inventory on two image sizes, to show it does not grow.
# Usage: src/bench/inventory.sh [IMAGE]   (default: builds unbuildpack-test/inv-bench, ~430 MB)
# Needs: the Debian docker client (/usr/bin/docker) and an engine, GNU time, gzip, python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
docker=/usr/bin/docker
image="${1:-unbuildpack-test/inv-bench:latest}"
work="$(mktemp -d "${TMPDIR:-/tmp}/unbuildpack-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
runs=3

if [ $# -eq 0 ] && ! $docker image inspect "$image" >/dev/null 2>&1; then
  echo "building $image (base + Debian packages) ..." >&2
  DOCKER_BUILDKIT=0 $docker build -q -t "$image" "$here/src/test/resources/images/inv-base" >&2
fi
echo "packaging target/unbuildpack.jar ..." >&2
(cd "$here" && mvn -q -B -DskipTests package >&2)
jar="$here/target/unbuildpack.jar"
inventory() { java -XX:TieredStopAtLevel=1 -Xshare:auto -jar "$jar" inventory "$@" --format json >/dev/null; }
launched() { "$here/unbuildpack" inventory "$@" --format json >/dev/null; }

echo "saving $image ..." >&2
$docker save "$image" -o "$work/plain.tar"
$docker save unbuildpack-test/bookworm:latest -o "$work/small.tar"

# gzip_copy SRC DIR OUT: the same archive with every layer.tar gzipped (-6), manifest updated
gzip_copy() {
  mkdir -p "$2"
  tar -xf "$1" -C "$2"
  python3 - "$2" <<'PY'
import json, sys, os, subprocess
root = sys.argv[1]
manifest = json.load(open(os.path.join(root, "manifest.json")))
layers = manifest[0]["Layers"]
procs = [subprocess.Popen(["gzip", "-6", "-n", os.path.join(root, l)]) for l in layers]
for p in procs: p.wait()
manifest[0]["Layers"] = [l + ".gz" for l in layers]
json.dump(manifest, open(os.path.join(root, "manifest.json"), "w"))
PY
  (cd "$2" && tar -cf "$3" .)
}
echo "making gzip-layer copies ..." >&2
gzip_copy "$work/plain.tar" "$work/x" "$work/gzip.tar"
gzip_copy "$work/small.tar" "$work/xs" "$work/small-gzip.tar"
layers=$(cd "$work/x" && find . -name 'layer.tar.gz' | sort)

# best of N wall-clock seconds of a command (files stay in the page cache between runs)
timed() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1; e=$(date +%s.%N); python3 -c "print(round($e-$s,3))"; }
bestof() { local b=999999 t; for _ in $(seq $runs); do t=$(timed "$@"); b=$(python3 -c "print(min($b,$t))"); done; echo "$b"; }
gunzip_all() { (cd "$work/x" && for l in $layers; do gzip -dc "$l" >/dev/null; done); }
rss() { /usr/bin/time -f '%M' java -XX:TieredStopAtLevel=1 -Xshare:auto "$@" -jar "$jar" inventory "$(cat "$work/ref")" --format json 2>&1 >/dev/null | tail -1; }

cat "$work"/*.tar >/dev/null  # warm the page cache
mb() { python3 -c "print(round($(stat -c %s "$1")/1e6))"; }

t_cat=$(bestof cat "$work/plain.tar")
t_plain=$(bestof inventory "docker-archive:$work/plain.tar")
t_gz=$(bestof gunzip_all)
t_inv_gz=$(bestof inventory "docker-archive:$work/gzip.tar")
launched "docker-archive:$work/small.tar" 2>/dev/null || true  # records the launcher's archive
t_plain_l=$(bestof launched "docker-archive:$work/plain.tar")
t_inv_gz_l=$(bestof launched "docker-archive:$work/gzip.tar")
echo "docker-archive:$work/small.tar" > "$work/ref"; m_small=$(rss)
echo "docker-archive:$work/plain.tar" > "$work/ref"; m_big=$(rss)
echo "docker-archive:$work/small-gzip.tar" > "$work/ref"; m_small_gz=$(rss)
echo "docker-archive:$work/gzip.tar" > "$work/ref"; m_gz=$(rss)
m_gz_cap=$(rss -Xmx64m)
echo "docker-archive:$work/small-gzip.tar" > "$work/ref"; m_small_gz_cap=$(rss -Xmx64m)

ratio() { python3 -c "print(round($1/$2,2))"; }
row() { printf '%-44s %10s %10s %8s\n' "$1" "$2" "$3" "$(ratio "$2" "$3")x"; }
printf '\n%-44s %10s %10s %8s\n' "case (image $image)" "baseline s" "inventory s" "ratio"
row "plain layers, $(mb "$work/plain.tar") MB vs cat, java -jar" "$t_cat" "$t_plain"
row "  same, ./unbuildpack (launcher flags + CDS)" "$t_cat" "$t_plain_l"
row "gzip layers, $(mb "$work/gzip.tar") MB vs gzip -dc in turn" "$t_gz" "$t_inv_gz"
row "  same, ./unbuildpack (launcher flags + CDS)" "$t_gz" "$t_inv_gz_l"
printf '\n%-44s %10s\n' "peak memory (max RSS)" "MiB"
printf '%-44s %10s\n' "plain, $(mb "$work/small.tar") MB image" "$((m_small/1024))"
printf '%-44s %10s\n' "plain, $(mb "$work/plain.tar") MB image" "$((m_big/1024))"
printf '%-44s %10s\n' "gzip, $(mb "$work/small-gzip.tar") MB image" "$((m_small_gz/1024))"
printf '%-44s %10s\n' "gzip, $(mb "$work/gzip.tar") MB image" "$((m_gz/1024))"
printf '%-44s %10s\n' "gzip, $(mb "$work/small-gzip.tar") MB image, -Xmx64m" "$((m_small_gz_cap/1024))"
printf '%-44s %10s\n' "gzip, $(mb "$work/gzip.tar") MB image, -Xmx64m" "$((m_gz_cap/1024))"
echo "(without -Xmx the JVM lets garbage fill its default young generation before collecting;"
echo " the -Xmx64m rows show the live set, which is what stays flat)"
echo "(best of $runs wall-clock runs, JVM start-up included; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg))"
