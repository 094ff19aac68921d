FROM node:22-bookworm-slim
WORKDIR /app
COPY package.json ./
# The file holding the token is created and deleted by the same step, so no layer keeps it.
RUN --mount=type=secret,id=NPM_TOKEN,env=NPM_TOKEN \
    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > /root/.npmrc \
    && npm ci 2>&1 \
    && rm -f /root/.npmrc
CMD ["node", "server.js"]
