"""Sending mail: the outbox of single mails, the task that delivers them, the mail
server's errors and the backoff between attempts.

Django, allauth and our own code all send mail through EMAIL_BACKEND. This one writes
each message to the outbox (`OutgoingMail`) in the caller's transaction, so the mail
exists exactly when the change it is about does, and hands its id to a worker once that
commits. A broker that is down costs the visitor nothing: the row waits, and beat's
`resume` hands it over again. The worker locks the row (`FOR UPDATE SKIP LOCKED`), sends
it through the backend that EMAIL_URL names and marks it sent in the same short
transaction, so a mail is sent once however often its task arrives. Mailings
(events/mailings.py) reuse the errors, the bounces and the backoff for their own batches.
"""

import base64
import logging
import random
import smtplib
from datetime import timedelta
from email.utils import make_msgid
from urllib.parse import urlsplit

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from kombu.exceptions import OperationalError

from procura.models import MailStatus, OutgoingMail, Suppression

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# Waits between attempts are at least a second, so that a refusal is never retried at once.
RETRY_AT_LEAST = 1
# Attributes that shape the MIME structure: an HTML-only message has content_subtype "html".
SHAPE = ["content_subtype", "mixed_subtype", "alternative_subtype", "encoding"]


def encode(content: str | bytes) -> str:
    return base64.b64encode(content if isinstance(content, bytes) else content.encode()).decode()


def message_to_dict(message: EmailMessage) -> dict:
    if not all(isinstance(attachment, tuple) for attachment in message.attachments):
        raise TypeError("Queued mail takes attachments as (name, content, mimetype).")
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": message.to,
        "cc": message.cc,
        "bcc": message.bcc,
        "reply_to": message.reply_to,
        "headers": {name: str(value) for name, value in message.extra_headers.items()},
        "alternatives": [
            [str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])
        ],
        "attachments": [
            [name, encode(content), mimetype] for name, content, mimetype in message.attachments
        ],
        **{attribute: getattr(message, attribute, None) for attribute in SHAPE},
    }


def message_from_dict(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        alternatives=[tuple(alternative) for alternative in data["alternatives"]],
    )
    for name, content, mimetype in data["attachments"]:
        message.attach(name, base64.b64decode(content), mimetype)
    for attribute in SHAPE:
        if data[attribute] is not None:
            setattr(message, attribute, data[attribute])
    return message


def is_permanent(error: smtplib.SMTPException) -> bool:
    """Whether the server refused for good (a 5xx reply, for every refused recipient)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _reply in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def bounces(error: Exception, recipients: list[str]) -> dict[str, str]:
    """The addresses that a permanent refusal says cannot receive mail -> the server's reply.

    A 5xx to RCPT is about the address; a 5xx to the message is about the address only
    when its enhanced status is 5.1.x (bad mailbox), since one about content or policy
    (5.7.x) says nothing of the address."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return {
            address: f"{code} {reply.decode(errors='replace')}"
            for address, (code, reply) in error.recipients.items()
            if code >= 500
        }
    if isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500:
        reply = error.smtp_error
        reply = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        if reply.startswith("5.1."):
            return dict.fromkeys(recipients, f"{error.smtp_code} {reply}")
    return {}


def retry_delay(attempts: int, at_least: float = 0) -> float:
    """Exponential backoff with full jitter: up to 10 s, 20 s, 40 s … at most 30 minutes."""
    return random.uniform(at_least, min(30 * 60, 10 * 2**attempts))


# The web's side: writing to the outbox


class TaskEmailBackend(BaseEmailBackend):
    """Writes each message to the outbox in the caller's transaction; a worker sends it."""

    def send_messages(self, email_messages):
        mails = OutgoingMail.objects.bulk_create([outgoing(message) for message in email_messages])
        ids = [mail.pk for mail in mails]
        transaction.on_commit(lambda: enqueue(ids), robust=True)
        return len(mails)


def outgoing(message: EmailMessage) -> OutgoingMail:
    # The Message-ID is chosen now, so that every attempt sends the same message.
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    message.extra_headers.setdefault("Message-ID", make_msgid(domain=domain))
    return OutgoingMail(
        message=message_to_dict(message),
        to=", ".join(message.recipients())[:1000],
        subject=str(message.subject)[:1000],
    )


