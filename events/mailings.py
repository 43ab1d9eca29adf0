"""Mailings: the outbox pattern.

Sending freezes the recipients into Delivery rows and marks the mailing `sending`
in one transaction; Celery tasks are enqueued only after it commits. Workers send
a batch of deliveries over one SMTP connection. Each delivery is claimed
(`FOR UPDATE SKIP LOCKED`) while its message goes out and marked sent in the same
short transaction, right after the server accepts it: two workers never send the
same delivery, and a killed worker leaves at most the message in flight to be
sent again. Beat's `resume` finds what is due or stuck (Redis was down, a worker
died) and enqueues it again. The worker's task, `send_deliveries`, lives here beside the
service it wraps; events/tasks.py holds beat's tasks.

Registrants, speakers and contacts get a mailing about their own part in the event even
after they unsubscribed, without an unsubscribe link; officials get it as the network's
mailing, which skips addresses that unsubscribed or bounced for good (`Suppression`).
Apps above events add audiences and contents through `register_audience` and
`register_content` (the newsletter adds its subscribers and its articles), so that events
never imports them.
"""

import contextlib
import logging
import smtplib
from collections.abc import Callable
from datetime import timedelta
from email.utils import make_msgid
from typing import NamedTuple
from urllib.parse import urlsplit

from celery import shared_task
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db import connection as db
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from kombu.exceptions import OperationalError

from events.models import (
    Delivery,
    DeliveryReason,
    DeliveryStatus,
    Event,
    Mailing,
    MailingKind,
    MailingStatus,
    RegistrationStatus,
    Unsubscribe,
    UnsubscribeList,
)
from members.models import Official
from procura.mail import bounces, is_permanent, retry_delay
from procura.models import Suppression
from procura.text import sanitized_markdown

log = logging.getLogger(__name__)

# A batch renders the mailing once per language and reason (some 25 ms) and opens one SMTP
# connection: 500 messages make that a small part of their cost, and 10,000 recipients
# still make 20 tasks to share among the workers.
BATCH_SIZE = 500
MAX_ATTEMPTS = 8
UNSUBSCRIBE_SALT = "events.mailing.unsubscribe"
# Waits between attempts are at least a second, so that a refusal is never retried at once.
RETRY_AT_LEAST = 1


class ServerUnavailable(Exception):
    """The mail server cannot be reached or refuses everything for now; try the batch later."""


# Who gets a mailing


class Recipient(NamedTuple):
    email: str
    name: str
    language: str
    reason: str


class Audience(NamedTuple):
    """People an app above events adds to mailings, who get them for their own reason."""

    field: str  # the Mailing's boolean field that chooses them
    recipients: Callable[[Mailing], list[Recipient]]
    unsubscribe_url: Callable[[str, str], str]  # (email, language) -> the one-click link


class Content(NamedTuple):
    """What a kind of mailing shows besides its message: `template` (.html and .txt) renders
    `context(mailing)`'s items in each reader's language."""

    template: str
    context: Callable[[Mailing], dict]


AUDIENCES: dict[str, Audience] = {}  # by DeliveryReason
CONTENTS: dict[str, Content] = {}  # by MailingKind


def register_audience(reason: str, audience: Audience) -> None:
    AUDIENCES[reason] = audience


def register_content(kind: str, content: Content) -> None:
    CONTENTS[kind] = content


def recipients(mailing: Mailing) -> list[Recipient]:
    """Everyone the mailing's audience names, once per address. Registrants, speakers and
    the contact get it whatever they unsubscribed from; officials get it as the network's
    mailing. Someone who is both gets it about their own part in the event, and someone an
    added audience names (a subscriber) gets it as such rather than as an official."""
    people = event_people(mailing) if mailing.event_id else []
    for reason, audience in AUDIENCES.items():
        if getattr(mailing, audience.field):
            people += [person._replace(reason=reason) for person in audience.recipients(mailing)]
    if mailing.to_officials:
        people += network_officials(mailing)
    unique = {}
    for person in people:
        unique.setdefault(person.email.lower(), person)
    return list(unique.values())


