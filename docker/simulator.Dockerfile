# The demo simulator (compose profile `demo`): runs tools/demo/simulate.ts through swc, so unlike the
# service images it keeps the dev dependencies. Never deployed to Kubernetes.
#   docker build -f docker/simulator.Dockerfile -t carers/simulator .
ARG NODE_IMAGE=node:20-bookworm-slim
FROM ${NODE_IMAGE}
ENV NODE_ENV=development
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund && npm cache clean --force
COPY tsconfig.base.json nx.json ./
COPY libs libs
COPY apps apps
COPY tools tools
USER node
CMD ["node", "tools/dev/run-ts.js", "tools/demo/simulate.ts", "--carers", "2000", "--speed", "50"]
