"""Accessibility: axe-core finds no serious or critical violation on any public page, in any
language, and the menu, switcher and forms work with the keyboard alone."""

from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from playwright.sync_api import expect

from awards.models import Application, Phase
from demo.events import WEBINAR
from members.models import MemberGovernment
from tests.browser.conftest import tab_to, translated
from tests.conftest import LANGUAGES
from tests.helpers import in_language

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"


def public_pages(language: str) -> dict[str, str]:
    """One page of each kind a visitor can reach, by name."""
    winner = Application.objects.in_results().filter(edition__phase=Phase.ANNOUNCED).first()
    return {
        "home": f"/{language}/",
        "about": f"/{language}/about/",
        "join": f"/{language}/join/",
        "contact": f"/{language}/contact/",
        "privacy": f"/{language}/privacy/",
        "members": f"/{language}/members/",
        "members, searched": f"/{language}/members/?q=zz",
        "member profile": f"/{language}/members/beijing/",
        "events": f"/{language}/events/",
        "event": f"/{language}/events/ecoprocura-china-2014/",
        "registration": f"/{language}/events/{WEBINAR}/register/",
        "awards": f"/{language}/awards/",
        "awards year": f"/{language}/awards/{winner.edition.year}/",
        "case study": winner.get_absolute_url().replace("/en/", f"/{language}/", 1),
        "sign-in": f"/{language}/accounts/login/",
        "password reset": f"/{language}/accounts/password/reset/",
        "not found": f"/{language}/no-such-page/",
    }


def serious_violations(page) -> list[str]:
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(" ".join(node["target"]) for node in violation["nodes"][:5])
        for violation in results["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.fixture
def axe_page(new_page):
    """A tab that may run axe-core: the portal's policy allows no script it did not serve."""
    page = new_page(bypass_csp=True)
    page.add_init_script(path=AXE)
    return page


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_serious_accessibility_violations(axe_page, demo, language):
    found = {}
    for name, url in public_pages(language).items():
        axe_page.goto(url)
        if violations := serious_violations(axe_page):
            found[name] = violations
    # The gallery's dialog, open.
    axe_page.goto(public_pages(language)["event"])
    axe_page.locator(".gallery-link").first.click()
    expect(axe_page.get_by_role("dialog")).to_be_visible()
    if violations := serious_violations(axe_page):
        found["gallery"] = violations
    assert found == {}


def test_axe_reports_what_these_checks_look_for(axe_page, transactional_db):
    axe_page.goto("/en/")
    axe_page.locator("main").evaluate(
        "(main, html) => main.insertAdjacentHTML('beforeend', html)",
        "<img src=/static/procura/favicon.svg>",
    )
    assert [violation.split(" ")[0] for violation in serious_violations(axe_page)] == ["image-alt"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_keyboard_alone_reaches_the_content_menu_switcher_and_search(
    new_page, live_server, demo, language
):
    page = new_page(viewport={"width": 400, "height": 800})  # the menu behind its button
    page.goto(f"/{language}/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name=in_language(language, "Skip to content"))).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    def open_menu():
        menu = page.get_by_role("navigation", name=in_language(language, "Main"))
        toggle = page.get_by_role("button", name=in_language(language, "Menu"))
        expect(menu).to_be_hidden()
        tab_to(page, toggle)
        page.keyboard.press("Enter")
        expect(toggle).to_have_attribute("aria-expanded", "true")
        return menu

    page.goto(f"/{language}/")
    menu = open_menu()
    tab_to(page, menu.get_by_role("link", name=in_language(language, "Members"), exact=True))
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{language}/members/")

    # The search form: type, then submit with Enter.
    tab_to(page, page.get_by_label(in_language(language, "Name")))
    name = translated(MemberGovernment.objects.get(slug="beijing"), "name", language)
    page.keyboard.type(name)
    page.keyboard.press("Enter")
    expect(page.locator(".member-link")).to_have_text([name])
    results = page.url.removeprefix(live_server.url).removeprefix(f"/{language}")

    # The switcher: the next language, on the same page.
    other = LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]
    open_menu()
    tab_to(page, page.locator(f".language-switcher a[data-language='{other}']"))
    page.keyboard.press("Enter")
    # The same page and search; the link leaves out the form's empty fields.
    path, _, query = results.partition("?")
    expect(page).to_have_url(f"{live_server.url}/{other}{path}?{urlencode(parse_qsl(query))}")
