"""Registration for events: capacity, held places, the waiting list, cancellation, what staff
change by hand, and the mails that tell the registrant each of these."""

import datetime
from collections import Counter

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from events.calendar import calendar
from events.models import Event, Registration, RegistrationState, RegistrationStatus, held
from procura.mail import send_in_language

CANCEL_SALT = "events.registration.cancel"
CONFIRM_SALT = "events.registration.confirm"
# How long a place is kept for someone who has yet to confirm their address by the mailed
# link; after that it counts no more and beat gives it to the waiting list.
HOLD = datetime.timedelta(hours=2)

# The mails that carry the event for the calendar, with the status the .ics gives it: a place
# on the waiting list is only tentative.
CALENDAR_STATUS = {
    "confirmed": "CONFIRMED",
    "promoted": "CONFIRMED",
    "waiting": "TENTATIVE",
    "moved": "TENTATIVE",
}

REFUSALS = {
    RegistrationState.NONE: _("This event takes no registrations on the portal."),
    RegistrationState.NOT_OPEN: _("Registration for this event is not open yet."),
    RegistrationState.FULL: _("This event is fully booked."),
    RegistrationState.CLOSED: _("Registration for this event is closed."),
}


def locked_event(event_id: int) -> Event:
    """The event, its row locked, with its seat counts: nobody else takes a seat meanwhile."""
    event = Event.objects.select_for_update().get(pk=event_id)
    registrations = event.registrations.all()
    event.confirmed_count = registrations.filter(status=RegistrationStatus.CONFIRMED).count()
    event.held_count = registrations.filter(held()).count()
    return event


@transaction.atomic
def register(event: Event, *, verified: bool, hold: bool = True, **details) -> Registration:
    """Register a person: a seat if one is free, else the waiting list, else a refusal.

    Without a `verified` address the registration waits for its confirmation, its place
    held for HOLD if `hold` allows. The event's row is locked, so two people never take the
    last seat."""
    # Locks the event's row first; seats of lapsed holds go to the waiting list before anyone
    # else, beat or no beat.
    promote_waiting_list(event.pk)
    earlier = (
        Registration.objects.filter(event=event.pk, email__iexact=details["email"])
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )
    if earlier is not None and earlier.status != RegistrationStatus.PENDING:
        raise ValidationError(
            _("This email address is already registered for this event."), code="duplicate"
        )
    held_until = None
    if earlier is not None:
        # A new registration replaces an unconfirmed one, whose link then stops working;
        # an unconfirmed address never blocks the person who owns it. It keeps the earlier
        # hold and gets no new one, so re-registering cannot keep a place held for ever.
        held_until = earlier.held_until if earlier.is_held else None
        hold = False
        earlier.status = RegistrationStatus.CANCELLED
        earlier.held_until = None
        earlier.save(update_fields=["status", "held_until"])
    event = locked_event(event.pk)
    state = event.registration_state()
    if state in REFUSALS:
        raise ValidationError(REFUSALS[state], code=state)
    seat_free = state == RegistrationState.OPEN
    if not verified:
        if hold and seat_free:
            held_until = timezone.now() + HOLD
        registration = Registration.objects.create(
            event=event, status=RegistrationStatus.PENDING, held_until=held_until, **details
        )
        request_confirmation(registration)
        return registration
    status = RegistrationStatus.CONFIRMED if seat_free else RegistrationStatus.WAITING
    registration = Registration.objects.create(
        event=event,
        status=status,
        waiting_since=None if seat_free else timezone.now(),
        **details,
    )
    notify(registration, status)
    return registration


@transaction.atomic
def confirm_address(registration: Registration) -> Registration:
    """The registrant opened the mailed link: their held place becomes their seat; once the
    hold has lapsed, a free seat or else the waiting list. Only a pending one changes."""
    promote_waiting_list(registration.event_id)  # as in register
    event = locked_event(registration.event_id)
    registration.refresh_from_db()
    if registration.status != RegistrationStatus.PENDING:
        return registration
    if registration.is_held:
        confirm(registration)
        return registration
    state = event.registration_state()
    if state == RegistrationState.OPEN:
        confirm(registration)
    elif state == RegistrationState.WAITING_LIST:
        move_to_waiting_list(registration)
        notify(registration, RegistrationStatus.WAITING)
    else:
        raise ValidationError(REFUSALS[state], code=state)
    return registration


@transaction.atomic
def cancel(registration: Registration, *, by_staff: bool = False) -> None:
    """Cancel a registration and mail the registrant, saying whether the organisers did it;
    a freed seat goes to the first person on the waiting list."""
    locked_event(registration.event_id)
    registration.refresh_from_db()
    if registration.status == RegistrationStatus.CANCELLED:
        return
    registration.status = RegistrationStatus.CANCELLED
    registration.held_until = None
    registration.save(update_fields=["status", "held_until"])
    notify(registration, "cancelled_by_staff" if by_staff else "cancelled")
    promote_waiting_list(registration.event_id)


def promote_waiting_list(event_id: int, keep_waiting: tuple[int, ...] = ()) -> None:
    """Give the free seats to the first people on the waiting list, but those whose ids are
    in `keep_waiting`. It locks the event's row until the caller's transaction ends."""
    event = locked_event(event_id)
    if not event.waiting_list or event.capacity is None:
        return
    free = event.capacity - event.confirmed_count - event.held_count
    if free <= 0:
        return
    waiting = event.registrations.filter(status=RegistrationStatus.WAITING).exclude(
        pk__in=keep_waiting
    )
    for registration in waiting.order_by("waiting_since", "id")[:free]:
        confirm(registration)


