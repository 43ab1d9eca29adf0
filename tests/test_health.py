"""/healthz, and pages that keep working when Redis is gone."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import override_settings

from tests.factories import PASSWORD

# Nothing listens on port 1: this is what a stopped Redis looks like.
DEAD_REDIS = "redis://127.0.0.1:1/0"
# The portal's own cache settings, pointed at the dead server.
REDIS_DOWN = {
    "CACHES": {"default": {**settings.CACHES["default"], "LOCATION": DEAD_REDIS}},
    "CELERY_BROKER_URL": DEAD_REDIS,
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down():
    with override_settings(**REDIS_DOWN):
        yield


def test_healthy_portal_answers_200(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok", "broker": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_health_is_503_when_redis_is_down(client, redis_down):
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "down", "broker": "down"}


@pytest.mark.parametrize("path", ["/en/", "/ko/about/", "/ja/accounts/login/", "/zh-hans/"])
def test_pages_render_when_redis_is_down(client, redis_down, path):
    assert client.get(path).status_code == 200


def test_cache_errors_are_logged_and_ignored(redis_down, caplog):
    cache.set("greeting", "你好")

    assert cache.get("greeting") is None
    assert [record.message for record in caplog.records] == ["Exception ignored"] * 2


def test_sign_in_fails_closed_when_redis_is_down(client, redis_down, olivia):
    """Without the cache, the login rate limit cannot count attempts; it refuses
    them politely instead of letting unlimited password guesses through."""
    response = client.post("/en/accounts/login/", {"login": olivia.email, "password": PASSWORD})

    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
    assert not client.get("/en/").context["user"].is_authenticated
