#!/usr/bin/env python3
"""Regenerates src/main/resources/stack-baseline/ (the stack baseline of `verify`).

Inputs:
  BASE_IMAGES  a checkout of https://github.com/heroku/base-images (its installed-packages lists)
  CONTENTS     a folder with Contents-<suite>-amd64.gz and Release-<suite> for each suite below,
               downloaded from Debian's mirror:
                 curl -O http://deb.debian.org/debian/dists/<suite>/main/Contents-amd64.gz
                 curl -O http://deb.debian.org/debian/dists/<suite>/Release

Usage: .ci/stack-baseline.py BASE_IMAGES CONTENTS OUT_DIR
"""
import gzip
import re
import subprocess
import sys
from pathlib import Path

STACKS = {"heroku-22": "Ubuntu 22.04", "heroku-24": "Ubuntu 24.04"}
SUITES = ["bookworm", "trixie"]
LIB_DIRS = {"lib", "usr/lib", "lib64", "usr/lib64",
            "lib/x86_64-linux-gnu", "usr/lib/x86_64-linux-gnu"}
# A library name as DT_NEEDED gives it: one or two version numbers (libz.so.1, libpython3.12.so.1.0);
# the real files behind them (libz.so.1.2.13) are never needed by name.
SONAME = re.compile(r"(lib|ld-)[^/]*\.so\.[0-9]+(\.[0-9]+)?")


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


def installed(text):
    """Package names of an installed-packages list; packages not fully installed are skipped."""
    names = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip() or "(package status:" in line:
            continue
        names.append(line.strip())
    return names


def stack_file(repo, stack, out):
    commit = git(repo, "rev-parse", "HEAD").strip()
    date = git(repo, "log", "-1", "--format=%cs").strip()
    run_path = f"{stack}/installed-packages-amd64.txt"
    build_path = f"{stack}-build/installed-packages-amd64.txt"
    changed = git(repo, "log", "-1", "--format=%h %cs", "--", run_path, build_path).split()
    run = installed(git(repo, "show", f"HEAD:{run_path}"))
    build = installed(git(repo, "show", f"HEAD:{build_path}"))
    lines = [
        f"# {stack} ({STACKS[stack]}), amd64: the packages of Heroku's run image heroku/heroku:"
        f"{stack[7:]} and build image heroku/heroku:{stack[7:]}-build.",
        f"# source: https://github.com/heroku/base-images commit {commit} ({date}),"
        f" lists last changed in {changed[0]} ({changed[1]})",
        f"# files: {run_path}, {build_path}",
        "# one package a line: NAME run (in both images) or NAME build (the build image only)",
    ]
    lines += [f"{name} run" for name in sorted(set(run))]
    lines += [f"{name} build" for name in sorted(set(build) - set(run))]
    (out / f"{stack}.txt").write_text("\n".join(lines) + "\n")
    return set(run) | set(build)


def release_date(contents_dir, suite):
    for line in (contents_dir / f"Release-{suite}").read_text().splitlines():
        if line.startswith("Date:"):
            return line[5:].strip()
    raise SystemExit(f"no Date in Release-{suite}")


def libraries(contents_dir, suite):
    """soname -> packages of the suite that ship a file of that name in a library directory."""
    found = {}
    with gzip.open(contents_dir / f"Contents-{suite}-amd64.gz", "rt", errors="replace") as lines:
        for line in lines:
            parts = line.rstrip("\n").rsplit(None, 1)
            if len(parts) != 2:
                continue
            path, owners = parts
            directory, _, name = path.rpartition("/")
            if directory not in LIB_DIRS or not SONAME.fullmatch(name):
                continue
            for owner in owners.split(","):
                found.setdefault(name, set()).add(owner.rsplit("/", 1)[-1])
    return found


def main():
    repo, contents_dir, out = (Path(a) for a in sys.argv[1:4])
    out.mkdir(parents=True, exist_ok=True)
    stack_packages = set()
    for stack in STACKS:
        stack_packages |= stack_file(repo, stack, out)
    per_suite = {suite: libraries(contents_dir, suite) for suite in SUITES}
    wanted = {soname for found in per_suite.values() for soname, packages in found.items()
              if packages & stack_packages}
    lines = [
        "# Shared libraries of Debian packages, from the Contents-amd64 indexes of"
        " http://deb.debian.org/debian main:",
        *[f"#   {suite}: Release file dated {release_date(contents_dir, suite)}" for suite in SUITES],
        "# Kept: every versioned library name (lib*.so.N) in a library directory (/lib, /usr/lib and"
        " their x86_64-linux-gnu forms) shipped by a package that a stack list in this folder"
        " names, with every package of either suite that ships a library of that name.",
        "# one line: SONAME SUITE PACKAGE[,PACKAGE...]",
    ]
    for soname in sorted(wanted):
        for suite in SUITES:
            packages = per_suite[suite].get(soname)
            if packages:
                lines.append(f"{soname} {suite} {','.join(sorted(packages))}")
    (out / "sonames.txt").write_text("\n".join(lines) + "\n")
    covered = {p for found in per_suite.values() for packages in found.values() for p in packages}
    print(f"{len(wanted)} library names; stack packages found in Debian with a library:"
          f" {len(stack_packages & covered)}", file=sys.stderr)


if __name__ == "__main__":
    main()
