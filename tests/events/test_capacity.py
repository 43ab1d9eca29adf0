"""Capacity holds when many people take the last seats at the same moment (real Postgres)."""

import re
import threading

import pytest
from django.core import mail
from django.db import connection
from django.test import Client

from events.models import Registration

# Each request runs in its own thread and database connection, so the test cannot
# wrap them in one transaction.
pytestmark = pytest.mark.django_db(transaction=True)


def register_at_once(slug: str, count: int) -> list[int]:
    """`count` people post the registration form at the same moment."""
    start = threading.Barrier(count)
    statuses = []

    def person(number):
        client = Client()
        start.wait()
        try:
            response = client.post(
                f"/en/events/{slug}/register/",
                {"name": f"Person {number}", "email": f"p{number}@example.org", "language": "en"},
            )
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=person, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return statuses


def test_fifty_people_for_ten_seats(webinar):
    statuses = register_at_once("webinar", 50)

    assert statuses == [302] * 50
    counts = {
        status: Registration.objects.filter(status=status).count()
        for status in ["confirmed", "waiting"]
    }
    assert counts == {"confirmed": 10, "waiting": 40}


def test_cancelling_one_of_them_promotes_exactly_one(client, webinar):
    register_at_once("webinar", 50)
    confirmed = Registration.objects.filter(status="confirmed").first()
    first_waiting = Registration.objects.filter(status="waiting").order_by("created", "id").first()
    token = re.search(
        r"/events/registration/(\S+)/cancel/",
        next(m for m in mail.outbox if m.to == [confirmed.email]).body,
    ).group(1)

    client.post(f"/en/events/registration/{token}/cancel/")

    assert Registration.objects.filter(status="confirmed").count() == 10
    assert Registration.objects.filter(status="waiting").count() == 39
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
