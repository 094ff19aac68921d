#!/usr/bin/env bash
# Python against Node.js: `detect` and `convert --dry-run` on two generated apps of the same
# size, each a fresh process, so the Python detector's extra reads (version files, settings,
# WSGI modules, manage.py up to three folders deep) show against Node's.
#
#   src/bench/ecosystems.sh [DEPENDENCIES] [SOURCE_FILES]     defaults: 200 and 300
#
# Both apps have the same number of dependencies (Node: package.json and a v3 package-lock.json;
# Python: a pinned requirements.txt), the same number of source files spread over three levels of
# folders, a Procfile, and for Python a Django project (manage.py, settings.py, wsgi.py), the
# most the Python detector reads. Environment: BENCH_RUNS (timed runs per command, default 20).
# Uses hyperfine when installed, else a shell loop; prints a Markdown table.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
deps=${1:-200}
files=${2:-300}
runs=${BENCH_RUNS:-20}
work=$(mktemp -d /tmp/unbuildpack-bench-eco.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$deps" "$files" <<'PY'
import json, os, sys
work, deps, files = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
names = [f"pkg{i:04d}" for i in range(deps)]
def sources(root, ext, body):
    for i in range(files):
        d = os.path.join(root, "src", f"a{i % 5}", f"b{i % 7}")
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"m{i}{ext}"), "w") as f:
            f.write(body * 20)
node = os.path.join(work, "node-app")
os.makedirs(node)
pkg = {"name": "bench", "version": "1.0.0", "engines": {"node": "24.x"},
       "scripts": {"start": "node server.js", "build": "node build.js"},
       "dependencies": {n: "^1.0.0" for n in names}}
lock = {"name": "bench", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
        "packages": {"": {"name": "bench", "version": "1.0.0", "dependencies": pkg["dependencies"]}}}
for n in names:
    lock["packages"][f"node_modules/{n}"] = {"version": "1.0.0",
        "resolved": f"https://registry.npmjs.org/{n}/-/{n}-1.0.0.tgz",
        "integrity": "sha512-" + "A" * 86 + "=="}
json.dump(pkg, open(os.path.join(node, "package.json"), "w"), indent=2)
json.dump(lock, open(os.path.join(node, "package-lock.json"), "w"), indent=2)
open(os.path.join(node, "Procfile"), "w").write("web: node server.js\n")
open(os.path.join(node, "server.js"), "w").write("require('http').createServer().listen(process.env.PORT)\n")
sources(node, ".js", "module.exports = function f(x) { return x + 1; };\n")
py = os.path.join(work, "python-app")
os.makedirs(os.path.join(py, "mysite"))
open(os.path.join(py, "requirements.txt"), "w").write(
    "django==5.2.1\ngunicorn==23.0.0\n" + "".join(f"{n}==1.0.0\n" for n in names[2:]))
open(os.path.join(py, ".python-version"), "w").write("3.13\n")
open(os.path.join(py, "Procfile"), "w").write("web: gunicorn mysite.wsgi\n")
open(os.path.join(py, "manage.py"), "w").write("import os\n")
open(os.path.join(py, "mysite", "settings.py"), "w").write(
    "import os\nSECRET_KEY = os.environ['SECRET_KEY']\n" * 10)
open(os.path.join(py, "mysite", "wsgi.py"), "w").write(
    "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n")
sources(py, ".py", "def f(x):\n    return x + 1\n")
PY

launcher="$repo/unbuildpack"
"$launcher" detect "$work/node-app" >/dev/null   # builds the jar and its class archive once

median_ms() {
  local command=$1
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --style none --warmup 2 --runs "$runs" --export-json "$work/h.json" "$command" \
      >/dev/null 2>&1
    python3 -c "import json; r = json.load(open('$work/h.json'))['results'][0]; print(round(r['median'] * 1000))"
  else
    local times=() i start
    for ((i = 0; i < runs; i++)); do
      start=$(date +%s%N)
      $command >/dev/null 2>&1 || true
      times+=($((($(date +%s%N) - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
  fi
}

printf '| command | Node.js app (ms) | Python app (ms) | Python / Node |\n|---|---|---|---|\n'
for cmd in "detect" "convert --dry-run"; do
  node_ms=$(median_ms "$launcher $cmd $work/node-app")
  python_ms=$(median_ms "$launcher $cmd $work/python-app")
  printf '| %s | %s | %s | %s |\n' "$cmd" "$node_ms" "$python_ms" \
    "$(python3 -c "print(f'{$python_ms / $node_ms:.2f}')")"
done
printf '\n%s dependencies and %s source files per app, median of %s runs each (fresh processes).\n' \
  "$deps" "$files" "$runs"
