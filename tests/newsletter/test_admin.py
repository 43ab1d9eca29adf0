"""The newsletter in the admin: composing with a tab per language and the latest articles
ticked, the preview in each language, and Send through the mailings' page that asks first."""

import datetime
import re

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.utils import timezone

from events import mailings
from events.models import Delivery, Mailing
from newsletter import services
from newsletter.models import Newsletter
from tests.helpers import page, visible_text
from tests.newsletter.conftest import LAUNCH, SUBJECTS, article, newsletter_with

pytestmark = pytest.mark.django_db


def url(newsletter, view: str = "change", language: str = "en") -> str:
    return f"/{language}/admin/newsletter/newsletter/{newsletter.pk}/{view}/"


def test_the_preview_shows_the_mail_as_each_language_s_subscriber_reads_it(
    staff_client, launch, webinar, language, django_assert_max_num_queries
):
    newsletter = newsletter_with([launch], [webinar])

    with django_assert_max_num_queries(20):
        response = staff_client.get(url(newsletter, f"preview/{language}"))

    assert response.status_code == 200
    text = visible_text(response)
    title, summary = LAUNCH[language]
    assert SUBJECTS[language] in text
    assert title in text
    assert summary in text
    html = response.content.decode()
    assert f'href="http://testserver/{language}/news/launch/"' in html
    assert f'href="http://testserver/{language}/events/webinar/"' in html
    assert re.search(r'<img src="http://testserver/media/news/[^"]+" alt="The launch', html)
    # The plain text too, with the absolute links.
    [(_attrs, plain)] = page(response).find_all("pre")
    assert title in plain
    assert f"http://testserver/{language}/news/launch/" in plain
    assert "/newsletter/unsubscribe/" in plain


def test_the_preview_marks_english_shown_for_a_missing_translation(staff_client, launch):
    english_only = article("english-only", {"en": ("Only in English", "No translation yet.")})
    newsletter = newsletter_with([launch, english_only])

    response = staff_client.get(url(newsletter, "preview/ko"))

    html = response.content.decode()
    assert re.search(r'<h3[^>]* lang="en"[^>]*><a [^>]+>Only in English</a>', html)
    assert "Procura+ East Asia 출범" in html


def test_previewing_an_issue_without_a_mailing_writes_nothing(
    totp_login, sam, launch, webinar, language
):
    sam.user_permissions.add(Permission.objects.get(codename="view_newsletter"))
    client = totp_login(sam)
    newsletter = Newsletter.objects.create(subject_en="Unsaved issue", introduction_en="**Hi**")
    newsletter.articles.set([launch])
    newsletter.events.set([webinar])

    response = client.get(url(newsletter, f"preview/{language}"))

    assert response.status_code == 200
    text = visible_text(response)
    assert "Unsaved issue" in text
    assert LAUNCH[language][0] in text
    assert "Webinar: electric buses" in text
    assert not Mailing.objects.exists()
    assert Newsletter.objects.get().mailing is None


def test_send_asks_first_with_the_readers_per_language(
    staff_client, aiko, li_subscribed, minji, launch
):
    from newsletter import services

    services.confirm("kenta@tokyo.example", "ja")
    newsletter = newsletter_with([launch])

    response = staff_client.get(url(newsletter, "send"), follow=True)

    assert response.status_code == 200
    table = re.search(
        r'<table class="recipients-per-language">.*?</table>', response.content.decode(), re.S
    )[0]
    rows = re.findall(r"<tr><td>(.+?)</td><td>(\d+)</td></tr>", table)
    # Li is a subscriber and an official: counted once. Minji reads Korean as an official.
    assert rows == [("한국어", "2"), ("日本語", "2")]
    assert Mailing.objects.get().status == "draft"


def test_a_new_issue_starts_with_the_articles_since_the_last_one_and_the_events_to_come(
    staff_client, launch, draft_article, webinar, symposium
):
    older = article("older", {"en": ("Older news", "Before the last issue.")}, days_ago=10)
    last = newsletter_with([older])
    Mailing.objects.filter(pk=last.mailing_id).update(
        status="sent", started=timezone.now() - datetime.timedelta(days=5)
    )

    response = staff_client.get("/en/admin/newsletter/newsletter/add/")

    assert response.status_code == 200
    selected = {
        attrs["value"] for attrs, _text in page(response).find_all("option") if "selected" in attrs
    }
    checked = {
        attrs["value"]
        for attrs, _text in page(response).find_all("input", name="events")
        if "checked" in attrs
    }
    assert str(launch.pk) in selected
    assert str(older.pk) not in selected
    assert checked == {str(webinar.pk)}  # the symposium is over
    # Drafts cannot be chosen at all.
    values = {attrs.get("value") for attrs, _text in page(response).find_all("option")}
    assert str(draft_article.pk) not in values
    for code in ("en", "ko", "ja", "zh_hans"):
        assert f'name="subject_{code}"' in response.content.decode()