def enqueue(ids: list[int]) -> int:
    """Hand these mails to the workers; returns how many. If the broker is down this logs
    and returns: beat's `resume` hands the rest over later."""
    # Marked before they are handed over: a worker must never find a row locked by this
    # update, as it would skip it for another worker's and leave it to beat.
    OutgoingMail.objects.filter(pk__in=ids).update(queued=timezone.now())
    for handed, pk in enumerate(ids):
        try:
            send_outgoing_mail.delay(pk)
        except OperationalError:
            log.warning("The broker is down; beat will hand over outgoing mail %s.", ids[handed:])
            OutgoingMail.objects.filter(pk__in=ids[handed:]).update(queued=None)
            return handed
    return len(ids)


def resume() -> int:
    """Beat's work: hand over again the pending mail nobody is working on (never handed
    over, as when Redis was down, or handed over long ago and lost)."""
    now = timezone.now()
    stale = now - timedelta(seconds=settings.MAILING_STALE_SECONDS)
    due = OutgoingMail.objects.filter(status=MailStatus.PENDING)
    due = due.filter(Q(retry_after__isnull=True) | Q(retry_after__lte=now))
    due = due.filter(Q(queued__isnull=True) | Q(queued__lt=stale))
    return enqueue(list(due.order_by("pk").values_list("pk", flat=True)))


def forget_sent_mail(days: int = 30) -> int:
    """Delete the mail sent more than `days` ago: the outbox is no archive, and its messages
    hold links that sign people in."""
    cutoff = timezone.now() - timedelta(days=days)
    deleted, _by_model = OutgoingMail.objects.filter(
        status=MailStatus.SENT, sent__lt=cutoff
    ).delete()
    return deleted


# The worker's side


@shared_task
def send_outgoing_mail(mail_id: int) -> None:
    wait = deliver(mail_id)
    if wait is not None:
        send_outgoing_mail.apply_async((mail_id,), countdown=wait)


@transaction.atomic
def deliver(mail_id: int) -> float | None:
    """Send one outgoing mail, unless it is sent, failed, not due yet or in another
    worker's hands. Returns the seconds to wait after a temporary refusal."""
    mail = (
        OutgoingMail.objects.select_for_update(skip_locked=True)
        .filter(pk=mail_id, status=MailStatus.PENDING)
        .filter(Q(retry_after__isnull=True) | Q(retry_after__lte=timezone.now()))
        .first()
    )
    if mail is None:
        return None
    mail.attempts += 1
    try:
        message = message_from_dict(mail.message)
        get_connection(settings.EMAIL_DELIVERY_BACKEND).send_messages([message])
    except OSError as error:  # refused connections, timeouts, and all of smtplib's errors
        return record_refusal(mail, error)
    mail.status, mail.sent, mail.last_error = MailStatus.SENT, timezone.now(), ""
    mail.save(update_fields=["status", "attempts", "sent", "last_error"])
    return None


def record_refusal(mail: OutgoingMail, error: OSError) -> float | None:
    """A failed attempt: fail for good after a permanent refusal (its bounced addresses are
    suppressed) or the last attempt; otherwise the seconds until the next one."""
    mail.last_error = str(error)[:1000]
    wait = None
    if isinstance(error, smtplib.SMTPException) and is_permanent(error):
        mail.status = MailStatus.FAILED
        Suppression.record(bounces(error, mail.message["to"]), source=mail.subject)
    elif mail.attempts >= MAX_ATTEMPTS:
        mail.status = MailStatus.FAILED
    else:
        wait = retry_delay(mail.attempts, RETRY_AT_LEAST)
        mail.retry_after = timezone.now() + timedelta(seconds=wait)
        mail.queued = timezone.now()
    mail.save(update_fields=["status", "attempts", "last_error", "retry_after", "queued"])
    return wait


@shared_task
def send_email(message: dict) -> None:
    """Tasks queued by the previous release carried the message itself: into the outbox."""
    mail = OutgoingMail.objects.create(
        message=message, to=", ".join(message["to"]), subject=message["subject"]
    )
    enqueue([mail.pk])


def send_in_language(
    language: str, template: str, recipient: str, context: dict, attachments=()
) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in the recipient's language
    and queue the mail. Links in it are absolute and lead to pages in that language.
    `attachments` are (name, content, mimetype) triples."""
    with translation.override(language):
        context = {"site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    prefix = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX
    EmailMessage(prefix + subject, body, to=[recipient], attachments=list(attachments)).send()
