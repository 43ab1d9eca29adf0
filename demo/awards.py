"""Demo awards (demo/data/awards.yaml): editions with their categories, criteria, applications
and jury, and scores that depend only on who scores what, so that a reload keeps them."""

import hashlib
from datetime import date, datetime, time, timedelta

from django.urls import reverse
from django.utils import timezone, translation

from awards.models import (
    TEXT_FIELDS,
    Application,
    ApplicationStatus,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
    Score,
)
from demo.accounts import ACCOUNTS, JURY_EMAIL, OFFICIAL_PASSWORD
from demo.load import account, columns, day, read, year
from events.models import Event
from members.models import MemberGovernment, Official

EDITION_TRANSLATED = ["title", "introduction"]
CATEGORY_TRANSLATED = ["name", "description"]
CRITERION_TRANSLATED = ["name", "description"]
# Calls open and close at this hour of the portal's time zone.
DEADLINE = time(18, 0)


def editions() -> list[dict]:
    return read("awards")["editions"]


def load(stdout) -> None:
    now = timezone.now()
    jury = [
        (
            account(record, OFFICIAL_PASSWORD),
            MemberGovernment.objects.get(slug=record["government"])
            if record["government"]
            else None,
        )
        for record in ACCOUNTS["jury"]
    ]
    for record in editions():
        load_edition(record, now, jury)
    with translation.override("en"):
        judging = AwardEdition.objects.filter(phase=Phase.JUDGING).first()
        url = reverse("awards:jury", args=[judging.year]) if judging else ""
    stdout.write(
        f"Awards: {len(editions())} editions. Jury member: {JURY_EMAIL} / {OFFICIAL_PASSWORD} "
        f"(scores at {url})"
    )


def deadline(value: date | dict, today: date) -> datetime:
    return timezone.make_aware(datetime.combine(day(value, today), DEADLINE))


def load_edition(record: dict, now: datetime, jury: list) -> None:
    today = timezone.localdate(now)
    number = year(record["year"], today)
    ceremony = record.get("ceremony")
    texts = {
        "title": {code: text.format(year=number) for code, text in record["title"].items()},
        "introduction": record["introduction"],
    }
    defaults = {
        "phase": record["phase"],
        "opens": deadline(record["opens"], today),
        "closes": deadline(record["closes"], today),
        "ceremony": Event.objects.filter(slug=ceremony).first() if ceremony else None,
    } | columns(texts, EDITION_TRANSLATED)
    edition, _created = AwardEdition.objects.update_or_create(year=number, defaults=defaults)

    categories = {
        slug: load_category(edition, order, slug, record.get("focus", {}).get(slug))
        for order, slug in enumerate(record["categories"])
    }
    for application in record["applications"]:
        load_application(application, edition, categories, now)

    if edition.phase in (Phase.JUDGING, Phase.ANNOUNCED):
        for user, government in jury:
            member, _created = JuryMember.objects.update_or_create(
                edition=edition, user=user, defaults={"government": government}
            )
            # The demo's own jury member leaves last year's scoring to be tried.
            if edition.phase == Phase.ANNOUNCED or user.email != JURY_EMAIL:
                give_scores(member, edition)


def load_category(edition: AwardEdition, order: int, slug: str, focus: dict | None):
    """A category with its criteria; the edition's `focus` is added to its description."""
    data = read("awards")
    record = data["categories"][slug]
    description = record["description"]
    if focus:
        description = {code: f"{text}\n\n{focus[code]}" for code, text in description.items()}
    values = {"name": record["name"], "description": description}
    category, _created = AwardCategory.objects.update_or_create(
        edition=edition, slug=slug, defaults={"order": order} | columns(values, CATEGORY_TRANSLATED)
    )
    for number, key in enumerate(record["criteria"]):
        Criterion.objects.update_or_create(
            category=category,
            order=number,
            defaults=columns(data["criteria"][key], CRITERION_TRANSLATED),
        )
    return category


def load_application(record: dict, edition: AwardEdition, categories: dict, now) -> None:
    government = MemberGovernment.objects.get(slug=record["government"])
    category = categories[record["category"]]
    official = Official.objects.filter(user__email=record.get("official")).first()
    values = {
        name: value
        for name, value in record.items()
        if name not in ("government", "category", "official")
    }
    if "tender_date" in values:
        values["tender_date"] = day(values["tender_date"], timezone.localdate(now))
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
    } | columns(values, TEXT_FIELDS)
    values["submitted"] = (
        None
        if values["status"] == ApplicationStatus.DRAFT
        else min(edition.closes - timedelta(days=3), now)
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
