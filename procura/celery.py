"""The Celery application; its configuration is the CELERY_* part of the settings."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "procura.settings.base")

app = Celery("procura")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
