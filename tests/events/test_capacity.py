"""Capacity holds when many people take the last seats, or confirm their address for them, at
the same moment (real Postgres)."""

import re
import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from events import services
from events.models import Registration

# Each request runs in its own thread and database connection, so the test cannot
# wrap them in one transaction.
pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _no_rate_limit(settings):
    """Only the limit of registrations per address, raised: the limits on held places are
    what tests/events/test_registration_limits.py is about."""
    settings.ACCOUNT_RATE_LIMITS = {"register_for_event": "100/h/ip"}


def at_once(requests: list[tuple[str, dict]]) -> list[int]:
    """Each (path, data) posted by a person of its own, all at the same moment."""
    start = threading.Barrier(len(requests))
    statuses = []

    def person(path, data, address):
        client = Client(REMOTE_ADDR=address)
        start.wait()
        try:
            statuses.append(client.post(path, data).status_code)
        finally:
            connection.close()

    # People of their own, each from an address of their own.
    threads = [
        threading.Thread(target=person, args=(*request, f"10.0.{n // 200}.{n % 200 + 1}"))
        for n, request in enumerate(requests)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def registering(slug: str, count: int) -> list[tuple[str, dict]]:
    return [
        (
            f"/en/events/{slug}/register/",
            {"name": f"Person {n}", "email": f"p{n}@example.org", "language": "en"},
        )
        for n in range(count)
    ]


def confirming(registrations) -> list[tuple[str, dict]]:
    """Each registrant presses the button of the link mailed to them."""
    return [
        (f"/en/events/registration/{services.confirm_token(registration)}/confirm/", {})
        for registration in registrations
    ]


def register_at_once(slug: str, count: int) -> None:
    """`count` people register, then confirm their address, each at the same moment."""
    assert at_once(registering(slug, count)) == [302] * count
    assert at_once(confirming(Registration.objects.all())) == [302] * count


def count(status: str) -> int:
    return Registration.objects.filter(status=status).count()


def test_fifty_people_for_ten_seats(webinar):
    assert at_once(registering("webinar", 50)) == [302] * 50
    held = set(Registration.objects.filter(held_until__isnull=False).values_list("pk", flat=True))
    assert (count("pending"), len(held)) == (50, 10)

    # All confirm at once: the ten held places go to their holders, nobody else.
    assert at_once(confirming(Registration.objects.all())) == [302] * 50

    assert (count("confirmed"), count("waiting")) == (10, 40)
    assert set(Registration.objects.filter(status="confirmed").values_list("pk", flat=True)) == held


def test_cancelling_one_of_them_promotes_exactly_one(client, webinar):
    register_at_once("webinar", 50)
    confirmed = Registration.objects.filter(status="confirmed").first()
    first_waiting = (
        Registration.objects.filter(status="waiting").order_by("waiting_since", "id").first()
    )
    token = re.search(
        r"/events/registration/(\S+)/cancel/",
        next(m for m in reversed(mail.outbox) if m.to == [confirmed.email]).body,
    ).group(1)

    client.post(f"/en/events/registration/{token}/cancel/")

    assert Registration.objects.filter(status="confirmed").count() == 10
    assert Registration.objects.filter(status="waiting").count() == 39
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
