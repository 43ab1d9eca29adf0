"""The page cache: a request on another allowed host or with a junk query string never
reaches another visitor's page, nor fills the cache; mailed links name SITE_URL."""

import random
import re
from datetime import datetime

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import override_settings

from procura.settings.base import redis_database
from tests.factories import BEIJING, EventFactory, GovernmentFactory
from tests.helpers import page, visible_text
from tests.test_settings import PRODUCTION, manage

pytestmark = pytest.mark.django_db

# Another name in the test settings' ALLOWED_HOSTS; SITE_URL is http://testserver.
OTHER_HOST = "localhost"


def links(response) -> list[str]:
    """Every address the page gives: hrefs, srcs and form actions."""
    return re.findall(r'(?:href|src|action)="([^"]*)"', response.content.decode())


def page_keys() -> set[str]:
    return set(cache.keys("page:*"))


@pytest.mark.parametrize("path", ["/", "/members/", "/events/", "/awards/"])
def test_a_page_cached_from_another_host_names_only_site_url(
    client, django_assert_max_num_queries, language, path
):
    client.get(f"/{language}{path}", headers={"host": OTHER_HOST})
    with django_assert_max_num_queries(0):
        response = client.get(f"/{language}{path}")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert OTHER_HOST not in response.content.decode()
    alternates = {
        attrs["hreflang"]: attrs["href"]
        for attrs, _ in page(response).find_all("link", rel="alternate")
        if "hreflang" in attrs
    }
    assert alternates == {
        "en": f"http://testserver/en{path}",
        "ko": f"http://testserver/ko{path}",
        "ja": f"http://testserver/ja{path}",
        "zh-hans": f"http://testserver/zh-hans{path}",
        "x-default": f"http://testserver{path}",
    }


def test_alternate_links_take_site_urls_scheme_and_host(client, settings):
    settings.SITE_URL = "https://procura-east-asia.org"

    response = client.get("/ko/about/", headers={"host": OTHER_HOST})

    hrefs = [attrs["href"] for attrs, _ in page(response).find_all("link", rel="alternate")]
    assert hrefs
    assert all(href.startswith("https://procura-east-asia.org/") for href in hrefs)


def test_a_thousand_junk_query_strings_share_the_one_cached_page(
    client, beijing, django_assert_max_num_queries
):
    client.get("/en/members/?junk=0")
    keys = set(cache.keys("*"))

    with django_assert_max_num_queries(0):
        responses = [client.get(f"/en/members/?junk={n}") for n in range(1, 1000)]

    assert {response.status_code for response in responses} == {200}
    assert set(cache.keys("*")) == keys
    assert len(page_keys()) == 1
    assert "Beijing" in visible_text(responses[-1])


def test_junk_in_the_address_never_shows_in_the_cached_page(client, beijing):
    client.get("/en/members/?utm_source=evil-campaign&page=1")

    response = client.get("/en/members/?page=1")

    assert "evil-campaign" not in response.content.decode()
    assert not [link for link in links(response) if "utm_source" in link]


def test_the_same_filters_in_any_order_share_one_entry(
    client, beijing, seoul, django_assert_max_num_queries
):
    first = client.get("/ko/members/?country=KR&level=municipality")
    with django_assert_max_num_queries(0):
        second = client.get("/ko/members/?level=municipality&country=KR&q=&junk=1")

    assert second.content == first.content
    assert len(page_keys()) == 1


def test_a_repeated_parameter_counts_once_with_the_value_the_page_shows(client, beijing, seoul):
    for repeats in range(1, 30):
        response = client.get("/en/members/?" + "country=KR&" * repeats + "country=CN")
        assert 'href="/en/members/beijing/"' in response.content.decode()
        assert 'href="/en/members/seoul/"' not in response.content.decode()

    assert len(page_keys()) == 1


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [("country=CN", "beijing", "seoul"), ("country=KR&junk=1", "seoul", "beijing")],
)
def test_a_real_filter_gets_its_own_correct_page(client, request, query, shown, hidden):
    shown, hidden = request.getfixturevalue(shown), request.getfixturevalue(hidden)
    client.get("/en/members/")

    response = client.get(f"/en/members/?{query}")

    assert shown.get_absolute_url() in links(response)
    assert hidden.get_absolute_url() not in links(response)
    assert len(page_keys()) == 2


def test_the_events_list_keys_on_its_filters_only(client, django_assert_max_num_queries):
    EventFactory(title_en="Green Procurement Forum", starts=datetime(2014, 10, 30, tzinfo=BEIJING))
    EventFactory(title_en="Circular Economy Webinar", starts=datetime(2015, 6, 2, tzinfo=BEIJING))
    client.get("/ja/events/?year=2014")

    with django_assert_max_num_queries(0):
        response = client.get("/ja/events/?junk=1&year=2014&kind=")

    assert "Green Procurement Forum" in visible_text(response)
    assert "Circular Economy Webinar" not in visible_text(response)
    assert len(page_keys()) == 1


