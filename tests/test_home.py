"""The home page: the network's figures as counted in the database, the map, the latest news,
the next events, the latest winners and how to join, in each language, cached."""

import re
from decimal import Decimal

import pytest
from django.db.models import Sum
from django.utils import timezone, translation

from awards.models import Application, ApplicationStatus
from events.models import Event
from impact.models import ReportLine
from members.models import MemberGovernment
from news.models import Article
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def figures(response) -> dict[str, str]:
    """The figures as the page shows them: {label: number}."""
    html = response.content.decode()
    return {
        label.strip(): number
        for label, number in re.findall(r"<dt>([^<]+)</dt><dd>([^<]+)</dd>", html)
    }


def test_the_figures_equal_the_counts_in_the_database(client, demo, django_assert_max_num_queries):
    with django_assert_max_num_queries(9):
        response = client.get("/en/")

    assert response.status_code == 200
    listed = MemberGovernment.objects.listed()
    co2e = ReportLine.objects.public().aggregate(total=Sum("co2e_avoided"))["total"]
    winners = Application.objects.in_results().filter(status=ApplicationStatus.WINNER)
    assert figures(response) == {
        "member governments": str(listed.count()),
        "countries and regions": str(listed.values("country").distinct().count()),
        "events held since 2014": str(
            Event.objects.filter(published=True, ends__lt=timezone.now()).count()
        ),
        "Procura+ Award winners": str(winners.count()),
        "tonnes of CO2e avoided, as members reported": f"{co2e.quantize(Decimal(1)):,}",
    }


def test_the_home_page_shows_the_map_news_events_and_winners_in_each_language(
    client, demo, language
):
    response = client.get(f"/{language}/")

    assert response.status_code == 200
    html = response.content.decode()
    placed = MemberGovernment.objects.listed().exclude(latitude=None)
    assert html.count('class="map-marker"') == placed.count()
    with translation.override(language):
        for government in placed:
            assert f'href="{government.get_absolute_url()}"' in html
        latest = Article.objects.published().order_by("-published_at").first()
        assert latest.title in visible_text(response)
        upcoming = Event.objects.published().upcoming().first()
        assert upcoming.title in visible_text(response)
        winners = Application.objects.in_results().filter(status=ApplicationStatus.WINNER)
        latest_year = winners.order_by("-edition__year").first().edition.year
        shown = [w.title for w in winners if w.title in visible_text(response)]
        assert shown
        assert {w.edition.year for w in winners if w.title in shown} == {latest_year}
        assert translation.gettext("How to join") in visible_text(response)
    assert f'href="/{language}/join/"' in html


@pytest.mark.parametrize("articles", [3, 30])
def test_queries_do_not_grow_with_the_content(
    client, beijing, articles, django_assert_max_num_queries
):
    for number in range(articles):
        Article.objects.create(
            slug=f"article-{number}",
            title_en=f"Article {number}",
            status="published",
            published_at=timezone.now(),
        )

    with django_assert_max_num_queries(9):
        response = client.get("/zh-hans/")

    assert response.status_code == 200
    assert len([a for a, _text in page(response).find_all("time")]) == 3


def test_the_cached_home_page_goes_stale_when_an_article_is_published(
    client, beijing, django_capture_on_commit_callbacks
):
    assert "Fresh news" not in client.get("/en/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        Article.objects.create(
            slug="fresh", title_en="Fresh news", status="published", published_at=timezone.now()
        )

    assert "Fresh news" in client.get("/en/").content.decode()
