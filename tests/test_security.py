"""Headers and markup that keep visitors safe, and no third-party hosts anywhere."""

import re

import pytest

from tests.helpers import page

PUBLIC_PAGES = [
    "/en/",
    "/ko/about/",
    "/ja/contact/",
    "/ja/accounts/login/",
    "/zh-hans/accounts/password/reset/",
    "/en/no-such-page/",
]

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";"))}


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_content_security_policy_forbids_inline_and_foreign_scripts(client, path):
    policy = directives(client.get(path))

    assert policy["script-src"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_have_no_inline_script_or_style(client, path):
    html = page(client.get(path))

    for attrs, text in html.find_all("script"):
        assert "src" in attrs or attrs.get("type") == "application/json", text
    assert html.find_all("style") == []
    assert not [
        tag
        for tag, attrs, _ in html.elements
        if "style" in attrs or any(name.startswith("on") for name in attrs)
    ]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_pages_load_nothing_from_another_host(client, path):
    html = page(client.get(path))

    for tag, attrs, _ in html.elements:
        for name in ("src", "href"):
            url = attrs.get(name) or ""
            if tag == "a" or (tag == "link" and attrs.get("rel") == "alternate"):
                continue  # links people follow, not assets the page loads
            assert not re.match(r"^(https?:)?//", url), f"<{tag} {name}={url}>"


@pytest.mark.parametrize(
    "path",
    ["/en/admin/", "/ko/admin/members/user/", "/ja/accounts/2fa/", "/zh-hans/accounts/email/"],
)
def test_staff_pages_keep_the_same_policy(client, stella, path):
    client.force_login(stella)
    response = client.get(path)

    assert response.status_code == 200
    assert directives(response)["script-src"] == ["'self'"]
    for attrs, text in page(response).find_all("script"):
        assert "src" in attrs or attrs.get("type") == "application/json", text


def test_security_headers(client):
    response = client.get("/en/")

    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_tabs_use_our_own_jquery_ui():
    from django.contrib.staticfiles import finders
    from modeltranslation.admin import TabbedTranslationAdmin

    scripts = [str(script) for script in TabbedTranslationAdmin.Media.js]

    assert not [script for script in scripts if "//" in script]
    assert all(finders.find(script) for script in scripts)
