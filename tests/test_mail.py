"""Mail leaves through Celery: a request only enqueues it, a worker delivers it by SMTP."""

import smtplib
import time

import pytest
from django.core.mail import EmailMultiAlternatives

from procura import mail
from procura.tasks import is_permanent, send_email
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


def test_message_survives_the_trip_through_json():
    message = EmailMultiAlternatives(
        "Subject",
        "Body",
        "from@example.org",
        ["to@example.org"],
        cc=["cc@example.org"],
        headers={"List-Unsubscribe": "<https://example.org/u>"},
        alternatives=[("<p>Body</p>", "text/html")],
    )
    message.attach("report.pdf", b"%PDF-1.7", "application/pdf")

    copy = mail.message_from_dict(mail.message_to_dict(message))

    assert mail.message_to_dict(copy) == mail.message_to_dict(message)
    assert copy.attachments[0][1] == b"%PDF-1.7"


def queued_message():
    return mail.message_to_dict(
        EmailMultiAlternatives("Hello", "Body", "noreply@procura.test", ["olivia@beijing.example"])
    )


def test_temporary_refusals_are_retried_until_the_server_takes_the_message(
    smtp_server, celery_worker, monkeypatch
):
    monkeypatch.setattr(send_email, "retry_backoff", 1)  # seconds, not minutes, in a test
    smtp_server.replies = ["451 4.3.0 Try again later", "421 4.7.0 Too busy"]

    with celery_worker():
        send_email.delay(queued_message())
        wait_for(lambda: smtp_server.envelopes)

    assert len(smtp_server.envelopes) == 1
    assert smtp_server.replies == []


def test_permanent_refusal_is_not_retried(smtp_server, celery_worker, monkeypatch):
    monkeypatch.setattr(send_email, "retry_backoff", 1)
    smtp_server.replies = ["554 5.7.1 Message rejected", "250 2.0.0 Would have been accepted"]

    with celery_worker():
        send_email.delay(queued_message())
        wait_for(lambda: len(smtp_server.replies) == 1)
        time.sleep(2.5)  # longer than a retry would wait

    assert smtp_server.envelopes == []
    assert smtp_server.replies == ["250 2.0.0 Would have been accepted"]


def test_only_5xx_refusals_are_permanent():
    assert is_permanent(smtplib.SMTPDataError(554, b"Rejected"))
    assert not is_permanent(smtplib.SMTPDataError(451, b"Later"))
    assert not is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (450, b"Busy")}))
    assert is_permanent(smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")}))
    assert not is_permanent(smtplib.SMTPServerDisconnected("Connection lost"))
