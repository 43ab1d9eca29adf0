"""Checks of the services the portal depends on, for /healthz."""

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from kombu import Connection


def database() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:
        return False
    return True


def cache_server() -> bool:
    if not hasattr(cache, "client"):  # an in-process cache is always up
        return True
    try:
        return cache.client.get_client().ping()
    except Exception:
        return False


def broker() -> bool:
    if settings.CELERY_TASK_ALWAYS_EAGER:  # tasks run in-process: there is no broker
        return True
    try:
        with Connection(settings.CELERY_BROKER_URL, connect_timeout=1) as broker_connection:
            broker_connection.ensure_connection(max_retries=0)
    except Exception:
        return False
    return True


CHECKS = {"database": database, "cache": cache_server, "broker": broker}


def report() -> dict[str, bool]:
    return {name: check() for name, check in CHECKS.items()}
