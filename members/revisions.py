"""A revision's proposal (the whole editable profile) and what it changes.

A proposal is {"fields": {...}, "commitments": [{"id": ..., ...}, ...]} in JSON
types. Changes are stored with field names, not labels, so that staff read the
history in their own language.
"""

import json
from decimal import Decimal

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from members.models import Commitment, MemberGovernment, ProfileRevision
from procura.languages import SWITCHER_LABELS, in_every_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def localized(fields: list[str]) -> list[str]:
    """name -> name_en, name_ko, name_ja, name_zh_hans."""
    return in_every_language(*fields)


# What an official may change; country, level, status and slug are the staff's.
TRANSLATED_PROFILE_FIELDS = ["name", "summary", "gpp_policy", "contact_name", "contact_position"]
PROFILE_FIELDS = [
    *localized(TRANSLATED_PROFILE_FIELDS),
    "website",
    "population",
    "latitude",
    "longitude",
    "contact_email",
    "contact_phone",
    "publish_contact",
]
TRANSLATED_COMMITMENT_FIELDS = ["title", "description"]
COMMITMENT_FIELDS = [
    *localized(TRANSLATED_COMMITMENT_FIELDS),
    "target_year",
    "status",
    "target_value",
    "unit",
]
TRANSLATED_NAMES = set(localized(TRANSLATED_PROFILE_FIELDS + TRANSLATED_COMMITMENT_FIELDS))


def plain(values: dict) -> dict:
    """Values as a revision stores them: JSON types, and "" for every empty text."""
    values = {
        name: (value or "")
        if name in TRANSLATED_NAMES
        else format(value.normalize(), "f")
        if isinstance(value, Decimal)
        else value
        for name, value in values.items()
    }
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


def snapshot(government: MemberGovernment) -> dict:
    """The published profile, in the shape of a revision's proposal."""
    return {
        "fields": plain({name: getattr(government, name) for name in PROFILE_FIELDS}),
        "commitments": [
            {
                "id": commitment.pk,
                **plain({name: getattr(commitment, name) for name in COMMITMENT_FIELDS}),
            }
            for commitment in government.commitments.all()
        ],
    }


def compare(before: dict, after: dict) -> list[dict]:
    """Field-by-field differences between two proposals, in the form's order."""
    rows = [
        {"field": name, "old": before["fields"].get(name), "new": after["fields"][name]}
        for name in PROFILE_FIELDS
        if before["fields"].get(name) != after["fields"][name]
    ]
    old_commitments = {commitment["id"]: commitment for commitment in before["commitments"]}
    for commitment in after["commitments"]:
        old = old_commitments.pop(commitment["id"], None)
        rows += [
            {
                "commitment": commitment["title_en"],
                "field": name,
                "old": (old or {}).get(name),
                "new": commitment[name],
            }
            for name in COMMITMENT_FIELDS
            # A new commitment lists only what it has.
            if (old or {}).get(name) != commitment[name]
            and (old or commitment[name] not in ("", None))
        ]
    rows += [
        {"commitment": removed["title_en"], "field": None, "old": removed["title_en"], "new": None}
        for removed in old_commitments.values()
    ]
    return rows


def changes(revision: ProfileRevision) -> list[dict]:
    """What approving `revision` would change on the published profile."""
    rows = compare(snapshot(revision.government), revision.proposal)
    if revision.logo:
        rows.append({"field": "logo", "old": None, "new": revision.logo.name})
    return rows


def describe(row: dict) -> tuple[str, str, str]:
    """A change as staff read it, in the active language: (what, before, after)."""
    model = Commitment if "commitment" in row else MemberGovernment
    if row["field"] is None:
        return (
            _("Commitment “%(title)s”") % {"title": row["commitment"]},
            row["old"],
            _("(removed)"),
        )
    label, field = field_label(model, row["field"])
    if "commitment" in row:
        label = _("Commitment “%(title)s”: %(field)s") % {
            "title": row["commitment"],
            "field": label,
        }
    choices = dict(field.choices or [])
    return (
        label,
        display(choices.get(row["old"], row["old"])),
        display(choices.get(row["new"], row["new"])),
    )


def field_label(model, name: str):
    """ "Summary (KR)" for summary_ko; the field's own name otherwise."""
    for code in LANGUAGE_CODES:
        suffix = "_" + code.replace("-", "_")
        if name.endswith(suffix):
            field = model._meta.get_field(name.removesuffix(suffix))
            return f"{capfirst(field.verbose_name)} ({SWITCHER_LABELS[code]})", field
    field = model._meta.get_field(name)
    return capfirst(field.verbose_name), field


def display(value) -> str:
    if value in (None, ""):
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)