def usual_reason(mailing: Mailing) -> str:
    """The reason that previews and tests show: an added audience's (the newsletter's
    subscribers) when the mailing goes to it, else the network's."""
    for reason, audience in AUDIENCES.items():
        if getattr(mailing, audience.field):
            return reason
    return DeliveryReason.OFFICIAL


def event_people(mailing: Mailing) -> list[Recipient]:
    """The registrants, speakers and contact the mailing names, around its event."""
    event = mailing.event
    statuses = [
        status
        for status, wanted in [
            (RegistrationStatus.CONFIRMED, mailing.to_confirmed),
            (RegistrationStatus.WAITING, mailing.to_waiting),
        ]
        if wanted
    ]
    registrations = event.registrations.filter(status__in=statuses).order_by("created")
    people = [
        Recipient(*row, DeliveryReason.REGISTRANT)
        for row in registrations.values_list("email", "name", "language")
    ]
    if mailing.to_speakers:
        contacts = list(event.speakers.exclude(email="").values_list("email", "name"))
        if event.contact_email:
            contacts.append((event.contact_email, event.contact_name))
        people += [
            Recipient(email, name, settings.LANGUAGE_CODE, DeliveryReason.SPEAKER)
            for email, name in contacts
        ]
    return people


def network_officials(mailing: Mailing) -> list[Recipient]:
    """The officials a mailing reaches as the network's, without those who unsubscribed or
    whose address bounced for good. A newsletter also skips those who unsubscribed from it."""
    officials = Official.objects.filter(receives_mailings=True, user__is_active=True)
    if mailing.official_countries:
        officials = officials.filter(government__country__in=mailing.official_countries)
    lists = [UnsubscribeList.NETWORK]
    if mailing.kind == MailingKind.NEWSLETTER:
        lists.append(UnsubscribeList.NEWSLETTER)
    unsubscribed = Unsubscribe.objects.filter(mailing_list__in=lists)
    skipped = {
        *unsubscribed.annotate(address=Lower("email")).values_list("address", flat=True),
        *Suppression.objects.annotate(address=Lower("email")).values_list("address", flat=True),
    }
    recipients = []
    for official in officials.select_related("user"):
        if official.user.email.lower() in skipped:
            continue
        with translation.override(official.language):  # their name as they read it
            name = official.user.get_full_name()
        recipients.append(
            Recipient(official.user.email, name, official.language, DeliveryReason.OFFICIAL)
        )
    return recipients


def missing_translations(mailing: Mailing) -> list[str]:
    """Languages of some recipients in which the subject or the message is not written."""
    languages = {person.language for person in recipients(mailing)}
    return [
        code
        for code, _name in settings.LANGUAGES
        if code in languages
        and not all(
            getattr(mailing, f"{field}_{code.replace('-', '_')}") for field in ("subject", "body")
        )
    ]


# Starting and finishing


def start(mailing: Mailing, user=None) -> Mailing:
    """What the Send button does: send now, or at the scheduled time."""
    if mailing.scheduled and mailing.scheduled > timezone.now():
        updated = Mailing.objects.filter(pk=mailing.pk, status=MailingStatus.DRAFT).update(
            status=MailingStatus.SCHEDULED, sent_by=user
        )
        if not updated:
            raise ValidationError(_("Only a draft can be scheduled."))
        mailing.refresh_from_db()
        return mailing
    return send(mailing, user)


@transaction.atomic
def send(mailing: Mailing, user=None) -> Mailing:
    """Freeze the recipients into deliveries and mark the mailing as sending; the tasks
    are enqueued only once this has committed."""
    mailing = Mailing.objects.select_for_update().filter(pk=mailing.pk).first()
    if mailing is None:  # deleted meanwhile, with the newsletter issue it belonged to
        raise ValidationError(_("This mailing has been deleted."))
    if mailing.status not in (MailingStatus.DRAFT, MailingStatus.SCHEDULED):
        raise ValidationError(_("This mailing has already been sent."))
    Delivery.objects.bulk_create(
        [Delivery(mailing=mailing, **person._asdict()) for person in recipients(mailing)],
        batch_size=1000,
    )
    mailing.status = MailingStatus.SENDING
    mailing.started = timezone.now()
    mailing.sent_by = user or mailing.sent_by
    mailing.save()
    transaction.on_commit(lambda: enqueue(mailing.pk), robust=True)
    return mailing


