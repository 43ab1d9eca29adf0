"""Template tags shared by every page."""

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext
from modeltranslation.utils import build_localized_fieldname, resolution_order

from procura.languages import language_links, without_language_prefix
from procura.site import absolute_url
from procura.text import sanitized_markdown

register = template.Library()


@register.filter
def markdown(text: str) -> str:
    return mark_safe(sanitized_markdown(text))


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    return {"links": language_links(request.get_full_path() if request else "/")}


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context):
    """<link rel="alternate" hreflang> for each language, on SITE_URL (the page may be cached
    and shown to visitors of every host); x-default is the path without a prefix, which
    redirects to the visitor's best language."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    links = language_links(request.path)
    return {
        "links": [(link.code, absolute_url(link.url)) for link in links],
        "default": absolute_url(without_language_prefix(request.path)),
    }


@register.simple_tag
def date_range(start, end):
    """Two dates as one range in the active locale: 30–31 October 2014, 2014年10月30日～31日."""
    if start == end:
        return formats.date_format(start, "DATE_FORMAT")
    if (start.year, start.month) == (end.year, end.month):
        start_format = pgettext("date range within one month: first day", "j")
        end_format = pgettext("date range within one month: last day", "j F Y")
    elif start.year == end.year:
        start_format = pgettext("date range within one year: first day", "j F")
        end_format = pgettext("date range within one year: last day", "j F Y")
    else:
        start_format = end_format = "DATE_FORMAT"
    separator = pgettext("between the first and last day of a date range", "–")
    return (
        formats.date_format(start, start_format) + separator + formats.date_format(end, end_format)
    )


@register.simple_tag
def fallback_lang(instance, field: str):
    """` lang="…"` where a translated field has no text in the active language, naming the
    language of the fallback shown instead: screen readers and fonts then treat it right."""
    language = get_language()
    if getattr(instance, build_localized_fieldname(field, language)):
        return ""
    fallbacks = getattr(type(instance), field).fallback_languages
    for code in resolution_order(language, fallbacks)[1:]:
        if getattr(instance, build_localized_fieldname(field, code)):
            return format_html(' lang="{}"', code)
    return ""
