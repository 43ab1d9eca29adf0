"""A search makes the same few queries however much it finds: the overview one (two with a
suggestion), a kind's page two (three with a suggestion)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from awards.models import ApplicationStatus, Phase
from tests.factories import (
    ApplicationFactory,
    CategoryFactory,
    CommitmentFactory,
    EditionFactory,
    EventFactory,
    GovernmentFactory,
)
from tests.news.conftest import ArticleFactory
from tests.search.conftest import found_urls, search

pytestmark = pytest.mark.django_db

OVERVIEW_QUERIES = 2
KIND_QUERIES = 3


def network(count: int) -> None:
    """`count` of each kind, every one about green procurement in two languages."""
    category = CategoryFactory(edition=EditionFactory(phase=Phase.ANNOUNCED))
    for number in range(count):
        government = GovernmentFactory(summary_zh_hans="绿色采购", summary_en="Green procurement")
        CommitmentFactory(government=government, title_en="Green procurement everywhere")
        EventFactory(title_en=f"Green procurement day {number}", summary_zh_hans="绿色采购")
        ArticleFactory(title_en=f"Green procurement news {number}", body_zh_hans="绿色采购")
        ApplicationFactory(
            category=category,
            government=government,
            status=ApplicationStatus.WINNER,
            title_en=f"Green procurement of buses {number}",
            summary_zh_hans="绿色采购",
        )


def queries(client, language: str, q: str, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = search(client, language, q, **params)
    assert response.status_code == 200
    assert found_urls(response)
    return len(captured)


SEARCHES = [
    ("en", "green procurement", {}),
    ("zh-hans", "采购", {}),
    ("en", "procurment", {}),
    ("en", "procurment", {"kind": "members"}),
    ("zh-hans", "绿色", {"kind": "news", "page": "1"}),
]


@pytest.mark.parametrize(("language", "q", "params"), SEARCHES)
def test_the_queries_do_not_grow_with_the_index(
    client, django_assert_max_num_queries, language, q, params
):
    network(3)
    small = queries(client, language, q, **params)
    network(27)
    large = queries(client, language, q, **params)

    assert small == large
    with django_assert_max_num_queries(KIND_QUERIES if params else OVERVIEW_QUERIES):
        response = search(client, language, q, **params)
    assert response.status_code == 200
    # Five of each of the four kinds, or a kind's page of twenty.
    assert len(found_urls(response)) == 20
