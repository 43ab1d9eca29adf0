"""Sections that other apps add to a government's public profile.

The events app adds the events a government took part in, the awards app its
shortlisted and winning applications: each registers a template and a function
that gives the template its context, in a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass

from members.models import MemberGovernment


@dataclass(frozen=True)
class ProfileSection:
    template: str
    context: Callable[[MemberGovernment], dict]


SECTIONS: list[ProfileSection] = []


def register(template: str, context: Callable[[MemberGovernment], dict]) -> None:
    SECTIONS.append(ProfileSection(template, context))


def for_government(government: MemberGovernment) -> list[tuple[str, dict]]:
    """(template, context) of each section, in the order the apps registered them."""
    return [(section.template, section.context(government)) for section in SECTIONS]
