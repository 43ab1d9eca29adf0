"""Registering for an event, confirming the address by the mailed link, the waiting list, and
cancelling by the link in the mail."""

import re

import icalendar
import pytest
from django.core import mail
from django.utils import translation

from events import services
from events.models import Registration
from tests.factories import RegistrationFactory, UserFactory, in_days
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db

GUEST = {
    "name": "Hana Sato",
    "email": "hana@kyoto.example",
    "organisation": "Kyoto",
    "language": "ja",
}


def register(client, data=GUEST, language="en", slug="webinar"):
    return client.post(f"/{language}/events/{slug}/register/", data)


def link(message, action: str = "cancel") -> str:
    """The path of the mailed link that cancels (or confirms) the registration."""
    return re.search(
        rf"http://testserver(/\S+/events/registration/\S+/{action}/)", message.body
    ).group(1)


def confirm_by_mail(client) -> None:
    """The registrant opens the last mail's confirmation link and presses its button."""
    path = link(mail.outbox[-1], "confirm")
    mail.outbox.clear()
    client.post(path)


def test_the_form_in_the_visitors_language(
    client, webinar, language, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = client.get(f"/{language}/events/webinar/register/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert form_data(response)["language"] == language


def test_an_anonymous_seat_waits_for_the_address_then_is_confirmed_and_mailed(
    client, webinar, language
):
    response = register(client, language=language)

    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == "pending"
    with translation.override(language):
        shown = visible_text(client.get(response["Location"]))
        assert registration.held_until_local() in shown
    assert "hana@kyoto.example" in shown
    [request] = mail.outbox
    assert request.to == ["hana@kyoto.example"]
    assert request.attachments == []
    with translation.override("ja"):
        assert (
            translation.gettext("Please confirm your registration for %(title)s").split("%")[0]
            in request.subject
        )
    assert link(request, "confirm").startswith("/ja/")

    confirm_by_mail(client)

    assert Registration.objects.get().status == "confirmed"
    [message] = mail.outbox
    assert message.to == ["hana@kyoto.example"]
    with translation.override("ja"):
        assert (
            translation.gettext("The attached file adds the event to your calendar.")
            in message.body
        )
    [(name, content, mimetype)] = message.attachments
    assert (name, mimetype) == ("webinar.ics", "text/calendar")
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(event["url"]) == "http://testserver/ja/events/webinar/"


def test_a_verified_account_registering_itself_is_confirmed_at_once(client, olivia, webinar):
    client.force_login(olivia)

    response = register(client, {**GUEST, "email": "OLIVIA@beijing.example"})

    assert response.status_code == 302
    assert Registration.objects.get().status == "confirmed"
    with translation.override("en"):
        assert "Your seat at Webinar: electric buses is confirmed." in visible_text(
            client.get(response["Location"])
        )
    [message] = mail.outbox
    assert len(message.attachments) == 1


def test_another_address_than_ones_own_verified_one_must_be_confirmed(client, olivia, webinar):
    olivia.emailaddress_set.update(verified=False)
    client.force_login(olivia)
    register(client, {**GUEST, "email": olivia.email})
    client.force_login(UserFactory())  # no verified address at all
    register(client)

    assert set(Registration.objects.values_list("status", flat=True)) == {"pending"}
    assert all(message.attachments == [] for message in mail.outbox)


def test_names_arrive_in_the_mail_on_one_line_without_control_characters(client, webinar):
    # Line breaks, a bell, a line separator, an escape, and a right-to-left override that
    # would show the rest backwards.
    name = "Hana\r\nBcc: victim@example.org\x07\u2028Sato\x1b[31m\u202egro.elpmaxe"

    register(client, {**GUEST, "name": name, "organisation": "Kyoto\nCity\t Hall"})

    registration = Registration.objects.get()
    assert registration.name == "Hana Bcc: victim@example.org Sato [31m gro.elpmaxe"
    assert registration.organisation == "Kyoto City Hall"
    [message] = mail.outbox
    assert "Hana Bcc: victim@example.org Sato [31m gro.elpmaxe" in message.body
    hidden = ["\x07", "\x1b", "\u2028", "\u202e", "\r"]
    assert not any(character in message.body for character in hidden)
    assert message.to == ["hana@kyoto.example"]


def test_officials_find_their_details_filled_in(client, li, webinar):
    client.force_login(li)

    response = client.get("/en/events/webinar/register/")
    data = form_data(response)

    assert (data["name"], data["email"], data["language"]) == ("Li Wei", li.email, "zh-hans")
    assert "government" not in data
    assert "You register as an official of Beijing." in visible_text(response)


def test_the_government_comes_from_the_officials_account_only(client, li, seoul, webinar):
    register(client, {**GUEST, "government": seoul.pk})
    client.force_login(li)
    register(client, {**GUEST, "email": li.email, "government": seoul.pk})

    governments = dict(Registration.objects.values_list("email", "government__slug"))
    assert governments == {GUEST["email"]: None, li.email: "beijing"}


BAD_INPUT = {
    "missing name": ({**GUEST, "name": ""}, "This field is required."),
    "invalid email": ({**GUEST, "email": "hana@"}, "Enter a valid email address."),
}


@pytest.mark.parametrize("case", BAD_INPUT.values(), ids=BAD_INPUT.keys())
def test_bad_input_is_refused_with_a_translated_error(client, webinar, case, language):
    data, error = case

    response = register(client, data, language)

    assert response.status_code == 400
    with translation.override(language):
        assert translation.gettext(error) in visible_text(response)
    assert form_data(response)["organisation"] == "Kyoto"
    assert not Registration.objects.exists()
    assert mail.outbox == []


def test_the_same_email_registers_once(client, webinar, language):
    register(client)
    confirm_by_mail(client)

    response = register(client, {**GUEST, "email": "HANA@kyoto.example"}, language)

    assert response.status_code == 400
    with translation.override(language):
        assert translation.gettext(
            "This email address is already registered for this event."
        ) in visible_text(response)
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"registration_opens": in_days(3)}, "Registration for this event is not open yet."),
        ({"registration_closes": in_days(-1)}, "Registration for this event is closed."),
        ({"audience": "nobody"}, "This event takes no registrations on the portal."),
    ],
)
def test_registration_outside_the_window_is_refused(client, webinar, changes, error, language):
    for name, value in changes.items():
        setattr(webinar, name, value)
    webinar.save()

    response = register(client, GUEST, language)

    assert response.status_code == 400
    with translation.override(language):
        assert translation.gettext(error) in visible_text(response)
    assert not Registration.objects.exists()


