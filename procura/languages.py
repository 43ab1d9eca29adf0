"""The same page in every language of the portal."""

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import get_language

# Each language's name written in that language, by its code.
LANGUAGE_NAMES: dict[str, str] = dict(settings.LANGUAGES)

# The switcher shows these instead of the languages' names.
SWITCHER_LABELS = {"en": "EN", "ko": "KR", "ja": "JP", "zh-hans": "CN"}

# What joins a name to its position, or a venue to its city: ", " but for these.
PAIR_SEPARATORS = {"ja": "、", "zh-hans": "，"}


def in_every_language(*fields: str) -> list[str]:
    """The columns of translated `fields` in every language, for a query's only(): a field
    falls back to another language, which must be loaded too."""
    return [
        f"{field}_{code.replace('-', '_')}"
        for field in fields
        for code, _name in settings.LANGUAGES
    ]


@dataclass(frozen=True)
class LanguageLink:
    code: str
    label: str
    name: str
    url: str
    current: bool


def url_in_language(path: str, language: str) -> str:
    """The URL of `path` (with its query string) under another language's prefix.

    URL paths are the same in every language, so swapping the prefix is enough,
    and works for pages that do not resolve, such as a 404."""
    return f"/{language}{without_language_prefix(path)}"


def without_language_prefix(path: str) -> str:
    """The path under no prefix; never "//host", which a browser reads as another site."""
    return "/" + path.removeprefix(f"/{get_language()}/").lstrip("/")


def language_links(path: str) -> list[LanguageLink]:
    current = get_language()
    return [
        LanguageLink(
            code=code,
            label=SWITCHER_LABELS[code],
            name=name,
            url=url_in_language(path, code),
            current=code == current,
        )
        for code, name in settings.LANGUAGES
    ]
