"""Template filters of the resource library."""

from django import template
from django.conf import settings

register = template.Library()

LANGUAGE_NAMES = dict(settings.LANGUAGES)


@register.filter
def language_name(code: str) -> str:
    """A language's name written in that language, as the language switcher shows it."""
    return LANGUAGE_NAMES.get(code, code)
