"""Stella, on ICLEI East Asia's staff, works in the admin: two-factor sign-in, a new event in
four languages, and the review of an official's changes."""

from playwright.sync_api import expect

from events.models import Event
from members.models import MemberGovernment
from procura.languages import SWITCHER_LABELS
from tests.browser.conftest import enter_totp, sign_in
from tests.browser.test_official import LANGUAGE as OFFICIALS_LANGUAGE
from tests.browser.test_official import OFFICIAL, propose_summaries
from tests.conftest import LANGUAGES
from tests.factories import PASSWORD

TITLES = {
    "en": "Workshop on green school meals",
    "ko": "친환경 학교 급식 워크숍",
    "ja": "グリーンな学校給食ワークショップ",
    "zh-hans": "绿色校园餐饮研讨会",
}


def sign_in_to_the_admin(page, live_server, stella):
    page.goto("/en/admin/")
    expect(page).to_have_url(f"{live_server.url}/en/accounts/login/?next=%2Fen%2Fadmin%2F")
    sign_in(page, "en", stella.email, password=PASSWORD, next_url="/en/admin/")
    enter_totp(page, "en", stella.totp_secret)
    expect(page).to_have_url(f"{live_server.url}/en/admin/")


def test_staff_create_and_publish_an_event_in_four_languages(page, live_server, demo, stella):
    sign_in_to_the_admin(page, live_server, stella)
    page.goto("/en/admin/events/event/add/")
    title = page.locator(".ui-tabs").filter(has=page.locator("#id_title_en"))
    # The tabs read as the site's switcher does; an empty title is missing in no language.
    expect(title.get_by_role("tab")).to_have_text(["EN", "KR", "JP", "CN"])
    for language, text in TITLES.items():
        title.get_by_role("tab", name=SWITCHER_LABELS[language], exact=True).click()
        page.locator(f"#id_title_{language.replace('-', '_')}").fill(text)
    page.get_by_label("Slug").fill("green-school-meals")
    page.get_by_label("Kind").select_option(label="Workshop")
    page.get_by_label("Published").check()
    page.locator("#id_starts_0").fill("2027-03-10")
    page.locator("#id_starts_1").fill("09:00")
    page.locator("#id_ends_0").fill("2027-03-10")
    page.locator("#id_ends_1").fill("17:00")
    # Typed in Beijing time, the zone chosen in the same form, not the server's (Seoul).
    page.get_by_label("Time zone").select_option("Asia/Shanghai")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    event = Event.objects.get(slug="green-school-meals")
    assert (event.published, event.title_ja) == (True, TITLES["ja"])
    assert event.local(event.starts).strftime("%H:%M %Z") == "09:00 CST"
    page.goto(f"/en/admin/events/event/{event.pk}/change/")
    expect(page.locator("#id_starts_1")).to_have_value("09:00:00")
    expect(page.locator(".field-starts").first).to_contain_text("Asia/Shanghai")
    for language in LANGUAGES:
        page.goto(f"/{language}/events/")
        page.get_by_role("link", name=TITLES[language]).click()
        expect(page.locator("h1")).to_have_text(TITLES[language])
        expect(page.locator("html")).to_have_attribute("lang", language)

    # Rewritten in English, the title's translations are to be checked again.
    event.title_en = "Green school meals: a workshop for officials"
    event.save()
    page.goto(f"/en/admin/events/event/{event.pk}/change/")
    expect(title.get_by_role("tab")).to_have_text(["EN", "KR ⚠", "JP ⚠", "CN ⚠"])
    expect(page.locator(".messagelist")).to_contain_text("KR, JP, CN")


def test_staff_approve_an_officials_changes(new_page, live_server, demo, stella):
    official = new_page()
    sign_in(official, OFFICIALS_LANGUAGE, OFFICIAL, next_url="/zh-hans/members/beijing/edit/")
    propose_summaries(official, OFFICIALS_LANGUAGE, {"EN": "Beijing buys green, city-wide."})
    expect(official.locator(".notice-pending")).to_be_visible()

    page = new_page()
    sign_in_to_the_admin(page, live_server, stella)
    page.get_by_role("link", name="Profile revisions").click()
    page.get_by_role("link", name="Beijing").first.click()
    expect(page.locator("#content")).to_contain_text("Beijing buys green, city-wide.")
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".messagelist")).to_contain_text("The changes to Beijing are published")

    assert MemberGovernment.objects.get(slug="beijing").summary_en == (
        "Beijing buys green, city-wide."
    )
    page.goto("/en/members/beijing/")
    expect(page.locator("main")).to_contain_text("Beijing buys green, city-wide.")
