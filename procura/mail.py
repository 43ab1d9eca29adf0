"""An email backend that queues each message for a Celery worker.

Django, allauth and our own code all send mail through EMAIL_BACKEND; this one
turns every message into JSON and enqueues it after the transaction commits, so
no request ever waits on the mail server. The worker delivers it through the
backend that EMAIL_URL names.
"""

import base64

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


class TaskEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        from procura.tasks import send_email

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
