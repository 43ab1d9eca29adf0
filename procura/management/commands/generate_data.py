"""Grow the demo content to N times its size, for benchmarks (procura/generate.py)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from procura.generate import counts, generate


class Command(BaseCommand):
    help = (
        "Leaves N times the demo content (load_demo first) in the database: governments, "
        "events, applications and all they hold. Runs on a database whose name says bench, "
        "or with DEBUG=true."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=10, help="How many times the demo.")

    def handle(self, *args, scale, **options):
        if "bench" not in connection.settings_dict["NAME"] and not settings.DEBUG:
            raise CommandError(
                "generate_data fills the database with made-up content: run it on a database "
                "of its own, whose name says bench, or with DEBUG=true."
            )
        if scale < 1:
            raise CommandError("--scale is a whole number from 1.")
        before = counts()
        try:
            after = generate(scale)
        except LookupError as error:
            raise CommandError(error) from None
        width = max(len(kind) for kind in after)
        for kind, number in after.items():
            self.stdout.write(f"{kind:<{width}}  {before[kind]:>7} → {number:>7}")
        self.stdout.write(self.style.SUCCESS(f"The database holds {scale} × the demo content."))
