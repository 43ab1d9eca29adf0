"""The Atom feed of each language: valid Atom, absolute links on SITE_URL, summaries and
covers as enclosures."""

import xml.etree.ElementTree as ET

import pytest

from tests.news.conftest import LAUNCH_TITLES, ArticleFactory, with_cover

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def feed(client, language: str) -> ET.Element:
    response = client.get(f"/{language}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root


def links(element: ET.Element, rel: str = "alternate") -> list[str]:
    return [
        link.get("href")
        for link in element.findall(f"{ATOM}link")
        if link.get("rel", "alternate") == rel
    ]


def test_each_languages_feed_is_atom_with_absolute_https_links(
    client, settings, launch_article, language
):
    settings.SITE_URL = "https://procura-east-asia.org"
    with_cover(launch_article)

    root = feed(client, language)

    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert root.findtext(f"{ATOM}id") == f"https://procura-east-asia.org/{language}/news/feed/"
    assert links(root) == [f"https://procura-east-asia.org/{language}/news/"]
    assert links(root, "self") == [f"https://procura-east-asia.org/{language}/news/feed/"]
    assert root.findtext(f"{ATOM}updated")
    [entry] = root.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == LAUNCH_TITLES[language]
    url = f"https://procura-east-asia.org/{language}/news/procura-east-asia-launched/"
    assert links(entry) == [url]
    assert entry.findtext(f"{ATOM}id") == url
    assert entry.findtext(f"{ATOM}published").startswith("2018-05-17T")
    assert entry.findtext(f"{ATOM}updated")
    assert entry.findtext(f"{ATOM}summary") == launch_article.summary_en or language == "zh-hans"
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "ICLEI East Asia"
    [enclosure] = [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "enclosure"]
    assert enclosure.get("href") == f"https://procura-east-asia.org{launch_article.cover.url}"
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) == launch_article.cover.size > 0


def test_the_summary_is_in_the_feeds_language(client, launch_article):
    [entry] = feed(client, "zh-hans").findall(f"{ATOM}entry")

    assert entry.findtext(f"{ATOM}summary") == "11个中国地方政府对网络的启动表示欢迎。"


def test_the_feed_leaves_out_drafts_and_scheduled_articles(
    client, launch_article, draft_article, scheduled_article
):
    entries = feed(client, "en").findall(f"{ATOM}entry")

    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [launch_article.title_en]


def test_an_article_without_a_cover_has_no_enclosure(client):
    ArticleFactory()

    [entry] = feed(client, "en").findall(f"{ATOM}entry")

    assert [link.get("rel") for link in entry.findall(f"{ATOM}link")] == ["alternate"]


def test_the_feed_carries_the_twenty_latest(client):
    articles = [ArticleFactory() for _number in range(22)]

    entries = feed(client, "en").findall(f"{ATOM}entry")

    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        article.title_en for article in reversed(articles[2:])
    ]


def test_the_cached_feed_shows_a_new_article_at_once(
    client, launch_article, django_assert_num_queries, django_capture_on_commit_callbacks
):
    feed(client, "en")
    with django_assert_num_queries(0):
        feed(client, "en")

    with django_capture_on_commit_callbacks(execute=True):
        ArticleFactory(title_en="Fresh news")

    titles = [
        entry.findtext(f"{ATOM}title") for entry in feed(client, "en").findall(f"{ATOM}entry")
    ]
    assert titles == ["Fresh news", launch_article.title_en]


def test_a_summary_with_html_characters_is_shown_as_text(client, launch_article):
    launch_article.summary_en = "Cups & plates: <b>reusable</b> from 2019"
    launch_article.save()

    [entry] = feed(client, "en").findall(f"{ATOM}entry")

    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    assert summary.text == "Cups &amp; plates: &lt;b&gt;reusable&lt;/b&gt; from 2019"


def test_a_cover_whose_file_is_missing_leaves_out_its_enclosure(client, launch_article):
    with_cover(launch_article)
    launch_article.cover.storage.delete(launch_article.cover.name)

    [entry] = feed(client, "en").findall(f"{ATOM}entry")

    assert [link for link in entry.findall(f"{ATOM}link") if link.get("rel") == "enclosure"] == []
