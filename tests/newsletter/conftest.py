"""Fixtures of the newsletter's tests.

Aiko subscribed in Japanese and confirmed. Li, Beijing's official, also subscribed, in
Korean; Minji, Seoul's official, did not, but receives the network's mailings. The launch
article is published in four languages, with a cover; the draft article is not published.
"""

import datetime

import pytest
from django.utils import timezone

from news.models import Article
from newsletter import services
from newsletter.models import Newsletter
from procura.images import reencode
from procura.uploads import store
from tests.helpers import image_file

LAUNCH = {
    "en": ("Procura+ East Asia launched", "Eleven Chinese local governments welcomed it."),
    "ko": ("Procura+ East Asia 출범", "중국 11개 지방정부가 환영했습니다."),
    "ja": ("Procura+ East Asiaが発足", "中国の11の地方自治体が歓迎しました。"),
    "zh-hans": ("Procura+ East Asia正式启动", "11个中国地方政府表示欢迎。"),
}
SUBJECTS = {
    "en": "News from the network",
    "ko": "네트워크 소식",
    "ja": "ネットワークのニュース",
    "zh-hans": "网络动态",
}


def article(slug: str, texts: dict, days_ago: float = 1, **fields) -> Article:
    translated = {}
    for code, (title, summary) in texts.items():
        column = code.replace("-", "_")
        translated |= {f"title_{column}": title, f"summary_{column}": summary}
    return Article.objects.create(
        slug=slug,
        status="published",
        published_at=timezone.now() - datetime.timedelta(days=days_ago),
        **translated,
        **fields,
    )


@pytest.fixture
def launch(db):
    found = article("launch", LAUNCH, cover_alt_en="The launch in Beijing")
    store(found, reencode(image_file(), "launch", {"cover": 1600, "cover_small": 640}, "JPEG"))
    found.save()
    return found


@pytest.fixture
def draft_article(db):
    return Article.objects.create(slug="draft", title_en="Not yet", summary_en="Soon.")


@pytest.fixture
def aiko(db):
    return services.confirm("aiko@osaka.example", "ja")


@pytest.fixture
def li_subscribed(li):
    return services.confirm(li.email.upper(), "ko")


def newsletter_with(articles=(), events=(), **fields) -> Newsletter:
    texts = {}
    for code, subject in SUBJECTS.items():
        column = code.replace("-", "_")
        texts |= {f"subject_{column}": subject, f"introduction_{column}": f"**{subject}**"}
    newsletter = Newsletter.objects.create(**(texts | fields))
    newsletter.articles.set(articles)
    newsletter.events.set(events)
    services.write_mailing(newsletter)
    return newsletter