def test_an_event_for_officials_asks_others_to_sign_in(client, workshop, olivia, li):
    assert register(client, slug="workshop").status_code == 403
    client.force_login(olivia)
    assert register(client, slug="workshop").status_code == 403
    assert not Registration.objects.exists()

    client.force_login(li)
    register(client, {**GUEST, "email": li.email}, slug="workshop")

    assert Registration.objects.get().user == li


def test_an_unconfirmed_registration_is_replaced_by_a_new_one(client, webinar):
    register(client)
    first_link = link(mail.outbox[0], "confirm")

    register(client, {**GUEST, "name": "Hana Sato-Ito"})

    assert list(Registration.objects.values_list("status", flat=True)) == [
        "cancelled",
        "pending",
    ]
    client.post(first_link)
    assert not Registration.objects.filter(status="confirmed").exists()
    confirm_by_mail(client)
    assert Registration.objects.get(status="confirmed").name == "Hana Sato-Ito"


def test_a_full_event_puts_people_on_the_waiting_list(client, webinar):
    RegistrationFactory.create_batch(10, event=webinar)

    register(client)
    assert Registration.objects.get(email=GUEST["email"]).held_until is None
    confirm_by_mail(client)

    assert Registration.objects.get(email=GUEST["email"]).status == "waiting"
    with translation.override("ja"):
        assert (
            translation.gettext("You are on the waiting list for %(title)s").split("%")[0]
            in mail.outbox[0].subject
        )


def test_cancelling_by_the_mailed_link_promotes_the_first_on_the_waiting_list(client, webinar):
    RegistrationFactory.create_batch(9, event=webinar)
    register(client)
    confirm_by_mail(client)
    [confirmation] = mail.outbox
    first, second = RegistrationFactory.create_batch(
        2, event=webinar, status="waiting", language="ko"
    )
    mail.outbox.clear()
    path = link(confirmation)

    assert "Hana Sato" in visible_text(client.get(path))
    response = client.post(path)

    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses[GUEST["email"]] == "cancelled"
    assert statuses[first.email] == "confirmed"
    assert statuses[second.email] == "waiting"
    # The registrant is told of the cancellation, the first on the list of the seat.
    cancellation, promotion = mail.outbox
    assert cancellation.to == [GUEST["email"]]
    assert promotion.to == [first.email]
    with translation.override("ko"):
        assert (
            translation.gettext("A seat at %(title)s is yours").split("%")[0] in promotion.subject
        )
    # The link works once; later it only says so.
    client.post(path)
    assert Registration.objects.filter(status="confirmed").count() == 10


def test_a_forged_cancel_link_is_not_found(client, webinar):
    registration = RegistrationFactory(event=webinar)

    assert client.get(f"/en/events/registration/{registration.pk}/cancel/").status_code == 404
    assert client.post("/en/events/registration/1:forged:sig/cancel/").status_code == 404


def test_a_registration_for_a_past_event_cannot_be_cancelled(client, symposium):
    registration = RegistrationFactory(event=symposium)
    path = f"/en/events/registration/{services.cancel_token(registration)}/cancel/"

    assert "The event is over." in visible_text(client.get(path))
    client.post(path)

    assert Registration.objects.get().status == "confirmed"
