# The portal's image: one image for the web, worker and beat containers.
FROM python:3.11-slim-bookworm

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
# Catalogues and static files are built into the image; DEBUG=true only lets
# the settings load without the production variables at build time.
RUN pybabel compile --domain django --directory locale \
    && DEBUG=true python manage.py collectstatic --no-input

RUN useradd --system --uid 1000 --home-dir /app procura \
    && mkdir -p /app/media \
    && chown procura /app/media
USER procura

EXPOSE 8000
CMD ["gunicorn", "procura.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
