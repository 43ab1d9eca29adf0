"""Every public page tells other sites what it is (Open Graph, Twitter cards), and names
the news feed and the events calendar in its head."""

import pytest

from tests.helpers import page
from tests.news.conftest import LAUNCH_TITLES, ArticleFactory, with_cover

pytestmark = pytest.mark.django_db

LOCALES = {"en": "en_GB", "ko": "ko_KR", "ja": "ja_JP", "zh-hans": "zh_CN"}


def meta(response) -> dict[str, str]:
    """The page's Open Graph and Twitter properties (the last of a repeated one)."""
    return {
        attrs.get("property") or attrs.get("name"): attrs["content"]
        for attrs, _text in page(response).find_all("meta")
        if "content" in attrs
    }


def alternates(response) -> dict[str, str]:
    return {
        attrs["type"]: attrs["href"]
        for attrs, _text in page(response).find_all("link", rel="alternate")
        if "type" in attrs
    }


def test_home_page(client, settings, language):
    settings.SITE_URL = "https://procura.example"

    response = client.get(f"/{language}/")

    tags = meta(response)
    assert response.status_code == 200
    assert tags["og:title"] == page(response).find_all("title")[0][1]
    assert tags["og:description"]
    assert tags["og:url"] == f"https://procura.example/{language}/"
    assert tags["og:type"] == "website"
    assert tags["og:locale"] == LOCALES[language]
    assert tags["twitter:card"] == "summary"
    assert "og:image" not in tags
    assert alternates(response) == {
        "application/atom+xml": f"https://procura.example/{language}/news/feed/",
        "text/calendar": f"https://procura.example/{language}/events/calendar.ics",
    }


def test_event_page(client, symposium, settings):
    settings.SITE_URL = "https://procura.example"

    response = client.get("/ko/events/symposium/")

    tags = meta(response)
    assert response.status_code == 200
    assert tags["og:title"].startswith("지방정부 녹색공공구매 국제 심포지엄 · ")
    assert tags["og:description"] == symposium.summary_en
    assert tags["og:url"] == "https://procura.example/ko/events/symposium/"


def test_article_with_a_cover(client, launch_article, settings, language):
    settings.SITE_URL = "https://procura.example"
    with_cover(launch_article)

    response = client.get(f"/{language}/news/procura-east-asia-launched/")

    tags = meta(response)
    assert tags["og:title"].startswith(LAUNCH_TITLES[language])
    assert tags["og:type"] == "article"
    assert tags["og:image"] == f"https://procura.example{launch_article.cover.url}"
    assert (tags["og:image:width"], tags["og:image:height"]) == ("1200", "800")
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["article:published_time"].startswith("2018-05-17T")
    cover = page(response).find_all("img", src=launch_article.cover.url)[0][0]
    assert (cover["width"], cover["height"]) == ("1200", "800")


def test_article_without_a_cover(client):
    response = client.get(ArticleFactory(title_en="Plain news").get_absolute_url())

    tags = meta(response)
    assert tags["og:title"].startswith("Plain news")
    assert tags["twitter:card"] == "summary"
    assert "og:image" not in tags


def test_quotes_in_a_title_stay_inside_the_attribute(client):
    article = ArticleFactory(title_en='The "green" <b>city</b> & more')

    tags = meta(client.get(article.get_absolute_url()))

    assert tags["og:title"].startswith('The "green" <b>city</b> & more')
