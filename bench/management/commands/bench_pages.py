"""Benchmark of queries and server time per page, at the demo's size and N times it
(bench/queries.py); run by `make bench`."""

import json

from django.core.management.base import BaseCommand, CommandError

from bench import queries
from bench.report import QUERY_LIMIT, queries_table
from demo.guard import require_bench_database


class Command(BaseCommand):
    help = (
        "Counts the queries and times each page, uncached and cached, with the demo content "
        "and with --scale times as much; fails when a count differs or is over the limit. "
        "Leaves the demo content "
        "(generate_data --scale 1). Needs a database whose name says bench."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=int, default=10)
        parser.add_argument("--renders", type=int, default=5, help="Renders timed per page.")
        parser.add_argument("--json", dest="json_path", help="Also write the figures here.")

    def handle(self, *args, scale, renders, json_path, **options):
        require_bench_database("bench_pages")
        figures = queries.measure((1, scale), renders)
        self.stdout.write(queries_table(figures))
        if json_path:
            with open(json_path, "w") as file:
                json.dump(figures, file, indent=2)
        if differing := queries.differing(figures):
            raise CommandError(f"The query count changes with the data on: {', '.join(differing)}.")
        if heavy := queries.over_limit(figures):
            raise CommandError(f"More than {QUERY_LIMIT} queries on: {', '.join(heavy)}.")
        self.stdout.write(
            f"Every page makes as many queries at {scale} × the demo content, "
            f"at most {QUERY_LIMIT}."
        )
