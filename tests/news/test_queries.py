"""The news pages make a fixed number of queries, however many articles, links and covers."""

import pytest

from tests.factories import EditionFactory, EventFactory, GovernmentFactory
from tests.news.conftest import ArticleFactory, TopicFactory, with_cover

pytestmark = pytest.mark.django_db

LIST_QUERIES = 5
DETAIL_QUERIES = 7


def newsroom(count: int) -> list:
    """`count` articles, each with a cover, two topics, and links to two members, two events
    and an award year."""
    topics = [TopicFactory() for _number in range(3)]
    edition = EditionFactory()
    articles = []
    for number in range(count):
        article = with_cover(ArticleFactory())
        article.topics.set(topics[number % 2 : number % 2 + 2])
        article.members.set([GovernmentFactory(), GovernmentFactory()])
        article.events.set([EventFactory(), EventFactory()])
        article.award_editions.set([edition])
        articles.append(article)
    return articles


@pytest.mark.parametrize("count", [3, 30])
def test_list_queries_do_not_grow_with_the_articles(client, django_assert_max_num_queries, count):
    articles = newsroom(count)

    with django_assert_max_num_queries(LIST_QUERIES):
        response = client.get("/ko/news/")

    assert response.status_code == 200
    assert response.content.decode().count('class="article-card"') == min(count, 12)
    assert articles[-1].title_en in response.content.decode()


@pytest.mark.parametrize("count", [3, 30])
def test_detail_queries_do_not_grow_with_the_articles(client, django_assert_max_num_queries, count):
    articles = newsroom(count)
    middle = articles[count // 2]

    with django_assert_max_num_queries(DETAIL_QUERIES):
        response = client.get(middle.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert middle.title_en in html
    assert html.count('class="event-card"') == 3  # two events and the award year
    assert html.count('class="member-card"') == 2
    assert 'rel="prev"' in html
    assert 'rel="next"' in html


@pytest.mark.parametrize("count", [3, 30])
def test_feed_queries_do_not_grow_with_the_articles(client, django_assert_max_num_queries, count):
    newsroom(count)

    with django_assert_max_num_queries(1):
        response = client.get("/en/news/feed/")

    assert response.status_code == 200
    assert response.content.decode().count("<entry>") == min(count, 20)
