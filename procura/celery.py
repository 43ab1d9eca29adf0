"""The Celery application; its configuration is the CELERY_* part of the settings."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "procura.settings.base")

# autodiscover_tasks() imports each app's tasks module; the mail task lives beside the
# sending it wraps, in procura/mail.py, so the worker is told to import that module too.
app = Celery("procura", include=["procura.mail"])
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
