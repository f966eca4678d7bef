# syntax=docker/dockerfile:1
# One image for the API, the worker and the migrate/seed step (see docker-compose.yml):
#   docker build -t iso-dien-tu .
#   docker run … iso-dien-tu                                         the API (default command)
#   docker run … iso-dien-tu node dist/apps/worker/src/main.js       the BullMQ worker
#   docker run … iso-dien-tu node dist/apps/cli/src/main.js migrate  migrations (`seed` also loads the demo data)
# Node.js 22 LTS (20 reached end of life in April 2026; engines stays ">=20" so the tests also run on 20)
ARG NODE_IMAGE=node:22-bookworm-slim

# --- build: all dependencies, compile TypeScript, then drop the dev dependencies ----------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
# `npm ci` is avoided on purpose: it stops on optional platform binaries missing from the lockfile
RUN --mount=type=cache,target=/root/.npm npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# --- runtime: compiled code, production dependencies and the seed data, run as a non-root user --
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    SCARF_ANALYTICS=false
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY data ./data
# files stay owned by root (read-only to the app); the app writes nothing to disk
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/src/main.js"]
