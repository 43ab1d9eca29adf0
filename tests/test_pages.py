"""The portal's own pages, in each of the four languages."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from procura import caching
from procura.caching import page_key
from tests.helpers import page, visible_text

NAVIGATION = ["Members", "Events", "Awards", "About"]
# Each reader sees the navigation in their own script.
SCRIPT = {
    "en": re.compile(r"^[A-Za-z ]+$"),
    "ko": re.compile(r"[\uac00-\ud7a3]"),
    "ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
    "zh-hans": re.compile(r"^[^\uac00-\ud7a3\u3040-\u30ff]*[\u4e00-\u9fff]"),
}
LAUNCH_DATES = {
    "en": "16–17 May 2018",
    "ko": "2018년 5월 16–17일",
    "ja": "2018年5月16日～17日",
    "zh-hans": "2018年5月16日至17日",
}

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/ko/", "/ja/about/"])
def test_anonymous_visitors_get_the_portals_own_pages_from_the_cache(client, path):
    assert cache.get(page_key(path)) is None
    response = client.get(path)
    assert cache.get(page_key(path)).content == response.content


def test_a_new_release_does_not_serve_the_previous_releases_pages(monkeypatch):
    monkeypatch.setattr(caching, "release", lambda: "release-1")
    before = page_key("/ko/")
    monkeypatch.setattr(caching, "release", lambda: "release-2")
    assert page_key("/ko/") != before


def url(name, language):
    with translation.override(language):
        return reverse(name)


# Every page of the portal's own an anonymous visitor can open; the home page's figures and
# blocks come from the database (tests/test_home.py), the others need none.
PUBLIC_PAGES = [
    "home",
    "about",
    "join",
    "privacy",
    "contact",
    "account_login",
    "account_signup",
    "account_reset_password",
]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_page_speaks_the_visitors_language(client, django_assert_max_num_queries, name, language):
    with django_assert_max_num_queries(9 if name == "home" else 0):
        response = client.get(url(name, language))

    assert response.status_code == 200
    html = page(response)
    assert html.html_lang() == language
    navigation = html.find_all("nav")[0][1]
    with translation.override(language):
        labels = [translation.gettext(label) for label in NAVIGATION]
    for label in labels:
        assert SCRIPT[language].search(label), label
        assert label in navigation


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_switcher_links_to_the_same_page_in_the_other_languages(client, name, language):
    html = page(client.get(url(name, language)))

    assert html.switcher() == {
        "EN": url(name, "en"),
        "KR": url(name, "ko"),
        "JP": url(name, "ja"),
        "CN": url(name, "zh-hans"),
    }
    for attrs, _text in html.find_all("a"):
        if "data-language" in attrs:
            assert attrs["hreflang"] == attrs["lang"] == attrs["data-language"]


def test_switcher_keeps_the_query_parameters_the_page_reads(client):
    """A cached page is shared by every spelling of its query string: its links keep only
    what the page reads, never what the first visitor added."""
    directory = page(client.get("/ja/members/?ref=newsletter&country=KR"))
    sign_in = page(client.get("/ja/accounts/login/?next=/ja/members/"))

    assert directory.switcher()["KR"] == "/ko/members/?country=KR"
    assert sign_in.switcher()["KR"] == "/ko/accounts/login/?next=/ja/members/"


def test_alternate_links_name_every_language_and_a_default(client, language):
    html = page(client.get(url("about", language)))

    alternates = {
        attrs["hreflang"]: attrs["href"]
        for attrs, _ in html.find_all("link", rel="alternate")
        if "hreflang" in attrs  # the news feed and the calendar are alternates too
    }
    assert alternates == {
        "en": "http://testserver/en/about/",
        "ko": "http://testserver/ko/about/",
        "ja": "http://testserver/ja/about/",
        "zh-hans": "http://testserver/zh-hans/about/",
        "x-default": "http://testserver/about/",
    }


def test_launch_dates_in_the_locales_format(client, language):
    assert LAUNCH_DATES[language] in visible_text(client.get(url("home", language)))


def test_not_found_page_in_the_visitors_language(client, language, django_assert_max_num_queries):
    with django_assert_max_num_queries(0):
        response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == 404
    html = page(response)
    assert html.html_lang() == language
    assert html.switcher()["EN"] == "/en/no-such-page/"
    with translation.override(language):
        assert translation.gettext("Page not found") in visible_text(response)


def test_a_path_that_looks_like_another_host_stays_on_ours(client):
    html = page(client.get("/en//phishing.example/login"))

    for attrs, _ in html.find_all("link", rel="alternate"):
        assert attrs["href"].startswith("http://testserver/")
    assert all(url.startswith("/") and not url.startswith("//") for url in html.switcher().values())


def test_server_error_page_in_the_visitors_language(client, language, settings):
    settings.ROOT_URLCONF = "tests.broken_urls"
    client.raise_request_exception = False

    response = client.get(f"/{language}/broken/")

    assert response.status_code == 500
    assert page(response).html_lang() == language
    with translation.override(language):
        assert translation.gettext("Something went wrong") in visible_text(response)


def test_the_skip_link_leads_to_the_main_content(client):
    html = page(client.get("/en/"))

    assert html.find_all("a")[0][0]["href"] == "#main"
    assert html.find_all("main", id="main")
