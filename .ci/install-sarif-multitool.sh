#!/usr/bin/env bash
# Installs Microsoft's SARIF Multitool (npm package @microsoft/sarif-multitool) into a directory
# the tests look in: target/sarif-multitool by default, or the first argument. Idempotent: an
# existing working install is kept. Tests find it through the system property
# unbuildpack.sarifMultitool (path to the executable) or at the default location.
set -euo pipefail

project_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
prefix="${1:-$project_dir/target/sarif-multitool}"
version="${SARIF_MULTITOOL_VERSION:-5.7.0}"
native="$prefix/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
launcher="$prefix/node_modules/.bin/sarif-multitool"

works() {
  [ -x "$launcher" ] && [ -x "$native" ] && "$launcher" --version >/dev/null 2>&1
}

if works; then
  echo "sarif-multitool already installed at $launcher"
  exit 0
fi

command -v npm >/dev/null || { echo "npm is required to install sarif-multitool" >&2; exit 1; }
mkdir -p "$prefix"
npm install --no-audit --no-fund --no-save --prefix "$prefix" "@microsoft/sarif-multitool@$version"
# npm may skip the package's postinstall (which only marks the native binary executable).
chmod u+x "$native"
works || { echo "sarif-multitool installed but does not run: $launcher" >&2; exit 1; }
echo "sarif-multitool $version installed at $launcher"
