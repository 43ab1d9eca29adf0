"""The benchmarks' app, for their management commands; only bench/settings.py installs it."""

from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "bench"
    verbose_name = "Benchmarks"
