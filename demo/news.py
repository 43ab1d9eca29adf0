"""Demo news (demo/data/news.yaml): the launch announcement of 2018 and a few sample articles,
linked to the demo's members, events and award years, with covers drawn here."""

import zoneinfo
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone

from awards.models import AwardEdition
from demo.load import read, translated, year
from demo.pictures import illustration
from events.models import Event
from members.models import MemberGovernment
from news.models import COVER_SIZES, Article, ArticleStatus, Topic
from procura.images import reencode
from procura.uploads import store

ARTICLE_TRANSLATED = ["title", "summary", "body", "author", "cover_alt", "cover_credit"]
# The parts of an article record that are links, or need more than a column.
PARTS = ["slug", "published_at", "topics", "members", "events", "award_editions", "cover"]


def articles() -> list[dict]:
    return read("news")["articles"]


def topics() -> list[dict]:
    return read("news")["topics"]


def publication(value: str | dict, now: datetime) -> datetime:
    """A publication moment: an ISO date-time as written, or {days: N} from the day of loading
    at ten in the morning, on the secretariat's clock."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    on = timezone.localtime(now, zone).date() + timedelta(days=value["days"])
    return datetime.combine(on, time(10), tzinfo=zone)


def load(stdout) -> None:
    saved = {}
    for order, record in enumerate(topics()):
        values = translated({"name": record["name"]}, ["name"]) | {"order": order}
        saved[record["slug"]], _created = Topic.objects.update_or_create(
            slug=record["slug"], defaults=values
        )
    now = timezone.now()
    for record in articles():
        load_article(record, saved, now)
    samples = sum(1 for record in articles() if record.get("sample"))
    stdout.write(f"News: {len(articles())} articles ({samples} samples)")


def load_article(record: dict, topics: dict[str, Topic], now: datetime) -> Article:
    values = {name: value for name, value in record.items() if name not in PARTS}
    defaults = {
        "status": ArticleStatus.PUBLISHED,
        "sample": False,
        "published_at": publication(record["published_at"], now),
    } | translated({"author": read("news")["author"]} | values, ARTICLE_TRANSLATED)
    article, created = Article.objects.update_or_create(slug=record["slug"], defaults=defaults)

    today = timezone.localdate(now)
    article.topics.set([topics[slug] for slug in record.get("topics", [])])
    article.members.set(MemberGovernment.objects.filter(slug__in=record.get("members", [])))
    article.events.set(Event.objects.filter(slug__in=record.get("events", [])))
    years = [year(value, today) for value in record.get("award_editions", [])]
    article.award_editions.set(AwardEdition.objects.filter(year__in=years))
    load_cover(article, record.get("cover"), created)
    return article


def load_cover(article: Article, seed: int | None, created: bool) -> None:
    """A picture is drawn for a new article, or one whose cover has gone missing."""
    if seed is None:
        if article.cover:
            article.cover.delete(save=False)
            article.cover_small.delete(save=False)
            article.save()
        return
    if created or not article.cover or not article.cover.storage.exists(article.cover.name):
        store(article, reencode(illustration(seed), article.slug, COVER_SIZES, "JPEG"))
        article.save()
