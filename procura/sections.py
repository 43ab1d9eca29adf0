"""Sections that apps add to another app's public page.

A member government's profile shows the events it took part in and its awards; an event's
page and an award year can show the news about them. The app that owns the content
registers, for a kind of page ("member", "event", "award_edition"), a template and a
function that gives the template its context from the page's object, in a fixed number
of queries. The page's app renders them in their order, then in the order they were
registered, without knowing the apps that add them.

The home page is made the same way: its key figures ("home_figures") and its blocks
("home") come from the apps, whose object is None; each names the kinds of content it
shows, so that the cached home page goes stale when any of them changes.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Section:
    template: str
    context: Callable[[Any], dict]
    kinds: tuple[str, ...] = ()
    order: int = 0


SECTIONS: dict[str, list[Section]] = {}


def register(
    page: str,
    template: str,
    context: Callable[[Any], dict],
    kinds: tuple[str, ...] = (),
    order: int = 0,
) -> None:
    """`order` places the section among those of other apps (lowest first)."""
    SECTIONS.setdefault(page, []).append(Section(template, context, kinds, order))
    SECTIONS[page].sort(key=lambda section: section.order)


def kinds(*pages: str) -> set[str]:
    """The kinds of content the sections of those pages show."""
    return {kind for page in pages for section in SECTIONS.get(page, []) for kind in section.kinds}


def for_page(page: str, obj) -> list[tuple[str, dict]]:
    """(template, context) of each section of that kind of page, in registration order."""
    return [(section.template, section.context(obj)) for section in SECTIONS.get(page, [])]
