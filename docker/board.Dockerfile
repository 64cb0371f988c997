# The board dashboard's image (apps/board: a small Node HTTP server, no database, no Kafka):
#   docker build -f docker/board.Dockerfile -t carers/board .
# Built like the services (tsc into dist/apps/board, run by tools/dev/run-built.js) plus its static files.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json nx.json ./
COPY libs libs
COPY apps/board apps/board
COPY tools tools
RUN npx tsc -p apps/board/tsconfig.app.json
RUN npx tsc -p apps/board/tsconfig.browser.json

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.base.json ./
COPY tools/dev/run-built.js tools/dev/paths.js tools/dev/
COPY --from=build /src/dist/apps/board dist/apps/board
COPY apps/board/public apps/board/public
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "tools/dev/run-built.js", "board"]
