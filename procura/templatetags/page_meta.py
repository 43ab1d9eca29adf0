"""What a page says about itself to other sites (Open Graph, Twitter cards): its title and
description are the ones its template already writes for <title> and the description."""

from django import template
from django.template.loader_tags import BLOCK_CONTEXT_KEY
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from procura.site import absolute_url

register = template.Library()

# Open Graph names a locale by language and territory.
OPEN_GRAPH_LOCALES = {"en": "en_GB", "ko": "ko_KR", "ja": "ja_JP", "zh-hans": "zh_CN"}


@register.simple_tag(takes_context=True)
def block_text(context, name: str) -> str:
    """The text of the template's block `name` as the page renders it, the page's own
    version over its parents' ({{ block.super }} included), as one line of text. The block
    is rendered with the page's escaping, so its text is safe in an attribute."""
    blocks = context.render_context.get(BLOCK_CONTEXT_KEY)
    block = blocks.get_block(name) if blocks is not None else None
    if block is None:
        return ""
    return mark_safe(" ".join(strip_tags(block.render(context)).split()))


@register.simple_tag
def open_graph_locale(code: str | None = None) -> str:
    return OPEN_GRAPH_LOCALES.get(code or get_language(), "en_GB")


@register.simple_tag
def open_graph_alternate_locales() -> list[str]:
    current = get_language()
    return [locale for code, locale in OPEN_GRAPH_LOCALES.items() if code != current]


@register.simple_tag
def on_site(path: str) -> str:
    """`path` on SITE_URL: a cached page names the portal's own address, whatever host it
    was asked on."""
    return absolute_url(path)


@register.simple_tag(takes_context=True)
def page_url(context) -> str:
    """The page's address on SITE_URL, without its query string."""
    request = context.get("request")
    return absolute_url(request.path) if request is not None else ""
