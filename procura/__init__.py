"""The Procura+ East Asia portal: settings, URLs, Celery app and shared pages."""

from procura.celery import app as celery_app

__all__ = ["celery_app"]
