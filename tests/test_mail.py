"""Mail leaves through the outbox: a request writes it to the database in its own
transaction, a worker delivers it by SMTP, once."""

import email
import email.policy
import json
import os
import smtplib
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from procura import mail
from procura.mail import bounces, is_permanent, send_outgoing_mail
from procura.models import OutgoingMail, Suppression
from tests.helpers import locked_elsewhere, wait_for

pytestmark = pytest.mark.django_db


def request_password_reset(client, email, language="ko"):
    return client.post(f"/{language}/accounts/password/reset/", {"email": email})


# The worker's thread has its own database connection: it sees only what was committed.
@pytest.mark.django_db(transaction=True)
def test_a_request_writes_the_mail_to_the_outbox_and_a_worker_delivers_it(
    client, olivia, smtp_server, celery_worker
):
    response = request_password_reset(client, olivia.email)

    assert response.status_code == 302
    assert smtp_server.envelopes == []  # nothing was sent while the visitor waited
    [outgoing] = OutgoingMail.objects.all()
    assert (outgoing.to, outgoing.status, outgoing.attempts) == (olivia.email, "pending", 0)
    assert outgoing.queued is not None  # handed to the broker once the request committed

    with celery_worker():
        wait_for(lambda: smtp_server.envelopes)
        wait_for(lambda: OutgoingMail.objects.get().status == "sent")

    [message] = smtp_server.messages
    assert message["To"] == olivia.email
    assert message["Subject"].strip().startswith("[Procura+ East Asia] ")
    assert "/ko/accounts/password/reset/key/" in message.get_content()
    assert message["Message-ID"] == outgoing.message["headers"]["Message-ID"]
    outgoing.refresh_from_db()
    assert (outgoing.attempts, outgoing.last_error) == (1, "")
    assert outgoing.sent is not None


def change_that_fails(email: str) -> None:
    with transaction.atomic():
        EmailMessage("Hello", "Body", to=[email]).send()
        raise RuntimeError("the change failed")


