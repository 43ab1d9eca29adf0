"""factory_boy factories for the suite."""

import datetime

import factory
from django.contrib.auth import get_user_model

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
