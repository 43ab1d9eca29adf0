"""Settings come from the environment, strictly; production passes Django's deploy checks."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "procura.settings.base",
    "DEBUG": "false",
    "SECRET_KEY": "q8#Vt2!mLp0zR@x7wK4^nB1cY9&hD3sF6-gJ5*eA_uT+oI(iW)vE=rQ",
    "ALLOWED_HOSTS": "procura-east-asia.org",
    "SITE_URL": "https://procura-east-asia.org",
    "DEFAULT_FROM_EMAIL": "Procura+ East Asia <noreply@procura-east-asia.org>",
    "DATABASE_URL": "postgres://procura@db:5432/procura",
    "REDIS_URL": "redis://redis:6379/0",
    "EMAIL_URL": "smtp://mail:25",
}


def manage(*args, **environment):
    # Only the variables given: nothing leaks in from the test run's own settings.
    env = {"PATH": os.environ["PATH"], **environment}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_configuration_passes_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_development_defaults_fail_the_deploy_checks():
    """The check above can fail: the quickstart configuration is not fit for production."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", DEBUG="true")

    assert result.returncode != 0
    assert "security.W018" in result.stderr  # DEBUG on


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("DEBUG", "maybe", "DEBUG must be true or false, not 'maybe'."),
        (
            "DATABASE_URL",
            "mysql://db/procura",
            "DATABASE_URL must be a URL with one of the schemes",
        ),
        ("REDIS_URL", "127.0.0.1:6379", "REDIS_URL must be a URL with one of the schemes"),
        ("EMAIL_URL", "smtpx://mail", "EMAIL_URL must be a URL with one of the schemes"),
        ("SITE_URL", "procura-east-asia.org", "SITE_URL must be a URL with one of the schemes"),
        ("SECRET_KEY", None, "Set the SECRET_KEY environment variable"),
        ("DATABASE_URL", None, "Set the DATABASE_URL environment variable"),
        ("REDIS_URL", None, "Set the REDIS_URL environment variable"),
        ("EMAIL_URL", None, "Set the EMAIL_URL environment variable"),
    ],
)
def test_a_bad_value_stops_start_up_with_a_clear_message(variable, value, message):
    environment = {key: val for key, val in PRODUCTION.items() if key != variable}
    if value is not None:
        environment[variable] = value

    result = manage("check", **environment)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_quickstart_needs_no_configuration_at_all():
    result = manage("check", DEBUG="true", DJANGO_SETTINGS_MODULE="procura.settings.base")

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("variable", "dead_url"),
    [
        ("DATABASE_URL", "postgres://root@127.0.0.1:1/procura"),
        ("REDIS_URL", "redis://127.0.0.1:1/0"),
    ],
)
def test_service_check_stops_at_once_and_says_how_to_start_the_services(variable, dead_url):
    environment = {
        "DJANGO_SETTINGS_MODULE": "procura.settings.test",
        "DATABASE_URL": os.environ["DATABASE_URL"],
        "REDIS_URL": os.environ["REDIS_URL"],
        variable: dead_url,
    }

    result = manage("check_services", **environment)

    assert result.returncode != 0
    assert "docker compose up -d db redis" in result.stderr
