"""factory_boy factories for the suite."""

import datetime
import zoneinfo

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from awards.models import (
    Application,
    ApplicationStatus,
    AwardCategory,
    AwardEdition,
    Criterion,
    JuryMember,
    Phase,
)
from events.models import Event, Registration
from members.models import Commitment, MemberGovernment, Official

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    name = factory.Faker("name")
    password = factory.django.Password(PASSWORD)


class GovernmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MemberGovernment
        django_get_or_create = ["slug"]

    name_en = factory.Sequence(lambda n: f"Green City {n}")
    slug = factory.Sequence(lambda n: f"green-city-{n}")
    country = "CN"
    level = "municipality"
    joined = datetime.date(2018, 5, 16)
    summary_en = "A city that buys green."
    gpp_policy_en = "Green products first."


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    government = factory.SubFactory(GovernmentFactory)
    title_en = factory.Sequence(lambda n: f"Target {n}")
    target_year = 2030


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Official

    user = factory.SubFactory(UserFactory)
    government = factory.SubFactory(GovernmentFactory)
    position = "GPP officer"


def in_days(days: int, hour: int = 9) -> datetime.datetime:
    """A moment `days` from today, at `hour` o'clock in Beijing."""
    today = datetime.datetime.now(BEIJING).replace(hour=hour, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=days)


BEIJING = zoneinfo.ZoneInfo("Asia/Shanghai")


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event
        django_get_or_create = ["slug"]

    title_en = factory.Sequence(lambda n: f"Green Procurement Forum {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    kind = "forum"
    starts = factory.LazyFunction(lambda: in_days(30))
    ends = factory.LazyAttribute(lambda event: event.starts + datetime.timedelta(hours=8))
    city_en = "Beijing"
    country = "CN"
    summary_en = "A day on green procurement."
    published = True


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    event = factory.SubFactory(EventFactory)
    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"guest{n}@example.org")
    status = "confirmed"
    waiting_since = factory.LazyAttribute(
        lambda registration: timezone.now() if registration.status == "waiting" else None
    )


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardEdition
        django_get_or_create = ["year"]

    year = factory.Sequence(lambda n: 2030 + n)
    title_en = factory.LazyAttribute(lambda edition: f"Procura+ Awards {edition.year}")
    phase = Phase.OPEN
    opens = factory.LazyFunction(lambda: in_days(-10))
    closes = factory.LazyFunction(lambda: in_days(20))


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardCategory
        skip_postgeneration_save = True

    edition = factory.SubFactory(EditionFactory)
    name_en = factory.Sequence(lambda n: f"Green Procurement of the Year {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    criteria = factory.RelatedFactoryList(
        "tests.factories.CriterionFactory", factory_related_name="category", size=2
    )


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    category = factory.SubFactory(CategoryFactory)
    name_en = factory.Sequence(lambda n: f"Criterion {n}")
    order = factory.Sequence(lambda n: n)


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A complete application, submitted unless told otherwise."""

    class Meta:
        model = Application

    category = factory.SubFactory(CategoryFactory)
    edition = factory.LazyAttribute(lambda application: application.category.edition)
    government = factory.SubFactory(GovernmentFactory)
    status = ApplicationStatus.SUBMITTED
    submitted = factory.LazyFunction(lambda: in_days(-1))
    title_en = factory.Sequence(lambda n: f"Electric buses, lot {n}")
    summary_en = "Six hundred electric buses replaced diesel ones."
    purchase_en = "Electric buses with ten years of maintenance."
    contract_value = 120_000_000
    currency = "CNY"
    tender_date = datetime.date(2018, 3, 1)
    co2e_avoided = 4200
    environmental_outcome_en = "Cleaner air along every route."
    innovation_en = "Paid per kilometre driven, batteries included."


class JuryMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = JuryMember

    edition = factory.SubFactory(EditionFactory, phase=Phase.JUDGING)
    user = factory.SubFactory(UserFactory)
