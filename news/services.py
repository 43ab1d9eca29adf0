"""An article's state changes: published (now, unless a date is set) or back to draft."""

from django.db import transaction
from django.utils import timezone

from news.models import Article, ArticleStatus


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
