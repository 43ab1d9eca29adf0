"""Template filters of the events pages."""

from django import template
from django.utils import formats

from procura.templatetags.procura import date_range

register = template.Library()


@register.simple_tag
def event_dates(event) -> str:
    """The event's days, in its own time zone and the reader's locale: 30–31 October 2014."""
    return date_range(event.local(event.starts).date(), event.local(event.ends).date())


@register.filter
def local_time(moment, event) -> str:
    """A time of the event, on the clock of the place where it happens."""
    return formats.time_format(event.local(moment), "TIME_FORMAT")
