"""The public pages the benchmarks measure, uncached: at most 8 queries each with the demo
content, and as many with more of it (a count that grows with the data is a query per row);
rendered again with their fragments in the cache, no more."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import AwardEdition
from bench.queries import pages
from bench.report import QUERY_LIMIT
from demo.generate import generate
from events.models import Event
from members.models import MemberGovernment
from procura import caching
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db


def shown(path: str) -> str:
    """A text the page at `path` must show: the name of what it is about."""
    slug = path.rstrip("/").rsplit("/", 1)[-1]
    if path.startswith("/en/events/") and slug != "events":
        return Event.objects.get(slug=slug).title
    if path.startswith("/en/members/") and slug != "members":
        return MemberGovernment.objects.get(slug=slug).name
    if path.startswith("/en/awards/"):
        return AwardEdition.objects.get(year=slug).title
    return "Procura+ East Asia"


def queries(client, path: str, fragments: bool = False) -> int:
    """The queries of the page at `path`, with nothing in the cache, or with the fragments of
    its previous render."""
    if fragments:
        client.get(path, secure=True)
        caching.forget_page(path, secure=True)
    else:
        caching.clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, secure=True)
    assert response.status_code == 200
    assert shown(path) in visible_text(response)
    return len(captured)


def test_each_page_makes_few_queries_and_no_more_with_more_content(client, demo):
    measured = dict(pages())
    with_demo = {name: queries(client, path) for name, path in measured.items()}
    warm = {name: queries(client, path, fragments=True) for name, path in measured.items()}
    generate(2)
    with_more = {name: queries(client, path) for name, path in measured.items()}
    warm_with_more = {
        name: queries(client, path, fragments=True) for name, path in measured.items()
    }

    assert {name: count for name, count in with_demo.items() if count > QUERY_LIMIT} == {}
    assert with_more == with_demo
    assert warm_with_more == warm
    assert {name: count for name, count in warm.items() if count > with_demo[name]} == {}
    # The event's page and the award year find all but their facts and news in the cache.
    assert warm["event detail"] <= 2
    assert warm["awards year"] <= 2
