"""The production settings, with the benchmark's URLs (the portal's pages and a bare view)
and its commands (bench_pages, bench_mailings)."""

from procura.settings.base import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench"]  # noqa: F405
ROOT_URLCONF = "bench.urls"
# The demo content and generate_data, whatever DEBUG says (the base adds them with DEBUG=true).
if "demo" not in INSTALLED_APPS:
    INSTALLED_APPS.append("demo")
