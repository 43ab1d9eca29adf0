"""The jury's work: scores, recusal, each jury member's progress and the ranking per category."""

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import fmean

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from awards.models import (
    Application,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
    Score,
)


def applications_for(edition: AwardEdition):
    """What the jury of `edition` sees: its applications that left the draft stage."""
    return (
        Application.objects.submitted()
        .filter(edition=edition)
        .select_related("category", "government")
        .order_by("category__order", "category__pk", "government__slug")
    )


@transaction.atomic
def save_scores(
    jury_member: JuryMember, application: Application, values: dict[int, tuple[int, str]]
) -> None:
    """Store a score and comment per criterion (criterion id -> (score, comment))."""
    if jury_member.is_recused_from(application):
        raise PermissionDenied(_("You are recused from the applications of your government."))
    if jury_member.edition.phase != Phase.JUDGING:
        raise PermissionDenied(_("The jury scores applications only while judging is under way."))
    criteria = set(application.category.criteria.values_list("pk", flat=True))
    for criterion_id, (value, comment) in values.items():
        if criterion_id not in criteria:
            raise PermissionDenied
        Score.objects.update_or_create(
            jury_member=jury_member,
            application=application,
            criterion_id=criterion_id,
            defaults={"value": value, "comment": comment},
        )


def scored_by(jury_member: JuryMember) -> dict[int, int]:
    """How many criteria the jury member has scored, per application."""
    return dict(
        jury_member.scores.values("application")
        .annotate(count=Count("id"))
        .values_list("application", "count")
    )


def criteria_counts(edition: AwardEdition) -> dict[int, int]:
    """How many criteria each category of the edition has."""
    return dict(
        AwardCategory.objects.filter(edition=edition)
        .annotate(count=Count("criteria"))
        .values_list("pk", "count")
    )


@dataclass
class Progress:
    jury_member: JuryMember
    scored: int
    expected: int
    recused: int


def progress(edition: AwardEdition) -> list[Progress]:
    """Per jury member: the applications fully scored, of those they are expected to score."""
    applications = list(applications_for(edition))
    criteria = criteria_counts(edition)
    counts = defaultdict(dict)
    for jury_id, application_id, count in (
        Score.objects.filter(jury_member__edition=edition)
        .values("jury_member", "application")
        .annotate(count=Count("id"))
        .values_list("jury_member", "application", "count")
    ):
        counts[jury_id][application_id] = count
    report = []
    for member in edition.jury.select_related("user__official", "government"):
        mine = [app for app in applications if not member.is_recused_from(app)]
        scored = sum(
            1 for app in mine if counts[member.pk].get(app.pk, 0) >= criteria[app.category_id] > 0
        )
        report.append(Progress(member, scored, len(mine), len(applications) - len(mine)))
    return report


@dataclass
class Ranked:
    application: Application
    averages: list[float | None]  # per criterion, in the category's order
    jurors: int  # who scored every criterion: a draft counts once it is complete
    overall: float | None = field(init=False)

    def __post_init__(self):
        given = [average for average in self.averages if average is not None]
        self.overall = round(fmean(given), 2) if given else None


def complete_scores(edition: AwardEdition, applications: list[Application]) -> dict:
    """The scores of the jury members who scored every criterion of an application, as
    {(application id, criterion id): [values]}: a draft with criteria left weighs nothing."""
    needed = criteria_counts(edition)
    category = {application.pk: application.category_id for application in applications}
    given = defaultdict(list)
    for row in Score.objects.filter(application__in=list(category)).values_list(
        "jury_member", "application", "criterion", "value"
    ):
        given[row[:2]].append(row[2:])
    values = defaultdict(list)
    for (_jury_member, application), scores in given.items():
        if len(scores) >= needed[category[application]] > 0:
            for criterion, value in scores:
                values[application, criterion].append(value)
    return values


def ranking(
    edition: AwardEdition,
) -> list[tuple[AwardCategory, list[Criterion], list[Ranked], list[Ranked]]]:
    """Per category, its criteria, its scored applications best average first, and apart
    those nobody has fully scored yet, which have no rank. The overall average weighs every
    criterion equally."""
    applications = list(applications_for(edition))
    values = complete_scores(edition, applications)
    by_category = defaultdict(list)
    for application in applications:
        by_category[application.category_id].append(application)
    result = []
    for category in edition.categories.prefetch_related("criteria"):
        criteria = list(category.criteria.all())
        rows = [ranked(application, criteria, values) for application in by_category[category.pk]]
        scored = sorted((row for row in rows if row.jurors), key=lambda row: -row.overall)
        result.append((category, criteria, scored, [row for row in rows if not row.jurors]))
    return result


def ranked(application: Application, criteria: list[Criterion], values: dict) -> Ranked:
    cells = [values.get((application.pk, criterion.pk), []) for criterion in criteria]
    return Ranked(
        application,
        [round(fmean(cell), 2) if cell else None for cell in cells],
        max((len(cell) for cell in cells), default=0),
    )
