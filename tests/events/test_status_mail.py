"""Every change of a registration's status is told to the registrant once, in their language,
with a link to the event: a cancellation (their own, or the organisers'), a move to the
waiting list, a seat beyond the capacity that staff decided to give."""

import icalendar
import pytest
from django.core import mail
from django.utils import translation

from events import services
from events.models import Registration
from tests.factories import RegistrationFactory
from tests.helpers import form_data, visible_text

pytestmark = pytest.mark.django_db

REGISTRATIONS = "/en/admin/events/registration/"


def translated(language: str, msgid: str, **values) -> str:
    with translation.override(language):
        return translation.gettext(msgid) % values


def mails_to(address: str) -> list:
    return [message for message in mail.outbox if message.to == [address]]


def calendar_status(message) -> str | None:
    """The STATUS of the event in the message's .ics, or None without one."""
    if not message.attachments:
        return None
    [(filename, content, mimetype)] = message.attachments
    assert (filename.endswith(".ics"), mimetype) == (True, "text/calendar")
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    return str(event["status"])


@pytest.fixture
def full_webinar(webinar):
    """The webinar down to two seats, taken by Hana (Japanese) and Wei (Chinese); Jun (Korean)
    first on the waiting list."""
    webinar.capacity = 2
    webinar.save()
    RegistrationFactory(event=webinar, email="hana@osaka.example", language="ja")
    RegistrationFactory(event=webinar, email="wei@guiyang.example", language="zh-hans")
    RegistrationFactory(
        event=webinar, name="Jun Park", email="jun@suwon.example", language="ko", status="waiting"
    )
    return webinar


def test_cancelling_oneself_is_confirmed_by_mail_in_ones_language(client, full_webinar):
    hana = Registration.objects.get(email="hana@osaka.example")
    token = services.cancel_token(hana)

    response = client.post(f"/ja/events/registration/{token}/cancel/", follow=True)

    assert response.status_code == 200
    with translation.override("ja"):
        said = translation.gettext(
            "Your registration is cancelled. We have sent a confirmation to %(email)s."
        ) % {"email": "hana@osaka.example"}
    assert said in visible_text(response)
    [message] = mails_to("hana@osaka.example")
    assert message.subject.endswith(
        translated("ja", "Your registration for %(title)s is cancelled", title=full_webinar.title)
    )
    assert "http://testserver/ja/events/webinar/" in message.body
    assert message.attachments == []
    # The seat went to Jun, who is told once too; a second press changes nothing.
    [promoted] = mails_to("jun@suwon.example")
    assert calendar_status(promoted) == "CONFIRMED"
    client.post(f"/ja/events/registration/{token}/cancel/")
    assert len(mail.outbox) == 2


def test_a_cancellation_by_staff_says_it_was_the_organisers(staff_client, full_webinar):
    wei = Registration.objects.get(email="wei@guiyang.example")

    staff_client.post(REGISTRATIONS, {"action": "cancel", "_selected_action": [wei.pk]})

    [message] = mails_to("wei@guiyang.example")
    title = full_webinar.title
    assert message.subject.endswith(
        translated(
            "zh-hans", "The organisers have cancelled your registration for %(title)s", title=title
        )
    )
    assert "http://testserver/zh-hans/events/webinar/" in message.body
    assert message.attachments == []
    assert Registration.objects.get(email="jun@suwon.example").status == "confirmed"
    assert len(mails_to("jun@suwon.example")) == 1


def test_a_move_to_the_waiting_list_is_told_and_frees_the_seat_for_the_next(
    staff_client, full_webinar
):
    hana = Registration.objects.get(email="hana@osaka.example")

    response = staff_client.post(
        REGISTRATIONS, {"action": "move_to_waiting_list", "_selected_action": [hana.pk]}
    )

    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "hana@osaka.example": "waiting",  # at the end of the list, not straight back in
        "wei@guiyang.example": "confirmed",
        "jun@suwon.example": "confirmed",
    }
    [moved] = mails_to("hana@osaka.example")
    assert moved.subject.endswith(
        translated(
            "ja",
            "Your registration for %(title)s is now on the waiting list",
            title=full_webinar.title,
        )
    )
    assert calendar_status(moved) == "TENTATIVE"
    assert "http://testserver/ja/events/webinar/" in moved.body
    with translation.override("ja"):
        assert (
            translation.gettext(
                "The attached file adds the event to your calendar as tentative: your seat is "
                "not confirmed until we write to you again."
            )
            in moved.body
        )
    [promoted] = mails_to("jun@suwon.example")
    assert calendar_status(promoted) == "CONFIRMED"
    assert len(mail.outbox) == 2


def test_moving_the_only_confirmed_person_with_nobody_waiting_keeps_them_waiting(
    staff_client, webinar
):
    alone = RegistrationFactory(event=webinar, language="ko")

    staff_client.post(
        REGISTRATIONS, {"action": "move_to_waiting_list", "_selected_action": [alone.pk]}
    )

    alone.refresh_from_db()
    assert alone.status == "waiting"
    assert len(mail.outbox) == 1


