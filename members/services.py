"""What officials and staff do with a government's profile, and how officials join."""

import json
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from members import logos
from members.models import (
    Commitment,
    Invitation,
    MemberGovernment,
    Official,
    ProfileRevision,
    RevisionStatus,
    User,
)
from procura.languages import SWITCHER_LABELS
from procura.mail import send_in_language

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def localized(fields: list[str]) -> list[str]:
    """name -> name_en, name_ko, name_ja, name_zh_hans."""
    return [build_localized_fieldname(field, code) for field in fields for code in LANGUAGE_CODES]


# What an official may change; country, level, status and slug are the staff's.
TRANSLATED_PROFILE_FIELDS = ["name", "summary", "gpp_policy", "contact_position"]
PROFILE_FIELDS = [
    *localized(TRANSLATED_PROFILE_FIELDS),
    "website",
    "population",
    "latitude",
    "longitude",
    "contact_name",
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


def field_label(model, name: str) -> str:
    for code in LANGUAGE_CODES:
        suffix = "_" + code.replace("-", "_")
        if name.endswith(suffix):
            base = model._meta.get_field(name.removesuffix(suffix)).verbose_name
            return f"{base} ({SWITCHER_LABELS[code]})"
    return str(model._meta.get_field(name).verbose_name)


def compare(before: dict, after: dict) -> list[dict]:
    """Field-by-field differences between two proposals, for people to read."""
    rows = [
        {
            "field": field_label(MemberGovernment, name),
            "old": before["fields"].get(name),
            "new": value,
        }
        for name, value in after["fields"].items()
        if before["fields"].get(name) != value
    ]
    old_commitments = {commitment["id"]: commitment for commitment in before["commitments"]}
    kept = set()
    for commitment in after["commitments"]:
        old = old_commitments.get(commitment["id"], {})
        kept.add(commitment["id"])
        title = commitment["title_en"]
        for name in COMMITMENT_FIELDS:
            if old.get(name) != commitment[name]:
                label = f"{_('Commitment')} “{title}”: {field_label(Commitment, name)}"
                rows.append({"field": label, "old": old.get(name), "new": commitment[name]})
    for pk, commitment in old_commitments.items():
        if pk not in kept:
            label = f"{_('Commitment')} “{commitment['title_en']}”"
            rows.append({"field": label, "old": commitment["title_en"], "new": _("(removed)")})
    return rows


def set_logo(government: MemberGovernment, image) -> None:
    """Store `image`, already checked, in each size the pages use."""
    for field, content in logos.reencode(image, government.slug).items():
        getattr(government, field).save(content.name, content, save=False)


@transaction.atomic
def propose_revision(
    government: MemberGovernment, author: User, proposal: dict, logo=None
) -> ProfileRevision:
    """Keep an official's changes as the government's one pending revision."""
    revision = (
        ProfileRevision.objects.select_for_update()
        .filter(government=government, status=RevisionStatus.PENDING)
        .first()
    ) or ProfileRevision(government=government)
    revision.author = author
    revision.created = timezone.now()
    revision.proposal = {
        "fields": plain(proposal["fields"]),
        "commitments": [plain(commitment) for commitment in proposal["commitments"]],
    }
    if logo is not None:
        content = logos.reencode(logo, government.slug)["logo"]
        revision.logo.save(content.name, content, save=False)
    revision.save()
    return revision


def pending_changes(revision: ProfileRevision) -> list[dict]:
    rows = compare(snapshot(revision.government), revision.proposal)
    if revision.logo:
        rows.append({"field": _("Logo"), "old": "", "new": _("(new logo)")})
    return rows


@transaction.atomic
def approve_revision(revision: ProfileRevision, reviewer: User, comment: str = "") -> None:
    """Publish a pending revision and tell its author."""
    government = MemberGovernment.objects.select_for_update().get(pk=revision.government_id)
    revision.changes = pending_changes(revision)
    for name, value in revision.proposal["fields"].items():
        setattr(government, name, value)
    if revision.logo:
        set_logo(government, revision.logo)
    government.full_clean(exclude=["logo", "logo_small"])
    government.save()

    existing = {commitment.pk: commitment for commitment in government.commitments.all()}
    kept = set()
    for values in revision.proposal["commitments"]:
        values = dict(values)
        commitment = existing.get(values.pop("id")) or Commitment(government=government)
        for name, value in values.items():
            setattr(commitment, name, value)
        commitment.full_clean()
        commitment.save()
        kept.add(commitment.pk)
    government.commitments.exclude(pk__in=kept).delete()
    decide(revision, reviewer, RevisionStatus.APPROVED, comment)


@transaction.atomic
def reject_revision(revision: ProfileRevision, reviewer: User, comment: str = "") -> None:
    revision.changes = pending_changes(revision)
    decide(revision, reviewer, RevisionStatus.REJECTED, comment)


def decide(revision: ProfileRevision, reviewer: User, status: str, comment: str) -> None:
    revision.status = status
    revision.reviewer = reviewer
    revision.reviewed = timezone.now()
    revision.comment = comment
    revision.save()
    if revision.author:
        send_in_language(
            language_of(revision.author),
            f"members/email/revision_{status}",
            revision.author.email,
            {"revision": revision, "government": revision.government},
        )


def language_of(user: User) -> str:
    """The language every mail to this user is written in."""
    official = Official.objects.filter(user=user).first()
    return official.language if official else settings.LANGUAGE_CODE


def send_invitation(invitation: Invitation) -> Invitation:
    """Save the invitation with a fresh key and expiry, and mail its link."""
    fresh = Invitation(email=invitation.email.lower())
    invitation.email, invitation.key, invitation.expires = fresh.email, fresh.key, fresh.expires
    invitation.save()
    send_in_language(
        invitation.language,
        "members/email/invitation",
        invitation.email,
        {"invitation": invitation, "government": invitation.government},
    )
    return invitation


@transaction.atomic
def accept_invitation(invitation: Invitation, user: User, **official_fields) -> Official:
    """Make `user` an official of the invitation's government; the link is then used up."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.accepted or invitation.is_expired:
        raise ValueError("This invitation can no longer be used.")
    invitation.accepted = timezone.now()
    invitation.save(update_fields=["accepted"])
    # The click on the emailed link proves the address.
    EmailAddress.objects.update_or_create(
        user=user, email=invitation.email, defaults={"verified": True, "primary": True}
    )
    official, _created = Official.objects.update_or_create(
        user=user,
        defaults={
            "government": invitation.government,
            "language": invitation.language,
            **official_fields,
        },
    )
    return official


@transaction.atomic
def create_official_account(
    invitation: Invitation, *, first_name: str, last_name: str, password: str, position: str
) -> User:
    user = User.objects.create_user(
        email=invitation.email, password=password, first_name=first_name, last_name=last_name
    )
    accept_invitation(invitation, user, position=position)
    return user


def profile_edit_url(government: MemberGovernment) -> str:
    return reverse("members:edit", args=[government.slug])
