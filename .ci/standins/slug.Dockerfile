# Makes a Heroku slug of a Node.js app the way heroku/nodejs lays out /app, as a stand-in for
# `heroku slugs:download` (no Heroku account is reachable from CI): the app in /app, production
# dependencies installed (npm ci --omit=dev, as the buildpack prunes devDependencies), node and
# npm in /app/.heroku/node, .profile.d/nodejs.sh putting them on PATH with NODE_ENV=production.
# The slug is /slug.tar.gz (a gzip tar of ./app, as the Platform API's slug blob holds it); copy it
# out of the image (docker create, then docker cp CONTAINER:/slug.tar.gz .).
# Build context: a folder holding the app as app/. The CA bundle is the BuildKit secret extra-ca.
ARG NODE_IMAGE=unbuildpack-test/node-standin:24.22.3
FROM ${NODE_IMAGE}
COPY app /app
WORKDIR /app
RUN --mount=type=secret,id=extra-ca NPM_CONFIG_CAFILE=/run/secrets/extra-ca npm ci --omit=dev \
 && mkdir -p .heroku/node/bin .heroku/node/lib .profile.d \
 && cp /usr/local/bin/node .heroku/node/bin/ \
 && cp -R /usr/local/lib/node_modules .heroku/node/lib/ \
 && printf '%s\n' 'export PATH="$HOME/.heroku/node/bin:$PATH:$HOME/bin:$HOME/node_modules/.bin"' \
      'export NODE_ENV=production' > .profile.d/nodejs.sh \
 && tar -czf /slug.tar.gz -C / ./app
