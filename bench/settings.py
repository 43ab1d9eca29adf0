"""The production settings, with the benchmark's URLs (the portal's pages and a bare view)
and its commands (bench_pages, bench_mailings)."""

from procura.settings.base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
