"""docker-compose.yml, the Dockerfile and .env.example agree with the settings module."""

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
PORTAL_SERVICES = ["migrate", "web", "worker", "beat"]
SETTINGS_SOURCE = (ROOT / "procura/settings/base.py").read_text()
# Every variable the settings read: env.<type>("NAME", ...) and url_setting("NAME", ...).
SETTINGS_VARIABLES = set(re.findall(r'(?:env\.\w+|url_setting)\(\s*"([A-Z_]+)"', SETTINGS_SOURCE))
# Read only by docker-compose.yml itself, to set up the database container.
COMPOSE_VARIABLES = {"POSTGRES_PASSWORD"}


def env_example() -> dict[str, str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))


def command(service: str) -> list[str]:
    value = SERVICES[service]["command"]
    return value if isinstance(value, list) else shlex.split(value)


def test_the_portal_has_its_five_services():
    assert {"web", "worker", "beat", "db", "redis"} <= set(SERVICES)
    assert SERVICES["db"]["image"] == "postgres:16"
    assert SERVICES["redis"]["image"] == "redis:7"


@pytest.mark.parametrize("service", ["web", "worker", "beat", "db", "redis"])
def test_every_long_running_service_has_a_health_check(service):
    assert SERVICES[service]["healthcheck"]["test"]


def dockerfile_instructions() -> list[str]:
    lines = (ROOT / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def image_command() -> list[str]:
    [cmd] = [line for line in dockerfile_instructions() if line.startswith("CMD ")]
    return json.loads(cmd.removeprefix("CMD "))


def test_web_serves_the_wsgi_application_with_gunicorn():
    assert "command" not in SERVICES["web"]  # the image's CMD
    web = image_command()

    assert web[:2] == ["gunicorn", settings.WSGI_APPLICATION.rsplit(".", 1)[0]]
    assert "0.0.0.0:8000" in web


def test_only_the_proxy_on_the_host_reaches_gunicorn():
    """The portal trusts X-Forwarded-Proto, so gunicorn must not face the network."""
    assert SERVICES["web"]["ports"] == ["127.0.0.1:8000:8000"]


def test_worker_and_beat_run_the_portals_celery_app():
    assert command("worker")[:4] == ["celery", "--app", "procura", "worker"]
    assert command("beat")[:4] == ["celery", "--app", "procura", "beat"]


def test_migrations_run_once_before_the_portal_starts():
    assert command("migrate") == ["python", "manage.py", "migrate", "--no-input"]
    for service in ["web", "worker", "beat"]:
        dependency = SERVICES[service]["depends_on"]["migrate"]
        assert dependency["condition"] == "service_completed_successfully"


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_portal_containers_reach_the_database_and_redis_services(service):
    environment = SERVICES[service]["environment"]
    database = SERVICES["db"]["environment"]

    assert environment["DATABASE_URL"].startswith(f"postgres://{database['POSTGRES_USER']}:")
    assert environment["DATABASE_URL"].endswith(f"@db:5432/{database['POSTGRES_DB']}")
    assert environment["REDIS_URL"] == "redis://redis:6379/0"
    assert "media:/app/media" in SERVICES[service]["volumes"]
    assert environment["MEDIA_ROOT"] == "/app/media"


def test_data_lives_in_volumes():
    assert "postgres:/var/lib/postgresql/data" in SERVICES["db"]["volumes"]
    assert {"postgres", "redis", "media"} <= set(COMPOSE["volumes"])


@pytest.mark.parametrize("service", PORTAL_SERVICES)
def test_compose_sets_only_variables_the_settings_read(service):
    assert set(SERVICES[service]["environment"]) <= SETTINGS_VARIABLES


def test_env_example_names_only_real_variables_and_every_required_one():
    names = set(env_example())

    assert names <= SETTINGS_VARIABLES | COMPOSE_VARIABLES
    required = {"SECRET_KEY", "ALLOWED_HOSTS", "SITE_URL", "DEFAULT_FROM_EMAIL"}
    assert required <= names
    assert env_example()["DEBUG"] == "false"


def test_every_variable_of_the_settings_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()

    assert [name for name in sorted(SETTINGS_VARIABLES) if f"`{name}`" not in readme] == []


def test_image_builds_catalogues_and_static_files_and_drops_root():
    instructions = dockerfile_instructions()
    runs = " ".join(line for line in instructions if line.startswith("RUN "))

    assert instructions[0].startswith("FROM python:3.11-")
    assert "uv sync --locked --no-dev" in runs
    assert "pybabel compile --domain django --directory locale" in runs
    assert "manage.py collectstatic --no-input" in runs
    assert [line for line in instructions if line.startswith("USER ")] == ["USER procura"]
