"""Tasks shared by the whole portal."""

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


# smtplib's errors are OSErrors, like refused connections and timeouts: all are
# retried with backoff, except the refusals that is_permanent recognises.
@shared_task(
    autoretry_for=(OSError,),
    retry_backoff=10,
    retry_backoff_max=30 * 60,
    retry_jitter=True,
    max_retries=8,
)
def send_email(message: dict) -> None:
    try:
        mail.deliver(message)
    except smtplib.SMTPException as error:
        if is_permanent(error):
            raise PermanentMailError(str(error)) from error
        raise


@shared_task
def clear_expired_sessions() -> None:
    call_command("clearsessions")
