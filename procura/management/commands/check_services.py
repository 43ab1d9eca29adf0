"""Fail fast, with directions, when Postgres or Redis is not reachable."""

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from psycopg import sql

from procura import health

HINT = (
    "Start them with `docker compose up -d db redis`, or point DATABASE_URL and REDIS_URL at yours."
)


class Command(BaseCommand):
    help = "Checks that the database, cache and broker answer; creates the database if missing."

    def handle(self, *args, **options):
        self.ensure_database()
        down = [name for name, up in health.report().items() if not up]
        if down:
            raise CommandError(f"Not reachable: {', '.join(down)}. {HINT}")
        self.stdout.write(
            f"Database, cache and broker answer ({settings.DATABASES['default']['HOST']})."
        )

    def ensure_database(self):
        params = connection.get_connection_params()
        name = params.pop("dbname")
        try:
            with psycopg.connect(
                dbname="postgres", connect_timeout=3, autocommit=True, **params
            ) as server:
                exists = server.execute(
                    "SELECT 1 FROM pg_database WHERE datname = %s", [name]
                ).fetchone()
                if not exists:
                    server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                    self.stdout.write(f"Created the database {name}.")
        except psycopg.OperationalError as error:
            raise CommandError(f"Postgres is not reachable: {error}\n{HINT}") from None
