# The SPA built with Vite and served by nginx, which also proxies /api, /healthz and /readyz to
# the backend service. Build context: the repository root (see docker-compose.yml).
#   docker build -f deploy/web.Dockerfile -t jamlik-web .

FROM node:20-bookworm-slim AS build
# Dependencies first, in a layer of their own that stays cached while the lockfile is unchanged.
WORKDIR /deps
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
WORKDIR /src/frontend
COPY frontend/ ./
# The classic builder (docker-compose 1.29) ignores deploy/web.Dockerfile.dockerignore, so a
# developer's node_modules and dist may have come along: replace them with the clean install.
RUN rm -rf node_modules dist \
 && mv /deps/node_modules ./node_modules \
 && npm run build

FROM nginx:1.28-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 8080
