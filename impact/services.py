"""What officials and staff do with impact reports: save drafts, submit, validate, return and
correct them, and the mails that tell the other side."""

from decimal import Decimal

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from impact.models import (
    CommitmentTarget,
    EmissionFactor,
    Evidence,
    Method,
    Report,
    ReportLine,
    ReportStatus,
)
from members.models import MemberGovernment, User
from procura.mail import send_in_language
from procura.uploads import store

RETURN_NEEDS_A_COMMENT = _(
    "Say what to correct: the officials read this comment with the report, which comes back "
    "to them as a draft."
)


class Conflict(Exception):
    """Someone saved, submitted or had the report reviewed since the form was opened."""

    def __init__(self, report: Report):
        super().__init__("The report changed since the form was opened.")
        self.report = report


def current_report(government: MemberGovernment, year: int) -> Report | None:
    """The newest version of the government's report for `year`."""
    return (
        Report.objects.filter(government=government, year=year)
        .select_related("government", "updated_by", "submitted_by")
        .order_by("-number")
        .first()
    )


def locked_current(government: MemberGovernment, year: int) -> Report | None:
    return (
        Report.objects.select_for_update()
        .filter(government=government, year=year)
        .order_by("-number")
        .first()
    )


def compute(line: ReportLine, factors: list[EmissionFactor], country: str, year: int) -> None:
    """Fill in what the line saved, by the method it names."""
    line.factor = None
    line.co2e_avoided = line.energy_saved = None
    if line.method == Method.TENDER:
        if line.baseline_co2e is not None and line.awarded_co2e is not None:
            line.co2e_avoided = line.baseline_co2e - line.awarded_co2e
        if line.baseline_energy is not None and line.awarded_energy is not None:
            line.energy_saved = line.baseline_energy - line.awarded_energy
    elif line.method == Method.EMISSION_FACTOR and line.green_units is not None:
        line.factor = factor_for(line, factors, country, year)
        if line.factor is not None:
            line.co2e_avoided = round(line.green_units * line.factor.co2e_per_unit, 3)
            line.energy_saved = round(line.green_units * line.factor.energy_per_unit, 3)


def factor_for(line, factors, country: str, year: int) -> EmissionFactor | None:
    """The factor of the line's group, country and unit for the year, else the latest one
    before it, else the earliest one after it."""
    fitting = [
        factor
        for factor in factors
        if factor.product_group_id == line.product_group_id
        and factor.country == country
        and factor.unit == line.unit
    ]
    before = [factor for factor in fitting if factor.year <= year]
    if before:
        return max(before, key=lambda factor: factor.year)
    return min(fitting, key=lambda factor: factor.year, default=None)


def compute_all(report: Report, lines: list[ReportLine]) -> None:
    factors = list(EmissionFactor.objects.filter(country=report.government.country))
    for line in lines:
        compute(line, factors, report.government.country, report.year)


@transaction.atomic
def save_draft(
    government: MemberGovernment,
    year: int,
    author: User,
    *,
    edits: int | None,
    currency: str,
    lines: list[dict],
    evidence=(),
) -> Report:
    """Replace the draft's currency and lines, or start the year's report; `edits` is what the
    form was opened with (None for a year without a report). Raises Conflict if the report
    was saved or moved on since."""
    # Two first saves of a year at once: the government's row makes the second one wait,
    # then find the first one's report.
    MemberGovernment.objects.select_for_update().filter(pk=government.pk).first()
    report = locked_current(government, year)
    if report is None:
        if edits is not None:
            raise Conflict(Report(government=government, year=year))
        report = Report(government=government, year=year)
    elif report.status != ReportStatus.DRAFT or report.edits != edits:
        raise Conflict(report)
    report.currency = currency
    report.updated_by = author
    report.edits += 1
    report.full_clean(exclude=["government"])
    report.save()
    report.lines.all().delete()
    new_lines = [ReportLine(report=report, **values) for values in lines]
    compute_all(report, new_lines)
    ReportLine.objects.bulk_create(new_lines)
    for upload in evidence:
        attach(report, upload)
    return report


def attach(report: Report, upload) -> Evidence:
    evidence = Evidence(report=report, name=upload.name[:200])
    store(evidence, {"file": upload})
    evidence.save()
    return evidence


@transaction.atomic
def submit(report: Report, author: User, edits: int) -> Report:
    """Hand the draft to staff for review, and tell the reviewers."""
    locked = Report.objects.select_for_update().get(pk=report.pk)
    if locked.status != ReportStatus.DRAFT or locked.edits != edits:
        raise Conflict(locked)
    if not locked.lines.exists():
        raise ValidationError(_("Add at least one line before submitting the report."))
    locked.status = ReportStatus.SUBMITTED
    locked.submitted, locked.submitted_by = timezone.now(), author
    locked.edits += 1
    locked.save()
    tell_reviewers(locked)
    return locked


