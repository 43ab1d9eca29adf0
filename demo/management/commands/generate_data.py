"""Grow the demo content to N times its size, for benchmarks (demo/generate.py)."""

from django.core.management.base import BaseCommand, CommandError

from demo.generate import counts, generate
from demo.guard import require_bench_database


class Command(BaseCommand):
    help = (
        "Leaves N times the demo content (load_demo first) in the database: governments, "
        "events, applications and all they hold. Runs on a database whose name says bench, "
        "or with DEBUG=true."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=10, help="How many times the demo.")

    def handle(self, *args, scale, **options):
        require_bench_database("generate_data", or_debug=True)
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
