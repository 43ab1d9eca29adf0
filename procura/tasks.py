"""Tasks shared by the whole portal; the worker's mail task lives with the sending, in
procura/mail.py."""

from celery import shared_task
from django.core.management import call_command

from procura import mail


@shared_task
def clear_expired_sessions() -> None:
    call_command("clearsessions")


@shared_task
def resume_outgoing_mail() -> None:
    mail.resume()


@shared_task
def forget_sent_mail() -> None:
    mail.forget_sent_mail()
