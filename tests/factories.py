"""factory_boy factories for the suite."""

import datetime
import zoneinfo

import factory
from django.contrib.auth import get_user_model

from events.models import Event, Registration
from members.models import Commitment, MemberGovernment, Official

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["email"]

    email = factory.Sequence(lambda n: f"user{n}@example.org")
    first_name = factory.Faker("first_name")
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
