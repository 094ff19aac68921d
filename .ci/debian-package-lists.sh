#!/usr/bin/env bash
# Refreshes the package-name lists the system-package rules are checked against
# (src/test/resources/debian/): for each supported Debian release, the names of the binary
# packages of main for amd64, sorted, one per line, gzip'd (names only: about 300 kB per release
# instead of the 9 MB Packages.xz), and in package-lists.toml the Release file's date, the day of
# the download and the count, which DebianPackageNamesTest checks the list against.
#
#   .ci/debian-package-lists.sh [MIRROR]      (default https://deb.debian.org/debian)
set -euo pipefail

mirror=${1:-https://deb.debian.org/debian}
out="$(cd "$(dirname "$0")/.." && pwd)/src/test/resources/debian"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

toml="$work/package-lists.toml"
cat > "$toml" <<'HEADER'
# The binary packages of Debian's main component for amd64, names only, one list per release the
# rules support (<release>.txt.gz, sorted). Written by .ci/debian-package-lists.sh; "released" is
# the Date of the suite's Release file, "fetched" the day of the download.
HEADER
for release in bookworm trixie; do
  curl -fsS "$mirror/dists/$release/Release" -o "$work/Release"
  curl -fsS "$mirror/dists/$release/main/binary-amd64/Packages.xz" -o "$work/Packages.xz"
  xz -dc "$work/Packages.xz" | sed -n 's/^Package: //p' | LC_ALL=C sort -u > "$work/$release.txt"
  gzip -9 -n -c "$work/$release.txt" > "$out/$release.txt.gz"
  released=$(sed -n 's/^Date: //p' "$work/Release" | head -n 1)
  cat >> "$toml" <<ENTRY

[$release]
index = "$mirror/dists/$release/main/binary-amd64/Packages.xz"
released = "$(date -u -d "$released" +%F)"
fetched = "$(date -u +%F)"
packages = $(wc -l < "$work/$release.txt")
ENTRY
done
mv "$toml" "$out/package-lists.toml"
