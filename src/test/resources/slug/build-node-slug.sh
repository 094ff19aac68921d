#!/bin/sh
# Builds a Node.js app the way Heroku's Node.js buildpack lays out a slug, then packs /app as a
# slug: the stand-in, in tests, for `heroku slugs:download` (no Heroku account or network reach
# here). Runs as root in a Node.js image (node, npm in /usr/local) with the app copied to /app.
#
#   node        /app/.heroku/node/{bin,lib} (the buildpack installs the nodejs.org tarball there)
#   modules     npm ci (npm install without a lockfile), then the build script, then
#               npm prune --omit=dev, in /app itself, as the buildpack does in its build dir
#   profile.d   /app/.profile.d/nodejs.sh with the PATH, NODE_HOME and NODE_ENV of the
#               buildpack's profile/nodejs.sh
#   slug        /slug.tar.gz: a gzip-compressed tar of ./app (the layout `heroku slugs:download`
#               saves)
#
# The registry may be reached through a TLS-intercepting proxy: a CA bundle at
# /run/secrets/extra-ca, when mounted, is trusted for the install and nothing of it is kept.
set -eu
node_home=/app/.heroku/node
mkdir -p "$node_home/bin" "$node_home/lib/node_modules" /app/.profile.d
cp /usr/local/bin/node "$node_home/bin/node"
cp -R /usr/local/lib/node_modules/npm "$node_home/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$node_home/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$node_home/bin/npx"
cat > /app/.profile.d/nodejs.sh <<'PROFILE'
export PATH="$HOME/.heroku/node/bin:$HOME/.heroku/yarn/bin:$PATH:$HOME/bin:$HOME/node_modules/.bin"
export NODE_HOME="$HOME/.heroku/node"
export NODE_ENV=${NODE_ENV:-production}
PROFILE

export PATH="$node_home/bin:$PATH" HOME=/app npm_config_cache=/tmp/npm-cache
if [ -f /run/secrets/extra-ca ]; then
  export NODE_EXTRA_CA_CERTS=/run/secrets/extra-ca npm_config_cafile=/run/secrets/extra-ca
fi
cd /app
if [ -f package-lock.json ] || [ -f npm-shrinkwrap.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
npm run build --if-present
npm prune --omit=dev --no-audit --no-fund
rm -rf /tmp/npm-cache
tar -C / -czf /slug.tar.gz ./app
