# The portal's image: one image for the web, worker and beat containers. Its `proxy` stage is
# the image of Compose's nginx service, with this release's static files.
FROM python:3.11-slim-bookworm AS portal

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    PATH="/opt/venv/bin:$PATH"

RUN pip install --no-cache-dir uv==0.13.8

WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project

COPY . .
# Catalogues and static files are built into the image, with the production settings.
# The variables are placeholders that only let the settings load: collectstatic connects
# to nothing, and they are not kept in the image. (DEBUG=true would install the demo app
# and start the development database, neither of which the image holds.)
RUN pybabel compile --domain django --directory locale \
    && DEBUG=false \
    SECRET_KEY=placeholder-for-the-build-only-never-used-at-run-time \
    ALLOWED_HOSTS=localhost \
    SITE_URL=https://localhost \
    DATABASE_URL=postgres://build@localhost/build \
    REDIS_URL=redis://localhost:6379/0 \
    EMAIL_URL=smtp://localhost:25 \
    DEFAULT_FROM_EMAIL=noreply@localhost \
    python manage.py collectstatic --no-input

RUN useradd --system --uid 1000 --home-dir /app procura \
    && mkdir -p /app/media \
    && chown procura /app/media
USER procura

EXPOSE 8000
CMD ["gunicorn", "procura.wsgi", "--config", "procura/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]

# nginx in front of the portal, configured by nginx/portal.conf, which Compose mounts: Debian's,
# with the brotli modules that file loads, and the static files collected above.
FROM debian:bookworm-slim AS proxy
RUN apt-get update \
    && apt-get install --yes --no-install-recommends \
    nginx libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /var/cache/nginx
COPY --from=portal /app/staticfiles /app/staticfiles
EXPOSE 80 443
CMD ["nginx", "-g", "daemon off;"]

# The default target: the portal.
FROM portal
