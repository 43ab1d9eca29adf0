"""Confirming an address by the mailed link, and the place held until then: it keeps the
last seat from others, and once it lapses beat gives it to the waiting list."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone, translation

from events import services
from events.models import Registration
from tests.factories import RegistrationFactory
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

HANA = {"name": "Hana Sato", "email": "hana@kyoto.example", "language": "ja"}


def confirm_path(registration: Registration, language: str = "en") -> str:
    return f"/{language}/events/registration/{services.confirm_token(registration)}/confirm/"


@pytest.fixture
def last_seat_held(webinar):
    """Nine of the webinar's ten seats are confirmed; Hana's place holds the tenth."""
    RegistrationFactory.create_batch(9, event=webinar)
    return services.register(webinar, verified=False, **HANA)


def lapse(registration: Registration) -> None:
    registration.held_until = timezone.now() - datetime.timedelta(minutes=1)
    registration.save(update_fields=["held_until"])


def test_the_confirmation_page_in_each_language(
    client, last_seat_held, language, django_assert_max_num_queries
):
    with django_assert_max_num_queries(4):
        response = client.get(confirm_path(last_seat_held, language))

    assert response.status_code == 200
    with translation.override(language):
        text = visible_text(response)
        assert translation.gettext("Confirm my registration") in text
        assert last_seat_held.held_until_local() in text
    assert Registration.objects.get(pk=last_seat_held.pk).status == "pending"


def test_the_link_confirms_once(client, last_seat_held):
    path = confirm_path(last_seat_held)
    mail.outbox.clear()

    assert client.post(path).status_code == 302
    assert client.post(path).status_code == 200

    assert Registration.objects.get(pk=last_seat_held.pk).status == "confirmed"
    [confirmation] = mail.outbox
    assert confirmation.attachments[0][0] == "webinar.ics"
    assert "This registration is already confirmed." in visible_text(client.get(path))


def test_a_tampered_link_is_refused_with_a_clear_page(client, last_seat_held, language):
    token = services.confirm_token(last_seat_held)
    forged = [
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        services.cancel_token(last_seat_held),  # a link of another kind
        f"{last_seat_held.pk}",
    ]

    for token in forged:
        response = client.post(f"/{language}/events/registration/{token}/confirm/")

        assert response.status_code == 404
        with translation.override(language):
            assert translation.gettext(
                "This confirmation link is not valid. Please open the link exactly as it is in "
                "the mail, or register again."
            ) in visible_text(response)
    assert Registration.objects.get(pk=last_seat_held.pk).status == "pending"


def test_a_held_place_keeps_the_last_seat_from_others(client, last_seat_held, olivia):
    """Olivia registers her own verified address: no seat is left for her."""
    client.force_login(olivia)
    client.post("/en/events/webinar/register/", {**HANA, "email": olivia.email})

    assert Registration.objects.get(email=olivia.email).status == "waiting"


def test_a_lapsed_hold_frees_the_seat_for_the_waiting_list(last_seat_held, webinar):
    first, second = RegistrationFactory.create_batch(2, event=webinar, status="waiting")
    services.release_lapsed_holds()
    assert Registration.objects.filter(status="confirmed").count() == 9  # still held
    lapse(last_seat_held)
    mail.outbox.clear()

    services.release_lapsed_holds()

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert (statuses[first.email], statuses[second.email]) == ("confirmed", "waiting")
    assert statuses[HANA["email"]] == "pending"
    [promotion] = mail.outbox
    assert promotion.to == [first.email]


def test_a_lapsed_hold_goes_to_the_waiting_list_before_beat_comes_round(
    client, last_seat_held, webinar
):
    waiting = RegistrationFactory(event=webinar, status="waiting")
    lapse(last_seat_held)

    client.post("/en/events/webinar/register/", {**HANA, "email": "newcomer@example.org"})

    assert Registration.objects.get(pk=waiting.pk).status == "confirmed"
    newcomer = Registration.objects.get(email="newcomer@example.org")
    assert (newcomer.status, newcomer.held_until) == ("pending", None)


def hanas_registration() -> Registration:
    return Registration.objects.exclude(status="cancelled").get(email=HANA["email"])


def test_registering_again_keeps_the_place_held_but_never_renews_it(client, last_seat_held):
    client.post("/en/events/webinar/register/", HANA)

    again = hanas_registration()
    assert again.pk != last_seat_held.pk
    assert again.held_until == last_seat_held.held_until
    lapse(again)
    client.post("/en/events/webinar/register/", HANA)
    assert hanas_registration().held_until is None


def test_registering_again_for_ones_own_last_seat_is_not_refused(client, last_seat_held, webinar):
    webinar.waiting_list = False
    webinar.save()

    response = client.post("/en/events/webinar/register/", HANA)

    assert response.status_code == 302
    assert hanas_registration().held_until == last_seat_held.held_until


def test_a_lapsed_link_on_a_full_event_joins_the_waiting_list(client, last_seat_held, webinar):
    lapse(last_seat_held)
    services.release_lapsed_holds()
    RegistrationFactory(event=webinar)  # the freed seat is taken
    mail.outbox.clear()

    response = client.post(confirm_path(last_seat_held, "ko"))

    assert response.status_code == 302
    assert Registration.objects.get(pk=last_seat_held.pk).status == "waiting"
    [message] = mail.outbox
    with translation.override("ja"):
        assert (
            translation.gettext("You are on the waiting list for %(title)s").split("%")[0]
            in message.subject
        )


def test_a_late_confirmation_joins_the_waiting_list_behind_those_already_on_it(
    client, last_seat_held, webinar
):
    lapse(last_seat_held)
    services.release_lapsed_holds()
    RegistrationFactory(event=webinar)  # the freed seat is taken
    already = RegistrationFactory(event=webinar, status="waiting")
    client.post(confirm_path(last_seat_held))

    services.cancel(webinar.registrations.filter(status="confirmed").first())

    assert Registration.objects.get(pk=already.pk).status == "confirmed"
    assert Registration.objects.get(pk=last_seat_held.pk).status == "waiting"


def test_a_lapsed_link_takes_a_seat_still_free(client, last_seat_held):
    lapse(last_seat_held)

    client.post(confirm_path(last_seat_held))

    assert Registration.objects.get(pk=last_seat_held.pk).status == "confirmed"


def test_a_lapsed_link_on_a_full_event_without_waiting_list_is_refused(
    client, last_seat_held, webinar, language
):
    webinar.waiting_list = False
    webinar.save()
    lapse(last_seat_held)
    RegistrationFactory(event=webinar)

    response = client.post(confirm_path(last_seat_held, language))

    assert response.status_code == 400
    with translation.override(language):
        assert translation.gettext("This event is fully booked.") in visible_text(response)
    assert Registration.objects.get(pk=last_seat_held.pk).status == "pending"


def test_staff_see_the_held_place_and_confirm_it_by_hand(staff_client, last_seat_held):
    listing = staff_client.get("/en/admin/events/registration/?status__exact=pending")
    assert "Hana Sato" in visible_text(listing)
    assert "Address not confirmed yet" in visible_text(listing)
    mail.outbox.clear()

    staff_client.post(
        "/en/admin/events/registration/",
        {"action": "confirm", "_selected_action": [last_seat_held.pk]},
    )

    assert Registration.objects.get(pk=last_seat_held.pk).status == "confirmed"
    [confirmation] = mail.outbox
    assert confirmation.attachments[0][0] == "webinar.ics"
