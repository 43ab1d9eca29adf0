"""Redis down: a visitor registers and sees the normal page, the mail waits in the outbox and
goes out once Redis is back, exactly once, without anyone acting. And the outbox and the
suppressed addresses in the admin.

Redis is stopped here on a server of the test's own: the suite's Redis is shared.
"""

import socket
import subprocess
import time

import kombu.pools
import pytest
import redis
from celery.beat import EmbeddedService
from django.core.mail import EmailMessage
from django.utils import translation

from events import mailings
from events.models import Mailing, Registration
from events.views import PENDING_THANKS
from procura.celery import app as celery_app
from procura.mail import outgoing
from procura.models import OutgoingMail, Suppression
from tests.helpers import visible_text, wait_for

pytestmark = pytest.mark.django_db

GUEST = {"name": "Hana Sato", "email": "hana@kyoto.example", "language": "ja"}


class RedisServer:
    """A redis-server on a spare port, which a test may stop and start again."""

    def __init__(self):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process = None

    def url(self, database: int) -> str:
        return f"redis://127.0.0.1:{self.port}/{database}"

    def answers(self) -> bool:
        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.2).ping()
        except redis.ConnectionError:
            return False

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
        wait_for(self.answers)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait()
            self.process = None


def use_broker(url: str) -> None:
    """Point the Celery app at another broker. Its pools of connections are kombu's, kept
    per broker for the whole process: they are all closed and forgotten."""
    kombu.pools.reset()
    celery_app.conf.broker_url = url
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def own_redis():
    """The broker on a Redis of this test's own. The cache stays on the suite's: with it down
    too, the registration form's rate limit cannot count, and refuses (allauth's choice)."""
    server = RedisServer()
    server.start()
    previous = celery_app.conf.broker_url
    use_broker(server.url(0))
    yield server
    server.stop()
    use_broker(previous)


@pytest.fixture
def beat(tmp_path):
    """`with beat():` runs Celery beat in a thread, with the resume of the outbox every second
    instead of every minute."""
    schedule = {"resume": {"task": "procura.tasks.resume_outgoing_mail", "schedule": 1.0}}
    previous = celery_app.conf.beat_schedule

    class Beat:
        def __enter__(self):
            celery_app.conf.beat_schedule = schedule
            self.service = EmbeddedService(
                celery_app, thread=True, schedule_filename=str(tmp_path / "beat")
            )
            self.service.start()

        def __exit__(self, *exc):
            self.service.stop()
            celery_app.conf.beat_schedule = previous

    return Beat


def register(client):
    started = time.monotonic()
    response = client.post("/ja/events/webinar/register/", GUEST, follow=True)
    return response, time.monotonic() - started


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_a_visitor_registers_and_the_mail_arrives_once_redis_is_back(
    client, webinar, own_redis, smtp_server, celery_worker, beat
):
    own_redis.stop()

    response, seconds = register(client)

    registration = Registration.objects.get()
    assert response.status_code == 200
    with translation.override("ja"):
        assert str(PENDING_THANKS[True]).split("%")[0] in visible_text(response)
    assert GUEST["email"] in visible_text(response)
    assert seconds < 5  # the broker's absence costs the visitor nothing
    [waiting] = OutgoingMail.objects.all()
    assert (waiting.to, waiting.status, waiting.queued) == (GUEST["email"], "pending", None)

    own_redis.start()
    with celery_worker(), beat():
        wait_for(lambda: smtp_server.envelopes, timeout=30)
        time.sleep(3)  # three more rounds of beat, which must not send it again

    [message] = smtp_server.messages
    assert message["To"] == GUEST["email"]
    assert "/ja/events/registration/" in message.get_body(("plain",)).get_content()
    waiting.refresh_from_db()
    assert (waiting.status, waiting.attempts) == ("sent", 1)
    assert registration.status == "pending"


@pytest.mark.django_db(transaction=True)
def test_with_redis_down_the_success_page_is_the_normal_one(client, webinar, own_redis):
    with translation.override("ja"):
        before = visible_text(client.get("/ja/events/webinar/"))
    up, _seconds = register(client)
    Registration.objects.all().delete()
    OutgoingMail.objects.all().delete()
    own_redis.stop()

    down, seconds = register(client)

    assert down.status_code == up.status_code == 200
    assert down.redirect_chain == up.redirect_chain == [("/ja/events/webinar/", 302)]
    assert seconds < 5
    assert webinar.title in before
    # The same page, bar the hold's time, which runs from the moment of registering.
    assert visible_text(down).split("。")[0] == visible_text(up).split("。")[0]


# The admin


def test_staff_see_the_outbox_without_the_messages_and_cannot_change_it(
    staff_client, django_assert_max_num_queries
):
    message = EmailMessage("Reset your password", "/reset/key/secret/", to=["a@example.org"])
    row = outgoing(message)
    row.save()

    with django_assert_max_num_queries(12):
        listing = staff_client.get("/en/admin/procura/outgoingmail/", {"q": "a@example.org"})
    detail = staff_client.get(f"/en/admin/procura/outgoingmail/{row.pk}/change/")

    assert listing.status_code == detail.status_code == 200
    assert "Reset your password" in visible_text(listing)
    assert "a@example.org" in visible_text(detail)
    assert "/reset/key/secret/" not in detail.content.decode()  # a working link, for its owner
    assert 'name="_save"' not in detail.content.decode()
    assert staff_client.get("/en/admin/procura/outgoingmail/add/").status_code == 403
    assert staff_client.post(f"/en/admin/procura/outgoingmail/{row.pk}/delete/").status_code == 403


def test_staff_lift_a_suppression_and_network_mailings_reach_the_address_again(
    staff_client, webinar, minji, language, django_assert_max_num_queries
):
    suppressed = Suppression.objects.create(
        email=minji.email, reason="550 5.1.1 No such user", source="Invitation"
    )
    invitation = Mailing(event=webinar, kind="invitation", to_officials=True)
    assert mailings.recipients(invitation) == []

    with django_assert_max_num_queries(12):
        listing = staff_client.get(f"/{language}/admin/procura/suppression/", {"q": "seoul"})
    staff_client.post(
        f"/{language}/admin/procura/suppression/{suppressed.pk}/delete/", {"post": "yes"}
    )

    assert listing.status_code == 200
    assert "550 5.1.1 No such user" in visible_text(listing)
    assert not Suppression.objects.exists()
    assert [person.email for person in mailings.recipients(invitation)] == [minji.email]


def test_staff_without_the_permission_cannot_see_or_lift_suppressions(totp_login, sam):
    suppressed = Suppression.objects.create(email="a@example.org", reason="550")
    client = totp_login(sam)

    assert client.get("/en/admin/procura/suppression/").status_code == 403
    client.post(f"/en/admin/procura/suppression/{suppressed.pk}/delete/", {"post": "yes"})
    assert Suppression.objects.exists()
