"""A visitor meets the portal, once in each of the four languages."""

import re

import pytest
from playwright.sync_api import expect

from demo.events import WEBINAR
from events.models import Event, Registration
from members.models import MemberGovernment
from tests.browser.conftest import tab_to, translated
from tests.conftest import LANGUAGES
from tests.helpers import in_language, wait_for

SYMPOSIUM = "ecoprocura-china-2014"
SWITCHER = {"en": "EN", "ko": "KR", "ja": "JP", "zh-hans": "CN"}


def follow_menu(page, language: str, item: str):
    menu = page.get_by_role("navigation", name=in_language(language, "Main"))
    menu.get_by_role("link", name=in_language(language, item), exact=True).click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_visitor_journey(
    new_page, live_server, demo, smtp_server, celery_worker, tmp_path, language
):
    page = new_page(language)
    other = LANGUAGES[(LANGUAGES.index(language) + 1) % len(LANGUAGES)]
    beijing = MemberGovernment.objects.get(slug="beijing")
    symposium = Event.objects.get(slug=SYMPOSIUM)
    webinar = Event.objects.get(slug=WEBINAR)

    # The home page, in the language the browser asks for.
    page.goto("/")
    expect(page).to_have_url(f"{live_server.url}/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)

    # An inner page, then another language and back: the same page each time.
    follow_menu(page, language, "Events")
    page.get_by_role("link", name=translated(symposium, "title", language)).click()
    expect(page).to_have_url(f"{live_server.url}/{language}/events/{SYMPOSIUM}/")
    page.get_by_role("link", name=SWITCHER[other], exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/{other}/events/{SYMPOSIUM}/")
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("h1")).to_have_text(translated(symposium, "title", other))
    page.get_by_role("link", name=SWITCHER[language], exact=True).click()
    expect(page).to_have_url(f"{live_server.url}/{language}/events/{SYMPOSIUM}/")

    # The directory finds Beijing by its name in this language; its profile opens.
    follow_menu(page, language, "Members")
    name = translated(beijing, "name", language)
    page.get_by_label(in_language(language, "Name")).fill(name)
    page.locator("main").get_by_role("button", name=in_language(language, "Search")).click()
    expect(page.locator(".member-link")).to_have_text([name])
    page.locator(".member-link").click()
    expect(page.locator("h1")).to_have_text(name)
    expect(page).to_have_url(f"{live_server.url}/{language}/members/beijing/")

    # The 2014 symposium, from the list of events.
    follow_menu(page, language, "Events")
    page.get_by_role("link", name=translated(symposium, "title", language)).click()
    expect(page.locator("h1")).to_have_text(translated(symposium, "title", language))

    # The gallery, with the keyboard only: open, step on, close, and back on the thumbnail.
    captions = [translated(photo, "caption", language) for photo in symposium.photos.all()]
    dialog = page.get_by_role("dialog", name=in_language(language, "Photo gallery"))
    tab_to(page, page.locator(".gallery-link").first)
    page.keyboard.press("Enter")
    expect(dialog).to_be_visible()
    expect(dialog.locator("figcaption")).to_have_text(captions[0])
    expect(dialog.locator("img")).to_have_js_property("complete", True)
    assert dialog.locator("img").evaluate("image => image.naturalWidth") > 0
    page.keyboard.press("ArrowRight")
    expect(dialog.locator("figcaption")).to_have_text(captions[1])
    expect(dialog).to_contain_text(f"2 / {len(captions)}")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator(".gallery-link").nth(1)).to_be_focused()

    # The event for the calendar, in this language.
    with page.expect_download() as download:
        page.get_by_role("link", name=in_language(language, "Add to my calendar (.ics)")).click()
    calendar = download.value.path().read_text()
    assert calendar.startswith("BEGIN:VCALENDAR")
    assert f"/{language}/events/{SYMPOSIUM}/" in calendar

    # Registering for the open webinar: a message on the page, then a mail in this language
    # with the link that confirms the address; once it is followed, the confirmation and the
    # event for the calendar.
    address = f"ha.eun.{language}@example.org"
    follow_menu(page, language, "Events")
    page.get_by_role("link", name=translated(webinar, "title", language)).click()
    page.get_by_role("link", name=in_language(language, "Register"), exact=True).click()
    page.get_by_label(in_language(language, "name"), exact=False).first.fill("Ha Eun")
    page.get_by_label(in_language(language, "email address")).fill(address)
    with celery_worker():
        page.get_by_role("button", name=in_language(language, "Register")).click()
        expect(page).to_have_url(f"{live_server.url}/{language}/events/{WEBINAR}/")
        expect(page.get_by_role("status")).to_contain_text(address)
        wait_for(lambda: smtp_server.messages)
        registration = Registration.objects.get(event=webinar)
        assert (registration.name, registration.language, registration.status) == (
            "Ha Eun",
            language,
            "pending",
        )
        [request] = smtp_server.messages
        assert request["To"] == address
        assert list(request.iter_attachments()) == []
        body = request.get_body(("plain",)).get_content()
        page.goto(re.search(r"https?://[^/\s]+(/\S+/events/registration/\S+/confirm/)", body)[1])
        expect(page.locator("html")).to_have_attribute("lang", language)
        page.get_by_role("button", name=in_language(language, "Confirm my registration")).click()
        expect(page).to_have_url(f"{live_server.url}/{language}/events/{WEBINAR}/")
        wait_for(lambda: len(smtp_server.messages) == 2)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    message = smtp_server.messages[1]
    assert message["To"] == address
    assert translated(webinar, "title", language) in message["Subject"]
    [attachment] = message.iter_attachments()
    assert attachment.get_content_type() == "text/calendar"
