"""Registration for events: capacity, the waiting list, cancellation and the mails."""

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from events.calendar import calendar
from events.models import Event, Registration, RegistrationState, RegistrationStatus
from procura.mail import send_in_language

CANCEL_SALT = "events.registration.cancel"

REFUSALS = {
    RegistrationState.NONE: _("This event takes no registrations on the portal."),
    RegistrationState.NOT_OPEN: _("Registration for this event is not open yet."),
    RegistrationState.FULL: _("This event is fully booked."),
    RegistrationState.CLOSED: _("Registration for this event is closed."),
}


@transaction.atomic
def register(event: Event, **details) -> Registration:
    """Register a person: a seat if one is free, else the waiting list, else a refusal.

    The event's row is locked, so two people can never take the last seat at once."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    event.confirmed_count = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    state = event.registration_state()
    if state in REFUSALS:
        raise ValidationError(REFUSALS[state], code=state)
    registered = event.registrations.exclude(status=RegistrationStatus.CANCELLED)
    if registered.filter(email__iexact=details["email"]).exists():
        raise ValidationError(
            _("This email address is already registered for this event."), code="duplicate"
        )
    status = (
        RegistrationStatus.CONFIRMED
        if state == RegistrationState.OPEN
        else RegistrationStatus.WAITING
    )
    registration = Registration.objects.create(event=event, status=status, **details)
    notify(registration, status)
    return registration


@transaction.atomic
def cancel(registration: Registration) -> None:
    """Cancel a registration; a freed seat goes to the first person on the waiting list."""
    event = Event.objects.select_for_update().get(pk=registration.event_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return
    freed_a_seat = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.save(update_fields=["status"])
    if freed_a_seat and event.waiting_list:
        first = event.registrations.filter(status=RegistrationStatus.WAITING).first()
        if first is not None:
            confirm(first)


def confirm(registration: Registration) -> None:
    """Give a seat to someone on the waiting list (or, from the admin, to anyone)."""
    was_waiting = registration.status == RegistrationStatus.WAITING
    registration.status = RegistrationStatus.CONFIRMED
    registration.save(update_fields=["status"])
    if was_waiting:
        notify(registration, "promoted")


def move_to_waiting_list(registration: Registration) -> None:
    registration.status = RegistrationStatus.WAITING
    registration.save(update_fields=["status"])


def cancel_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def registration_for_token(token: str) -> Registration | None:
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(pk=pk).first()


def notify(registration: Registration, kind: str) -> None:
    """Mail the registrant, in their language, with the event's .ics attached."""
    event = registration.event
    with translation.override(registration.language):
        ics = calendar([event])
        cancel_url = reverse("events:cancel", args=[cancel_token(registration)])
    send_in_language(
        registration.language,
        f"events/email/registration_{kind}",
        registration.email,
        {"registration": registration, "event": event, "cancel_url": cancel_url},
        attachments=[(f"{event.slug}.ics", ics, "text/calendar")],
    )
