"""Queries and server time of each page, in-process, at the demo's size and at N times it.

Each page is rendered through the whole middleware stack by Django's test client, as an
anonymous visitor over HTTPS: first with the cache emptied (cold), which counts the real
work; then with the page alone missing from the cache and the fragments of it kept there, as
the visitor after an unrelated change or after the page's time is up gets it; then from the
cache, as the next visitor gets it. A page whose query count grows with the data has a query
per row somewhere (N+1).
"""

from statistics import median
from time import perf_counter, process_time
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from awards.models import AwardEdition, Phase
from bench.report import QUERY_LIMIT
from demo.events import events as demo_events
from demo.generate import generate
from members.models import MemberGovernment
from procura import caching

EVENT_PARTS = ["sessions", "speakers", "partners", "quotes", "photos"]


def pages() -> list[tuple[str, str]]:
    """(name, English path) of the pages the benchmarks measure."""
    # The demo event with the most to show, and the newest edition with results.
    event = max(
        demo_events(),
        key=lambda record: sum(len(record.get(part, [])) for part in EVENT_PARTS),
    )
    year = AwardEdition.objects.filter(phase=Phase.ANNOUNCED).values_list("year", flat=True)[0]
    # The government whose profile shows the most: commitments, applications, events.
    government = (
        MemberGovernment.objects.filter(published=True)
        .annotate(shown=Count("commitments", distinct=True) + Count("applications", distinct=True))
        .order_by("-shown", "slug")
        .first()
    )
    with translation.override(settings.LANGUAGE_CODE):
        return [
            ("home", reverse("home")),
            ("events list", reverse("events:list")),
            ("event detail", reverse("events:detail", args=[event["slug"]])),
            ("members directory", reverse("members:directory")),
            ("member profile", reverse("members:profile", args=[government.slug])),
            ("awards year", reverse("awards:edition", args=[year])),
            ("impact results", reverse("impact:index")),
        ]


def measure(scales: tuple[int, ...], renders: int) -> dict:
    """Generate each scale in turn and measure every page; the data stays at the first."""
    found = {}
    for scale in reversed(scales):
        generate(scale)
        settle()
        client = Client(headers={"host": urlsplit(settings.SITE_URL).hostname})
        found[scale] = {path: measure_page(client, path, renders) for _name, path in pages()}
    return {
        "scales": list(scales),
        "renders": renders,
        "pages": [
            {
                "name": name,
                "path": path,
                "by_scale": {str(scale): found[scale][path] for scale in scales},
            }
            for name, path in pages()
        ],
    }


def settle() -> None:
    """Reclaim the rows that a smaller scale deleted and refresh the planner's statistics, as
    they are some time after a change: else the scale measured after a larger one pays for
    the dead rows, and looks slower than the larger one."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def differing(figures: dict) -> list[str]:
    """The pages whose query count is not the same at every scale."""
    return [
        page["name"]
        for page in figures["pages"]
        if any(
            len({tuple(at[kind]) for at in page["by_scale"].values()}) > 1
            for kind in ("queries", "fragment_queries")
        )
    ]


def over_limit(figures: dict) -> list[str]:
    """The pages that make more than QUERY_LIMIT queries at some scale."""
    return [
        page["name"]
        for page in figures["pages"]
        if any(
            max(at["queries"] + at["fragment_queries"]) > QUERY_LIMIT
            for at in page["by_scale"].values()
        )
    ]


def measure_page(client: Client, path: str, renders: int) -> dict:
    render(client, path, COLD)  # templates, translations and connections warm up
    cold = [render(client, path, COLD) for _render in range(renders)]
    warm = [render(client, path, FRAGMENTS) for _render in range(renders)]
    cached = [render(client, path, CACHED) for _render in range(renders)]
    return {
        "queries": sorted({queries for queries, _seconds, _cpu in cold}),
        "fragment_queries": sorted({queries for queries, _seconds, _cpu in warm}),
        "cached_queries": sorted({queries for queries, _seconds, _cpu in cached}),
        "ms": 1000 * median(seconds for _queries, seconds, _cpu in cold),
        "cpu_ms": 1000 * median(cpu for _queries, _seconds, cpu in cold),
        "fragment_ms": 1000 * median(seconds for _queries, seconds, _cpu in warm),
        "cached_ms": 1000 * median(seconds for _queries, seconds, _cpu in cached),
    }


# What the cache holds before a render: nothing; the page's fragments but not the page;
# the page.
COLD, FRAGMENTS, CACHED = "cold", "fragments", "cached"


def render(client: Client, path: str, cache: str) -> tuple[int, float, float]:
    """The queries, the seconds and the seconds of this process's CPU time of one request:
    the CPU time hardly moves with what else the machine runs, the seconds do."""
    if cache == COLD:
        caching.clear()
    elif cache == FRAGMENTS:
        caching.forget_page(path, secure=True)
    with CaptureQueriesContext(connection) as queries:
        started, cpu_started = perf_counter(), process_time()
        response = client.get(path, secure=True)
        seconds, cpu = perf_counter() - started, process_time() - cpu_started
    if response.status_code != 200:
        raise AssertionError(f"{path} answered {response.status_code}")
    return len(queries), seconds, cpu
