"""The header keeps to one line at 1366 pixels in every language, signed in or not; the
signed-in account's links open from one menu, also without a mouse."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import sign_in
from tests.factories import PASSWORD
from tests.helpers import in_language

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = ["en", "ko", "ja", "zh-hans"]


def header_lines(page) -> int:
    """How many rows the header's items take: the brand, each menu link, the search box
    and the switcher, told apart by their vertical middles."""
    middles = page.evaluate(
        """() => [...document.querySelectorAll(
            '.brand-name, .site-menu > .nav > li, .site-menu > .account-menu > summary,'
            + ' .site-menu > .nav-account > li, .search-box, .language-switcher')]
            .map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })"""
    )
    rows = []
    for middle in sorted(middles):
        if not rows or middle - rows[-1] > 12:
            rows.append(middle)
    return len(rows)


def test_the_header_keeps_to_one_line_when_signed_out(new_page, beijing):
    page = new_page(viewport={"width": 1366, "height": 900})
    for language in LANGUAGES:
        page.goto(f"/{language}/members/")
        assert header_lines(page) == 1, language
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366


def test_the_header_keeps_to_one_line_when_signed_in(new_page, live_server, li):
    page = new_page(viewport={"width": 1366, "height": 900})
    sign_in(page, "en", li.email, PASSWORD, next_url="/en/")
    expect(page.locator(".account-menu summary")).to_be_visible()
    for language in LANGUAGES:
        page.goto(f"/{language}/events/")
        assert header_lines(page) == 1, language

    page.goto("/ja/")
    page.locator(".account-menu summary").focus()
    page.keyboard.press("Enter")
    profile = page.get_by_role("link", name=in_language("ja", "My government's profile"))
    expect(profile).to_be_visible()
    profile.click()
    expect(page).to_have_url(f"{live_server.url}/ja/members/beijing/edit/")


def test_print_leaves_out_the_menus_and_keeps_the_content(new_page, beijing):
    page = new_page()
    page.goto("/en/members/beijing/")
    page.emulate_media(media="print")

    assert not page.locator(".site-menu").is_visible()
    assert not page.locator(".site-footer").is_visible()
    expect(page.locator("main h1")).to_have_text("Beijing")
