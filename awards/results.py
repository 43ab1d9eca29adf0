"""Announcing an edition's results: the edition moves to its last phase and each applicant is
told their own result by mail, in their language, once."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import ngettext_lazy

from awards.models import RESULTS, Application, ApplicationStatus, AwardEdition, Phase
from members.models import Official
from procura.mail import send_in_language

UNDECIDED = ngettext_lazy(
    "%(count)d submitted application has no result yet: set its status (shortlisted, winner, "
    "runner-up, honourable mention or not selected) before announcing.",
    "%(count)d submitted applications have no result yet: set their status (shortlisted, "
    "winner, runner-up, honourable mention or not selected) before announcing.",
    "count",
)


def check_decided(edition: AwardEdition) -> None:
    """Refuse to announce while an application only says "submitted": its applicant would be
    told a result nobody decided."""
    count = Application.objects.filter(edition=edition, status=ApplicationStatus.SUBMITTED).count()
    if count:
        raise ValidationError(UNDECIDED, code="undecided", params={"count": count})


@transaction.atomic
def announce(edition: AwardEdition) -> int:
    """Announce the edition's results and mail each applicant theirs; returns how many mails
    went out. Announcing again mails only those not told yet."""
    edition = AwardEdition.objects.select_for_update().get(pk=edition.pk)
    check_decided(edition)
    if edition.phase != Phase.ANNOUNCED:
        edition.phase = Phase.ANNOUNCED
        edition.save(update_fields=["phase"])
    applications = list(
        Application.objects.submitted()
        .filter(edition=edition, result_mailed__isnull=True)
        .select_related("edition", "category", "government", "official__user")
        .select_for_update(of=("self",))
    )
    officials = officials_by_government(applications)
    for application in applications:
        for official in recipients(application, officials):
            send_in_language(
                official.language,
                "awards/email/result",
                official.user.email,
                {
                    "application": application,
                    "edition": edition,
                    "selected": application.status in RESULTS,
                },
            )
    Application.objects.filter(pk__in=[a.pk for a in applications]).update(
        result_mailed=timezone.now()
    )
    return sum(len(recipients(a, officials)) for a in applications)


def officials_by_government(applications: list[Application]) -> dict[int, list[Official]]:
    """The officials of the applicant governments, by government, in one query."""
    found: dict[int, list[Official]] = {}
    for official in Official.objects.filter(
        government__in={a.government_id for a in applications}
    ).select_related("user"):
        found.setdefault(official.government_id, []).append(official)
    return found


def recipients(application: Application, officials: dict[int, list[Official]]) -> list[Official]:
    """The official who submitted the application, while they still speak for its government;
    else every official of that government, so that the result reaches someone."""
    official = application.official
    if official is not None and official.government_id == application.government_id:
        return [official]
    return officials.get(application.government_id, [])
