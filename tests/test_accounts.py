"""Accounts: sign-in by email, closed sign-up, verification, TOTP for staff, rate limits."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation

from tests.factories import PASSWORD, UserFactory
from tests.helpers import page, totp_code, visible_text

pytestmark = pytest.mark.django_db


def sign_in(client, user, language="en", password=PASSWORD, **extra):
    return client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": password, **extra}
    )


def translated(language, message):
    with translation.override(language):
        return translation.gettext(message)


def signed_in_user(client):
    return client.get("/en/").context["user"]


def test_official_signs_in_by_email_and_stays_in_their_language(client, olivia, language):
    response = sign_in(client, olivia, language)

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert signed_in_user(client) == olivia


def test_sign_in_form_asks_for_an_email_address(client):
    [(field, _)] = page(client.get("/ko/accounts/login/")).find_all("input", name="login")

    assert field["type"] == "email"


def test_wrong_password_shows_a_translated_error_and_signs_nobody_in(client, olivia):
    response = sign_in(client, olivia, "ja", password="wrong password")

    assert response.status_code == 200
    assert translated("ja", "The email address and/or password you specified are not correct.") in (
        visible_text(response)
    )
    assert not signed_in_user(client).is_authenticated


def test_next_url_keeps_the_language_prefix(client, olivia):
    response = sign_in(client, olivia, "zh-hans", next="/zh-hans/about/")

    assert response["Location"] == "/zh-hans/about/"


def test_sign_in_refuses_to_redirect_to_another_host(client, olivia):
    response = sign_in(client, olivia, "en", next="https://phishing.example/")

    assert response["Location"] == "/en/"


def test_unverified_email_must_be_confirmed_first(client, language):
    newcomer = UserFactory(email="newcomer@guiyang.example")
    EmailAddress.objects.create(user=newcomer, email=newcomer.email, verified=False, primary=True)

    response = sign_in(client, newcomer, language)

    assert response["Location"] == f"/{language}/accounts/confirm-email/"
    assert not signed_in_user(client).is_authenticated
    [message] = mail.outbox
    assert message.to == [newcomer.email]
    assert f"/{language}/accounts/confirm-email/" in message.body
    assert translated(language, "Hello from Procura+ East Asia,") in message.body


def test_sign_up_is_closed_and_says_so_in_every_language(client, language):
    response = client.get(f"/{language}/accounts/signup/")

    assert response.status_code == 200
    assert translated(language, "Membership by invitation") in visible_text(response)
    assert page(response).find_all("input", name="password1") == []


def test_posting_to_the_closed_sign_up_creates_no_account(client):
    client.post(
        "/en/accounts/signup/",
        {"email": "intruder@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert not get_user_model().objects.filter(email="intruder@example.org").exists()


def test_password_reset_mail_in_the_visitors_language(client, olivia, language):
    response = client.post(f"/{language}/accounts/password/reset/", {"email": olivia.email})

    assert response["Location"] == f"/{language}/accounts/password/reset/done/"
    [message] = mail.outbox
    assert f"/{language}/accounts/password/reset/key/" in message.body
    assert translated(language, "Hello from Procura+ East Asia,") in message.body


def test_repeated_failed_sign_ins_are_rate_limited(client, olivia):
    for _attempt in range(5):
        sign_in(client, olivia, "ko", password="guess")

    response = sign_in(client, olivia, "ko")  # even the right password, for now

    assert translated("ko", "Too many failed login attempts. Try again later.") in (
        visible_text(response)
    )
    assert not signed_in_user(client).is_authenticated


def test_sign_out_returns_to_the_home_page_in_the_same_language(client, olivia):
    client.force_login(olivia)

    response = client.post("/ja/accounts/logout/")

    assert response["Location"] == "/ja/"
    assert not signed_in_user(client).is_authenticated


class TestAdminSignIn:
    def test_admin_sends_visitors_to_the_portal_sign_in_form(self, client, language):
        response = client.get(f"/{language}/admin/", follow=True)

        assert response.redirect_chain[-1][0] == (
            f"/{language}/accounts/login/?next=%2F{language}%2Fadmin%2F"
        )

    def test_staff_signs_in_with_a_totp_code(self, client, stella):
        response = sign_in(client, stella, "ko", next="/ko/admin/")
        assert response["Location"] == "/ko/accounts/2fa/authenticate/"

        response = client.post(response["Location"], {"code": totp_code(stella.totp_secret)})

        assert response["Location"] == "/ko/admin/"
        assert client.get("/ko/admin/").status_code == 200

    def test_a_wrong_totp_code_keeps_staff_out(self, client, stella):
        sign_in(client, stella, "en")

        response = client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})

        assert response.status_code == 200
        assert not signed_in_user(client).is_authenticated

    def test_staff_without_two_factor_must_set_it_up_before_the_admin(self, client, settings):
        settings.STAFF_REQUIRE_TWO_FACTOR = True
        sam = UserFactory(email="sam@iclei.example", is_staff=True)
        client.force_login(sam)

        response = client.get("/zh-hans/admin/")

        assert response["Location"] == "/zh-hans/accounts/2fa/totp/activate/"

    def test_development_staff_may_skip_two_factor(self, client, settings):
        settings.STAFF_REQUIRE_TWO_FACTOR = False
        sam = UserFactory(email="sam@iclei.example", is_staff=True, is_superuser=True)
        client.force_login(sam)

        assert client.get("/en/admin/").status_code == 200

    def test_people_who_are_not_staff_get_403_in_the_admin(self, client, olivia):
        client.force_login(olivia)

        assert client.get("/en/admin/", follow=True).status_code == 403

    def test_admin_pages_in_every_language(
        self, client, stella, language, django_assert_max_num_queries
    ):
        client.force_login(stella)

        with django_assert_max_num_queries(12):
            response = client.get(f"/{language}/admin/members/user/")

        assert response.status_code == 200
        assert page(response).html_lang() == language


def test_account_pages_link_email_password_and_two_factor(client, olivia, language):
    client.force_login(olivia)

    response = client.get(f"/{language}/accounts/email/")

    assert response.status_code == 200
    links = [attrs["href"] for attrs, _ in page(response).find_all("a")]
    for name in ["email", "password/change", "2fa"]:
        assert f"/{language}/accounts/{name}/" in links


def test_every_user_can_set_up_a_totp_authenticator(client, olivia, language):
    sign_in(client, olivia, language)
    activate = f"/{language}/accounts/2fa/totp/activate/"
    assert client.get(activate)["Location"].startswith(f"/{language}/accounts/reauthenticate/")
    client.post(f"/{language}/accounts/reauthenticate/", {"password": PASSWORD})

    response = client.get(activate)

    assert response.status_code == 200
    [(qr_code, _)] = page(response).find_all("img")
    assert qr_code["src"].startswith("data:image/svg+xml")
    secret = qr_code["alt"]  # what a person types when they cannot scan the code
    client.post(activate, {"code": totp_code(secret)})
    assert Authenticator.objects.filter(user=olivia, type=Authenticator.Type.TOTP).exists()


def test_staff_cannot_create_a_second_account_for_the_same_email_in_other_case(
    client, stella, olivia, language
):
    client.force_login(stella)

    response = client.post(
        f"/{language}/admin/members/user/add/",
        {"email": "Olivia@Beijing.example", "usable_password": "false"},
    )

    assert response.status_code == 200
    assert translated(language, "A user with this email address already exists.") in (
        visible_text(response)
    )
    assert get_user_model().objects.count() == 2
