"""Sending mail: an email backend that queues each message, the task that delivers it,
the mail server's errors and the backoff between attempts.

Django, allauth and our own code all send mail through EMAIL_BACKEND; this one
turns every message into JSON and enqueues it after the transaction commits, so
no request ever waits on the mail server. The worker delivers it through the
backend that EMAIL_URL names. Mailings (events/mailings.py) reuse the errors and
the backoff for their own batches.
"""

import base64
import random
import smtplib

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.utils import translation

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


def deliver(data: dict) -> None:
    """Hand one queued message to the real mail backend."""
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    connection.send_messages([message_from_dict(data)])


class PermanentMailError(Exception):
    """The mail server refused the message for good; retrying cannot help."""


def is_permanent(error: smtplib.SMTPException) -> bool:
    """Whether the server refused for good (a 5xx reply, for every refused recipient)."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _reply in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def retry_delay(attempts: int, at_least: float = 0) -> float:
    """Exponential backoff with full jitter: up to 10 s, 20 s, 40 s … at most 30 minutes."""
    return random.uniform(at_least, min(30 * 60, 10 * 2**attempts))


@shared_task(bind=True, max_retries=8)
def send_email(self, message: dict) -> None:
    try:
        deliver(message)
    except OSError as error:  # refused connections, timeouts, and all of smtplib's errors
        if isinstance(error, smtplib.SMTPException) and is_permanent(error):
            raise PermanentMailError(str(error)) from error
        raise self.retry(exc=error, countdown=retry_delay(self.request.retries)) from error


class TaskEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            send_email.delay_on_commit(message_to_dict(message))
        return len(email_messages)


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
