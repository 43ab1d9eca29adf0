"""Li, an official of Beijing, proposes changes to Beijing's profile in the browser."""

import re

from playwright.sync_api import expect

from members.models import ProfileRevision, RevisionStatus
from tests.browser.conftest import sign_in
from tests.helpers import image_file, in_language

OFFICIAL = "official@beijing.example"
LANGUAGE = "zh-hans"


def propose_summaries(page, language: str, summaries: dict[str, str], logo=None):
    """Fill the summary in the tab of each language, and perhaps a logo, then submit."""
    profile = page.locator(".language-tabs").first
    for tab, summary in summaries.items():
        profile.get_by_role("tab", name=re.compile(rf"^{tab}\b")).click()
        panel = profile.get_by_role("tabpanel")
        panel.get_by_label(in_language(language, "summary"), exact=False).fill(summary)
    if logo:
        page.get_by_label(in_language(language, "New logo")).set_input_files(logo)
    page.get_by_role("button", name=in_language(language, "Submit for review")).click()


def test_official_proposes_changes_in_two_languages_with_a_logo(page, live_server, demo, tmp_path):
    logo = tmp_path / "logo.png"
    logo.write_bytes(image_file((600, 400)).read())
    sign_in(page, LANGUAGE, OFFICIAL, next_url=f"/{LANGUAGE}/")
    expect(page).to_have_url(f"{live_server.url}/{LANGUAGE}/")

    page.locator(".account-menu summary").click()  # the account's links sit in one menu
    page.get_by_role("link", name=in_language(LANGUAGE, "My government's profile")).click()
    expect(page).to_have_url(f"{live_server.url}/{LANGUAGE}/members/beijing/edit/")
    # The texts open on the page's language, and each tab says how its language stands.
    tabs = page.locator(".language-tabs").first.get_by_role("tab")
    expect(tabs.and_(page.locator("[aria-selected=true]"))).to_have_text(re.compile("^CN"))
    translated = in_language(LANGUAGE, "translated")
    expect(tabs).to_have_text(
        ["EN", f"KR ✓ ({translated})", f"JP ✓ ({translated})", re.compile("^CN ✓")]
    )
    summaries = {"CN": "北京市全面推行政府绿色采购。", "EN": "Beijing buys green across the city."}
    propose_summaries(page, LANGUAGE, summaries, logo=logo)

    # The author as the page's language writes them: Wei Li is 李伟 on the Chinese page.
    expect(page.locator(".notice-pending")).to_contain_text("李伟")
    proposed = page.get_by_text(in_language(LANGUAGE, "Proposed logo:")).locator("img")
    expect(proposed).to_have_js_property("naturalWidth", 480)
    revision = ProfileRevision.objects.get(government__slug="beijing")
    assert revision.status == RevisionStatus.PENDING
    fields = revision.proposal["fields"]
    assert (fields["summary_zh_hans"], fields["summary_en"]) == (summaries["CN"], summaries["EN"])
    # The published profile is unchanged until ICLEI's staff approve.
    page.get_by_role("link", name=in_language(LANGUAGE, "See the public profile")).click()
    expect(page.locator("main")).not_to_contain_text(summaries["CN"])


def test_official_cannot_open_another_governments_editor(page, live_server, demo):
    sign_in(page, LANGUAGE, OFFICIAL, next_url=f"/{LANGUAGE}/")
    expect(page).to_have_url(f"{live_server.url}/{LANGUAGE}/")
    response = page.goto(f"/{LANGUAGE}/members/seoul/edit/")
    assert response.status == 404
    expect(page.locator("main")).not_to_contain_text(in_language(LANGUAGE, "Submit for review"))
