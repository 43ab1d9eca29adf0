"""Sections that apps add to another app's public page.

A member government's profile shows the events it took part in and its awards; an event's
page and an award year can show the news about them. The app that owns the content
registers, for a kind of page ("member", "event", "award_edition"), a template and a
function that gives the template its context from the page's object, in a fixed number
of queries. The page's app renders them in their order, then in the order they were
registered, without knowing the apps that add them.

The home page is made the same way: its key figures ("home_figures") and its blocks
("home") come from the apps, whose object is None.

Each section names the kinds of content it shows: a cached page goes stale when any of its
sections' kinds changes, and an anonymous visitor's page that misses the cache takes a
section unchanged since from the cache as a fragment (procura.caching.fragment), its
context's queries not even run.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import SimpleLazyObject


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


@dataclass(frozen=True)
class Shown:
    """A section as a page shows it: its context is worked out when first read."""

    template: str
    context: Any
    kinds: tuple[str, ...]
    # Names its fragment: the kind of page, its object and the section.
    name: str


def for_page(page: str, obj) -> list[Shown]:
    """The sections of that kind of page for `obj`, in their order."""
    return [
        Shown(
            section.template,
            SimpleLazyObject(lambda section=section: section.context(obj)),
            section.kinds,
            f"{page}:{getattr(obj, 'pk', '')}:{section.template}",
        )
        for section in SECTIONS.get(page, [])
    ]
