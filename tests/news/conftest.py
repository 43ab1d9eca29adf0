"""Articles of the news tests.

The launch article tells of EcoProcura China 2018 in four languages and links to that event
and to Beijing; a draft and an article scheduled for tomorrow must stay out of sight.
"""

import datetime

import factory
import pytest
from django.utils import timezone

from news.models import COVER_SIZES, Article, Topic
from procura.images import reencode
from procura.uploads import store
from tests.factories import BEIJING, EventFactory
from tests.helpers import image_file

LAUNCH_TITLES = {
    "en": "Procura+ East Asia Launched to Accelerate Green Procurement",
    "ko": "녹색공공구매 확산을 위한 Procura+ East Asia 네트워크 출범",
    "ja": "グリーン公共調達の加速へ「Procura+ East Asia」が発足",
    "zh-hans": "Procura+ East Asia网络正式启动，加快推进绿色公共采购",
}
LAUNCH_DATES = {
    "en": "17 May 2018",
    "ko": "2018년 5월 17일",
    "ja": "2018年5月17日",
    "zh-hans": "2018年5月17日",
}


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic
        django_get_or_create = ["slug"]

    name_en = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        django_get_or_create = ["slug"]

    title_en = factory.Sequence(lambda n: f"Green news {n}")
    slug = factory.Sequence(lambda n: f"green-news-{n}")
    summary_en = "What happened in the network."
    body_en = "Local governments **buy green**."
    status = "published"
    published_at = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(days=1000 - n))


def with_cover(article: Article) -> Article:
    store(article, reencode(image_file((1200, 800)), article.slug, COVER_SIZES, "JPEG"))
    article.save()
    return article


@pytest.fixture
def ecoprocura_2018(db):
    return EventFactory(
        slug="ecoprocura-china-2018",
        title_en="EcoProcura China 2018: Launch of Procura+ East Asia",
        kind="symposium",
        starts=datetime.datetime(2018, 5, 16, 9, tzinfo=BEIJING),
        ends=datetime.datetime(2018, 5, 17, 12, tzinfo=BEIJING),
    )


@pytest.fixture
def launch_article(db, ecoprocura_2018, beijing):
    article = ArticleFactory(
        slug="procura-east-asia-launched",
        title_en=LAUNCH_TITLES["en"],
        title_ko=LAUNCH_TITLES["ko"],
        title_ja=LAUNCH_TITLES["ja"],
        title_zh_hans=LAUNCH_TITLES["zh-hans"],
        summary_en="Eleven Chinese local governments welcomed the launch.",
        summary_zh_hans="11个中国地方政府对网络的启动表示欢迎。",
        author_en="ICLEI East Asia",
        published_at=datetime.datetime(2018, 5, 17, 17, tzinfo=BEIJING),
    )
    article.events.add(ecoprocura_2018)
    article.members.add(beijing)
    article.topics.add(TopicFactory(slug="network", name_en="Network", name_ko="네트워크"))
    return article


@pytest.fixture
def draft_article(db):
    return ArticleFactory(slug="draft", title_en="Unfinished draft", status="draft")


@pytest.fixture
def scheduled_article(db):
    return ArticleFactory(
        slug="tomorrow",
        title_en="Tomorrow's news",
        published_at=timezone.now() + datetime.timedelta(days=1),
    )
