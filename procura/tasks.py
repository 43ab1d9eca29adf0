"""Tasks shared by the whole portal."""

import random
import smtplib

from celery import shared_task
from django.core.management import call_command

from procura import mail


class PermanentMailError(Exception):
    """The mail server refused the message for good; retrying cannot help."""


def is_permanent(error: smtplib.SMTPException) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _reply in error.recipients.values())
    return isinstance(error, smtplib.SMTPResponseException) and error.smtp_code >= 500


def retry_delay(retries: int) -> float:
    """Exponential backoff with full jitter: up to 10 s, 20 s, 40 s … at most 30 minutes."""
    return random.uniform(0, min(30 * 60, 10 * 2**retries))


@shared_task(bind=True, max_retries=8)
def send_email(self, message: dict) -> None:
    try:
        mail.deliver(message)
    except OSError as error:  # refused connections, timeouts, and all of smtplib's errors
        if isinstance(error, smtplib.SMTPException) and is_permanent(error):
            raise PermanentMailError(str(error)) from error
        raise self.retry(exc=error, countdown=retry_delay(self.request.retries)) from error


@shared_task
def clear_expired_sessions() -> None:
    call_command("clearsessions")