def junk_values(count: int) -> list[dict[str, str]]:
    """Values of the directory's own parameters that no visitor's page needs kept: a search,
    a page past the last, a country that is none."""
    rng = random.Random(15)
    return [
        rng.choice(
            [
                {"q": f"{rng.getrandbits(64):x}"},
                {"page": str(rng.randint(2, 10**9))},
                {"country": f"{rng.getrandbits(32):x}"},
            ]
        )
        for _ in range(count)
    ]


def test_a_thousand_junk_values_add_no_cache_entry_and_each_gets_its_page(client, beijing, seoul):
    client.get("/en/members/")
    keys = set(cache.keys("*"))

    for query in junk_values(1000):
        response = client.get("/en/members/", query)

        assert response.status_code == 200
        assert "private" in response["Cache-Control"]
        listed = {beijing.get_absolute_url(), seoul.get_absolute_url()} & set(links(response))
        assert listed == (
            set() if "q" in query else {beijing.get_absolute_url(), seoul.get_absolute_url()}
        )
    assert set(cache.keys("*")) == keys


@pytest.mark.parametrize("number", ["0", "-1", "abc", "01", "1.0"])
def test_a_page_number_other_than_the_page_shown_is_not_kept(client, beijing, number):
    response = client.get(f"/en/members/?page={number}")

    assert response.status_code == 200
    assert beijing.get_absolute_url() in links(response)
    assert page_keys() == set()


@pytest.mark.parametrize("query", ["country=KR", "level=municipality", "page=2"])
def test_valid_filters_and_an_existing_page_stay_cached(
    client, beijing, seoul, django_assert_max_num_queries, query
):
    GovernmentFactory.create_batch(23)
    first = client.get(f"/en/members/?{query}")

    with django_assert_max_num_queries(0):
        second = client.get(f"/en/members/?{query}")

    assert second.status_code == 200
    assert second.content == first.content
    assert "private" not in second.get("Cache-Control", "")
    assert len(page_keys()) == 1


@pytest.mark.parametrize("query", ["year=1999", "year=abc", "kind=junk", "country=ZZ", "page=2"])
def test_the_events_list_keeps_no_entry_for_an_invalid_filter_or_a_missing_page(
    client, symposium, query
):
    response = client.get(f"/en/events/?{query}")

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
    assert symposium.title in visible_text(response)
    assert page_keys() == set()


def test_the_events_list_caches_a_valid_year(client, symposium, django_assert_max_num_queries):
    client.get("/en/events/?year=2014")

    with django_assert_max_num_queries(0):
        response = client.get("/en/events/?year=2014")

    assert symposium.title in visible_text(response)
    assert len(page_keys()) == 1


def mailed_links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def test_a_password_reset_asked_on_another_host_mails_a_link_on_site_url(client, olivia, language):
    client.post(
        f"/{language}/accounts/password/reset/",
        {"email": olivia.email},
        headers={"host": OTHER_HOST},
    )

    [message] = mail.outbox
    assert OTHER_HOST not in message.body
    assert [link for link in mailed_links(message) if "/password/reset/key/" in link]
    assert all(link.startswith(settings.SITE_URL) for link in mailed_links(message))


def test_a_confirmation_asked_on_another_host_mails_a_link_on_site_url(client, olivia):
    client.force_login(olivia)

    client.post(
        "/ko/accounts/email/",
        {"action_add": "", "email": "olivia.new@example.org"},
        headers={"host": OTHER_HOST},
    )

    [message] = mail.outbox
    assert OTHER_HOST not in message.body
    assert [link for link in mailed_links(message) if "/accounts/confirm-email/" in link]
    assert all(link.startswith(settings.SITE_URL) for link in mailed_links(message))


def test_a_reset_for_an_unknown_address_mails_links_on_site_url(client):
    client.post(
        "/en/accounts/password/reset/",
        {"email": "nobody@example.org"},
        headers={"host": OTHER_HOST},
    )

    [message] = mail.outbox
    assert OTHER_HOST not in message.body
    assert all(link.startswith(settings.SITE_URL) for link in mailed_links(message))


# The cache's own Redis


def test_without_cache_url_the_cache_takes_the_database_after_the_brokers():
    assert redis_database(settings.REDIS_URL, 1) == settings.CACHE_URL
    assert settings.CACHES["default"]["LOCATION"] == settings.CACHE_URL


def test_cache_url_puts_the_cache_on_a_server_of_its_own():
    command = "from django.conf import settings; print(settings.CACHES['default']['LOCATION'])"

    cache_url = "redis://cache:6379/0"

    result = manage(
        "shell", "--no-imports", "--command", command, CACHE_URL=cache_url, **PRODUCTION
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == cache_url


def test_a_bad_cache_url_stops_start_up():
    result = manage("check", CACHE_URL="cache:6379", **PRODUCTION)

    assert result.returncode != 0
    assert "CACHE_URL must be a URL with one of the schemes" in result.stderr


def test_health_checks_the_cache_where_it_lives(client):
    dead_cache = {**settings.CACHES["default"], "LOCATION": "redis://127.0.0.1:1/0"}

    with override_settings(CACHES={"default": dead_cache}):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "down", "broker": "ok"}
