"""The public directory of member governments, in each of the four languages."""

import pytest
from django.utils import translation

from members.models import MembershipStatus
from tests.factories import GovernmentFactory
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def names_on(response) -> list[str]:
    return [
        text
        for _attrs, text in page(response).find_all("a")
        if _attrs.get("class") == "member-link"
    ]


def test_directory_in_the_visitors_language(client, beijing, seoul, language):
    response = client.get(f"/{language}/members/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    with translation.override(language):
        assert translation.gettext("Member governments") in visible_text(response)
        assert beijing.name in names_on(response)  # the name in the visitor's language
        assert str(beijing.get_country_display()) in visible_text(response)


@pytest.mark.parametrize("search", ["北京", "Beijing", "beij", "베이징"])
def test_search_finds_a_name_in_any_language(client, beijing, seoul, search):
    names = names_on(client.get("/en/members/", {"q": search}))

    assert names == ["Beijing"]


def test_filters_by_country_and_level(client, beijing, seoul):
    GovernmentFactory(slug="guizhou", name_en="Guizhou Province", level="province")

    assert names_on(client.get("/en/members/", {"country": "KR"})) == ["Seoul"]
    assert names_on(client.get("/en/members/", {"level": "province"})) == ["Guizhou Province"]
    assert names_on(client.get("/en/members/", {"country": "CN", "level": "municipality"})) == [
        "Beijing"
    ]


def test_a_count_per_country(client, beijing, seoul):
    GovernmentFactory(slug="guiyang", name_en="Guiyang")

    counts = page(client.get("/ko/members/")).find_all("nav", class_="country-counts")[0][1]

    with translation.override("ko"):
        assert f"{translation.gettext('China')} 2" in " ".join(counts.split())
        assert f"{translation.gettext('Republic of Korea')} 1" in " ".join(counts.split())


def test_former_and_unpublished_members_are_not_listed(client, beijing):
    GovernmentFactory(slug="gone", name_en="Gone City", status=MembershipStatus.FORMER)
    GovernmentFactory(slug="draft", name_en="Draft City", published=False)

    assert names_on(client.get("/en/members/")) == ["Beijing"]


def test_pages_of_members_keep_the_filter(client):
    GovernmentFactory.create_batch(30, country="JP")

    first = client.get("/en/members/", {"country": "JP"})
    second = client.get("/en/members/", {"country": "JP", "page": 2})

    assert len(names_on(first)) == 24
    assert len(names_on(second)) == 6
    assert page(first).find_all("a", rel="next")[0][0]["href"] == "?country=JP&page=2"


def test_an_invalid_filter_is_ignored(client, beijing):
    response = client.get("/en/members/", {"country": "ZZ", "page": "last"})

    assert response.status_code == 200
    assert names_on(response) == ["Beijing"]


@pytest.mark.parametrize("count", [3, 30])
def test_queries_do_not_grow_with_the_members(client, django_assert_max_num_queries, count):
    GovernmentFactory.create_batch(count, name_en="Green City", latitude=30, longitude=120)
    GovernmentFactory(name_en="Grey Town")

    # The counts per country, the page, its count, and the map's markers.
    with django_assert_max_num_queries(4):
        response = client.get("/zh-hans/members/", {"q": "Green"})

    assert response.status_code == 200
    assert names_on(response) == ["Green City"] * min(count, 24)  # 24 to a page


def test_anonymous_visitors_get_the_cached_page_until_a_member_changes(
    client, beijing, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    client.get("/en/members/")
    with django_assert_max_num_queries(0):
        assert "Beijing" in names_on(client.get("/en/members/"))

    beijing.name_en = "Beijing Municipality"
    with django_capture_on_commit_callbacks(execute=True):
        beijing.save()

    assert "Beijing Municipality" in names_on(client.get("/en/members/"))