def enqueue(mailing_id: int, due_only: bool = False) -> int:
    """Hand the mailing's pending deliveries to the workers, in batches; returns how many.

    If Redis is down this logs and returns: `resume` tries again later."""
    now = timezone.now()
    pending = Delivery.objects.filter(mailing_id=mailing_id, status=DeliveryStatus.PENDING)
    pending = pending.filter(Q(retry_after__isnull=True) | Q(retry_after__lte=now))
    if due_only:
        stale = now - timedelta(seconds=settings.MAILING_STALE_SECONDS)
        pending = pending.filter(Q(queued__isnull=True) | Q(queued__lt=stale))
    ids = list(pending.values_list("pk", flat=True))
    for start_at in range(0, len(ids), BATCH_SIZE):
        batch = ids[start_at : start_at + BATCH_SIZE]
        # Marked before it is handed over: a worker must never find a delivery locked by
        # this update, as it would skip it for another worker's and leave it to beat.
        Delivery.objects.filter(pk__in=batch).update(queued=now)
        try:
            send_deliveries.delay(mailing_id, batch)
        except OperationalError:
            log.warning("The broker is down; mailing %s will be resumed by beat.", mailing_id)
            Delivery.objects.filter(pk__in=batch).update(queued=None)
            return start_at
    finish_if_done(mailing_id)
    return len(ids)


def finish_if_done(mailing_id: int) -> None:
    if not Delivery.objects.filter(mailing_id=mailing_id, status=DeliveryStatus.PENDING).exists():
        Mailing.objects.filter(pk=mailing_id, status=MailingStatus.SENDING).update(
            status=MailingStatus.SENT, finished=timezone.now()
        )


def resume() -> None:
    """Beat's periodic work: start scheduled mailings that are due, and enqueue again the
    deliveries that nobody is working on (never enqueued, or enqueued long ago)."""
    due = Mailing.objects.filter(status=MailingStatus.SCHEDULED, scheduled__lte=timezone.now())
    for mailing in due:
        try:
            send(mailing)
        except ValidationError:
            continue  # another beat or a person started it a moment ago
    for mailing_id in Mailing.objects.filter(status=MailingStatus.SENDING).values_list(
        "pk", flat=True
    ):
        enqueue(mailing_id, due_only=True)


@transaction.atomic
def retry_failed(mailing: Mailing) -> int:
    """Make failed deliveries pending again, and send them."""
    count = mailing.deliveries.filter(status=DeliveryStatus.FAILED).update(
        status=DeliveryStatus.PENDING, attempts=0, retry_after=None, queued=None
    )
    if count:
        Mailing.objects.filter(pk=mailing.pk).update(status=MailingStatus.SENDING, finished=None)
        transaction.on_commit(lambda: enqueue(mailing.pk), robust=True)
    return count


def progress(mailing: Mailing) -> dict[str, int]:
    counts = dict(mailing.deliveries.values_list("status").annotate(Count("id")))
    return {status: counts.get(status, 0) for status in DeliveryStatus.values}


# Messages


def unsubscribe_url(email: str, language: str) -> str:
    token = signing.dumps(email.lower(), salt=UNSUBSCRIBE_SALT, compress=True)
    with translation.override(language):
        return settings.SITE_URL + reverse("events:unsubscribe", args=[token])


def unsubscribed_email(token: str) -> str | None:
    try:
        return signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None


@transaction.atomic
def unsubscribe(email: str) -> None:
    """No more of the network's mailings to this address, also when it belongs to an
    official; a newsletter it subscribed to is not one of them."""
    Unsubscribe.objects.get_or_create(
        email__iexact=email, mailing_list=UnsubscribeList.NETWORK, defaults={"email": email}
    )
    Official.objects.filter(user__email__iexact=email).update(receives_mailings=False)


@transaction.atomic
def set_subscription(official: Official, receives: bool) -> None:
    official.receives_mailings = receives
    official.save(update_fields=["receives_mailings"])
    if receives:
        Unsubscribe.objects.filter(
            email__iexact=official.user.email, mailing_list=UnsubscribeList.NETWORK
        ).delete()
    else:
        unsubscribe(official.user.email)


