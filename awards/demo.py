"""Demo content of the awards: an announced edition with its winners and case studies in the
four languages, last year's edition in judging, and this year's call, open since a month.

The applications are samples written for the demonstration, not records of real awards."""

import hashlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation

from awards.models import (
    Application,
    ApplicationStatus,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
    Score,
)
from events.models import Event
from members.demo import OFFICIAL_PASSWORD, columns
from members.models import MemberGovernment, Official

EDITION_TRANSLATED = ["title", "introduction"]
CATEGORY_TRANSLATED = ["name", "description"]
CRITERION_TRANSLATED = ["name", "description"]
APPLICATION_TRANSLATED = [
    "title",
    "summary",
    "purchase",
    "environmental_outcome",
    "social_outcome",
    "economic_outcome",
    "innovation",
]
JURY_EMAIL = "jury@seoul.example"

# Editions. "year" is a number, or "last year" / "this year", counted from the day of loading;
# so are "opens" and "closes" (a date, or days from today).
EDITIONS: list[dict] = []

# Jury members: the demo's jury member works for Seoul, so is recused from Seoul's application.
JURY: list[dict] = [
    {
        "email": JURY_EMAIL,
        "first_name": "Jiwoo",
        "last_name": "Park",
        "government": "seoul",
    },
    {
        "email": "jury@iclei-europe.example",
        "first_name": "Anna",
        "last_name": "Weber",
        "government": None,
    },
    {
        "email": "jury@igpn.example",
        "first_name": "Kenji",
        "last_name": "Sato",
        "government": None,
    },
]


def load(stdout) -> None:
    now = timezone.now()
    jury = [jury_user(record) for record in JURY]
    for record in EDITIONS:
        load_edition(dict(record), now, jury)
    with translation.override("en"):
        judging = AwardEdition.objects.filter(phase=Phase.JUDGING).first()
        url = reverse("awards:jury", args=[judging.year]) if judging else ""
    stdout.write(
        f"Awards: {len(EDITIONS)} editions. Jury member: {JURY_EMAIL} / {OFFICIAL_PASSWORD} "
        f"(scores at {url})"
    )


def jury_user(record: dict):
    User = get_user_model()
    user, created = User.objects.update_or_create(
        email=record["email"],
        defaults={"first_name": record["first_name"], "last_name": record["last_name"]},
    )
    if created:
        user.set_password(OFFICIAL_PASSWORD)
        user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=record["email"], defaults={"verified": True, "primary": True}
    )
    government = record["government"]
    return user, MemberGovernment.objects.get(slug=government) if government else None


def moment(value, now: datetime) -> datetime:
    day = value if isinstance(value, date) else timezone.localdate(now) + timedelta(days=value)
    return timezone.make_aware(datetime.combine(day, time(18, 0)))


def load_edition(record: dict, now: datetime, jury: list) -> None:
    year = {"this year": now.year, "last year": now.year - 1}.get(record["year"], record["year"])
    ceremony = record.pop("ceremony", None)
    defaults = {
        "phase": record["phase"],
        "opens": moment(record["opens"], now),
        "closes": moment(record["closes"], now),
        "ceremony": Event.objects.filter(slug=ceremony).first() if ceremony else None,
    } | columns({name: record[name] for name in EDITION_TRANSLATED}, EDITION_TRANSLATED)
    edition, _created = AwardEdition.objects.update_or_create(year=year, defaults=defaults)

    categories = {}
    for order, category in enumerate(record["categories"]):
        category = dict(category)
        slug, criteria = category.pop("slug"), category.pop("criteria")
        categories[slug], _created = AwardCategory.objects.update_or_create(
            edition=edition,
            slug=slug,
            defaults={"order": order} | columns(category, CATEGORY_TRANSLATED),
        )
        for number, criterion in enumerate(criteria):
            Criterion.objects.update_or_create(
                category=categories[slug],
                order=number,
                defaults=columns(criterion, CRITERION_TRANSLATED),
            )

    for application in record["applications"]:
        load_application(dict(application), edition, categories, now)

    if edition.phase in (Phase.JUDGING, Phase.ANNOUNCED):
        for user, government in jury:
            member, _created = JuryMember.objects.update_or_create(
                edition=edition, user=user, defaults={"government": government}
            )
            # The demo's own jury member leaves last year's scoring to be tried.
            if edition.phase == Phase.ANNOUNCED or user.email != JURY_EMAIL:
                give_scores(member, edition)


def load_application(record: dict, edition: AwardEdition, categories: dict, now) -> None:
    government = MemberGovernment.objects.get(slug=record.pop("government"))
    category = categories[record.pop("category")]
    official = Official.objects.filter(user__email=record.pop("official", None)).first()
    values = {
        "edition": edition,
        "official": official,
        "slug": f"{government.slug}-{category.slug}",
        "contract_value": None,
        "currency": "",
        "tender_date": None,
        "co2e_avoided": None,
        "savings_value": None,
        "savings_unit": "",
    } | columns(record, APPLICATION_TRANSLATED)
    status = values["status"]
    values["submitted"] = (
        None if status == ApplicationStatus.DRAFT else edition.closes - timedelta(days=3)
    )
    Application.objects.update_or_create(category=category, government=government, defaults=values)


def give_scores(member: JuryMember, edition: AwardEdition) -> None:
    """Scores from 2 to 5 that depend only on who scores what, so a reload keeps them."""
    applications = (
        Application.objects.submitted()
        .filter(edition=edition)
        .prefetch_related("category__criteria")
    )
    for application in applications:
        if member.is_recused_from(application):
            continue
        for criterion in application.category.criteria.all():
            seed = f"{member.user.email}:{application.slug}:{criterion.order}".encode()
            value = 2 + hashlib.sha256(seed).digest()[0] % 4
            if application.status == ApplicationStatus.WINNER:
                value = max(value, 4)
            Score.objects.update_or_create(
                jury_member=member,
                application=application,
                criterion=criterion,
                defaults={"value": value},
            )


__all__ = ["Decimal"]  # the records below write money and tonnes as Decimal
