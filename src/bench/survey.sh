#!/usr/bin/env bash
# Portfolio benchmark: `unbuildpack survey` over many apps in one process, against what it
# replaces, side by side in one run: a shell loop of one `unbuildpack detect APP` process per app,
# and fly.io's generator (@flydotio/dockerfile, `npx dockerfile --force`) once per app.
#
#   src/bench/survey.sh [APPS]          default: 500 apps
#
# The portfolio is APPS copies of the repository's detectable fixture apps (every ecosystem's,
# fixtures/*/*/ with an expected/detect.json), made in a temporary folder. The per-process
# comparison runs on a sample of BENCH_SAMPLE of them (default 20), as one survey of the sample,
# the detect loop and the fly loop, in turn, BENCH_RUNS times (default 5): paired runs, so each
# ratio compares runs made under the same machine load. Wall and CPU (user + system, children
# included) come from bash's `time`. Goal: the whole portfolio in at most 10 s wall.
#
# Needs node and npm for fly's generator, which npm installs into the temporary folder (never
# into the repository); FLY_VERSION picks its version (default: latest). Prints a Markdown table.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
apps=${1:-500}
sample=${BENCH_SAMPLE:-20}
runs=${BENCH_RUNS:-5}
fly_version=${FLY_VERSION:-latest}
work=$(mktemp -d /tmp/unbuildpack-survey-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
ub="$repo/unbuildpack"

say() { printf 'bench: %s\n' "$*" >&2; }

# "WALL_MS CPU_MS" of one run of a shell command line.
timed() {
  local TIMEFORMAT='%R %U %S' out
  out=$({ time bash -c "$1" >/dev/null 2>&1; } 2>&1 | tail -1)
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
per_app() { awk -v t="$1" -v n="$2" 'BEGIN { printf "%.1f", t / n }'; }

# Copies the fixture apps round-robin into DIR/appN, without their goldens.
portfolio() {
  local count=$1 dir=$2 i=0 fixtures=()
  while IFS= read -r golden; do fixtures+=("$(dirname "$(dirname "$golden")")"); done \
    < <(find "$repo/fixtures" -mindepth 4 -maxdepth 4 -path '*/expected/detect.json' | sort)
  mkdir -p "$dir"
  for ((i = 0; i < count; i++)); do
    local from=${fixtures[i % ${#fixtures[@]}]}
    cp -R "$from" "$dir/app$i"
    rm -rf "$dir/app$i/expected"
  done
}

# shellcheck source=fly.sh
. "$repo/src/bench/fly.sh"

main() {
  command -v node >/dev/null && command -v npm >/dev/null ||
    { say "node and npm are needed to run fly's generator"; exit 4; }
  install_fly
  say "building unbuildpack (first use)"
  "$ub" --version >/dev/null
  say "making a portfolio of $apps apps and a sample of $sample"
  portfolio "$apps" "$work/portfolio"
  portfolio "$sample" "$work/sample"
  cp -R "$work/sample" "$work/fly-sample" # fly writes Dockerfile and .dockerignore into each app

  local whole="'$ub' survey '$work/portfolio' --format json"
  local survey_sample="'$ub' survey '$work/sample' --format json"
  local detect_loop="for d in '$work'/sample/app*; do '$ub' detect \"\$d\" --format json; done"
  local fly_loop="for d in '$work'/fly-sample/app*; do (cd \"\$d\" && node '$fly_bin' --force </dev/null); done"

  say "warming up"
  for command in "$whole" "$survey_sample" "$detect_loop" "$fly_loop"; do timed "$command" >/dev/null; done
  local r w c
  : >"$work/t-whole" >"$work/t-survey" >"$work/t-detect" >"$work/t-fly" >"$work/t-ratio-detect" >"$work/t-ratio-fly"
  for ((r = 1; r <= runs; r++)); do
    say "run $r of $runs"
    read -r w c < <(timed "$whole"); echo "$w $c" >>"$work/t-whole"
    read -r sw sc < <(timed "$survey_sample"); echo "$sw $sc" >>"$work/t-survey"
    read -r dw dc < <(timed "$detect_loop"); echo "$dw $dc" >>"$work/t-detect"
    read -r fw fc < <(timed "$fly_loop"); echo "$fw $fc" >>"$work/t-fly"
    awk -v a="$sw" -v b="$dw" 'BEGIN { printf "%.4f\n", a / b }' >>"$work/t-ratio-detect"
    awk -v a="$sw" -v b="$fw" 'BEGIN { printf "%.4f\n", a / b }' >>"$work/t-ratio-fly"
  done
  col() { awk -v k="$2" '{ print $k }' "$work/t-$1" | median; }

  local whole_wall
  whole_wall=$(col whole 1)
  printf '\n## survey: %s apps (%s, %s cores, %s paired runs)\n\n' "$apps" "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$runs"
  printf '| tool | median wall | median CPU | per app (wall) | per app (CPU) |\n'
  printf '|---|---:|---:|---:|---:|\n'
  printf '| unbuildpack survey, %s apps, one process | %s ms | %s ms | %s ms | %s ms |\n' "$apps" \
    "$whole_wall" "$(col whole 2)" "$(per_app "$whole_wall" "$apps")" "$(per_app "$(col whole 2)" "$apps")"
  printf '| unbuildpack survey, %s apps, one process | %s ms | %s ms | %s ms | %s ms |\n' "$sample" \
    "$(col survey 1)" "$(col survey 2)" "$(per_app "$(col survey 1)" "$sample")" "$(per_app "$(col survey 2)" "$sample")"
  printf '| unbuildpack detect, one process per app (%s) | %s ms | %s ms | %s ms | %s ms |\n' "$sample" \
    "$(col detect 1)" "$(col detect 2)" "$(per_app "$(col detect 1)" "$sample")" "$(per_app "$(col detect 2)" "$sample")"
  printf '| @flydotio/dockerfile %s --force, one process per app (%s) | %s ms | %s ms | %s ms | %s ms |\n' \
    "$fly_installed" "$sample" "$(col fly 1)" "$(col fly 2)" "$(per_app "$(col fly 1)" "$sample")" "$(per_app "$(col fly 2)" "$sample")"
  printf '\nratio survey / detect loop on the sample, median of paired runs (wall): %s\n' "$(median <"$work/t-ratio-detect")"
  printf 'ratio survey / fly loop on the sample, median of paired runs (wall): %s\n' "$(median <"$work/t-ratio-fly")"
  printf 'goal: %s apps in at most 10 s wall: %s\n' "$apps" "$([ "$whole_wall" -le 10000 ] && echo met || echo missed)"
  printf 'load average while measuring: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

main "$@"