def test_a_mail_exists_only_if_the_change_it_is_about_was_committed(
    olivia, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "procura.mail.TaskEmailBackend"

    with django_capture_on_commit_callbacks() as callbacks, pytest.raises(RuntimeError):
        change_that_fails(olivia.email)

    assert not OutgoingMail.objects.exists()
    assert callbacks == []


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


def outgoing_mail(to="olivia@beijing.example", **fields) -> OutgoingMail:
    """A mail as the email backend writes it to the outbox."""
    row = mail.outgoing(EmailMultiAlternatives("Hello", "Body", "noreply@procura.test", [to]))
    return OutgoingMail.objects.create(
        message=row.message, to=row.to, subject=row.subject, **fields
    )


@pytest.fixture
def quick_retries(monkeypatch):
    """Retries after a fifth of a second instead of ten seconds and more."""
    monkeypatch.setattr(mail, "retry_delay", lambda attempts, at_least=0: 0.2)


@pytest.mark.django_db(transaction=True)
def test_temporary_refusals_are_retried_until_the_server_takes_the_message(
    smtp_server, celery_worker, quick_retries
):
    smtp_server.replies = ["451 4.3.0 Try again later", "421 4.7.0 Too busy"]
    outgoing = outgoing_mail()

    with celery_worker():
        send_outgoing_mail.delay(outgoing.pk)
        wait_for(lambda: OutgoingMail.objects.get().status == "sent")

    assert len(smtp_server.envelopes) == 1
    assert smtp_server.replies == []
    assert OutgoingMail.objects.get().attempts == 3


@pytest.mark.django_db(transaction=True)
def test_a_permanent_refusal_is_not_retried(smtp_server, celery_worker, quick_retries):
    smtp_server.replies = ["554 5.7.1 Message rejected", "250 2.0.0 Would have been accepted"]
    outgoing = outgoing_mail()

    with celery_worker():
        send_outgoing_mail.delay(outgoing.pk)
        wait_for(lambda: OutgoingMail.objects.get().status == "failed")
        time.sleep(1)  # five times as long as a retry would wait

    assert smtp_server.envelopes == []
    assert smtp_server.replies == ["250 2.0.0 Would have been accepted"]
    outgoing.refresh_from_db()
    assert (outgoing.attempts, outgoing.retry_after) == (1, None)
    assert "554" in outgoing.last_error
    assert not Suppression.objects.exists()  # a refused message says nothing of the address


def test_a_refused_mailbox_is_suppressed_and_its_mail_failed(smtp_server):
    smtp_server.refused["Gone@example.org"] = "550 5.1.1 No such user"
    outgoing = outgoing_mail(to="Gone@example.org")

    assert mail.deliver(outgoing.pk) is None

    outgoing.refresh_from_db()
    assert outgoing.status == "failed"
    [suppressed] = Suppression.objects.all()
    assert suppressed.email == "Gone@example.org"
    assert "550" in suppressed.reason
    assert "No such user" in suppressed.reason
    assert suppressed.source == "Hello"


def test_a_mail_whose_task_arrives_twice_is_sent_once(smtp_server):
    outgoing = outgoing_mail()

    mail.deliver(outgoing.pk)
    mail.deliver(outgoing.pk)  # the same task, delivered again (a requeue, beat)

    assert len(smtp_server.envelopes) == 1
    assert OutgoingMail.objects.get().attempts == 1


@pytest.mark.django_db(transaction=True)
def test_a_mail_another_worker_holds_is_left_to_it(smtp_server):
    outgoing = outgoing_mail()

    with locked_elsewhere(OutgoingMail.objects.filter(pk=outgoing.pk)):
        assert mail.deliver(outgoing.pk) is None  # at once: the lock is skipped, not waited on

    assert smtp_server.envelopes == []
    assert OutgoingMail.objects.get().attempts == 0


def test_beat_hands_over_what_nobody_is_working_on(django_capture_on_commit_callbacks):
    now = timezone.now()
    stale = now - timedelta(seconds=settings.MAILING_STALE_SECONDS + 1)
    waiting = outgoing_mail(to="waiting@example.org")  # Redis was down
    lost = outgoing_mail(to="lost@example.org", queued=stale)
    outgoing_mail(to="handed@example.org", queued=now)
    outgoing_mail(to="later@example.org", queued=stale, retry_after=now + timedelta(hours=1))
    outgoing_mail(to="sent@example.org", status="sent")

    assert mail.resume() == 2

    assert set(OutgoingMail.objects.filter(queued__gte=now).values_list("pk", flat=True)) >= {
        waiting.pk,
        lost.pk,
    }


def test_sent_mail_is_forgotten_after_thirty_days_and_the_rest_is_kept():
    now = timezone.now()
    outgoing_mail(to="old@example.org", status="sent", sent=now - timedelta(days=31))
    outgoing_mail(to="recent@example.org", status="sent", sent=now - timedelta(days=29))
    outgoing_mail(to="failed@example.org", status="failed")
    outgoing_mail(to="waiting@example.org")

    assert mail.forget_sent_mail() == 1

    assert sorted(OutgoingMail.objects.values_list("to", flat=True)) == [
        "failed@example.org",
        "recent@example.org",
        "waiting@example.org",
    ]


@pytest.mark.django_db(transaction=True)
def test_a_task_queued_by_the_previous_release_goes_through_the_outbox(smtp_server, celery_worker):
    message = EmailMultiAlternatives("Hello", "Body", "noreply@procura.test", ["a@example.org"])

    with celery_worker():
        mail.send_email.delay(mail.message_to_dict(message))
        wait_for(lambda: OutgoingMail.objects.filter(status="sent").exists())

    [received] = smtp_server.messages
    assert (received["To"], received["Subject"]) == ("a@example.org", "Hello")


def test_only_5xx_refusals_are_permanent():
    assert is_permanent(smtplib.SMTPDataError(554, b"Rejected"))
    assert not is_permanent(smtplib.SMTPDataError(451, b"Later"))
    assert not is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (450, b"Busy")}))
    assert is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")}))
    assert not is_permanent(smtplib.SMTPServerDisconnected("Connection lost"))


def test_only_refusals_of_an_address_are_bounces():
    refused = smtplib.SMTPRecipientsRefused(
        {"a@example.org": (550, b"5.1.1 No such user"), "b@example.org": (450, b"Busy")}
    )
    assert bounces(refused, ["a@example.org", "b@example.org"]) == {
        "a@example.org": "550 5.1.1 No such user"
    }
    unknown = smtplib.SMTPDataError(550, b"5.1.1 Mailbox unavailable")
    assert bounces(unknown, ["a@example.org"]) == {"a@example.org": "550 5.1.1 Mailbox unavailable"}
    assert bounces(smtplib.SMTPDataError(554, b"5.7.1 Spam"), ["a@example.org"]) == {}
    assert bounces(smtplib.SMTPServerDisconnected("Connection lost"), ["a@example.org"]) == {}


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

    assert {"procura.mail.send_outgoing_mail", "events.mailings.send_deliveries"} <= registered
    assert {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()} <= registered
    resume = settings.CELERY_BEAT_SCHEDULE["resume-outgoing-mail"]
    assert (resume["task"], resume["schedule"]) == ("procura.tasks.resume_outgoing_mail", 60.0)
