"""The demo news: the launch announcement in four languages, linked to EcoProcura China 2018
and the governments that welcomed it, and sample articles marked as such."""

import datetime

import pytest
from django.utils import timezone

from demo import news as demo_news
from news.models import Article, Topic
from tests.factories import BEIJING
from tests.helpers import page, visible_text
from tests.news.conftest import LAUNCH_DATES, LAUNCH_TITLES

pytestmark = pytest.mark.django_db

WELCOMING = [
    "beijing",
    "chengdu",
    "guiyang",
    "guizhou",
    "hangzhou",
    "nanjing",
    "qingdao",
    "shenzhen",
    "tianjin",
    "wuhan",
    "xiamen",
]


def test_loading_twice_duplicates_nothing(demo_output):
    assert Article.objects.count() == len(demo_news.articles())
    assert Topic.objects.count() == len(demo_news.topics())
    assert "News: 6 articles (5 samples)" in demo_output
    for article in Article.objects.filter(sample=True):
        assert article.cover, article.slug
        assert article.cover_small, article.slug
        assert article.cover_alt_ko, article.slug


def test_the_launch_article_in_four_languages(client, demo, language):
    response = client.get(f"/{language}/news/procura-east-asia-launched/")

    assert response.status_code == 200
    html = page(response)
    assert html.find_all("h1")[0][1] == LAUNCH_TITLES[language]
    text = visible_text(response)
    assert LAUNCH_DATES[language] in text
    assert "10YFP" in text
    # Written in the language itself: no part of the article falls back to English.
    article = response.content.decode().split('class="article"')[1].split("<section")[0]
    assert ' lang="' not in article
    events = [attrs["href"] for attrs, _text in html.find_all("a", class_="event-link")]
    assert events == [f"/{language}/events/ecoprocura-china-2018/"]
    members = {attrs["href"] for attrs, _text in html.find_all("a", class_="member-link")}
    assert members == {f"/{language}/members/{slug}/" for slug in WELCOMING}
    assert "Sample article" not in text


def test_the_launch_article_is_not_a_sample_and_the_others_are(demo):
    launch = Article.objects.get(slug="procura-east-asia-launched")

    assert not launch.sample
    assert timezone.localtime(launch.published_at, BEIJING).date() == datetime.date(2018, 5, 17)
    assert Article.objects.filter(sample=True).count() == 5


def test_the_news_page_lists_the_demo_newest_first(client, demo):
    response = client.get("/en/news/")

    titles = [text for _attrs, text in page(response).find_all("a", class_="article-link")]
    assert titles[-1] == LAUNCH_TITLES["en"]
    assert len(titles) == len(demo_news.articles())


def test_every_demo_article_is_linked_to_what_exists(demo):
    for record in demo_news.articles():
        article = Article.objects.get(slug=record["slug"])
        assert article.events.count() == len(record.get("events", [])), record["slug"]
        assert article.members.count() == len(record.get("members", [])), record["slug"]
        assert article.award_editions.count() == len(record.get("award_editions", []))
