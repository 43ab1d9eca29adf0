"""The production settings, with the benchmark's URLs: the portal's pages and a bare view."""

from procura.settings.base import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
