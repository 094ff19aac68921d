#!/usr/bin/env bash
# Stand-in for eclipse-temurin's /__cacert_entrypoint.sh: the official script imports the
# certificates in /certificates when USE_SYSTEM_CA_CERTS is set, then execs its arguments. No
# test here mounts certificates, so this one only execs them, keeping the same entrypoint (and
# so the same argv) as the images it stands in for.
exec "$@"
