"""Celery tasks of events: thin wrappers around events.mailings."""

from celery import shared_task

from events import mailings


@shared_task(bind=True, max_retries=12)
def send_deliveries(self, mailing_id: int, ids: list[int]) -> None:
    try:
        later = mailings.send_batch(mailing_id, ids)
    except mailings.ServerUnavailable as error:
        raise self.retry(countdown=mailings.retry_delay(self.request.retries)) from error
    if later:
        # Recipients the server refused for now: their own, later, batch.
        send_deliveries.apply_async((mailing_id, later), countdown=mailings.retry_delay(1))
    mailings.finish_if_done(mailing_id)


@shared_task
def resume_mailings() -> None:
    mailings.resume()


@shared_task
def send_reminders() -> None:
    mailings.create_reminders()
