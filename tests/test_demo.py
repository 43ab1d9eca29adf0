"""manage.py load_demo: idempotent demo content, and never in production."""

import io

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from demo import accounts

pytestmark = pytest.mark.django_db


def load_demo():
    output = io.StringIO()
    call_command("load_demo", stdout=output)
    return output.getvalue()


def test_load_demo_twice_duplicates_nothing(settings):
    settings.DEBUG = True

    load_demo()
    output = load_demo()

    assert get_user_model().objects.filter(email=accounts.STAFF_EMAIL).count() == 1
    assert EmailAddress.objects.filter(email=accounts.STAFF_EMAIL).count() == 1
    assert f"{accounts.STAFF_EMAIL} / {accounts.STAFF_PASSWORD}" in output


def test_demo_staff_can_sign_in_to_the_admin(client, settings):
    settings.DEBUG = True
    settings.STAFF_REQUIRE_TWO_FACTOR = False  # as on a development machine
    load_demo()

    response = client.post(
        "/en/accounts/login/",
        {"login": accounts.STAFF_EMAIL, "password": accounts.STAFF_PASSWORD, "next": "/en/admin/"},
    )

    assert response["Location"] == "/en/admin/"
    assert client.get("/en/admin/").status_code == 200


def test_load_demo_refuses_to_run_in_production(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="only with DEBUG=true"):
        load_demo()

    assert not get_user_model().objects.exists()
