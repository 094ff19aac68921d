#!/usr/bin/env bash
# Start-up benchmark: one fresh-process `unbuildpack convert --dry-run APP` against fly.io's
# generator (@flydotio/dockerfile, `npx dockerfile`) on the same app, plus the per-app time when
# many apps are converted in one JVM (src/bench/BatchConvert.java, since convert takes one app).
#
#   src/bench/convert.sh [APP_DIR]        default: fixtures/node/express-npm
#
# Environment: BENCH_RUNS (timed runs per single-app command, default 30), BENCH_BATCH (apps in
# the batch, default 500), BENCH_FLY_BATCH (fly has no batch mode: this many sequential fresh
# processes give its per-app time, default 50), FLY_VERSION (default: latest).
#
# Needs node and npm (fly's generator is a node program; npm installs it into a temporary
# directory, never into the repository) and hyperfine (installed with apt-get when missing and
# running as root; otherwise a shell loop measures instead). Prints a Markdown table.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
app="$(cd "${1:-$repo/fixtures/node/express-npm}" && pwd)"
runs=${BENCH_RUNS:-30}
batch=${BENCH_BATCH:-500}
fly_batch=${BENCH_FLY_BATCH:-50}
fly_version=${FLY_VERSION:-latest}
work=$(mktemp -d /tmp/unbuildpack-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

say() { printf 'bench: %s\n' "$*" >&2; }
now_ns() { date +%s%N; }

ensure_hyperfine() {
  if ! command -v hyperfine >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    say "installing hyperfine"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q hyperfine >/dev/null 2>&1 || true
  fi
  command -v hyperfine >/dev/null 2>&1
}

# shellcheck source=fly.sh
. "$repo/src/bench/fly.sh"

# "MEDIAN_WALL_MS MEAN_CPU_MS" of a shell command line, from hyperfine or from a loop. CPU time
# (user + system, children included) is printed too because wall time on a shared machine
# depends on its load far more than CPU time does.
median_ms() {
  local command=$1 name=$2
  if [ "$have_hyperfine" = yes ]; then
    hyperfine --style none --warmup 3 --runs "$runs" --export-json "$work/$name.json" \
      "$command" >/dev/null 2>&1
    node -p "const r = require('$work/$name.json').results[0];
      Math.round(r.median * 1000) + ' ' + Math.round((r.user + r.system) * 1000)"
    return
  fi
  local i start times=()
  for ((i = 0; i < 3; i++)); do bash -c "$command" >/dev/null 2>&1; done
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns)
    bash -c "$command" >/dev/null 2>&1
    times+=($(( ($(now_ns) - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)], "n/a" }'
}

# Wall time in ms of one run of a shell command line.
once_ms() {
  local start
  start=$(now_ns)
  bash -c "$1" >/dev/null
  echo $(( ($(now_ns) - start) / 1000000 ))
}

per_app() { awk -v t="$1" -v n="$2" 'BEGIN { printf "%.1f", t / n }'; }

copy_apps() {
  local count=$1 dir=$2 i
  mkdir -p "$dir"
  for ((i = 1; i <= count; i++)); do
    cp -r "$app" "$dir/app$i"
  done
}

main() {
  command -v node >/dev/null && command -v npm >/dev/null ||
    { say "node and npm are needed to run fly's generator"; exit 4; }
  have_hyperfine=no
  ensure_hyperfine && have_hyperfine=yes
  install_fly
  say "building unbuildpack and its class-data archive (first use)"
  "$repo/unbuildpack" --version >/dev/null
  # fly writes Dockerfile and .dockerignore into the app; give it its own copy.
  cp -r "$app" "$work/fly-app"
  local unbuildpack_cmd="'$repo/unbuildpack' convert --dry-run '$app'"
  local fly_cmd="cd '$work/fly-app' && node '$fly_bin' --force"
  "$repo/unbuildpack" convert --dry-run "$app" >/dev/null ||
    { say "unbuildpack convert fails on $app"; exit 1; }

  say "timing one fresh process each ($runs runs, hyperfine: $have_hyperfine)"
  local ours fly ours_cpu fly_cpu
  read -r ours ours_cpu < <(median_ms "$unbuildpack_cmd" unbuildpack)
  read -r fly fly_cpu < <(median_ms "$fly_cmd" fly)

  # convert takes one app per process; src/bench/BatchConvert.java runs the same command line for
  # each app in one JVM. Both its wall time (JVM start and compiling the harness included) and
  # the time inside the JVM are reported.
  say "timing a batch of $batch apps in one JVM"
  copy_apps "$batch" "$work/batch"
  local ours_batch inside_batch start
  start=$(now_ns)
  inside_batch=$(java -cp "$repo/target/unbuildpack.jar" "$repo/src/bench/BatchConvert.java" \
    "$work"/batch/app*)
  ours_batch=$(( ($(now_ns) - start) / 1000000 ))

  say "timing $fly_batch sequential fly processes"
  copy_apps "$fly_batch" "$work/fly-batch"
  local fly_batch_ms
  fly_batch_ms=$(once_ms "for d in '$work'/fly-batch/app*; do (cd \"\$d\" && node '$fly_bin' --force); done")

  local app_name=${app#"$repo"/}
  printf '\n## convert start-up: %s (%s, %s cores)\n\n' "$app_name" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)"
  printf '| tool | one fresh process: median wall | mean CPU | per app, batch (wall) |\n'
  printf '|---|---:|---:|---:|\n'
  printf '| unbuildpack convert --dry-run | %s ms | %s ms | %s ms (%s apps, one JVM; %s ms inside it) |\n' \
    "$ours" "$ours_cpu" "$(per_app "$ours_batch" "$batch")" "$batch" \
    "$(per_app "$inside_batch" "$batch")"
  printf '| @flydotio/dockerfile %s --force | %s ms | %s ms | %s ms (%s processes) |\n' \
    "$fly_installed" "$fly" "$fly_cpu" "$(per_app "$fly_batch_ms" "$fly_batch")" "$fly_batch"
  printf '\nratio unbuildpack / fly, median wall, one process: %s (goal: below 0.50)\n' \
    "$(awk -v a="$ours" -v b="$fly" 'BEGIN { printf "%.2f", a / b }')"
  # On a shared machine wall time follows the load; the CPU ratio is steadier.
  if [ "$ours_cpu" != n/a ]; then
    printf 'ratio unbuildpack / fly, mean CPU, one process: %s\n' \
      "$(awk -v a="$ours_cpu" -v b="$fly_cpu" 'BEGIN { printf "%.2f", a / b }')"
  fi
  printf 'load average while measuring: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

main "$@"
