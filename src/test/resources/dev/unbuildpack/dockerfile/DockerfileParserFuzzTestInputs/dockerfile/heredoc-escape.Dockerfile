# syntax=docker/dockerfile:1
# escape=`
FROM node:20-bookworm AS build
ARG A B=2 "C=3 4"
ENV X=1 Y="two words" `
    Z=$X
ENV LEGACY some value
RUN --mount=type=secret,id=npm,target=/root/.npmrc,required=true <<-EOT bash
	npm ci
	EOT
COPY --from=build --chown=node:node <<"EOF2" /app/x
hello $X
EOF2
CMD ["node", "server.js"]
