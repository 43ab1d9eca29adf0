"""Settings come from the environment, strictly; production passes Django's deploy checks.

Development needs no configuration at all: without DATABASE_URL it runs on an embedded
PostgreSQL server, started by whichever command needs it first.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from procura import devdatabase

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


@pytest.fixture(scope="module")
def development():
    """The quickstart's environment, with an embedded server of its own, stopped afterwards."""
    # Not in pytest's own temporary folder: run as root, the server runs as a user of its
    # own, and another pytest session closes that folder to other users.
    directory = Path(tempfile.mkdtemp(prefix="procura-postgres-"))
    yield {"DEBUG": "true", "DEV_DATABASE_DIR": str(directory)}
    devdatabase.stop(directory)
    shutil.rmtree(directory)


def shell(command, environment):
    return manage("shell", "--no-imports", "--command", command, **environment)


def test_production_configuration_passes_the_deploy_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_development_defaults_fail_the_deploy_checks(development):
    """The check above can fail: the quickstart configuration is not fit for production."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", **development)

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
        ("TRUSTED_PROXY_COUNT", "-1", "TRUSTED_PROXY_COUNT must be 0 or more."),
        ("TRUSTED_PROXY_COUNT", "one", "TRUSTED_PROXY_COUNT has an invalid value"),
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


def test_rate_limits_trust_the_compose_proxy_in_production_and_none_in_development(development):
    """Compose puts one proxy in front of gunicorn; runserver has none."""
    count = "from django.conf import settings; print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"

    assert shell(count, PRODUCTION).stdout == "1\n"
    assert shell(count, {**PRODUCTION, "TRUSTED_PROXY_COUNT": "2"}).stdout == "2\n"
    assert shell(count, development).stdout == "0\n"


def test_quickstart_needs_no_configuration_at_all(development):
    result = manage("check", DJANGO_SETTINGS_MODULE="procura.settings.base", **development)

    assert result.returncode == 0, result.stderr


def test_without_database_url_every_command_shares_one_embedded_postgres(development):
    """Commands started at once find one server: the first starts it, the others wait for it."""
    show = "from django.db import connection; print(connection.vendor, connection.settings_dict)"
    starters = [
        subprocess.Popen(
            [sys.executable, "manage.py", "shell", "--no-imports", "--command", show],
            cwd=settings.BASE_DIR,
            env={"PATH": os.environ["PATH"], **development},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [starter.communicate(timeout=60) for starter in starters]

    for starter, (stdout, stderr) in zip(starters, outputs, strict=True):
        assert starter.returncode == 0, stderr
        assert stdout.startswith("postgresql ")
        assert f"'HOST': '{development['DEV_DATABASE_DIR']}/data'" in stdout

    written = shell(
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')\n"
        "    cursor.execute('CREATE EXTENSION IF NOT EXISTS unaccent')\n"
        "    cursor.execute('CREATE TABLE greeting (text varchar)')\n"
        "    cursor.execute(\"INSERT INTO greeting VALUES (unaccent('Grüße aus Zürich'))\")",
        development,
    )
    assert written.returncode == 0, written.stderr

    read = shell(
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    cursor.execute('SELECT text, word_similarity(%s, text) FROM greeting', ['Zurich'])\n"
        "    print(cursor.fetchall())",
        development,
    )
    assert read.returncode == 0, read.stderr
    assert read.stdout.strip() == "[('Grusse aus Zurich', 1.0)]"


def test_without_the_embedded_server_the_settings_say_what_to_do(monkeypatch):
    monkeypatch.setitem(sys.modules, "embedded_postgres", None)  # as if not installed

    with pytest.raises(ImproperlyConfigured, match="set DATABASE_URL"):
        devdatabase.embedded_postgres()


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
