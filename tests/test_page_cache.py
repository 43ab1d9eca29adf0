"""The early page cache: a visitor without a session gets a cached page before the middleware
stack runs, in one Redis round trip, with exactly the headers the full answer had; nobody
with a session or a pending message ever gets it; pages say who may keep them."""

import time
from contextlib import contextmanager

import pytest
import redis
from django.conf import settings
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.test import Client

from members.models import MemberGovernment
from procura import caching
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/en/", "/ko/about/", "/ja/members/", "/zh-hans/events/", "/en/awards/"]
SHARED = f"s-maxage={settings.PUBLIC_PAGE_SHARED_MAX_AGE}"


@contextmanager
def redis_commands():
    """The commands sent to Redis inside the block, as a list filled in as they go."""
    sent = []
    original = redis.Redis.execute_command

    def execute_command(self, *args, **options):
        sent.append(args[0])
        return original(self, *args, **options)

    redis.Redis.execute_command = execute_command
    try:
        yield sent
    finally:
        redis.Redis.execute_command = original


def answered_early(response) -> bool:
    """Whether the page came from PageCacheMiddleware, before SessionMiddleware ran."""
    return not hasattr(response.wsgi_request, "session")


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_a_cached_hit_has_exactly_the_headers_of_the_full_answer(
    client, beijing, symposium, django_assert_max_num_queries, path
):
    full = client.get(path, secure=True)
    with django_assert_max_num_queries(0):
        hit = client.get(path, secure=True)

    assert full.status_code == hit.status_code == 200
    assert not answered_early(full)
    assert answered_early(hit)
    assert hit.content == full.content
    assert dict(hit.headers) == dict(full.headers)
    # The headers that matter, spelled out: the test above would pass if both lacked them.
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["Strict-Transport-Security"].startswith("max-age=")
    assert hit["X-Content-Type-Options"] == "nosniff"
    assert hit["Content-Language"] == path.split("/")[1]
    assert hit["Cache-Control"] == f"public, max-age=0, {SHARED}"
    # The language is the address's: a shared cache need not tell Accept-Language apart.
    assert hit["Vary"] == "Cookie"
    assert not hit.cookies
    assert not full.cookies


def test_a_cached_hit_costs_one_redis_round_trip(client, beijing):
    client.get("/en/members/")

    with redis_commands() as sent:
        response = client.get("/en/members/")

    assert answered_early(response)
    assert "Beijing" in visible_text(response)
    assert sent == ["MGET"]


def test_a_page_read_lately_costs_no_round_trip_until_it_is_a_second_old(client, beijing, settings):
    settings.PUBLIC_PAGE_LOCAL_SECONDS = 0.5
    client.get("/en/members/")
    client.get("/en/members/")  # read from Redis, then kept in this process

    with redis_commands() as sent:
        response = client.get("/en/members/")
    assert sent == []
    assert answered_early(response)
    assert "Beijing" in visible_text(response)

    time.sleep(0.6)
    with redis_commands() as sent:
        client.get("/en/members/")
    assert sent == ["MGET"]


def test_another_process_change_shows_once_the_local_copy_expires(client, beijing, settings):
    settings.PUBLIC_PAGE_LOCAL_SECONDS = 0.5
    client.get("/en/members/")
    client.get("/en/members/")
    # Another worker saved a government: the version changes in Redis, not in this process.
    cache.set(caching.version_key("members"), "changed elsewhere", None)
    MemberGovernment.objects.filter(pk=beijing.pk).update(name_en="Beijing Municipality")

    assert "Beijing Municipality" not in visible_text(client.get("/en/members/"))
    time.sleep(0.6)
    assert "Beijing Municipality" in visible_text(client.get("/en/members/"))


