"""The search page in the four languages: results in the reader's language (the fallback
marked with its language), grouped by kind with their counts, a kind's own pages, the
matches marked, and nothing kept in the page cache."""

import pytest
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import EventFactory, GovernmentFactory
from tests.helpers import page
from tests.search.conftest import found_urls, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(db):
    """Beijing, written in four languages, and Green City, in English alone; a forum on
    procurement whose title says so."""
    beijing = GovernmentFactory(
        slug="beijing",
        name_en="Beijing",
        name_ko="베이징",
        name_ja="北京市",
        name_zh_hans="北京市",
        summary_en="The capital procures green products.",
        summary_ko="베이징은 녹색제품을 구매합니다.",
        summary_ja="首都はグリーン製品を調達しています。",
        summary_zh_hans="首都实行绿色采购。",
    )
    green_city = GovernmentFactory(
        slug="green-city", name_en="Green City", summary_en="Green procurement since 2018."
    )
    forum = EventFactory(slug="forum", title_en="Forum on procurement", summary_en="A day.")
    return beijing, green_city, forum


QUERIES = {"en": "procurement", "ko": "녹색제품", "ja": "調達", "zh-hans": "采购"}


def test_results_are_shown_in_the_readers_language(client, network, language):
    response = search(client, language, QUERIES[language])

    assert response.status_code == 200
    html = response.content.decode()
    assert f"/{language}/members/beijing/" in found_urls(response)
    with translation.override(language):
        assert gettext("Member governments") in html
        assert gettext("Search") in page(response).find_all("h1")[0][1]
    assert "<mark>" in html
    assert page(response).html_lang() == language


def test_a_text_missing_in_the_readers_language_says_which_it_is_shown_in(client, network):
    response = search(client, "ko", "green")

    links = {attrs["href"]: attrs for attrs, _text in page(response).find_all("a")}
    assert "lang" not in links["/ko/members/beijing/"]
    assert links["/ko/members/green-city/"]["lang"] == "en"
    assert '<p lang="en">' in response.content.decode()


def test_results_are_grouped_by_kind_with_their_counts(client, network):
    response = search(client, "en", "procurement")

    html = response.content.decode()
    sections = page(response).find_all("section", class_="search-group")
    assert [attrs["aria-labelledby"] for attrs, _text in sections] == [
        "found-members",
        "found-events",
    ]
    assert '<h2 id="found-members">Member governments <span class="count">2</span></h2>' in html
    assert 'All <span class="count">3</span>' in html


def test_a_kinds_results_come_a_page_at_a_time(client, db):
    for number in range(25):
        GovernmentFactory(slug=f"city-{number:02}", summary_en="It procures electric buses.")

    first = search(client, "en", "buses", kind="members")
    second = search(client, "en", "buses", kind="members", page=2)

    assert len(found_urls(first)) == 20
    assert len(found_urls(second)) == 5
    assert set(found_urls(first)).isdisjoint(found_urls(second))
    assert 'rel="next"' in first.content.decode()
    assert page(first).find_all("h2")[0][1] == "Member governments 25"
    assert "kind=members" in page(first).find_all("a", rel="next")[0][0]["href"]


def test_the_overview_shows_the_first_five_of_a_kind_and_links_to_all(client, db):
    for number in range(7):
        GovernmentFactory(slug=f"city-{number}", summary_en="It procures electric buses.")

    response = search(client, "en", "buses")

    assert len(found_urls(response)) == 5
    assert "?q=buses&amp;kind=members" in response.content.decode()


def test_titles_rank_above_texts(client, db):
    for number in range(3):
        GovernmentFactory(
            slug=f"body-{number}", summary_en="Ferries, ferries and more ferries for the port."
        )
    titled = GovernmentFactory(slug="ferry-town", name_en="Ferry Town", summary_en="A port.")

    response = search(client, "en", "ferry")

    assert found_urls(response)[0] == f"/en/members/{titled.slug}/"


def test_a_misspelt_word_is_corrected(client, network, language):
    response = search(client, language, "procurment")

    assert response.status_code == 200
    suggestion = page(response).find_all("p", class_="search-suggestion")
    assert suggestion
    assert "procurement" in suggestion[0][1]
    assert page(response).find_all("a", href="?q=procurement")
    with translation.override(language):
        said = gettext('Did you mean <a href="%(url)s">%(word)s</a>?')
    assert said % {"url": "?q=procurement", "word": "procurement"} in response.content.decode()


def test_a_correct_word_or_inflection_is_not_corrected(client, network):
    for q in ("procurement", "procure", "procurements", "Beijing"):
        response = search(client, "en", q)
        assert not page(response).find_all("p", class_="search-suggestion"), q


def test_a_title_with_markup_is_shown_escaped_with_its_match_marked(client, db):
    GovernmentFactory(slug="script", name_en="<script>alert(1)</script> Green Town")

    response = search(client, "en", "green town")

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Green</mark> <mark>Town</mark>" in html


def test_the_search_is_not_kept_in_the_page_cache(client, network):
    response = search(client, "en", "procurement")

    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_the_header_box_sends_its_query_to_the_search_page(client, network):
    from django.template.loader import render_to_string

    with translation.override("ja"):
        html = render_to_string("includes/search_box.html")

    assert 'action="/ja/search/"' in html
    assert 'name="q"' in html
