"""The news list and an article's page, in each of the four languages."""

import datetime

import pytest
from django.utils import timezone, translation

from news.models import Article
from tests.helpers import in_language, page, visible_text
from tests.news.conftest import LAUNCH_DATES, LAUNCH_TITLES, ArticleFactory, TopicFactory

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return [text for _attrs, text in page(response).find_all("a", class_="article-link")]


def test_list_in_the_visitors_language(client, launch_article, language):
    response = client.get(f"/{language}/news/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert titles(response) == [LAUNCH_TITLES[language]]
    text = visible_text(response)
    assert LAUNCH_DATES[language] in text
    with translation.override(language):
        assert translation.gettext("News") in text


def test_launch_article_in_the_visitors_language(client, launch_article, language):
    response = client.get(f"/{language}/news/procura-east-asia-launched/")

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    assert html.find_all("h1")[0][1] == LAUNCH_TITLES[language]
    assert LAUNCH_DATES[language] in visible_text(response)
    times = html.find_all("time")
    assert times[0][0]["datetime"].startswith("2018-05-17T")
    event_links = [attrs["href"] for attrs, _text in html.find_all("a", class_="event-link")]
    assert event_links == [f"/{language}/events/ecoprocura-china-2018/"]
    member_links = [attrs["href"] for attrs, _text in html.find_all("a", class_="member-link")]
    assert member_links == [f"/{language}/members/beijing/"]


def test_a_missing_translation_shows_english_marked_as_such(client, launch_article):
    response = client.get("/ja/news/procura-east-asia-launched/")

    summary = [attrs for attrs, _text in page(response).find_all("div", class_="lead")]
    assert summary == [
        {"class": "lead", "lang": "en", "data-fallback": in_language("ja", "in English")}
    ]
    assert "Eleven Chinese local governments" in visible_text(response)


def test_drafts_and_scheduled_articles_are_not_public(
    client, launch_article, draft_article, scheduled_article
):
    assert titles(client.get("/en/news/")) == [launch_article.title_en]
    assert client.get("/en/news/draft/").status_code == 404
    assert client.get("/en/news/tomorrow/").status_code == 404


def test_staff_preview_a_draft(staff_client, draft_article):
    response = staff_client.get("/en/news/draft/")

    assert response.status_code == 200
    assert "visitors do not see this article yet" in visible_text(response)


def test_staff_without_a_second_factor_see_what_visitors_see(
    client, stella, settings, draft_article
):
    settings.STAFF_REQUIRE_TWO_FACTOR = True
    client.force_login(stella)

    assert client.get("/en/news/draft/").status_code == 404


def test_list_filters_by_year_and_topic(client, launch_article):
    policy = TopicFactory(slug="policy", name_en="GPP policy")
    recent = ArticleFactory(
        title_en="Recent policy", published_at=datetime.datetime.now(datetime.UTC)
    )
    recent.topics.add(policy)

    assert titles(client.get("/en/news/", {"year": 2018})) == [launch_article.title_en]
    assert titles(client.get("/en/news/", {"topic": "policy"})) == ["Recent policy"]
    assert titles(client.get("/en/news/")) == ["Recent policy", launch_article.title_en]


def test_list_is_paginated_newest_first(client):
    articles = [ArticleFactory() for _number in range(14)]
    newest_first = [article.title_en for article in reversed(articles)]

    first = client.get("/en/news/")
    second = client.get("/en/news/", {"page": 2})

    assert titles(first) == newest_first[:12]
    assert titles(second) == newest_first[12:]
    assert page(first).find_all("a", rel="next")[0][0]["href"] == "?page=2"


@pytest.mark.parametrize(
    "query", [{"year": "1999"}, {"topic": "nothing"}, {"page": "7"}, {"year": "x"}]
)
def test_junk_parameters_make_a_private_page(client, launch_article, query):
    response = client.get("/en/news/", query)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]


def test_valid_filters_are_public(client, launch_article):
    response = client.get("/en/news/", {"year": "2018", "utm_source": "mail"})

    assert "public" in response["Cache-Control"]
    assert "utm_source" not in response.content.decode()


def test_previous_and_next_articles(client, launch_article):
    later = ArticleFactory(
        title_en="Later news", published_at=launch_article.published_at + datetime.timedelta(days=3)
    )

    launch = page(client.get("/en/news/procura-east-asia-launched/"))
    following = page(client.get(later.get_absolute_url()))

    assert [attrs["href"] for attrs, _text in launch.find_all("a", rel="next")] == [
        later.get_absolute_url()
    ]
    assert launch.find_all("a", rel="prev") == []
    assert [attrs["href"] for attrs, _text in following.find_all("a", rel="prev")] == [
        "/en/news/procura-east-asia-launched/"
    ]


def test_articles_published_at_the_same_moment_follow_one_another(db):
    moment = timezone.now() - datetime.timedelta(days=2)
    first, second, third = (ArticleFactory(published_at=moment) for _ in range(3))

    assert second.neighbours() == (first, third)
    assert first.neighbours() == (None, second)
    assert third.neighbours() == (second, None)
    listed = list(Article.objects.published())
    assert listed == [third, second, first]


def test_a_sample_article_says_so(client):
    article = ArticleFactory(sample=True)

    response = client.get(article.get_absolute_url())

    assert "Sample article" in visible_text(response)
    assert "Sample article" not in visible_text(client.get(ArticleFactory().get_absolute_url()))


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert(1)</script>",
        "<style>body { display: none }</style>",
        '<img src="x" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<p style="position: fixed">covered</p>',
        '<a href="javascript:alert(1)">click</a>',
    ],
)
def test_the_body_cannot_inject_script_or_style(client, body):
    article = ArticleFactory(body_en=f"Before.\n\n{body}\n\nAfter.")

    html = client.get(article.get_absolute_url()).content.decode()
    prose = html[html.index('class="prose"') : html.index("</article>")]

    assert "After." in prose
    for forbidden in ["<script", "<style", "onerror", "javascript:", "style="]:
        assert forbidden not in prose.lower()
    assert Article.objects.count() == 1


@pytest.mark.parametrize("path", ["/ja/news/", "/ja/news/procura-east-asia-launched/"])
def test_visitors_get_the_pages_from_the_cache(
    client, launch_article, path, django_assert_num_queries
):
    first = client.get(path)
    with django_assert_num_queries(0):
        again = client.get(path)

    assert again.status_code == 200
    assert again.content == first.content
    assert LAUNCH_TITLES["ja"] in again.content.decode()