class Composer:
    """Builds each recipient's message; what is the same for all readers of a language
    who get it for the same reason is rendered once."""

    def __init__(self, mailing: Mailing):
        self.mailing = mailing
        self.parts: dict[tuple[str, str], tuple[str, str, str]] = {}
        self.domain = urlsplit(settings.SITE_URL).hostname or "localhost"
        content = CONTENTS.get(mailing.kind)
        self.template = content.template if content else "events/email/mailing"
        # Read once; each language renders the same objects.
        self.extra = content.context(mailing) if content else {}

    def rendered(self, language: str, reason: str) -> tuple[str, str, str]:
        if (language, reason) not in self.parts:
            with translation.override(language):
                # modeltranslation falls back to English where a translation is missing.
                subject, body = self.mailing.subject, self.mailing.body
                context = {
                    "mailing": self.mailing,
                    "event": self.mailing.event,
                    "site_url": settings.SITE_URL,
                    "body_text": body,
                    "body_html": sanitized_markdown(body),
                    "reason": reason,
                    "unsubscribe_url": "__UNSUBSCRIBE__",
                    **self.extra,
                }
                text = render_to_string(f"{self.template}.txt", context)
                html = render_to_string(f"{self.template}.html", context)
            subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject
            self.parts[language, reason] = (subject, text, html)
        return self.parts[language, reason]

    def message(self, delivery: Delivery, connection=None) -> EmailMultiAlternatives:
        subject, text, html = self.rendered(delivery.language, delivery.reason)
        headers = {"Message-ID": make_msgid(domain=self.domain)}
        link = None
        if delivery.reason == DeliveryReason.OFFICIAL:
            link = unsubscribe_url(delivery.email, delivery.language)
        elif delivery.reason in AUDIENCES:
            link = AUDIENCES[delivery.reason].unsubscribe_url(delivery.email, delivery.language)
        if link:
            text, html = (
                text.replace("__UNSUBSCRIBE__", link),
                html.replace("__UNSUBSCRIBE__", link),
            )
            headers["List-Unsubscribe"] = f"<{link}>"
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        message = EmailMultiAlternatives(
            subject, text, to=[delivery.email], connection=connection, headers=headers
        )
        message.attach_alternative(html, "text/html")
        return message


# The worker's side


@shared_task(bind=True, max_retries=12)
def send_deliveries(self, mailing_id: int, ids: list[int]) -> None:
    try:
        later = send_batch(mailing_id, ids)
    except ServerUnavailable as error:
        raise self.retry(countdown=retry_delay(self.request.retries, RETRY_AT_LEAST)) from error
    if later:
        # Recipients the server refused for now: their own, later, batch.
        send_deliveries.apply_async((mailing_id, later), countdown=retry_delay(1, RETRY_AT_LEAST))
    finish_if_done(mailing_id)


def send_batch(mailing_id: int, ids: list[int]) -> list[int]:
    """Send the pending deliveries among `ids` over one connection.

    Returns the ids to try again later (a recipient the server refused for now).
    Raises ServerUnavailable when the server cannot be used at all; the delivery in
    hand then counts an attempt, and fails after MAX_ATTEMPTS."""
    mailing = Mailing.objects.select_related("event").get(pk=mailing_id)
    composer = Composer(mailing)
    # Read without locks: each delivery is claimed on its own, just before it is sent.
    pending = Delivery.objects.filter(pk__in=ids, status=DeliveryStatus.PENDING)
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    later, pk = [], None
    try:
        connection.open()
        with quick_commits():
            for delivery in pending.only("email", "language", "reason").order_by("pk"):
                pk = delivery.pk
                if not deliver(delivery, composer, connection):
                    later.append(pk)
    except OSError as error:  # refused connections, timeouts, and all of smtplib's errors
        if pk is not None:
            record_failure(pk, error, mailing)
        raise ServerUnavailable(str(error)) from error
    finally:
        with contextlib.suppress(OSError):
            connection.close()
    return later