def test_joining_a_full_event_gives_a_tentative_calendar_and_says_the_seat_is_not_confirmed(
    client, full_webinar, olivia
):
    client.force_login(olivia)

    client.post(
        "/ko/events/webinar/register/",
        {"name": "Olivia", "email": olivia.email, "language": "ko"},
    )

    [message] = mails_to(olivia.email)
    assert calendar_status(message) == "TENTATIVE"
    with translation.override("ko"):
        waiting = translation.gettext(
            "The attached file adds the event to your calendar as tentative: your seat is "
            "not confirmed until we write to you again."
        )
    assert waiting in message.body


def test_a_confirmation_keeps_the_calendar_confirmed(client, webinar, olivia):
    client.force_login(olivia)

    client.post(
        "/en/events/webinar/register/", {"name": "Olivia", "email": olivia.email, "language": "en"}
    )

    [message] = mail.outbox
    assert calendar_status(message) == "CONFIRMED"


def test_confirming_beyond_the_capacity_asks_first_and_says_by_how_many(
    staff_client, full_webinar, language
):
    waiting = [Registration.objects.get(email="jun@suwon.example")]
    waiting.append(RegistrationFactory(event=full_webinar, status="waiting", language="en"))
    selected = {"action": "confirm", "_selected_action": [r.pk for r in waiting]}
    url = REGISTRATIONS.replace("/en/", f"/{language}/")

    asked = staff_client.post(url, selected)

    assert asked.status_code == 200
    with translation.override(language):
        expected = translation.ngettext(
            "%(event)s: %(seats)d seat beyond its capacity of %(capacity)d.",
            "%(event)s: %(seats)d seats beyond its capacity of %(capacity)d.",
            2,
        ) % {"event": full_webinar.title, "seats": 2, "capacity": 2}
    assert expected in visible_text(asked)
    assert Registration.objects.filter(status="waiting").count() == 2
    assert mail.outbox == []

    done = staff_client.post(url, {**selected, "beyond_capacity": "yes"})

    assert done.status_code == 302
    assert Registration.objects.filter(status="confirmed").count() == 4
    assert sorted(message.to[0] for message in mail.outbox) == sorted(r.email for r in waiting)


def test_confirming_within_the_capacity_asks_nothing(staff_client, webinar):
    waiting = RegistrationFactory(event=webinar, status="waiting", language="ja")

    response = staff_client.post(
        REGISTRATIONS, {"action": "confirm", "_selected_action": [waiting.pk]}
    )

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"
    [message] = mail.outbox
    assert calendar_status(message) == "CONFIRMED"


def test_a_held_place_confirmed_by_staff_adds_no_seat(staff_client, full_webinar):
    """Confirming someone whose place is held asks nothing: the place already counts."""
    pending = Registration.objects.get(email="wei@guiyang.example")
    pending.status = "pending"
    pending.held_until = services.timezone.now() + services.HOLD
    pending.save()

    response = staff_client.post(
        REGISTRATIONS, {"action": "confirm", "_selected_action": [pending.pk]}
    )

    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == "confirmed"


def test_a_cancelled_registration_whose_address_registered_again_stays_cancelled(
    staff_client, webinar
):
    old = RegistrationFactory(event=webinar, email="kim@busan.example", status="cancelled")
    RegistrationFactory(event=webinar, email="Kim@busan.example")

    response = staff_client.post(REGISTRATIONS, {"action": "confirm", "_selected_action": [old.pk]})

    assert response.status_code == 302
    old.refresh_from_db()
    assert old.status == "cancelled"
    assert mail.outbox == []


def test_the_cancel_link_of_someone_waiting_offers_to_leave_the_waiting_list(
    client, full_webinar, language
):
    jun = Registration.objects.get(email="jun@suwon.example")
    path = f"/{language}/events/registration/{services.cancel_token(jun)}/cancel/"

    response = client.get(path)

    assert response.status_code == 200
    with translation.override(language):
        question = translation.gettext(
            "Do you want to take %(name)s off the waiting list? You will no longer get a seat "
            "when one is freed."
        ) % {"name": jun.name}
    assert question in visible_text(response)
    assert mail.outbox == []


def test_the_status_changes_only_by_the_actions_that_keep_the_rules(staff_client, full_webinar):
    jun = Registration.objects.get(email="jun@suwon.example")
    url = f"{REGISTRATIONS}{jun.pk}/change/"
    data = form_data(staff_client.get(url))

    response = staff_client.post(url, {**data, "status": "confirmed", "organisation": "Suwon"})

    assert response.status_code == 302
    jun.refresh_from_db()
    assert (jun.status, jun.organisation) == ("waiting", "Suwon")
    assert mail.outbox == []
