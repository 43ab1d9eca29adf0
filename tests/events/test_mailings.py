"""Mailings: one message per recipient, in the recipient's language, through the outbox."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation

from events import mailings
from events.models import Delivery, Mailing, Unsubscribe
from procura.models import Suppression
from tests.factories import RegistrationFactory
from tests.helpers import locked_elsewhere, page, visible_text, wait_for

pytestmark = pytest.mark.django_db

OFFICIAL_FOOTER = (
    "You receive this as an official of a member government of the network. To receive no "
    "more of the network's mailings:"
)
SPEAKER_FOOTER = "You receive this as a speaker or the contact of this event."
REGISTRANT_FOOTER = (
    "You receive this because you registered for this event. Mail about your registration "
    "reaches you even if you unsubscribed from the network's mailings."
)

SUBJECTS = {
    "en": "Slides of the webinar",
    "ko": "웨비나 발표 자료",
    "ja": "ウェビナーの発表資料",
    "zh-hans": "网络研讨会演示文稿",
}


def mailing_for(event, **fields) -> Mailing:
    texts = {}
    for code, subject in SUBJECTS.items():
        column = code.replace("-", "_")
        texts[f"subject_{column}"] = subject
        texts[f"body_{column}"] = f"**{subject}**\n\n[{code}](https://iclei.org/{code})"
    return Mailing.objects.create(
        event=event, **{"kind": "follow_up", "to_confirmed": True, **texts, **fields}
    )


@pytest.fixture
def audience(webinar):
    """A confirmed registrant in each language, one on the waiting list, one cancelled."""
    for code in SUBJECTS:
        RegistrationFactory(event=webinar, email=f"{code}@example.org", language=code)
    RegistrationFactory(event=webinar, email="waiting@example.org", status="waiting")
    RegistrationFactory(event=webinar, email="gone@example.org", status="cancelled")
    return webinar


@pytest.mark.django_db(transaction=True)
def test_each_recipient_gets_one_message_in_their_language(
    audience, smtp_server, celery_worker, stella, client
):
    mailing = mailing_for(audience)
    client.force_login(stella)

    response = client.post(f"/en/admin/events/mailing/{mailing.pk}/send/")

    assert response.status_code == 302
    with celery_worker():
        wait_for(lambda: Mailing.objects.get().status == "sent")
    received = {message["To"]: message for message in smtp_server.messages}
    assert sorted(received) == sorted(f"{code}@example.org" for code in SUBJECTS)
    assert len(smtp_server.envelopes) == 4
    for code, subject in SUBJECTS.items():
        message = received[f"{code}@example.org"]
        assert message["Subject"].endswith(subject)
        delivery = Delivery.objects.get(email=f"{code}@example.org")
        assert message["Message-ID"] == delivery.message_id
        # About their own registration: no unsubscribing from it.
        assert (delivery.reason, message["List-Unsubscribe"]) == ("registrant", None)
        html = message.get_body(("html",)).get_content()
        assert f"<strong>{subject}</strong>" in html
        assert f'<html lang="{code}">' in html
        text = message.get_body(("plain",)).get_content()
        assert f"/{code}/events/webinar/" in text
        assert "/events/unsubscribe/" not in text + html
        with translation.override(code):
            assert translation.gettext(REGISTRANT_FOOTER) in text


def test_missing_translations_fall_back_to_english_and_staff_are_warned(audience, client, stella):
    mailing = Mailing.objects.create(
        event=audience, kind="announcement", to_confirmed=True, subject_en="News", body_en="Hello"
    )
    client.force_login(stella)

    warning = visible_text(client.get(f"/en/admin/events/mailing/{mailing.pk}/change/"))

    assert "한국어, 日本語, and 简体中文" in warning
    message = mailings.Composer(mailing).message(
        Delivery(mailing=mailing, email="a@b.c", language="ja")
    )
    assert message.subject.endswith("News")
    assert "Hello" in message.body


def test_the_recipients_are_frozen_when_the_mailing_is_sent(
    audience, django_capture_on_commit_callbacks
):
    mailing = mailing_for(audience, to_waiting=True)
    with django_capture_on_commit_callbacks():
        mailings.send(mailing)

    RegistrationFactory(event=audience, email="late@example.org")

    addresses = set(Delivery.objects.values_list("email", flat=True))
    assert addresses == {*(f"{code}@example.org" for code in SUBJECTS), "waiting@example.org"}


def test_audiences_officials_speakers_and_no_one_twice(webinar, li, minji, beijing):
    webinar.speakers.create(name="Ying Wang", email="ying@example.org")
    webinar.contact_email, webinar.contact_name = "contact@iclei.example", "Bong-hee Son"
    webinar.save()
    RegistrationFactory(event=webinar, email=li.email, language="zh-hans")
    mailing = Mailing.objects.create(
        event=webinar,
        kind="invitation",
        subject_en="Hi",
        body_en="Hi",
        to_confirmed=True,
        to_officials=True,
        official_countries=["CN"],
        to_speakers=True,
    )

    people = mailings.recipients(mailing)

    assert sorted((person.email, person.reason) for person in people) == [
        ("contact@iclei.example", "speaker"),
        (li.email, "registrant"),  # an official, but here about her own registration
        ("ying@example.org", "speaker"),
    ]


def test_officials_are_named_in_their_own_language(audience, li, minji):
    minji.name_ko = "김민지"
    minji.save()

    mailing = mailing_for(audience, kind="invitation", to_officials=True)
    with translation.override("en"):
        names = {person.email: person.name for person in mailings.recipients(mailing)}

    assert names[minji.email] == "김민지"
    assert names[li.email] == "Li Wei"  # not written in Chinese yet: the English name


def unsubscribe_path(email: str, language: str) -> str:
    return mailings.unsubscribe_url(email, language).removeprefix("http://testserver")


def test_unsubscribing_stops_network_mailings_not_mail_about_ones_registration(
    audience, client, li, minji
):
    page_before = client.get(unsubscribe_path("ko@example.org", "ko"))
    # A mail client's one-click POST carries no CSRF token.
    response = client.post(unsubscribe_path("ko@example.org", "ko"))
    client.post(unsubscribe_path(li.email, "zh-hans"))

    assert page(page_before).html_lang() == "ko"
    assert response.status_code == 200
    with translation.override("ko"):
        assert translation.gettext("Unsubscribe") in visible_text(response)
    assert Unsubscribe.objects.filter(email="ko@example.org").exists()
    mailing = mailing_for(audience, kind="invitation", to_officials=True)
    people = {person.email: person.reason for person in mailings.recipients(mailing)}
    assert people["ko@example.org"] == "registrant"  # still told about the webinar
    assert people[minji.email] == "official"
    assert li.email not in people  # no more network mailings
    assert client.get("/en/events/unsubscribe/forged/").status_code == 404


def test_a_suppressed_address_gets_no_network_mailing_but_its_registration_mail(
    audience, li, minji
):
    Suppression.objects.create(email="MINJI@seoul.example", reason="550 5.1.1 No such user")
    Suppression.objects.create(email="en@example.org", reason="550 5.1.1 No such user")

    mailing = mailing_for(audience, kind="invitation", to_officials=True)
    people = {person.email for person in mailings.recipients(mailing)}

    assert li.email in people
    assert minji.email not in people
    assert "en@example.org" in people


def test_only_the_network_mailing_can_be_unsubscribed_from(webinar, minji):
    RegistrationFactory(event=webinar, email="hana@example.org", language="ja")
    webinar.contact_email = "contact@iclei.example"
    webinar.save()
    mailing = mailing_for(webinar, to_officials=True, to_speakers=True)
    composer = mailings.Composer(mailing)

    official, registrant, contact = (
        composer.message(Delivery(mailing=mailing, **person._asdict()))
        for person in sorted(mailings.recipients(mailing), key=lambda person: person.reason)
    )

    assert official.to == [minji.email]
    assert "/ko/events/unsubscribe/" in official.extra_headers["List-Unsubscribe"]
    assert official.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    with translation.override("ko"):
        assert translation.gettext(OFFICIAL_FOOTER) in official.body
    assert "/ko/events/unsubscribe/" in official.body
    assert "/ko/events/unsubscribe/" in official.alternatives[0][0]
    for message in (registrant, contact):
        assert "List-Unsubscribe" not in message.extra_headers
        assert "/events/unsubscribe/" not in message.body + message.alternatives[0][0]
    with translation.override("ja"):
        assert translation.gettext(REGISTRANT_FOOTER) in registrant.body
    assert SPEAKER_FOOTER in contact.body


def test_officials_choose_on_their_account_page(client, li, webinar, language):
    client.force_login(li)
    url = f"/{language}/events/mailings/"

    response = client.get(url)
    assert response.status_code == 200
    with translation.override(language):
        assert translation.gettext("What unsubscribing changes") in visible_text(response)
        assert translation.gettext(
            "your government's award applications and profile changes"
        ) in visible_text(response)
    client.post(url, {})
    li.official.refresh_from_db()
    assert not li.official.receives_mailings
    assert Unsubscribe.objects.filter(email=li.email).exists()

    client.post(url, {"receives_mailings": "on"})
    li.official.refresh_from_db()
    assert li.official.receives_mailings
    assert not Unsubscribe.objects.exists()


def test_someone_who_is_not_an_official_has_no_mailing_settings(client, olivia):
    client.force_login(olivia)

    assert client.get("/en/events/mailings/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_permanent_failures_are_not_retried_and_can_be_sent_again(
    audience, smtp_server, celery_worker, stella, client
):
    smtp_server.refused["ja@example.org"] = "550 5.1.1 Mailbox unavailable"
    mailing = mailing_for(audience)
    mailings.send(mailing)

    with celery_worker():
        wait_for(lambda: Mailing.objects.get().status == "sent")
        failed = Delivery.objects.get(email="ja@example.org")
        assert (failed.status, failed.attempts) == ("failed", 1)
        assert "550" in failed.last_error
        assert "Mailbox unavailable" in failed.last_error
        assert len(smtp_server.envelopes) == 3
        # Remembered for the network's mailings; this one is about her registration.
        assert Suppression.objects.get().email == "ja@example.org"

        del smtp_server.refused["ja@example.org"]
        client.force_login(stella)
        client.post(f"/en/admin/events/mailing/{mailing.pk}/retry/")
        wait_for(lambda: Delivery.objects.get(email="ja@example.org").status == "sent")

    assert [message["To"] for message in smtp_server.messages].count("ja@example.org") == 1
    assert Mailing.objects.get().status == "sent"


def test_a_temporary_refusal_is_retried_later(audience, smtp_server, settings):
    smtp_server.refused["ko@example.org"] = "450 4.2.1 Try again later"
    mailing = mailing_for(audience)
    Delivery.objects.create(mailing=mailing, email="ko@example.org", language="ko")

    later = mailings.send_batch(mailing.pk, list(Delivery.objects.values_list("pk", flat=True)))

    delivery = Delivery.objects.get()
    assert later == [delivery.pk]
    assert (delivery.status, delivery.attempts) == ("pending", 1)
    assert delivery.retry_after is not None
    assert "450" in delivery.last_error


def test_a_sent_delivery_is_never_sent_again(audience, smtp_server):
    mailing = mailing_for(audience)
    delivery = Delivery.objects.create(mailing=mailing, email="en@example.org", language="en")

    mailings.send_batch(mailing.pk, [delivery.pk])
    mailings.send_batch(mailing.pk, [delivery.pk])  # the same task, delivered twice

    assert len(smtp_server.envelopes) == 1


@pytest.mark.django_db(transaction=True)
def test_a_delivery_another_worker_holds_is_left_to_it(audience, smtp_server):
    mailing = mailing_for(audience)
    delivery = Delivery.objects.create(mailing=mailing, email="en@example.org", language="en")

    with locked_elsewhere(Delivery.objects.filter(pk=delivery.pk)):
        assert mailings.send_batch(mailing.pk, [delivery.pk]) == []

    assert smtp_server.envelopes == []
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("pending", 0)


def test_reminders_are_created_once_per_offset(webinar, django_capture_on_commit_callbacks):
    webinar.reminder_days = [30, 1]
    webinar.save()
    RegistrationFactory(event=webinar, language="ja")

    with django_capture_on_commit_callbacks():
        first = mailings.create_reminders()
        second = mailings.create_reminders()  # beat restarted, or ran twice

    assert [mailing.reminder_days for mailing in first] == [30]
    assert second == []
    reminder = Mailing.objects.get()
    assert (reminder.kind, reminder.status, reminder.deliveries.count()) == (
        "reminder",
        "sending",
        1,
    )
    with translation.override("ja"):
        assert webinar.title in reminder.subject


def test_admin_compose_preview_and_test(client, stella, audience, language):
    mailing = mailing_for(audience)
    client.force_login(stella)

    form = client.get(f"/{language}/admin/events/mailing/{mailing.pk}/change/").content.decode()
    preview = client.get(f"/{language}/admin/events/mailing/{mailing.pk}/preview/ko/")
    client.post(f"/{language}/admin/events/mailing/{mailing.pk}/test/")

    for code in ("en", "ko", "ja", "zh_hans"):
        assert f'name="subject_{code}"' in form
    assert SUBJECTS["ko"] in visible_text(preview)
    [test] = mail.outbox
    assert test.to == [stella.email]
    assert test.subject.endswith(SUBJECTS[language])
    assert Mailing.objects.get().status == "draft"  # a test is not the sending


def test_progress_counts(client, stella, audience, django_capture_on_commit_callbacks):
    mailing = mailing_for(audience)
    with django_capture_on_commit_callbacks():
        mailings.send(mailing)
    Delivery.objects.filter(email="en@example.org").update(status="sent")
    client.force_login(stella)

    response = client.get(f"/en/admin/events/mailing/{mailing.pk}/progress/")

    assert response.json() == {"status": "sending", "pending": 3, "sent": 1, "failed": 0}


def test_the_commands(audience, django_capture_on_commit_callbacks):
    mailing = mailing_for(audience)
    out = io.StringIO()

    with django_capture_on_commit_callbacks():
        call_command("send_mailing", str(mailing.pk), stdout=out)
    call_command("mailing_status", str(mailing.pk), stdout=out)

    assert f"Mailing {mailing.pk} is sending: 4 recipients." in out.getvalue()
    assert "sending; pending 4, sent 0, failed 0" in out.getvalue()


def test_the_unsubscribe_page_in_the_recipients_language(
    client, language, django_assert_max_num_queries
):
    url = mailings.unsubscribe_url("hana@example.org", language).removeprefix("http://testserver")

    with django_assert_max_num_queries(0):
        response = client.get(url)

    assert page(response).html_lang() == language
    assert "hana@example.org" in visible_text(response)
    assert not Unsubscribe.objects.exists()  # only the button unsubscribes


def test_the_delivery_list_filters_by_status(
    client, stella, audience, django_capture_on_commit_callbacks
):
    mailing = mailing_for(audience)
    with django_capture_on_commit_callbacks():
        mailings.send(mailing)
    Delivery.objects.filter(email="ko@example.org").update(
        status="failed", last_error="550 No such user"
    )
    client.force_login(stella)

    text = visible_text(client.get("/en/admin/events/delivery/", {"status__exact": "failed"}))

    assert "ko@example.org" in text
    assert "550 No such user" in text
    assert "en@example.org" not in text


@pytest.mark.django_db(transaction=True)
def test_an_unsubscribed_registrant_still_gets_the_event_reminder(
    audience, client, smtp_server, celery_worker
):
    client.post(unsubscribe_path("ko@example.org", "ko"))
    audience.reminder_days = [30]
    audience.save()

    with celery_worker():
        [reminder] = mailings.create_reminders()
        wait_for(lambda: Mailing.objects.get(pk=reminder.pk).status == "sent")

    received = {message["To"]: message for message in smtp_server.messages}
    assert sorted(received) == sorted(f"{code}@example.org" for code in SUBJECTS)
    message = received["ko@example.org"]
    assert message["List-Unsubscribe"] is None
    with translation.override("ko"):
        assert audience.title in message["Subject"]
        assert translation.gettext(REGISTRANT_FOOTER) in message.get_body(("plain",)).get_content()


@pytest.mark.django_db(transaction=True)
def test_an_unsubscribed_official_gets_no_network_mailing(
    webinar, li, minji, client, smtp_server, celery_worker
):
    client.post(unsubscribe_path(li.email, "zh-hans"))
    mailing = mailing_for(webinar, kind="invitation", to_confirmed=False, to_officials=True)

    with celery_worker():
        mailings.send(mailing)
        wait_for(lambda: Mailing.objects.get().status == "sent")

    [message] = smtp_server.messages
    assert message["To"] == minji.email
    assert "/ko/events/unsubscribe/" in message["List-Unsubscribe"]
    assert list(Delivery.objects.values_list("email", "reason")) == [(minji.email, "official")]


def test_the_unsubscribe_page_says_what_stops_and_what_continues(client, language):
    response = client.get(unsubscribe_path("hana@example.org", language))

    text = visible_text(response)
    assert response.status_code == 200
    with translation.override(language):
        for phrase in (
            "What unsubscribing changes",
            "invitations to the network's events",
            "You still receive mail about what you do yourself:",
            "your account: invitations, password resets and address confirmations",
        ):
            assert translation.gettext(phrase) in text
