"""An article's state changes: published (now, unless a date is set) or back to draft; and
the pages that show it, made stale when a scheduled article's time comes."""

from datetime import datetime, timedelta

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from news.apps import PAGES_SHOWING_NEWS
from news.models import Article, ArticleStatus
from procura import caching


def publish(article: Article) -> Article:
    """Publish the article; without a publication date it is dated now."""
    with transaction.atomic():
        article.status = ArticleStatus.PUBLISHED
        article.published_at = article.published_at or timezone.now()
        article.save(update_fields=["status", "published_at", "updated"])
    return article


def withdraw(article: Article) -> Article:
    """Back to draft: visitors no longer see it; its date is kept for its next publication."""
    with transaction.atomic():
        article.status = ArticleStatus.DRAFT
        article.save(update_fields=["status", "updated"])
    return article


# When show_scheduled_articles last looked, in the cache: a lost value looks back a day.
LAST_LOOK = "news:scheduled-articles-seen-until"


def show_scheduled_articles(now: datetime | None = None) -> int:
    """Make the pages that show articles stale once an article's publication time has come
    since the last look: nobody saves a scheduled article when it goes public. Returns how
    many came due."""
    now = now or timezone.now()
    since = cache.get(LAST_LOOK) or now - timedelta(days=1)
    due = Article.objects.filter(
        status=ArticleStatus.PUBLISHED, published_at__gt=since, published_at__lte=now
    ).count()
    if due:
        for kind in PAGES_SHOWING_NEWS:
            caching.bump(kind)
    cache.set(LAST_LOOK, now, None)
    return due
