"""Personas and fixtures shared by the whole suite.

Stella is on ICLEI East Asia's staff and signs in with a TOTP code.
Olivia has a verified account and no special rights.
Anonymous visitors need no fixture: they are the `client`.
"""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache

from tests.factories import UserFactory

LANGUAGES = ["en", "ko", "ja", "zh-hans"]


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(params=LANGUAGES)
def language(request):
    return request.param


def verified_user(**fields):
    user = UserFactory(**fields)
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


@pytest.fixture
def olivia(db):
    return verified_user(email="olivia@beijing.example", first_name="Olivia")


@pytest.fixture
def stella(db):
    user = verified_user(email="stella@iclei.example", first_name="Stella", is_staff=True,
                         is_superuser=True)
    user.totp_secret = generate_totp_secret()
    TOTP.activate(user, user.totp_secret)
    return user
