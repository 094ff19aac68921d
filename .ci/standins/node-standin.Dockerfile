# Stand-in for the official node:<version>-bookworm(-slim) images, which cannot be pulled here.
# It offers what those images offer a Dockerfile: node and npm on PATH, CA certificates, and an
# unprivileged user "node" with uid/gid 1000 and a home directory. Node comes from Debian
# bookworm (v18), so a generated Dockerfile that pins another major still builds, on v18.
ARG BASE=unbuildpack-test/bookworm:latest
FROM ${BASE}
# The base is a debootstrap import: its config has no PATH, which the real images set.
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      nodejs npm ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
CMD ["node"]
