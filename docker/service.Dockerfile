# Every service's image, from one recipe (the services build and run alike):
#   docker build -f docker/service.Dockerfile --build-arg SERVICE=registration -t carers/registration .
ARG NODE_IMAGE=node:20-bookworm-slim
ARG SERVICE

FROM ${NODE_IMAGE} AS build
ARG SERVICE
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.base.json nx.json ./
COPY libs libs
COPY apps/${SERVICE} apps/${SERVICE}
COPY tools tools
RUN npx tsc -p apps/${SERVICE}/tsconfig.app.json

FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.base.json ./
COPY tools/dev/run-built.js tools/dev/paths.js tools/dev/
RUN mkdir -p /var/lib/carers/dev-issuer && chown node:node /var/lib/carers/dev-issuer
COPY --from=build /src/dist/apps/${SERVICE} dist/apps/${SERVICE}
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node tools/dev/run-built.js \"$SERVICE\""]
