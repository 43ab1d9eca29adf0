"""iCalendar files of events, with time zones, a reminder and the page in the reader's language."""

from datetime import timedelta

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from events.models import Event


def calendar(events, status: str | None = None) -> bytes:
    """One .ics file holding `events`, written in the active language. `status` (CONFIRMED,
    TENTATIVE) tells the reader's calendar where their seat stands."""
    ical = icalendar.Calendar()
    ical.add("prodid", "-//ICLEI East Asia//Procura+ East Asia//EN")
    ical.add("version", "2.0")
    ical.add("x-wr-calname", _("EcoProcura events"))
    for event in events:
        component = vevent(event)
        if status:
            component.add("status", status)
        ical.add_component(component)
    ical.add_missing_timezones()
    return ical.to_ical()


def vevent(event: Event) -> icalendar.Event:
    url = settings.SITE_URL + event.get_absolute_url()
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@procura-east-asia")
    component.add("dtstamp", timezone.now())
    # In the event's own zone, so calendars show "9:00 Beijing time".
    component.add("dtstart", event.local(event.starts))
    component.add("dtend", event.local(event.ends))
    component.add("summary", event.title)
    component.add("description", f"{event.summary}\n\n{url}".strip())
    component.add("url", url)
    place = ", ".join(part for part in [event.venue, event.city] if part)
    if place:
        component.add("location", place)
    reminder = icalendar.Alarm()
    reminder.add("action", "DISPLAY")
    reminder.add("description", event.title)
    reminder.add("trigger", timedelta(days=-1))
    component.add_component(reminder)
    return component
