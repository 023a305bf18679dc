# The Jämlik API image: `jamlik serve` (uvicorn, uvloop + httptools) and `jamlik db upgrade`.
# Build context: the repository root (see docker-compose.yml).
#   docker build -f deploy/backend.Dockerfile -t jamlik-backend .

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /src
COPY pyproject.toml ./
COPY backend ./backend
# Installs the dependencies from pyproject and the `jamlik` console script.
RUN pip install .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/venv/bin:$PATH \
    # The app is run from /app, not from site-packages: the migrations (backend/migrations) and
    # alembic.ini are found relative to the package (backend.core.config.PROJECT_ROOT), and the
    # wheel built by `pip install .` does not carry them.
    PYTHONPATH=/app \
    JAMLIK_ENVIRONMENT=production \
    JAMLIK_HOST=0.0.0.0 \
    JAMLIK_PORT=8000 \
    JAMLIK_DEMO=0
RUN useradd --system --uid 10001 --no-create-home --home-dir /app jamlik
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY alembic.ini ./
COPY backend ./backend
USER jamlik
EXPOSE 8000
# No curl in the slim image: urlopen raises on a 503, so the exit code is the verdict.
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=5 \
  CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status == 200 else 1)"]
CMD ["jamlik", "serve"]
