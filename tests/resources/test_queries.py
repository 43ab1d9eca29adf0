"""The library's pages make a fixed number of queries, however many resources, files,
versions and links there are."""

import pytest

from impact.models import ProductGroup
from resources.models import Resource
from tests.factories import EventFactory, GovernmentFactory
from tests.news.conftest import ArticleFactory
from tests.resources.conftest import add_pdf

pytestmark = pytest.mark.django_db

LIST_QUERIES = 8
DETAIL_QUERIES = 7
KINDS = ["criteria", "guide", "tender-model", "policy"]


def library(count: int) -> list[Resource]:
    """`count` resources of four kinds and years, each in two product groups, with files in
    two languages (two versions of one) and links to two events, two members and an article."""
    groups = [
        ProductGroup.objects.create(slug=f"group-{number}", name_en=f"Group {number}")
        for number in range(3)
    ]
    resources = []
    for number in range(count):
        resource = Resource.objects.create(
            slug=f"resource-{number}",
            title_en=f"Resource {number}",
            summary_en="Green criteria.",
            kind=KINDS[number % 4],
            year=2010 + number % 7,
            published=True,
        )
        resource.product_groups.set(groups[number % 2 : number % 2 + 2])
        resource.events.set([EventFactory(), EventFactory()])
        resource.members.set([GovernmentFactory(), GovernmentFactory()])
        resource.articles.set([ArticleFactory()])
        add_pdf(resource, "en", "first.pdf")
        add_pdf(resource, "en", "second.pdf")
        add_pdf(resource, ["ko", "ja", "zh-hans"][number % 3], "other.pdf")
        resources.append(resource)
    return resources


@pytest.mark.parametrize("count", [3, 30])
@pytest.mark.parametrize("query", ["", "?kind=criteria&group=group-1&language=en&year=2010"])
def test_list_queries_do_not_grow_with_the_library(
    client, django_assert_max_num_queries, count, query
):
    library(count)

    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get(f"/ja/resources/{query}")

    assert response.status_code == 200
    cards = response.content.decode().count('class="resource-card"')
    assert cards == (min(count, 20) if not query else len(range(0, count, 28)))
    newest = f"Resource {min(count, 7) - 1}" if not query else "Resource 0"
    assert newest in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_detail_queries_do_not_grow_with_the_library(client, django_assert_max_num_queries, count):
    resources = library(count)
    middle = resources[count // 2]
    middle.superseded_by = resources[0]
    middle.save()

    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = client.get(f"/ko{middle.get_absolute_url()[3:]}")

    assert response.status_code == 200
    html = response.content.decode()
    assert middle.title_en in html
    assert html.count('class="event-card"') == 2
    assert html.count('class="member-card"') == 2
    assert html.count('class="article-card"') == 1
    assert html.count('class="resource-download"') == 2
    assert html.count('class="resource-version"') == 1
    assert 'class="superseded-by"' in html


def test_a_download_takes_two_queries(client, django_assert_max_num_queries):
    library(3)

    with django_assert_max_num_queries(2):
        response = client.get("/en/resources/resource-1/download/en/")

    assert response.status_code == 200
