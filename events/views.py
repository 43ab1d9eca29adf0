"""Event pages: the list, an event with all its sections, calendars, registration."""

from collections import defaultdict
from itertools import groupby

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from events import mailings, services
from events.calendar import calendar
from events.forms import EventFilterForm, RegistrationForm
from events.models import Audience, Event, PartnerRole, Registration, RegistrationStatus
from procura import sections
from procura.caching import public_page, shows_asked_page
from procura.previews import can_preview

PAGE_SIZE = 20
THANKS = {
    RegistrationStatus.CONFIRMED: gettext_lazy(
        "Your seat at %(title)s is confirmed. We have sent a confirmation with the event "
        "for your calendar to %(email)s."
    ),
    RegistrationStatus.WAITING: gettext_lazy(
        "You are on the waiting list for %(title)s. When a seat is freed, we will write "
        "to %(email)s."
    ),
}
# Keyed by whether a place is held for the registrant.
PENDING_THANKS = {
    True: gettext_lazy(
        "Almost done: open the link we have sent to %(email)s to confirm your registration "
        "for %(title)s. Your seat is held for you until %(time)s."
    ),
    False: gettext_lazy(
        "Almost done: open the link we have sent to %(email)s to confirm your registration "
        "for %(title)s; you will then get a seat if one is still free, or else a place on the "
        "waiting list."
    ),
}
RATE_LIMITED = gettext_lazy(
    "Too many registrations have come from your network or for this event in the last "
    "hour. Please try again later."
)
# The registration button's state changes with the clock; a cached page is at most this old.
DETAIL_TIMEOUT = 60


def visible_events(request: HttpRequest):
    """Published events; staff who may preview events also see unpublished ones."""
    events = Event.objects.all()
    return events if can_preview(request, Event) else events.published()


@public_page("events", params=["year", "kind", "country", "page"])
def event_list(request: HttpRequest) -> HttpResponse:
    published = Event.objects.published()
    years = [moment.year for moment in published.dates("starts", "year", order="DESC")]
    form = EventFilterForm(request.GET, years=years)
    events = form.filter(published)
    past = Paginator(events.past(), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "upcoming": events.upcoming(),
        "past": past,
        "query": query.urlencode(),
    }
    response = render(request, "events/list.html", context)
    # A junk value's page is rarely asked again: it must not crowd the cache.
    if not form.is_valid() or not shows_asked_page(past, request.GET.get("page")):
        patch_cache_control(response, private=True)
    return response


@public_page("events", "members", timeout=DETAIL_TIMEOUT, sections=["event"])
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(visible_events(request).with_confirmed_count(), slug=slug)
    context = {
        "event": event,
        "state": event.registration_state(),
        # Queried only when the page's cached fragment of it is missing.
        "programme": SimpleLazyObject(lambda: programme(event)),
        "sections": sections.for_page("event", event),
    }
    return render(request, "events/detail.html", context)


def programme(event: Event) -> dict:
    """What the event's page shows below its facts: the sessions by day, each with its
    documents, the speakers, the partners by role, the photos, quotes and other documents."""
    event.load_programme()
    sessions = list(event.sessions.all())
    speakers = list(event.speakers.all())
    partners = list(event.partners.all())
    documents = defaultdict(list)  # by session, None for the event's own
    for document in event.documents.all():
        documents[document.session_id].append(document)
    return {
        "days": [
            (
                day,
                [
                    (
                        session,
                        documents[session.pk],
                        # The admin offers a session the speakers of its event alone.
                        [speaker for speaker in speakers if speaker.pk in session.speaker_ids],
                    )
                    for session in day_sessions
                ],
            )
            for day, day_sessions in groupby(sessions, key=lambda s: event.local(s.starts).date())
        ],
        "speakers": speakers,
        "partner_groups": [
            (label, members)
            for role, label in PartnerRole.choices
            if (members := [partner for partner in partners if partner.role == role])
        ],
        "photos": event.photos.all(),
        "quotes": event.quotes.all(),
        "documents": documents[None],
    }


@public_page("events", timeout=DETAIL_TIMEOUT)
@require_GET
def event_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(Event.objects.published(), slug=slug)
    return ics_response(calendar([event]), event.slug)


