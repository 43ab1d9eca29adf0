"""Where made-up content may be written: never into a database of real people."""

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection


def require_bench_database(command: str, *, or_debug: bool = False) -> None:
    """Stop `command` unless the database is one of its own, whose name says bench (or, with
    `or_debug`, DEBUG is on, as on a development machine)."""
    if "bench" in connection.settings_dict["NAME"] or (or_debug and settings.DEBUG):
        return
    alternative = ", or with DEBUG=true" if or_debug else ""
    raise CommandError(
        f"{command} fills the database with made-up content: run it on a database of its own, "
        f"whose name says bench{alternative}."
    )
