#!/usr/bin/env bash
# Installs Debian's Go toolchain (golang-go) when no `go` is on PATH: the tests build real Go
# binaries with it (offline, from a module with a local replaced dependency) to check the Go
# build-info reader against `go version -m`. Idempotent.
set -euo pipefail
if command -v go >/dev/null 2>&1; then
  echo "go already installed: $(go version)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# A fresh machine's package lists may be missing or stale: update once if the install fails.
apt-get install -y -q golang-go >/dev/null 2>&1 ||
  { apt-get update -q >/dev/null && apt-get install -y -q golang-go >/dev/null; }
echo "installed $(go version)"
