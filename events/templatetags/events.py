"""Template filters of the events pages."""

import markdown as markdown_lib
import nh3
from django import template
from django.utils import formats
from django.utils.safestring import mark_safe

from procura.templatetags.procura import date_range

register = template.Library()

# What staff may use in descriptions; everything else (scripts, styles, iframes,
# event handlers, javascript: links) is removed.
TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code"}


@register.filter
def markdown(text: str) -> str:
    html = markdown_lib.markdown(text or "")
    return mark_safe(
        nh3.clean(
            html,
            tags=TAGS,
            attributes={"a": {"href", "title"}},
            url_schemes={"http", "https", "mailto"},
            link_rel="noopener noreferrer",
        )
    )


@register.simple_tag
def event_dates(event) -> str:
    """The event's days, in its own time zone and the reader's locale: 30–31 October 2014."""
    return date_range(event.local(event.starts).date(), event.local(event.ends).date())


@register.filter
def local_time(moment, event) -> str:
    """A time of the event, on the clock of the place where it happens."""
    return formats.time_format(event.local(moment), "TIME_FORMAT")