def test_the_change_page_offers_the_previews_and_send(staff_client, launch, language):
    newsletter = newsletter_with([launch])

    response = staff_client.get(url(newsletter, language=language))

    assert response.status_code == 200
    hrefs = [attrs["href"] for attrs, _text in page(response).find_all("a")]
    for code in ("en", "ko", "ja", "zh-hans"):
        assert f"/{language}/admin/newsletter/newsletter/{newsletter.pk}/preview/{code}/" in hrefs
    assert url(newsletter, "send", language) in hrefs


def test_a_sent_issue_can_no_longer_be_changed(staff_client, launch):
    newsletter = newsletter_with([launch])
    Mailing.objects.filter(pk=newsletter.mailing_id).update(status="sent")

    response = staff_client.post(url(newsletter), {"subject_en": "Changed"})

    assert response.status_code == 403
    assert Newsletter.objects.get().subject_en == SUBJECTS["en"]
    assert staff_client.get(url(newsletter, "preview/ja")).status_code == 200


def test_the_newsletter_s_mailing_is_edited_as_the_newsletter(staff_client, launch):
    newsletter = newsletter_with([launch])

    response = staff_client.get(f"/en/admin/events/mailing/{newsletter.mailing_id}/change/")

    assert response.status_code == 200
    assert 'name="subject_en"' not in response.content.decode()
    assert SUBJECTS["en"] in visible_text(response)


def test_staff_without_the_permission_get_no_preview_and_cannot_send(totp_login, sam, launch):
    client = totp_login(sam)
    newsletter = newsletter_with([launch])

    assert client.get(url(newsletter, "preview/en")).status_code == 403
    assert client.get(url(newsletter, "send")).status_code == 403
    assert Mailing.objects.get().status == "draft"


def test_subscribers_are_listed_not_added_by_staff(staff_client, aiko):
    listed = staff_client.get("/en/admin/newsletter/subscriber/")

    assert listed.status_code == 200
    assert "aiko@osaka.example" in visible_text(listed)
    assert staff_client.get("/en/admin/newsletter/subscriber/add/").status_code == 403


def test_deleting_a_draft_issue_deletes_its_mailing(staff_client, launch):
    newsletter = newsletter_with([launch])

    response = staff_client.post(url(newsletter, "delete"), {"post": "yes"})

    assert response.status_code == 302
    assert not Newsletter.objects.exists()
    assert not Mailing.objects.exists()


def test_deleting_a_scheduled_issue_cancels_its_mailing_so_beat_sends_nothing(
    staff_client, aiko, launch, django_capture_on_commit_callbacks
):
    newsletter = newsletter_with([launch], scheduled=timezone.now() + datetime.timedelta(days=1))
    staff_client.post(f"/en/admin/events/mailing/{newsletter.mailing_id}/send/")
    assert Mailing.objects.get().status == "scheduled"

    response = staff_client.post(url(newsletter, "delete"), {"post": "yes"})

    assert response.status_code == 302
    assert not Newsletter.objects.exists()
    Mailing.objects.update(scheduled=timezone.now() - datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        mailings.resume()
    mailing = Mailing.objects.get()
    assert mailing.status == "cancelled"
    assert not Delivery.objects.exists()
    # It stays listed with the mailings, as called off.
    shown = staff_client.get(f"/en/admin/events/mailing/{mailing.pk}/change/")
    assert shown.status_code == 200
    assert "Cancelled" in visible_text(shown)


@pytest.mark.parametrize("status", ["sending", "sent"])
def test_an_issue_that_started_sending_is_not_deleted_and_the_admin_says_why(
    staff_client, launch, status
):
    newsletter = newsletter_with([launch])
    Mailing.objects.filter(pk=newsletter.mailing_id).update(status=status)

    response = staff_client.post(url(newsletter, "delete"), {"post": "yes"}, follow=True)

    assert response.redirect_chain == [(url(newsletter), 302)]
    assert "This issue has been sent" in visible_text(response)
    assert Newsletter.objects.get() == newsletter
    assert Mailing.objects.get().status == status
    # Nor from the list's action.
    action = {"action": "delete_selected", "_selected_action": [newsletter.pk], "post": "yes"}
    staff_client.post("/en/admin/newsletter/newsletter/", action)
    assert Newsletter.objects.exists()


def test_an_issue_whose_sending_started_meanwhile_is_not_deleted(launch):
    newsletter = newsletter_with([launch], scheduled=timezone.now())
    opened = Newsletter.objects.select_related("mailing").get()
    Mailing.objects.filter(pk=newsletter.mailing_id).update(status="sending")

    with pytest.raises(ValidationError):
        services.delete(opened)

    assert Newsletter.objects.exists()
    assert Mailing.objects.get().status == "sending"


def test_a_mailing_of_the_newsletter_kind_is_composed_only_as_a_newsletter(staff_client):
    response = staff_client.get("/en/admin/events/mailing/add/")

    assert response.status_code == 200
    kinds = {attrs.get("value") for attrs, _text in page(response).find_all("option")}
    assert {"invitation", "announcement"} <= kinds
    assert "newsletter" not in kinds
    assert 'name="to_subscribers"' in response.content.decode()
