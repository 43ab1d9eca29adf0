"""What officials and staff do with a government's profile, and how officials join."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
from members.revisions import changes, plain
from procura.mail import send_in_language
from procura.uploads import delete_on_commit, removed_on_failure, store


def set_logo(government: MemberGovernment, image) -> None:
    """Store `image`, already checked, in each size the pages use; the files the row named
    before go once the change is committed."""
    remove_logo(government)
    store(government, logos.reencode(image, government.slug))


def remove_logo(government: MemberGovernment) -> None:
    """Take the logo off the profile in every size; its files go once the change is committed."""
    for field_file in stored_logos(government):
        delete_on_commit(field_file)
    for field in logos.SIZES:
        setattr(government, field, "")


def stored_logos(government: MemberGovernment) -> list[FieldFile]:
    """The logo files the government's row names, whatever the instance holds: the admin's
    form has put the raw upload there. The row stays locked, so no other save replaces them."""
    stored = (
        MemberGovernment.objects.select_for_update()
        .filter(pk=government.pk)
        .values(*logos.SIZES)
        .first()
    ) or {}  # a government being added has none
    return [
        FieldFile(government, MemberGovernment._meta.get_field(field), name)
        for field, name in stored.items()
    ]


def propose_revision(
    government: MemberGovernment, author: User, proposal: dict, logo=None
) -> ProfileRevision:
    """Keep an official's changes as the government's one pending revision; a new logo
    replaces the one proposed before, whose file goes."""
    # Re-encoded in memory before the revision is locked.
    proposed = logos.reencode(logo, government.slug, proposal=True) if logo is not None else {}
    with removed_on_failure(), transaction.atomic():
        return keep_revision(government, author, proposal, proposed)


def keep_revision(
    government: MemberGovernment, author: User, proposal: dict, proposed: dict
) -> ProfileRevision:
    """The body of `propose_revision`, within its transaction."""
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
    if proposed:
        # The proposal's own file, never the published logo: approving re-encodes it anew.
        delete_on_commit(revision.logo)
        store(revision, proposed)
    revision.save()
    tell_reviewers(revision)
    return revision


def reviewers() -> list[User]:
    """Active staff who may approve or reject profile revisions, superusers included."""
    return list(
        ModelBackend()
        .with_perm("members.review_profilerevision", is_active=True, include_superusers=True)
        .filter(is_staff=True)
        .select_related("official")
    )


def tell_reviewers(revision: ProfileRevision) -> None:
    """Mail each reviewer, in their language, that a revision awaits them, with its page."""
    for reviewer in reviewers():
        official = getattr(reviewer, "official", None)
        send_in_language(
            official.language if official else settings.LANGUAGE_CODE,
            "members/email/revision_submitted",
            reviewer.email,
            {"revision": revision, "government": revision.government},
        )


@removed_on_failure()
@transaction.atomic
def approve_revision(revision: ProfileRevision, reviewer: User, comment: str = "") -> None:
    """Publish a pending revision and tell its author."""
    lock_pending(revision)
    government = MemberGovernment.objects.select_for_update().get(pk=revision.government_id)
    revision.changes = changes(revision)
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


REJECTION_NEEDS_A_COMMENT = _(
    "Say why the changes are not published: the official reads this comment with the "
    "decision, and their proposal comes back to them to revise."
)


@transaction.atomic
def reject_revision(revision: ProfileRevision, reviewer: User, comment: str) -> None:
    """Keep a pending revision unpublished and tell its author why: a comment is required."""
    if not comment.strip():
        raise ValidationError(
            {"comment": ValidationError(REJECTION_NEEDS_A_COMMENT, code="required")}
        )
    lock_pending(revision)
    revision.changes = changes(revision)
    decide(revision, reviewer, RevisionStatus.REJECTED, comment)


def lock_pending(revision: ProfileRevision) -> None:
    """Two reviewers deciding at once: the second one stops here."""
    pending = ProfileRevision.objects.select_for_update().filter(
        pk=revision.pk, status=RevisionStatus.PENDING
    )
    if not pending.exists():
        raise ValueError("This revision has already been reviewed.")


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


OFFICIAL_OF_ANOTHER_GOVERNMENT = _(
    "The address %(email)s belongs to an official of %(government)s, and an account speaks for "
    "one government only. To move it, first remove it from the officials of %(government)s "
    "(Members › Officials), then invite it again."
)
ACCOUNT_OF_ANOTHER_GOVERNMENT = _(
    "Your account is an official of %(government)s, and an account speaks for one government "
    "only. Please ask ICLEI East Asia to move it."
)


def official_elsewhere(email: str, government: MemberGovernment) -> Official | None:
    """The official with this address if they speak for another government than `government`."""
    return (
        Official.objects.select_related("government")
        .filter(user__email__iexact=email)
        .exclude(government=government)
        .first()
    )


def check_invitable(email: str, government: MemberGovernment) -> None:
    """Refuse to invite an official of another government: accepting would move them silently."""
    official = official_elsewhere(email, government)
    if official is not None:
        raise ValidationError(
            OFFICIAL_OF_ANOTHER_GOVERNMENT,
            code="official_elsewhere",
            params={"email": email, "government": official.government.name},
        )


def send_invitation(invitation: Invitation) -> Invitation:
    """Save the invitation with a fresh key and expiry, and mail its link; an official of
    another government is not invited (ValidationError)."""
    check_invitable(invitation.email, invitation.government)
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
    # The account may have become another government's official since it was invited.
    elsewhere = official_elsewhere(user.email, invitation.government)
    if elsewhere is not None:
        raise ValidationError(
            ACCOUNT_OF_ANOTHER_GOVERNMENT,
            code="official_elsewhere",
            params={"government": elsewhere.government.name},
        )
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
    invitation: Invitation, *, name: str, password: str, position: str
) -> User:
    """The account of someone invited, named in the language of the page they joined on."""
    user = User.objects.create_user(email=invitation.email, password=password, name=name)
    accept_invitation(invitation, user, position=position)
    return user
