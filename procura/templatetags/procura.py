"""Template tags shared by every page."""

from functools import cache

from babel.lists import format_list
from django import forms, template
from django.utils import formats
from django.utils.encoding import force_str
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, resolution_order

from procura import caching, numbers, zones
from procura.languages import (
    PAIR_SEPARATORS,
    SWITCHER_LABELS,
    language_links,
    without_language_prefix,
)
from procura.site import absolute_url
from procura.text import sanitized_markdown

register = template.Library()


@register.filter(needs_autoescape=True)
def listing(items, style: str = "standard", autoescape=True) -> str:
    """The items as the reader's language lists them: "A, B and C", "A、B、C", "A、B和C";
    with "or", the alternatives: "A or B", "AまたはB", "A或B"."""
    escape = conditional_escape if autoescape else str
    written = [escape(str(item)) for item in items]
    locale = numbers.babel_locale(numbers.language())
    return mark_safe(format_list(written, style=style, locale=locale))


@register.simple_tag
def switcher_labels() -> dict[str, str]:
    """EN, KR, JP, CN by language code: the one set of labels of the site and the admin."""
    return SWITCHER_LABELS


@register.simple_tag
def comma() -> str:
    """What joins a name to its position or a venue to its city: ", ", "、" or "，"."""
    return PAIR_SEPARATORS.get(get_language(), ", ")


@register.filter
def zone_name(zone: str) -> str:
    return zones.zone_name(zone)


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


# The note after a text shown in another language than the page's, by that language.
FALLBACK_NOTES = {
    "en": _("in English"),
    "ko": _("in Korean"),
    "ja": _("in Japanese"),
    "zh-hans": _("in Chinese"),
}


@register.simple_tag
def fallback_lang(instance, field: str):
    """` lang="…"` where a translated field has no text in the active language, naming the
    language of the fallback shown instead: screen readers and fonts then treat it right; and
    the note the stylesheet shows after it ("in English"), in the reader's language."""
    language = get_language()
    if getattr(instance, build_localized_fieldname(field, language)):
        return ""
    fallbacks = getattr(type(instance), field).fallback_languages
    for code in resolution_order(language, fallbacks)[1:]:
        if getattr(instance, build_localized_fieldname(field, code)):
            return format_html(' lang="{}" data-fallback="{}"', code, FALLBACK_NOTES[code])
    return ""


@register.simple_tag(takes_context=True)
def section(context, shown):
    """A section of the page (procura.sections.Shown): for an anonymous visitor, from the
    cache while the kinds of content it shows are unchanged."""

    def render():
        with context.push(section=shown.context):
            return context.template.engine.get_template(shown.template).render(context)

    if not shown.kinds:
        return render()
    return caching.fragment(context.get("request"), shown.kinds, shown.name, render)


class FragmentNode(template.Node):
    def __init__(self, nodelist, parts, kinds):
        self.nodelist, self.parts, self.kinds = nodelist, parts, kinds

    def render(self, context):
        name = ":".join(str(part.resolve(context)) for part in self.parts)
        kinds = self.kinds.resolve(context).split()
        return caching.fragment(
            context.get("request"), kinds, name, lambda: self.nodelist.render(context)
        )


@register.tag
def fragment(parser, token):
    """{% fragment "name" obj.pk shows="events members" %}…{% endfragment %}: a part of a
    public page kept in the cache while the kinds of content it shows are unchanged (see
    procura.caching.fragment). Querysets its context holds are only run when it is rendered."""
    bits = token.split_contents()
    if len(bits) < 3 or not bits[-1].startswith("shows="):
        raise template.TemplateSyntaxError(
            '{% fragment "name" [key ...] shows="kind ..." %} needs a name and its kinds.'
        )
    parts = [parser.compile_filter(bit) for bit in bits[1:-1]]
    kinds = parser.compile_filter(bits[-1].removeprefix("shows="))
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parts, kinds)


@register.filter
def display(instance, field: str):
    """The label of a field's choice, as `get_FOO_display` gives it, but without hashing
    every lazily translated label of the field's choices at each call."""
    value = getattr(instance, field)
    return force_str(choice_labels(type(instance), field).get(value, value), strings_only=True)


@cache
def choice_labels(model, field: str) -> dict:
    return dict(model._meta.get_field(field).flatchoices)


@register.filter
def quick_widget(field: forms.BoundField) -> str:
    """The field's widget as Django renders it, but a select without rendering a template for
    each of its options, which costs a filter form a few milliseconds on every page."""
    widget = field.field.widget
    if type(widget) is not forms.Select or field.field.localize:
        return field.as_widget()
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    if any(group_name for group_name, _options, _index in context["optgroups"]):
        return field.as_widget()
    options = format_html_join(
        "",
        '\n  <option value="{}"{}>{}</option>\n',
        (
            (option["value"], attributes(option["attrs"]), option["label"])
            for _name, group, _index in context["optgroups"]
            for option in group
        ),
    )
    return format_html(
        '<select name="{}"{}>{}\n</select>', context["name"], attributes(context["attrs"]), options
    )


def attributes(attrs: dict) -> str:
    """HTML attributes as Django's widgets write them: a True value by its name alone."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html(" {}", name) if value is True else format_html(' {}="{}"', name, value),)
            for name, value in attrs.items()
            if value is not False
        ),
    )


@register.filter
def initials(name: str) -> str:
    """What a portrait shows for someone without a photo: "Hannah Park" -> "HP"; a name
    written without spaces in Chinese, Japanese or Korean shows its first character, the
    family name (李明 -> 李, 손봉희 -> 손)."""
    words = str(name).split()
    if not words:
        return ""
    if len(words) == 1 or not words[0].isascii():
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()
