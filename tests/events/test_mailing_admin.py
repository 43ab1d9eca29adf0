"""The mailing admin asks before sending, tests in the language staff choose, takes countries
from a list, and shows the mail server's reply as text, saying when a retry failed again."""

import re

import pytest
from django.core import mail
from django.utils import translation

from events import mailings
from events.mailing_admin import server_reply
from events.models import Delivery, Mailing
from tests.factories import RegistrationFactory
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db


def translated(language: str, msgid: str, **values) -> str:
    with translation.override(language):
        return translation.gettext(msgid) % values


@pytest.fixture
def mailing(webinar):
    """Written in English and Korean, to the confirmed registrants: two read Korean, one
    English, one Japanese; someone on the waiting list is not in the audience."""
    for email, language in [
        ("a@suwon.example", "ko"),
        ("b@suwon.example", "ko"),
        ("c@example.org", "en"),
        ("d@osaka.example", "ja"),
    ]:
        RegistrationFactory(event=webinar, email=email, language=language)
    RegistrationFactory(event=webinar, email="w@example.org", status="waiting", language="zh-hans")
    return Mailing.objects.create(
        event=webinar,
        kind="follow_up",
        to_confirmed=True,
        subject_en="Slides of the webinar",
        body_en="The slides.",
        subject_ko="웨비나 발표 자료",
        body_ko="발표 자료입니다.",
    )


def url(mailing, view: str, language: str = "en") -> str:
    return f"/{language}/admin/events/mailing/{mailing.pk}/{view}/"


def test_send_asks_first_with_the_recipients_per_language_and_the_missing_translations(
    staff_client, mailing, language, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20):
        response = staff_client.get(url(mailing, "send", language))

    assert response.status_code == 200
    table = re.search(
        r'<table class="recipients-per-language">.*?</table>', response.content.decode(), re.S
    )
    rows = re.findall(r"<tr><td>(.*?)</td><td>(\d+)</td></tr>", table.group(0))
    assert rows == [("English", "1"), ("한국어", "2"), ("日本語", "1")]
    with translation.override(language):
        warning = translation.gettext(
            "The subject or the message is not written yet in %(languages)s: these recipients "
            "will get the English text."
        ) % {"languages": "日本語"}
    assert warning in visible_text(response)
    mailing.refresh_from_db()
    assert mailing.status == "draft"
    assert not Delivery.objects.exists()


def test_the_confirmed_send_sends(staff_client, mailing):
    response = staff_client.post(url(mailing, "send"))

    assert response.status_code == 302
    mailing.refresh_from_db()
    assert mailing.status == "sending"
    assert Delivery.objects.count() == 4


def test_the_mailing_page_links_to_the_question_instead_of_sending(staff_client, mailing):
    response = staff_client.get(url(mailing, "change"))

    assert response.status_code == 200
    [send] = [attrs for attrs, text in page(response).find_all("a") if text == "Send"]
    assert send["href"] == url(mailing, "send")
    choice = re.search(
        r'<select name="language" id="test-language-change">(.*?)</select>',
        response.content.decode(),
    )
    options = re.findall(r'<option value="([^"]+)"( selected)?>', choice.group(1))
    # The staff member's own language comes chosen.
    assert options == [("en", " selected"), ("ko", ""), ("ja", ""), ("zh-hans", "")]


def test_a_test_goes_in_the_language_chosen(staff_client, mailing, stella):
    response = staff_client.post(url(mailing, "test"), {"language": "ko", "back": "send"})

    assert response.status_code == 302
    assert response["Location"] == url(mailing, "send")
    [message] = mail.outbox
    assert message.to == [stella.email]
    assert message.subject.endswith("웨비나 발표 자료")
    assert not Delivery.objects.exists()


def test_a_test_in_an_unknown_language_is_refused(staff_client, mailing, language):
    response = staff_client.post(url(mailing, "test", language), {"language": "fr"}, follow=True)

    assert translated(language, "Choose one of the languages.") in visible_text(response)
    assert mail.outbox == []


def test_a_sent_mailing_is_not_asked_again(staff_client, mailing):
    mailings.send(mailing)

    response = staff_client.get(url(mailing, "send"), follow=True)

    assert "Only a draft can be sent." in visible_text(response)


def test_only_officials_from_is_a_list_of_countries(staff_client, mailing):
    response = staff_client.get(url(mailing, "change"))
    boxes = {
        attrs["value"]
        for attrs, _text in page(response).find_all("input")
        if attrs.get("name") == "official_countries"
    }
    assert {"CN", "KR", "JP"} <= boxes
    assert "Republic of Korea" in visible_text(response)
    data = form_data(response)

    saved = staff_client.post(
        url(mailing, "change"), {**data, "to_officials": "on", "official_countries": ["CN", "KR"]}
    )

    assert saved.status_code == 302
    mailing.refresh_from_db()
    assert mailing.official_countries == ["CN", "KR"]


def test_an_unknown_country_is_refused_and_nothing_changes(staff_client, mailing, language):
    data = form_data(staff_client.get(url(mailing, "change", language)))

    response = staff_client.post(
        url(mailing, "change", language), {**data, "official_countries": ["CN", "ZZ"]}
    )

    assert response.status_code == 200
    with translation.override(language):
        error = translation.gettext(
            "Select a valid choice. %(value)s is not one of the available choices."
        ) % {"value": "ZZ"}
    assert error in visible_text(response)
    mailing.refresh_from_db()
    assert mailing.official_countries == []


def test_the_servers_reply_is_text():
    assert (
        server_reply("{'gone@example.org': (550, b'5.1.1 mailbox unavailable')}")
        == "550 5.1.1 mailbox unavailable"
    )
    assert server_reply("(554, b'5.7.1 message refused')") == "554 5.7.1 message refused"
    assert server_reply("[Errno 111] Connection refused") == "[Errno 111] Connection refused"
    assert server_reply("") == ""


def test_a_retry_that_failed_again_says_so_with_the_servers_reply(
    staff_client, mailing, smtp_server
):
    smtp_server.refused = {"d@osaka.example": "550 5.1.1 mailbox unavailable"}
    mailings.send(mailing)
    ids = list(Delivery.objects.values_list("pk", flat=True))
    mailings.send_batch(mailing.pk, ids)
    deliveries = "/en/admin/events/delivery/"

    listing = visible_text(staff_client.get(deliveries, {"status__exact": "failed"}))
    assert "550 5.1.1 mailbox unavailable" in listing
    assert "b'" not in listing
    assert "Failed again" not in listing

    staff_client.post(url(mailing, "retry"))
    assert Delivery.objects.get(email="d@osaka.example").status == "pending"
    mailings.send_batch(mailing.pk, ids)

    response = staff_client.get(url(mailing, "change"))
    assert "1 delivery failed again after a retry" in visible_text(response)
    listing = visible_text(staff_client.get(deliveries, {"status__exact": "failed"}))
    assert "Failed again after a retry: 550 5.1.1 mailbox unavailable" in listing
    refused = Delivery.objects.get(email="d@osaka.example")
    detail = staff_client.get(f"{deliveries}{refused.pk}/change/")
    assert detail.status_code == 200
    assert "Failed again after a retry: 550 5.1.1 mailbox unavailable" in visible_text(detail)
    history = staff_client.get(f"{deliveries}{refused.pk}/history/")
    assert "Changed status." in visible_text(history)
    assert len(smtp_server.envelopes) == 3  # the others, once each