def reviewers() -> list[User]:
    """Active staff who may validate or return impact reports, superusers included."""
    return list(
        ModelBackend()
        .with_perm("impact.review_report", is_active=True, include_superusers=True)
        .filter(is_staff=True)
        .select_related("official")
    )


def tell_reviewers(report: Report) -> None:
    for reviewer in reviewers():
        official = getattr(reviewer, "official", None)
        send_in_language(
            official.language if official else settings.LANGUAGE_CODE,
            "impact/email/report_submitted",
            reviewer.email,
            {"report": report, "government": report.government},
        )


def lock_submitted(report: Report) -> Report:
    """Two reviewers deciding at once: the second one stops here, with Conflict."""
    locked = Report.objects.select_for_update().filter(pk=report.pk).first()
    if locked is None or locked.status != ReportStatus.SUBMITTED:
        raise Conflict(locked or report)
    return locked


@transaction.atomic
def validate(report: Report, reviewer: User, comment: str = "") -> Report:
    """Lock the submitted version and make it the one the public figures count."""
    locked = lock_submitted(report)
    lines = list(locked.lines.all())
    compute_all(locked, lines)
    ReportLine.objects.bulk_update(lines, ["co2e_avoided", "energy_saved", "factor"])
    Report.objects.filter(government=locked.government_id, year=locked.year).exclude(
        pk=locked.pk
    ).update(published=False)
    locked.published = True
    decide(locked, reviewer, ReportStatus.VALIDATED, comment)
    return locked


@transaction.atomic
def return_report(report: Report, reviewer: User, comment: str) -> Report:
    """Keep the submitted version as history, unpublished, and give the officials a new draft
    of it to correct: a comment saying what is required."""
    if not comment.strip():
        raise ValidationError({"comment": ValidationError(RETURN_NEEDS_A_COMMENT, "required")})
    locked = lock_submitted(report)
    decide(locked, reviewer, ReportStatus.RETURNED, comment)
    new_version(locked)
    return locked


@transaction.atomic
def reopen(report: Report, author: User) -> Report:
    """A new draft from the validated version, to correct it; the validated one stays public
    until the correction is validated. Raises Conflict if a correction is open already."""
    # Two presses at once: the government's row makes the second one wait, then find the
    # first one's draft (locking the validated row alone, it would copy it again).
    MemberGovernment.objects.select_for_update().filter(pk=report.government_id).first()
    locked = locked_current(report.government, report.year)
    if locked is None or locked.pk != report.pk or locked.status != ReportStatus.VALIDATED:
        raise Conflict(locked or report)
    draft = new_version(locked)
    draft.updated_by = author
    draft.save()
    return draft


def new_version(report: Report) -> Report:
    """A draft copy of `report`, its lines and its evidence, as the next version."""
    draft = Report.objects.create(
        government=report.government,
        year=report.year,
        number=report.number + 1,
        currency=report.currency,
        comment=report.comment if report.status == ReportStatus.RETURNED else "",
    )
    lines = list(report.lines.all())
    for line in lines:
        line.pk, line.report = None, draft
    ReportLine.objects.bulk_create(lines)
    Evidence.objects.bulk_create(
        Evidence(report=draft, file=item.file.name, name=item.name, uploaded=item.uploaded)
        for item in report.evidence.all()
    )
    return draft


def decide(report: Report, reviewer: User, status: str, comment: str) -> None:
    report.status = status
    report.reviewer = reviewer
    report.reviewed = timezone.now()
    report.comment = comment
    report.save()
    for official in report.government.officials.select_related("user"):
        send_in_language(
            official.language,
            f"impact/email/report_{status}",
            official.user.email,
            {"report": report, "government": report.government},
        )


def totals(lines: list[ReportLine]) -> dict[str, Decimal | None]:
    """The sums of a report's lines, for its page."""

    def total(name):
        values = [getattr(line, name) for line in lines if getattr(line, name) is not None]
        return sum(values) if values else None

    return {
        name: total(name) for name in ["green_spend", "total_spend", "co2e_avoided", "energy_saved"]
    }


@transaction.atomic
def set_targets(targets: dict) -> None:
    """Measure each commitment by the indicator given, or no longer if none is."""
    for commitment, values in targets.items():
        if not values.get("indicator"):
            CommitmentTarget.objects.filter(commitment=commitment).delete()
            continue
        CommitmentTarget.objects.update_or_create(
            commitment=commitment,
            defaults={
                "indicator": values["indicator"],
                "product_group": values["product_group"],
                "target_value": values["target_value"],
            },
        )
