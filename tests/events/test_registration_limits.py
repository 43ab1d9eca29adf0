"""Registrations that mail an unconfirmed address are rate limited per client address, and
the places held for them per client address and per event, with allauth's own limits; none
takes a seat before its address is confirmed, and nobody is refused for another's flood."""

import pytest
from allauth.account import app_settings
from django.core import mail
from django.utils import translation

from events.models import Registration
from tests.conftest import LANGUAGES
from tests.factories import EventFactory, in_days
from tests.helpers import visible_text

pytestmark = pytest.mark.django_db

REFUSAL = (
    "Too many registrations have come from your network or for this event in the last "
    "hour. Please try again later."
)


def register(client, number: int, language: str = "en", slug: str = "webinar", **headers):
    return client.post(
        f"/{language}/events/{slug}/register/",
        {"name": f"Person {number}", "email": f"p{number}@example.org", "language": "en"},
        **headers,
    )


def test_forty_quick_registrations_from_one_address_are_refused_after_ten(client, webinar):
    webinar.capacity = 100
    webinar.save()

    responses = [register(client, n, LANGUAGES[n % 4]) for n in range(40)]

    assert [response.status_code for response in responses] == [302] * 10 + [429] * 30
    for number, response in enumerate(responses[10:14], start=10):
        with translation.override(LANGUAGES[number % 4]):
            assert translation.gettext(REFUSAL) in visible_text(response)
    assert Registration.objects.count() == 10
    assert set(Registration.objects.values_list("status", flat=True)) == {"pending"}
    assert len(mail.outbox) == 10
    assert all(message.attachments == [] for message in mail.outbox)


def test_the_limit_counts_across_events(client, webinar):
    other = EventFactory(slug="forum", audience="anyone", starts=in_days(30), ends=in_days(30))
    for number in range(10):
        register(client, number, slug="forum" if number % 2 else "webinar")

    assert register(client, 10, slug="forum").status_code == 429
    assert other.registrations.count() == 5


def held_places(event) -> int:
    return event.registrations.exclude(held_until=None).count()


def test_one_client_address_holds_three_places_and_no_more(client, webinar):
    responses = [register(client, number) for number in range(5)]

    assert [response.status_code for response in responses] == [302] * 5
    assert held_places(webinar) == 3
    # The fourth and fifth still confirm by their link, to a seat if one is still free.
    assert webinar.registrations.filter(status="pending").count() == 5
    assert "if one is still free" in visible_text(client.get(responses[4].url))


def test_each_event_holds_a_ceiling_of_places_and_refuses_nobody(client, webinar, settings):
    settings.ACCOUNT_RATE_LIMITS = {"register_for_event": "10/h/ip", "hold_event_place": "3/h/key"}
    forum = EventFactory(slug="forum", audience="anyone", starts=in_days(30), ends=in_days(30))
    for number in range(5):
        assert register(client, number, REMOTE_ADDR=f"198.51.100.{number}").status_code == 302

    assert register(client, 5, slug="forum", REMOTE_ADDR="198.51.100.5").status_code == 302
    assert (held_places(webinar), held_places(forum)) == (3, 1)
    assert webinar.registrations.count() == 5


def test_refused_registrations_spend_nothing(client, webinar):
    webinar.capacity = 0
    webinar.waiting_list = False
    webinar.save()
    for number in range(12):
        assert register(client, number).status_code == 400

    forum = EventFactory(slug="forum", audience="anyone", starts=in_days(30), ends=in_days(30))
    assert register(client, 12, slug="forum").status_code == 302
    assert held_places(forum) == 1


def test_a_verified_account_registering_itself_is_not_limited(client, webinar, olivia):
    webinar.capacity = None
    webinar.save()
    for number in range(10):
        register(client, number)
    client.force_login(olivia)

    response = client.post(
        "/en/events/webinar/register/",
        {"name": "Olivia", "email": olivia.email, "language": "en"},
    )

    assert response.status_code == 302
    assert Registration.objects.get(email=olivia.email).status == "confirmed"


def test_invalid_forms_count_for_nothing(client, webinar):
    for _attempt in range(12):
        client.post("/en/events/webinar/register/", {"name": "", "email": "x@example.org"})

    assert register(client, 1).status_code == 302


def test_allauths_own_limits_are_kept():
    assert {"login", "login_failed", "signup", "reset_password"} <= set(app_settings.RATE_LIMITS)
    assert app_settings.RATE_LIMITS["register_for_event"] == "10/h/ip"
    assert app_settings.RATE_LIMITS["hold_event_place"] == "3/2h/ip,30/h/key"