def test_plain_http_is_redirected_not_answered_from_the_cache(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    client.get("/en/about/", secure=True)

    response = client.get("/en/about/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/en/about/"


def test_static_files_cost_no_cache_lookup(client):
    with redis_commands() as sent:
        response = client.get("/static/procura/site.css")

    assert response.status_code == 200
    assert sent == []


def test_a_change_reaches_the_next_early_answer(
    client, beijing, django_capture_on_commit_callbacks
):
    client.get("/en/members/")
    with django_capture_on_commit_callbacks(execute=True):
        beijing.name_en = "Beijing Municipality"
        beijing.save()

    response = client.get("/en/members/")

    assert not answered_early(response)
    assert "Beijing Municipality" in visible_text(response)
    assert answered_early(client.get("/en/members/"))


def test_a_signed_in_visitor_never_gets_the_anonymous_page(client, olivia):
    client.get("/en/about/")
    client.force_login(olivia)

    response = client.get("/en/about/")

    assert not answered_early(response)
    assert "Sign out" in visible_text(response)
    assert "public" not in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


def test_a_signed_in_page_is_never_kept_for_anonymous_visitors(client, olivia):
    client.force_login(olivia)
    client.get("/en/about/")

    anonymous = Client().get("/en/about/")

    assert "Sign in" in visible_text(anonymous)
    assert "Sign out" not in visible_text(anonymous)
    assert anonymous["Cache-Control"] == f"public, max-age=0, {SHARED}"


def test_a_pending_message_in_its_cookie_is_shown_not_the_cached_page(client):
    client.get("/en/about/")
    storage = CookieStorage(Client().get("/en/").wsgi_request)
    encoded = storage._encode([message_of("You have signed out.")])
    client.cookies[CookieStorage.cookie_name] = encoded

    response = client.get("/en/about/")

    assert not answered_early(response)
    assert "You have signed out." in visible_text(response)
    assert "public" not in response["Cache-Control"]


def message_of(text: str) -> Message:
    return Message(constants.INFO, text)


def test_a_visitor_with_only_a_csrf_cookie_gets_the_cached_page(client):
    client.get("/en/about/")
    client.cookies[settings.CSRF_COOKIE_NAME] = "x" * 32

    response = client.get("/en/about/")

    assert answered_early(response)
    assert "Procura+ East Asia" in visible_text(response)


def test_a_page_with_a_form_token_is_private_and_never_kept(client):
    for _ in range(2):
        response = client.get("/en/accounts/login/")

        assert response.status_code == 200
        assert not answered_early(response)
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]
        assert settings.CSRF_COOKIE_NAME in response.cookies


def test_the_language_redirect_stays_dynamic(client):
    client.get("/ko/")
    for language in ["ko", "ja", "en"]:
        response = client.get("/", headers={"accept-language": language})

        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"
        assert "public" not in response["Cache-Control"]


def test_a_junk_query_string_gets_the_cached_page_through_the_stack(
    client, beijing, django_assert_max_num_queries
):
    first = client.get("/en/members/")
    with django_assert_max_num_queries(0):
        junk = client.get("/en/members/?utm_source=mail")

    assert not answered_early(junk)
    assert junk.content == first.content
    assert junk["Cache-Control"] == first["Cache-Control"]


def test_a_host_not_allowed_is_refused_before_the_cache_answers(client):
    client.get("/en/")

    response = client.get("/en/", headers={"host": "evil.example"})

    assert response.status_code == 400


def test_a_page_marked_private_is_neither_public_nor_kept(client, beijing):
    response = client.get("/en/members/?q=Beijing")

    assert response["Cache-Control"] == "private"
    assert not answered_early(client.get("/en/members/?q=Beijing"))


def test_a_clock_bound_page_is_shared_no_longer_than_it_is_cached(client, symposium):
    response = client.get(symposium.get_absolute_url())

    assert response.status_code == 200
    shared = min(settings.PUBLIC_PAGE_SHARED_MAX_AGE, 60)
    assert response["Cache-Control"] == f"public, max-age=0, s-maxage={shared}"


def test_pages_still_answer_with_the_cache_down(client, settings):
    settings.CACHES = {
        "default": {**settings.CACHES["default"], "LOCATION": "redis://127.0.0.1:1/0"}
    }

    responses = [client.get("/en/about/", secure=True) for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert all("About" in visible_text(response) for response in responses)
    assert not any(answered_early(response) for response in responses)


def test_the_page_cache_answers_before_every_other_middleware():
    assert settings.MIDDLEWARE[:2] == [
        "procura.middleware.PageCacheMiddleware",
        "django.middleware.security.SecurityMiddleware",
    ]
