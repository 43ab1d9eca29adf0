"""The "News" section of a member's profile, an event's page and an award year, and how a
change to an article reaches those pages, cached for visitors, at once."""

import datetime

import pytest
from django.utils import timezone

from awards.models import Phase
from news import services
from news.models import Article
from tests.factories import EditionFactory, EventFactory, in_days
from tests.helpers import Page
from tests.news.conftest import ArticleFactory

pytestmark = pytest.mark.django_db


def section_links(response) -> list[str]:
    """The titles the page's News section lists."""
    html = response.content.decode()
    if 'class="news-section"' not in html:
        return []
    section = html[html.index('class="news-section"') :]
    section = section[: section.index("</section>")]
    return [text for _attrs, text in Page(section).find_all("a") if text][:-1]


@pytest.fixture
def announced_2019(db):
    return EditionFactory(
        year=2019, phase=Phase.ANNOUNCED, opens=in_days(-400), closes=in_days(-300)
    )


def test_sections_in_each_language(client, beijing, announced_2019, language):
    event = EventFactory(slug="forum")
    article = ArticleFactory(title_en="Beijing wins", title_ko="베이징 수상")
    article.members.add(beijing)
    article.events.add(event)
    article.award_editions.add(announced_2019)
    title = "베이징 수상" if language == "ko" else "Beijing wins"

    for path in ["members/beijing/", "events/forum/", "awards/2019/"]:
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, path
        assert section_links(response) == [title], path


def test_a_section_lists_the_three_latest_public_articles(client, beijing):
    articles = [ArticleFactory() for _number in range(5)]
    draft = ArticleFactory(status="draft")
    for article in [*articles, draft]:
        article.members.add(beijing)

    response = client.get("/en/members/beijing/")

    assert section_links(response) == [article.title_en for article in reversed(articles[2:])]


def test_no_section_without_news(client, beijing):
    response = client.get("/en/members/beijing/")

    assert response.status_code == 200
    assert 'class="news-section"' not in response.content.decode()


def test_publishing_shows_on_the_cached_event_page_at_once(
    client, django_capture_on_commit_callbacks, django_assert_num_queries
):
    event = EventFactory(slug="forum")
    draft = ArticleFactory(title_en="Forum report", status="draft")
    draft.events.add(event)
    assert section_links(client.get("/en/events/forum/")) == []
    with django_assert_num_queries(0):
        assert client.get("/en/events/forum/").status_code == 200  # from the cache

    with django_capture_on_commit_callbacks(execute=True):
        services.publish(draft)

    assert section_links(client.get("/en/events/forum/")) == ["Forum report"]


@pytest.mark.parametrize("path", ["/en/members/beijing/", "/en/awards/2019/", "/en/news/"])
def test_a_new_link_shows_on_cached_pages_at_once(
    client, beijing, announced_2019, django_capture_on_commit_callbacks, path
):
    article = ArticleFactory(title_en="Awards report")
    client.get(path)

    with django_capture_on_commit_callbacks(execute=True):
        article.members.add(beijing)
        article.award_editions.add(announced_2019)
        article.title_en = "Awards report, updated"
        article.save()

    assert "Awards report, updated" in client.get(path).content.decode()


def test_withdrawing_removes_the_article_from_the_cached_profile(
    client, beijing, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title_en="Old news")
    article.members.add(beijing)
    assert section_links(client.get("/en/members/beijing/")) == ["Old news"]

    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(article)

    assert section_links(client.get("/en/members/beijing/")) == []
    assert client.get("/en/news/old-news/").status_code == 404


def test_a_scheduled_article_shows_on_cached_pages_when_its_time_comes(client, beijing):
    article = ArticleFactory(
        title_en="Scheduled", published_at=timezone.now() + datetime.timedelta(minutes=5)
    )
    article.members.add(beijing)
    services.show_scheduled_articles()
    for path in ["/en/members/beijing/", "/en/news/"]:
        assert "Scheduled" not in client.get(path).content.decode()

    # Its time comes, and nobody saves it.
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now())
    assert services.show_scheduled_articles() == 1

    assert section_links(client.get("/en/members/beijing/")) == ["Scheduled"]
    assert "Scheduled" in client.get("/en/news/").content.decode()
    assert services.show_scheduled_articles() == 0
