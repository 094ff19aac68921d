FROM node:22-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci
