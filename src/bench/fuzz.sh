#!/usr/bin/env bash
# Fuzzing benchmark: runs every Jazzer fuzz test (the @FuzzTest methods under src/test/java) in
# fuzzing mode for a fixed time each, one after another, and prints a Markdown table of what each
# reached: executions per second and libFuzzer's coverage figures (cov: edges covered in the
# tool's own classes, ft: features, corp: inputs kept).
#
#   src/bench/fuzz.sh [SECONDS] [Class#method ...]   default: 120 seconds, every fuzz test
#
# Jazzer fuzzes one test per JVM, so each runs in its own `mvn test -Pfuzz` (see pom.xml). An input
# that breaks a parser's contract (any exception other than its bad-input one, an
# OutOfMemoryError past -Xmx512m, a hang past fuzz.timeout seconds) stops that test and is written
# as crash-<sha1> into the test's Inputs folder under src/test/resources, where every plain
# `mvn test` replays it from then on: fix the parser, keep the file. The generated corpus goes to
# .cifuzz-corpus/ (ignored by git) and makes the next run start where this one stopped.
set -uo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=${1:-120}
shift || true
logs=$(mktemp -d /tmp/unbuildpack-fuzz.XXXXXX)

all_targets() {
  grep -rl --include='*FuzzTest.java' '@FuzzTest' "$repo/src/test/java" | sort | while read -r file; do
    local class
    class=$(basename "$file" .java)
    awk -v class="$class" '/@FuzzTest/ { want = 1; next }
      want && match($0, /void [A-Za-z0-9_]+\(/) {
        print class "#" substr($0, RSTART + 5, RLENGTH - 6); want = 0 }' "$file"
  done
}

if [ $# -gt 0 ]; then targets=("$@"); else mapfile -t targets < <(all_targets); fi

printf 'bench: fuzzing %d tests for %ss each; logs in %s\n' "${#targets[@]}" "$seconds" "$logs" >&2
(cd "$repo" && mvn -B -q test-compile >/dev/null) || { echo "bench: the tests do not compile" >&2; exit 4; }

rows=()
for target in "${targets[@]}"; do
  log="$logs/${target/\#/.}.log"
  printf 'bench: %s\n' "$target" >&2
  (cd "$repo" && mvn -B -q test -Pfuzz -Dfuzz.seconds="$seconds" -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1)
  status=$?
  # libFuzzer's status lines: "#98034<TAB>DONE cov: 55 ft: 298 corp: 67/4206b ... exec/s: 4668"
  last=$(grep -E '^#[0-9]+[[:space:]]' "$log" | tail -1)
  field() { sed -nE "s|.* $1: ([^ ]+).*|\\1|p" <<<"$last"; }
  runs=$(sed -nE 's/^#([0-9]+)[[:space:]].*/\1/p' <<<"$last")
  result=ok
  if [ "$status" -ne 0 ]; then
    crash=$(grep -oE 'crash-[0-9a-f]+' "$log" | head -1)
    finding=$(grep -m1 -oE 'FuzzTestFindingException: .*|OutOfMemoryError.*|ERROR: libFuzzer: timeout.*' \
      "$log" | sed 's/^FuzzTestFindingException: //' | cut -c1-100)
    result="FINDING ${crash:-(see log)}: ${finding:-exit $status}"
  fi
  rows+=("| $target | ${runs:-0} | $(field exec/s) | $(field cov) | $(field ft) | $(field corp) | $result |")
done

printf '\n## fuzzing: %ss per test (%s, %s cores, load %s)\n\n' "$seconds" \
  "$(date -u +%Y-%m-%dT%H:%MZ)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| fuzz test | executions | exec/s | cov | ft | corpus (inputs/bytes) | result |\n'
printf '|---|---:|---:|---:|---:|---:|---|\n'
printf '%s\n' "${rows[@]}"
