"""Mail leaves through Celery: a request only enqueues it, a worker delivers it by SMTP."""

import email
import email.policy
import json
import os
import smtplib
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.utils import translation
from django.utils.translation import gettext_lazy

from procura import mail
from procura.mail import is_permanent, send_email
from tests.helpers import wait_for

pytestmark = pytest.mark.django_db


def request_password_reset(client, email, language="ko"):
    return client.post(f"/{language}/accounts/password/reset/", {"email": email})


def test_a_request_only_enqueues_mail_and_a_worker_delivers_it(
    client, olivia, smtp_server, django_capture_on_commit_callbacks, celery_worker
):
    with django_capture_on_commit_callbacks(execute=True):
        response = request_password_reset(client, olivia.email)

    assert response.status_code == 302
    assert smtp_server.envelopes == []  # nothing was sent while the visitor waited

    with celery_worker():
        wait_for(lambda: smtp_server.envelopes)

    [message] = smtp_server.messages
    assert message["To"] == olivia.email
    assert message["Subject"].strip().startswith("[Procura+ East Asia] ")
    assert "/ko/accounts/password/reset/key/" in message.get_content()


def mime_structure(message):
    """Each MIME part's type, headers that people see, and decoded content."""
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)
    return [
        (part.get_content_type(), part.get_filename(), part.get_payload(decode=True))
        for part in parsed.walk()
    ], {name: parsed[name] for name in ["Subject", "From", "To", "Cc", "List-Unsubscribe"]}


def test_message_survives_the_trip_through_json():
    message = EmailMultiAlternatives(
        "参加登録の確認",
        "Body",
        "from@example.org",
        ["to@example.org"],
        cc=["cc@example.org"],
        headers={"List-Unsubscribe": "<https://example.org/u>"},
        alternatives=[("<p>Body</p>", "text/html")],
    )
    message.attach("report.pdf", b"%PDF-1.7", "application/pdf")

    copy = mail.message_from_dict(json.loads(json.dumps(mail.message_to_dict(message))))

    assert mime_structure(copy) == mime_structure(message)


def test_html_only_message_stays_html():
    message = EmailMessage(gettext_lazy("Sign In"), "<p>Hi</p>", "from@example.org", ["a@b.org"])
    message.content_subtype = "html"

    with translation.override("ja"):  # a lazy subject is rendered when the mail is queued
        copy = mail.message_from_dict(json.loads(json.dumps(mail.message_to_dict(message))))
        assert copy.subject == translation.gettext("Sign In")

    assert copy.message().get_content_type() == "text/html"


def queued_message():
    return mail.message_to_dict(
        EmailMultiAlternatives("Hello", "Body", "noreply@procura.test", ["olivia@beijing.example"])
    )


@pytest.fixture
def quick_retries(monkeypatch):
    """Retries after a fifth of a second instead of ten seconds and more."""
    monkeypatch.setattr(mail, "retry_delay", lambda retries: 0.2)


def test_temporary_refusals_are_retried_until_the_server_takes_the_message(
    smtp_server, celery_worker, quick_retries
):
    smtp_server.replies = ["451 4.3.0 Try again later", "421 4.7.0 Too busy"]

    with celery_worker():
        send_email.delay(queued_message())
        wait_for(lambda: smtp_server.envelopes)

    assert len(smtp_server.envelopes) == 1
    assert smtp_server.replies == []


def test_permanent_refusal_is_not_retried(smtp_server, celery_worker, quick_retries):
    smtp_server.replies = ["554 5.7.1 Message rejected", "250 2.0.0 Would have been accepted"]

    with celery_worker():
        send_email.delay(queued_message())
        wait_for(lambda: len(smtp_server.replies) == 1)
        time.sleep(1)  # five times as long as a retry would wait

    assert smtp_server.envelopes == []
    assert smtp_server.replies == ["250 2.0.0 Would have been accepted"]


def test_only_5xx_refusals_are_permanent():
    assert is_permanent(smtplib.SMTPDataError(554, b"Rejected"))
    assert not is_permanent(smtplib.SMTPDataError(451, b"Later"))
    assert not is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (450, b"Busy")}))
    assert is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")}))
    assert not is_permanent(smtplib.SMTPServerDisconnected("Connection lost"))


def test_retry_delays_grow_exponentially_up_to_half_an_hour():
    assert all(0 <= mail.retry_delay(0) <= 10 for _ in range(100))
    assert max(mail.retry_delay(3) for _ in range(200)) > 40  # up to 80 s
    assert all(mail.retry_delay(20) <= 30 * 60 for _ in range(100))


def test_a_worker_registers_the_mail_task_and_every_task_beat_starts():
    """A worker imports only the modules Celery names; each task must be among them."""
    script = (
        "from procura.celery import app; app.loader.import_default_modules(); print(*app.tasks)"
    )
    # The system checks a worker runs first are not this test's business.
    env = os.environ | {"CELERY_SKIP_CHECKS": "1"}
    worker = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    registered = set(worker.stdout.split())

    assert {"procura.mail.send_email", "events.mailings.send_deliveries"} <= registered
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} <= registered
