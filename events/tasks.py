"""Beat's tasks for events: thin wrappers around events.mailings and events.services.

The workers' own task, `send_deliveries`, lives in events/mailings.py beside the service it
wraps; importing mailings here registers it when the worker imports this module.
"""

from celery import shared_task

from events import mailings, services


@shared_task
def resume_mailings() -> None:
    mailings.resume()


@shared_task
def send_reminders() -> None:
    mailings.create_reminders()


@shared_task
def release_lapsed_holds() -> None:
    services.release_lapsed_holds()
