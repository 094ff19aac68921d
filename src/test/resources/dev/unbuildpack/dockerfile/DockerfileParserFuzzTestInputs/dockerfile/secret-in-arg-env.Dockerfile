FROM node:22-bookworm-slim
ARG NPM_TOKEN
ENV NODE_ENV=production \
    REGISTRY_AUTH=${NPM_TOKEN}
WORKDIR /app
COPY . .
RUN echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > /root/.npmrc && npm ci
CMD ["node", "server.js"]