@contextlib.contextmanager
def quick_commits():
    """Commits that do not wait for the disk: a delivery marked sent a moment before
    PostgreSQL itself crashed may be sent again, like the message in flight when a worker
    dies; in exchange, each message costs no wait for the disk."""
    with db.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO off")
    try:
        yield
    finally:
        with db.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")


def deliver(delivery: Delivery, composer: Composer, connection) -> bool:
    """Send one delivery and record the outcome; False if it must be tried again later.

    Errors of the server as a whole propagate; those about this recipient are recorded."""
    message = composer.message(delivery, connection)
    try:
        with transaction.atomic():
            if claim(delivery.pk, message.extra_headers["Message-ID"]):
                message.send()
    except smtplib.SMTPRecipientsRefused as error:
        return record_failure(delivery.pk, error, composer.mailing, later=True)
    except smtplib.SMTPResponseException as error:
        if not is_permanent(error):
            raise
        return record_failure(delivery.pk, error, composer.mailing)  # e.g. 554 for this message
    return True


# Written in SQL as it runs once per message: the ORM would build it anew each time.
CLAIM = (
    f"UPDATE {Delivery._meta.db_table} SET status = %s, attempts = attempts + 1, sent = %s, "
    f"message_id = %s WHERE id = (SELECT id FROM {Delivery._meta.db_table} "
    "WHERE id = %s AND status = %s FOR UPDATE SKIP LOCKED)"
)


def claim(pk: int, message_id: str) -> bool:
    """Mark a pending delivery sent, unless another worker holds it: one statement that
    locks the row. The caller's transaction undoes it if the server refuses the message."""
    with db.cursor() as cursor:
        cursor.execute(
            CLAIM, [DeliveryStatus.SENT, timezone.now(), message_id, pk, DeliveryStatus.PENDING]
        )
        return cursor.rowcount == 1


@transaction.atomic
def record_failure(pk: int, error: Exception, mailing: Mailing, later: bool = False) -> bool:
    """Count a failed attempt at a pending delivery; returns whether it failed for good.

    A permanent refusal fails it at once and its bounced address is suppressed; with
    `later`, it gets a time for its next attempt (its own batch)."""
    delivery = Delivery.objects.select_for_update().filter(pk=pk, status=DeliveryStatus.PENDING)
    delivery = delivery.first()
    if delivery is None:
        return True  # another worker finished it meanwhile
    delivery.attempts += 1
    delivery.last_error = str(error)[:1000]
    permanent = isinstance(error, smtplib.SMTPException) and is_permanent(error)
    if permanent:
        Suppression.record(bounces(error, [delivery.email]), source=str(mailing))
    if permanent or delivery.attempts >= MAX_ATTEMPTS:
        delivery.status = DeliveryStatus.FAILED
    elif later:
        delivery.retry_after = timezone.now() + timedelta(
            seconds=retry_delay(delivery.attempts, RETRY_AT_LEAST)
        )
    delivery.save(update_fields=["status", "attempts", "last_error", "retry_after"])
    return delivery.status == DeliveryStatus.FAILED


# Reminders


def create_reminders(now=None) -> list[Mailing]:
    """Start the automatic reminders that are due; each (event, offset) only once."""
    now = now or timezone.now()
    started = []
    upcoming = Event.objects.published().filter(starts__gt=now).exclude(reminder_days=[])
    for event in upcoming:
        for days in event.reminder_days:
            if event.starts - timedelta(days=days) > now:
                continue
            mailing = reminder(event, days)
            if mailing is not None:
                started.append(send(mailing))
    return started


def reminder(event: Event, days: int) -> Mailing | None:
    """The reminder mailing for `days` before `event`, or None if it exists already."""
    texts = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            context = {"event": event, "days": days, "site_url": settings.SITE_URL}
            column = code.replace("-", "_")
            texts[f"subject_{column}"] = " ".join(
                render_to_string("events/email/reminder_subject.txt", context).split()
            )
            texts[f"body_{column}"] = render_to_string("events/email/reminder_body.txt", context)
    try:
        with transaction.atomic():
            return Mailing.objects.create(
                event=event,
                kind=MailingKind.REMINDER,
                reminder_days=days,
                to_confirmed=True,
                **texts,
            )
    except IntegrityError:
        return None