@public_page("events", timeout=DETAIL_TIMEOUT)
@require_GET
def upcoming_calendar(request: HttpRequest) -> HttpResponse:
    return ics_response(calendar(Event.objects.published().upcoming()), "ecoprocura-events")


def ics_response(content: bytes, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.ics"'
    return response


@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, slug: str) -> HttpResponse:
    event = get_object_or_404(visible_events(request).with_confirmed_count(), slug=slug)
    state = event.registration_state()
    if event.audience == Audience.OFFICIALS and not hasattr(request.user, "official"):
        context = {"event": event, "state": state, "officials_only": True}
        return render(request, "events/register.html", context, status=403)
    form = RegistrationForm(
        request.POST or None, user=request.user, initial={"language": request.LANGUAGE_CODE}
    )
    limited = False
    if form.is_valid():
        verified = form.address_is_verified
        # Only registrations that mail an unconfirmed address count (ACCOUNT_RATE_LIMITS),
        # and only once they are made: a refusal spends nothing.
        budget = {"request": request, "key": f"event:{event.pk}"}
        limited = not verified and not ratelimit.consume(
            **budget, action="register_for_event", dry_run=True
        )
        hold = verified or ratelimit.consume(**budget, action="hold_event_place", dry_run=True)
        if limited:
            form.add_error(None, RATE_LIMITED)
        elif (registration := form.register(event, verified, hold)) is not None:
            if not verified:
                ratelimit.consume(**budget, action="register_for_event")
            if registration.is_held:
                ratelimit.consume(**budget, action="hold_event_place")
            messages.success(request, thanks(registration))
            return redirect(event)
    status = 429 if limited else 400 if form.errors else 200
    context = {"event": event, "state": state, "form": form}
    return render(request, "events/register.html", context, status=status)


def thanks(registration: Registration) -> str:
    """What the registrant reads once registered: where they stand and where we wrote."""
    if registration.status == RegistrationStatus.PENDING:
        message = PENDING_THANKS[registration.is_held]
    else:
        message = THANKS[registration.status]
    return message % {
        "title": registration.event.title,
        "email": registration.email,
        "time": registration.held_until_local() if registration.is_held else "",
    }


@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The signed link mailed to an unconfirmed registrant. Its button confirms the address:
    opening it alone does not, as mail scanners open the links of the mails they check."""
    registration = services.registration_for_token(token, services.CONFIRM_SALT)
    if registration is None:
        return render(request, "events/confirm.html", {"forged": True}, status=404)
    refusal = None
    if request.method == "POST" and registration.status == RegistrationStatus.PENDING:
        try:
            registration = services.confirm_address(registration)
        except ValidationError as error:
            refusal = error.messages[0]
        else:
            messages.success(request, thanks(registration))
            return redirect(registration.event)
    context = {"registration": registration, "event": registration.event, "refusal": refusal}
    return render(request, "events/confirm.html", context, status=400 if refusal else 200)


@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, token: str) -> HttpResponse:
    registration = services.registration_for_token(token)
    if registration is None:
        raise Http404
    over = registration.event.ends < timezone.now()
    if (
        request.method == "POST"
        and not over
        and registration.status != RegistrationStatus.CANCELLED
    ):
        services.cancel(registration)
        messages.success(
            request,
            _("Your registration is cancelled. We have sent a confirmation to %(email)s.")
            % {"email": registration.email},
        )
        return redirect(registration.event)
    context = {"registration": registration, "event": registration.event, "past": over}
    return render(request, "events/cancel.html", context)


@csrf_exempt  # the signed token is the credential; mail clients POST here for one-click
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    email = mailings.unsubscribed_email(token)
    if email is None:
        raise Http404
    done = request.method == "POST"
    if done:
        mailings.unsubscribe(email)
    return render(request, "events/unsubscribe.html", {"email": email, "done": done})


@login_required
@require_http_methods(["GET", "POST"])
def subscription(request: HttpRequest) -> HttpResponse:
    """Officials choose whether they receive the network's mailings."""
    official = getattr(request.user, "official", None)
    if official is None:
        raise Http404
    if request.method == "POST":
        mailings.set_subscription(official, receives="receives_mailings" in request.POST)
        messages.success(request, _("Your choice is saved."))
        return redirect("events:subscription")
    return render(request, "events/subscription.html", {"official": official})