def lock_events(registrations: list[Registration]) -> None:
    """Lock the rows of the registrations' events, in one order, so that two staff members
    acting at once wait for each other instead of deadlocking."""
    ids = {registration.event_id for registration in registrations}
    list(Event.objects.select_for_update().filter(pk__in=ids).order_by("pk"))


def seats_beyond_capacity(registrations: list[Registration]) -> dict[Event, int]:
    """By how many seats confirming `registrations` would overbook each of their events.
    A held place already counts against the capacity; its confirmation adds no seat."""
    added = Counter(
        registration.event_id
        for registration in registrations
        if registration.status != RegistrationStatus.CONFIRMED and not registration.is_held
    )
    events = Event.objects.with_confirmed_count().filter(pk__in=added, capacity__isnull=False)
    beyond = {
        event: event.confirmed_count + event.held_count + added[event.pk] - event.capacity
        for event in events
    }
    return {event: seats for event, seats in beyond.items() if seats > 0}


@transaction.atomic
def confirm_by_staff(registrations: list[Registration]) -> int:
    """Staff confirm registrations by hand, beyond the capacity if they decided so, and each
    registrant is told. A cancelled registration whose address has registered again is left
    as it is. Returns how many were confirmed."""
    lock_events(registrations)
    confirmed = 0
    for registration in registrations:
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CONFIRMED or registered_again(registration):
            continue
        confirm(registration)
        confirmed += 1
    return confirmed


def registered_again(registration: Registration) -> bool:
    """A cancelled registration whose address has a live registration for the event since."""
    return (
        registration.status == RegistrationStatus.CANCELLED
        and Registration.objects.filter(
            event=registration.event_id, email__iexact=registration.email
        )
        .exclude(status=RegistrationStatus.CANCELLED)
        .exists()
    )


@transaction.atomic
def put_on_waiting_list(registrations: list[Registration]) -> int:
    """Staff move confirmed registrations to the end of the waiting list and each registrant
    is told; the seats this frees go to those who were waiting before them. Returns how many
    were moved."""
    lock_events(registrations)
    moved = []
    for registration in registrations:
        registration.refresh_from_db()
        if registration.status != RegistrationStatus.CONFIRMED:
            continue
        move_to_waiting_list(registration)
        notify(registration, "moved")
        moved.append(registration)
    # Those just moved wait: a seat they freed must not come straight back to them.
    keep_waiting = tuple(registration.pk for registration in moved)
    for event_id in sorted({registration.event_id for registration in moved}):
        promote_waiting_list(event_id, keep_waiting)
    return len(moved)


def release_lapsed_holds() -> None:
    """Beat's round: the places of people who did not confirm their address in time go to
    the waiting list. Their registration stays pending; its link can still confirm it."""
    lapsed = Registration.objects.filter(
        status=RegistrationStatus.PENDING, held_until__lte=timezone.now()
    )
    for event_id in set(lapsed.values_list("event_id", flat=True)):
        with transaction.atomic():
            locked_event(event_id)
            lapsed.filter(event_id=event_id).update(held_until=None)
            promote_waiting_list(event_id)


def confirm(registration: Registration) -> None:
    """Give a seat to someone on the waiting list, or whose address is now confirmed (or,
    from the admin, to anyone), and mail them."""
    kind = "promoted" if registration.status == RegistrationStatus.WAITING else "confirmed"
    registration.status = RegistrationStatus.CONFIRMED
    registration.held_until = None
    registration.save(update_fields=["status", "held_until"])
    notify(registration, kind)


def move_to_waiting_list(registration: Registration) -> None:
    """Put the registration at the end of the waiting list."""
    registration.status = RegistrationStatus.WAITING
    registration.waiting_since = timezone.now()
    registration.held_until = None
    registration.save(update_fields=["status", "waiting_since", "held_until"])


def cancel_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CANCEL_SALT)


def confirm_token(registration: Registration) -> str:
    return signing.dumps(registration.pk, salt=CONFIRM_SALT)


def registration_for_token(token: str, salt: str = CANCEL_SALT) -> Registration | None:
    try:
        pk = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(pk=pk).first()


def request_confirmation(registration: Registration) -> None:
    """Mail the signed link that confirms the address, in the registrant's language; the
    calendar comes with the confirmation."""
    with translation.override(registration.language):
        confirm_url = reverse("events:confirm", args=[confirm_token(registration)])
    send_in_language(
        registration.language,
        "events/email/registration_pending",
        registration.email,
        {"registration": registration, "event": registration.event, "confirm_url": confirm_url},
    )


def notify(registration: Registration, kind: str) -> None:
    """Mail the registrant, in their language, where their registration stands; while they
    have a seat or a place on the waiting list, with the event's .ics attached."""
    event = registration.event
    attachments = []
    with translation.override(registration.language):
        if kind in CALENDAR_STATUS:
            ics = calendar([event], status=CALENDAR_STATUS[kind])
            attachments.append((f"{event.slug}.ics", ics, "text/calendar"))
        cancel_url = reverse("events:cancel", args=[cancel_token(registration)])
    send_in_language(
        registration.language,
        f"events/email/registration_{kind}",
        registration.email,
        {"registration": registration, "event": event, "cancel_url": cancel_url},
        attachments=attachments,
    )
