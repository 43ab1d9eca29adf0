"""Nothing is lost when a worker is killed, the mail server goes away or Redis restarts.

These tests stop and start real services: a Celery worker process, the SMTP server
on loopback and the local Redis server (which the suite's setup starts the same way).
"""

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection

from events import mailings
from events.models import Delivery, Mailing, Registration
from tests.helpers import wait_for

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
REDIS_START = ["redis-server", "--daemonize", "yes", "--bind", "127.0.0.1", "--port", "6379"]
REDIS_START += ["--save", "", "--appendonly", "no"]


def redis_is_up() -> bool:
    return subprocess.run(["redis-cli", "-p", "6379", "ping"], capture_output=True).returncode == 0


def stop_redis() -> None:
    subprocess.run(["redis-cli", "-p", "6379", "shutdown", "nosave"], capture_output=True)
    wait_for(lambda: not redis_is_up())


def start_redis() -> None:
    subprocess.run(REDIS_START, check=True, capture_output=True)
    wait_for(redis_is_up)


@pytest.fixture
def redis_control():
    """Stop and start Redis; it is running again after the test, whatever happens."""
    yield
    if not redis_is_up():
        start_redis()


@contextmanager
def worker_process(smtp_port: int):
    """A real Celery worker process on the test database, sending to the SMTP server."""
    database = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "procura.settings.test",
        "DATABASE_URL": f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
        "MAILING_STALE_SECONDS": "3",
    }
    command = [sys.executable, "-m", "celery", "--app", "procura", "worker", "--pool", "solo"]
    command += [
        "--loglevel",
        "WARNING",
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
    ]
    process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def sent() -> int:
    return Delivery.objects.filter(status="sent").count()


def beat_until(done, supervise=lambda: None, timeout: float = 180) -> None:
    """What beat does every minute, here every second, until `done()`; `supervise` does
    what Compose does for a worker that exited. Batches the killed worker had taken stay
    unacknowledged in Redis: beat hands their deliveries over again."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"stuck at {sent()} sent"
        supervise()
        mailings.resume()
        time.sleep(1)


@pytest.fixture
def big_audience(webinar, settings):
    settings.MAILING_STALE_SECONDS = 3
    webinar.capacity = None
    webinar.save()
    Registration.objects.bulk_create(
        Registration(
            event=webinar,
            name=f"P{n}",
            email=f"p{n}@example.org",
            status="confirmed",
            language=["en", "ko", "ja", "zh-hans"][n % 4],
        )
        for n in range(2000)
    )
    return Mailing.objects.create(
        event=webinar, kind="announcement", to_confirmed=True, subject_en="News", body_en="Hello"
    )


def test_a_killed_worker_a_lost_mail_server_and_a_restarted_redis_lose_nothing(
    big_audience, smtp_server, redis_control
):
    port = settings.EMAIL_PORT
    mailings.send(big_audience)

    with worker_process(port) as worker:
        wait_for(lambda: sent() >= 300, timeout=60)
        os.killpg(worker.pid, signal.SIGKILL)  # in the middle of a batch
        worker.wait()
    kills = 1

    with ExitStack() as workers:
        worker = workers.enter_context(worker_process(port))

        def supervise():
            # Compose restarts a worker that exits (restart: unless-stopped): the Redis
            # transport may end the worker when the connection is lost while it closes a
            # channel, instead of reconnecting.
            nonlocal worker, kills
            if worker.poll() is not None:
                kills += 1  # its message in flight may go out again
                worker = workers.enter_context(worker_process(port))

        beat_until(lambda: sent() >= 800, supervise)
        controller = smtp_server.controller
        controller.stop()  # the mail server goes away...
        time.sleep(3)
        smtp_server.controller = Controller(smtp_server, hostname="127.0.0.1", port=port)
        smtp_server.controller.start()  # ...and comes back
        beat_until(lambda: sent() >= 1300, supervise)
        stop_redis()  # the queued tasks are lost with it
        start_redis()
        beat_until(lambda: Mailing.objects.get().status == "sent", supervise)

    received = Counter(message["To"] for message in smtp_server.messages)
    deliveries = dict(Delivery.objects.values_list("email", "status"))
    assert set(deliveries.values()) == {"sent"}
    assert set(received) == set(deliveries)  # everyone got it
    assert sum(received.values()) - len(received) <= kills  # only the message in flight
    recorded = set(Delivery.objects.values_list("message_id", flat=True))
    assert recorded <= {message["Message-ID"] for message in smtp_server.messages}


def test_a_mailing_sent_while_redis_is_down_goes_out_when_it_is_back(
    webinar, smtp_server, celery_worker, redis_control
):
    Registration.objects.create(
        event=webinar, name="Hana", email="hana@example.org", status="confirmed"
    )
    mailing = Mailing.objects.create(
        event=webinar, kind="announcement", to_confirmed=True, subject_en="News", body_en="Hello"
    )
    stop_redis()

    mailings.send(mailing)  # the Send button: nobody presses it again

    assert Delivery.objects.get().queued is None
    start_redis()
    with celery_worker():
        mailings.resume()  # beat's next tick
        wait_for(lambda: Mailing.objects.get().status == "sent")
    assert [message["To"] for message in smtp_server.messages] == ["hana@example.org"]
