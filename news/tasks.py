"""Beat's task for news: a thin wrapper around news.services."""

from celery import shared_task

from news import services


@shared_task
def show_scheduled_articles() -> None:
    services.show_scheduled_articles()
