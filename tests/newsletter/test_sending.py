"""Sending the newsletter: through a real worker and SMTP server, once to each reader, in
their language, with one-click unsubscribe that holds for every later issue."""

import datetime
import re

import pytest
from django.core import mail
from django.utils import timezone

from events import mailings
from events.models import Delivery, Mailing
from newsletter import services
from newsletter.models import Newsletter, Subscriber
from procura.models import Suppression
from tests.helpers import wait_for
from tests.newsletter.conftest import LAUNCH, SUBJECTS, article, newsletter_with

pytestmark = pytest.mark.django_db


def compose(client, articles, events, subject="News from the network") -> Newsletter:
    """Staff write an issue in the admin's language tabs."""
    data = {"articles": [a.pk for a in articles], "events": [e.pk for e in events]}
    data["to_officials"] = "on"
    for code, text in SUBJECTS.items():
        column = code.replace("-", "_")
        data[f"subject_{column}"] = text if code != "en" else subject
        data[f"introduction_{column}"] = f"**{text}**"
    response = client.post("/en/admin/newsletter/newsletter/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Newsletter.objects.get(subject_en=subject)


def send(client, newsletter: Newsletter) -> Mailing:
    """Send, and yes on the page that asks first."""
    asked = client.get(f"/en/admin/newsletter/newsletter/{newsletter.pk}/send/", follow=True)
    assert asked.status_code == 200
    mailing = Newsletter.objects.get(pk=newsletter.pk).mailing
    assert client.post(f"/en/admin/events/mailing/{mailing.pk}/send/").status_code == 302
    return mailing


@pytest.mark.django_db(transaction=True)
def test_subscribe_confirm_receive_once_in_one_s_language_and_unsubscribe_in_one_click(
    client, staff_client, smtp_server, celery_worker, li, minji, launch, webinar
):
    services.confirm(li.email.upper(), "ko")  # Li is an official and a subscriber
    with celery_worker():
        client.post("/ja/newsletter/", {"email": "aiko@osaka.example", "language": "ja"})
        client.post("/en/newsletter/", {"email": "lurker@example.org", "language": "en"})
        wait_for(lambda: len(smtp_server.messages) == 2)
        links = {
            message["To"]: re.search(r"http://testserver(\S+)", message.get_content())[1]
            for message in smtp_server.messages
        }
        assert links["aiko@osaka.example"].startswith("/ja/newsletter/confirm/")
        assert client.post(links["aiko@osaka.example"]).status_code == 200
        smtp_server.envelopes.clear()

        first = send(staff_client, compose(staff_client, [launch], [webinar]))
        wait_for(lambda: Mailing.objects.get(pk=first.pk).status == "sent")

    received = {message["To"].lower(): message for message in smtp_server.messages}
    # Once each; the lurker never confirmed; Minji is an official who receives mailings.
    assert len(smtp_server.messages) == 3
    assert sorted(received) == ["aiko@osaka.example", "li@beijing.example", "minji@seoul.example"]
    aiko, li_message = received["aiko@osaka.example"], received["li@beijing.example"]
    assert aiko["Subject"].endswith(SUBJECTS["ja"])
    assert li_message["Subject"].endswith(SUBJECTS["ko"])
    html = aiko.get_body(("html",)).get_content()
    text = aiko.get_body(("plain",)).get_content()
    title, summary = LAUNCH["ja"]
    for body in (html, text):
        assert title in body
        assert summary in body
        assert "http://testserver/ja/news/launch/" in body
        assert "http://testserver/ja/events/webinar/" in body
    assert 'src="http://testserver/media/' in html
    for message in (aiko, li_message):
        assert message["List-Unsubscribe"].strip().startswith("<http://testserver/")
        assert "/newsletter/unsubscribe/" in message["List-Unsubscribe"]
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Minji gets it as the network's mailing, with its own way out.
    assert "/events/unsubscribe/" in received["minji@seoul.example"]["List-Unsubscribe"]
    reasons = dict(Delivery.objects.values_list("email", "reason"))
    assert reasons == {
        "aiko@osaka.example": "subscriber",
        "LI@BEIJING.EXAMPLE": "subscriber",
        "minji@seoul.example": "official",
    }

    # One click, as a mail client makes it: a POST to the header's address.
    for message in (aiko, li_message):
        url = message["List-Unsubscribe"].strip().strip("<>").removeprefix("http://testserver")
        response = client.post(
            url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        )
        assert response.status_code == 200
    assert set(Subscriber.objects.values_list("status", flat=True)) == {"unsubscribed"}

    smtp_server.envelopes.clear()
    with celery_worker():
        second = send(staff_client, compose(staff_client, [launch], [], subject="Second issue"))
        wait_for(lambda: Mailing.objects.get(pk=second.pk).status == "sent")

    # Li stays an official who receives the network's mailings, but not the newsletter.
    assert [message["To"] for message in smtp_server.messages] == ["minji@seoul.example"]


def test_an_unconfirmed_address_receives_nothing_but_its_confirmation(client, aiko, launch):
    client.post("/en/newsletter/", {"email": "lurker@example.org", "language": "en"})
    newsletter = newsletter_with([launch], to_officials=False)

    people = mailings.recipients(newsletter.mailing)

    assert [person.email for person in people] == ["aiko@osaka.example"]
    assert len(mail.outbox) == 1


def test_suppressed_subscribers_are_left_out(aiko, launch):
    Suppression.objects.create(email="AIKO@osaka.example", reason="550 5.1.1 no such user")
    newsletter = newsletter_with([launch])

    assert mailings.recipients(newsletter.mailing) == []


def test_an_official_who_unsubscribed_from_the_network_still_gets_the_newsletter_he_asked_for(
    li_subscribed, li
):
    mailings.unsubscribe(li.email)
    newsletter = newsletter_with()

    [person] = mailings.recipients(newsletter.mailing)

    assert (person.email.lower(), person.reason, person.language) == (li.email, "subscriber", "ko")


def test_event_mailings_to_officials_ignore_the_newsletter_s_unsubscribes(li, webinar):
    services.unsubscribe(li.email)
    mailing = Mailing.objects.create(
        event=webinar, kind="invitation", to_officials=True, subject_en="Come", body_en="Do."
    )

    assert [person.email for person in mailings.recipients(mailing)] == [li.email]


def test_a_mailing_without_an_event_needs_no_event_audience(launch):
    mailing = Mailing(kind="announcement", to_confirmed=True, subject_en="x", body_en="y")

    with pytest.raises(Exception, match="need an event"):
        mailing.full_clean()


def test_a_scheduled_issue_is_started_by_beat_when_it_is_due(
    staff_client, aiko, launch, django_capture_on_commit_callbacks
):
    newsletter = newsletter_with([launch], scheduled=timezone.now() + datetime.timedelta(days=1))
    staff_client.post(f"/en/admin/events/mailing/{newsletter.mailing_id}/send/")
    assert Mailing.objects.get().status == "scheduled"

    Mailing.objects.update(scheduled=timezone.now() - datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks():
        mailings.resume()

    assert Mailing.objects.get().status == "sending"
    assert list(Delivery.objects.values_list("email", "reason")) == [
        ("aiko@osaka.example", "subscriber")
    ]


def test_an_announcement_without_an_event_goes_to_officials(minji):
    mailing = Mailing.objects.create(
        kind="announcement", to_officials=True, subject_en="Hello", body_en="The network."
    )
    [person] = mailings.recipients(mailing)

    message = mailings.Composer(mailing).message(Delivery(mailing=mailing, **person._asdict()))

    assert message.to == [minji.email]
    assert "The network." in message.body
    assert "List-Unsubscribe" in message.extra_headers


def test_an_event_s_invitation_may_go_to_the_subscribers_who_can_leave_the_newsletter(
    aiko, webinar
):
    mailing = Mailing.objects.create(
        event=webinar,
        kind="invitation",
        to_subscribers=True,
        subject_en="Come",
        subject_ja="ご参加ください",
        body_en="Join us.",
    )
    [person] = mailings.recipients(mailing)

    message = mailings.Composer(mailing).message(Delivery(mailing=mailing, **person._asdict()))

    assert (person.reason, person.language) == ("subscriber", "ja")
    assert message.subject.endswith("ご参加ください")
    assert "/ja/newsletter/unsubscribe/" in message.extra_headers["List-Unsubscribe"]
    assert "/ja/events/webinar/" in message.body


def test_an_article_or_event_unpublished_after_composing_is_left_out_of_the_issue(launch, webinar):
    withdrawn = article("withdrawn", {"en": ("Withdrawn story", "Taken back.")})
    newsletter = newsletter_with([launch, withdrawn], [webinar])
    withdrawn.status = "draft"
    withdrawn.save()
    webinar.published = False
    webinar.save()

    found = services.issue(newsletter.mailing)

    assert found["articles"] == [launch]
    assert found["events"] == []
    delivery = Delivery(mailing=newsletter.mailing, email="aiko@osaka.example", language="en")
    delivery.reason = "subscriber"
    message = mailings.Composer(newsletter.mailing).message(delivery)
    assert LAUNCH["en"][0] in message.body
    assert "Withdrawn story" not in message.body
    assert "electric buses" not in message.body
