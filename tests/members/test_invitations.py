"""Staff invite officials; the invitation link creates the account and signs the official in."""

import io
import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from members.models import Invitation, Official, User
from tests.factories import PASSWORD
from tests.helpers import page, visible_text, wait_for

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {
    "name": "박혜진",
    "position": "녹색구매 담당",
    "password1": "Green-Procurement-2026",
    "password2": "Green-Procurement-2026",
}


def invitation_path(text: str) -> str:
    return re.search(r"http://testserver(/\S+/members/invitation/\S+/)", text).group(1)


@pytest.fixture
def invitation(beijing, stella):
    return Invitation.objects.create(
        email="hyejin@beijing.example", government=beijing, language="ko", invited_by=stella
    )


# The worker closes the test's database connection, which a test transaction would not survive.
@pytest.mark.django_db(transaction=True)
def test_an_invitation_from_the_admin_reaches_the_official_and_creates_the_account(
    client, stella, beijing, smtp_server, celery_worker, django_capture_on_commit_callbacks
):
    client.force_login(stella)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/admin/members/invitation/add/",
            {"email": "Hyejin@Beijing.example", "government": beijing.pk, "language": "ko"},
        )
    assert response.status_code == 302
    assert smtp_server.envelopes == []  # the admin only queued the mail

    with celery_worker():
        wait_for(lambda: smtp_server.envelopes)

    [message] = smtp_server.messages
    assert message["To"] == "hyejin@beijing.example"
    assert "베이징" in message["Subject"]  # the government's name in Korean
    path = invitation_path(message.get_content())
    assert path.startswith("/ko/")

    visitor = client.__class__()
    form = visitor.get(path)
    assert form.status_code == 200
    assert page(form).html_lang() == "ko"
    response = visitor.post(path, NEW_ACCOUNT)

    assert response.status_code == 302
    assert response["Location"] == "/ko/members/beijing/edit/"
    assert visitor.get("/ko/members/beijing/edit/").status_code == 200  # signed in
    official = Official.objects.get(user__email="hyejin@beijing.example")
    assert (official.government, official.language, official.position) == (
        beijing,
        "ko",
        "녹색구매 담당",
    )
    assert EmailAddress.objects.get(email="hyejin@beijing.example").verified
    # The name is Korean, typed on a Korean page; the other languages show it until written.
    user = official.user
    assert (user.name_ko, user.name_en) == ("박혜진", None)
    with translation.override("en"):
        assert str(user) == "박혜진"


def test_a_used_link_explains_itself(client, invitation, language):
    client.post(invitation.get_absolute_url(), NEW_ACCOUNT)
    client.logout()

    response = client.get(f"/{language}/members/invitation/{invitation.key}/")

    assert response.status_code == 410
    with translation.override(language):
        assert translation.gettext("This invitation can no longer be used") in visible_text(
            response
        )
    assert User.objects.filter(email=invitation.email).count() == 1


def test_an_expired_link_explains_itself_and_creates_nothing(client, invitation, language):
    invitation.expires = timezone.now() - timedelta(minutes=1)
    invitation.save()
    url = f"/{language}/members/invitation/{invitation.key}/"

    assert client.get(url).status_code == 410
    response = client.post(url, NEW_ACCOUNT)

    assert response.status_code == 410
    with translation.override(language):
        assert page(response).find_all("h1")[0][1] == translation.gettext(
            "This invitation can no longer be used"
        )
    assert not page(response).find_all("form", method="post")
    assert not User.objects.filter(email=invitation.email).exists()


def test_an_unknown_key_is_not_found(client, invitation):
    assert client.get("/en/members/invitation/not-a-key/").status_code == 404


def test_bad_input_keeps_the_form_and_creates_nothing(client, invitation, language):
    response = client.post(
        f"/{language}/members/invitation/{invitation.key}/",
        {**NEW_ACCOUNT, "password2": "something else"},
    )

    assert response.status_code == 400
    with translation.override(language):
        assert translation.gettext("You must type the same password each time.") in visible_text(
            response
        )
    assert page(response).find_all("input", name="name")[0][0]["value"] == "박혜진"
    assert not User.objects.filter(email=invitation.email).exists()
    assert Invitation.objects.get().accepted is None


def test_someone_with_an_account_signs_in_then_accepts(client, olivia, beijing):
    invitation = Invitation.objects.create(email=olivia.email, government=beijing)
    url = f"/en/members/invitation/{invitation.key}/"

    assert page(client.get(url)).find_all("a", href=f"/en/accounts/login/?next={url}")
    client.post("/en/accounts/login/", {"login": olivia.email, "password": PASSWORD})
    response = client.post(url)

    assert response.status_code == 302
    assert Official.objects.get(user=olivia).government == beijing


def test_another_signed_in_person_cannot_take_the_invitation(client, olivia, minji, beijing):
    invitation = Invitation.objects.create(email=olivia.email, government=beijing)
    client.force_login(minji)

    client.post(invitation.get_absolute_url())

    assert Official.objects.get(user=minji).government.slug == "seoul"
    assert not Official.objects.filter(user=olivia).exists()
    assert Invitation.objects.get().accepted is None


def test_the_command_invites_in_the_chosen_language(beijing):
    out = io.StringIO()

    call_command(
        "invite_official", "wei@beijing.example", "beijing", "--language", "ja", stdout=out
    )

    [message] = mail.outbox
    assert message.to == ["wei@beijing.example"]
    assert "北京市" in message.subject
    assert invitation_path(message.body).startswith("/ja/members/invitation/")
    assert "wei@beijing.example" in out.getvalue()


def test_the_command_refuses_an_unknown_government(db):
    with pytest.raises(CommandError, match="no member government"):
        call_command("invite_official", "wei@beijing.example", "atlantis")
    assert mail.outbox == []


def test_the_admin_action_opens_the_invitation_form_for_the_government(client, stella, beijing):
    client.force_login(stella)

    response = client.post(
        "/en/admin/members/membergovernment/",
        {"action": "invite_official", "_selected_action": [beijing.pk]},
    )

    assert response["Location"] == f"/en/admin/members/invitation/add/?government={beijing.pk}"
    form = page(client.get(response["Location"]))
    assert [attrs["value"] for attrs, _ in form.find_all("option") if "selected" in attrs] == [
        str(beijing.pk),
        "en",
    ]


def test_sending_again_makes_a_fresh_link(client, stella, invitation):
    old_key = invitation.key
    client.force_login(stella)

    client.post(
        "/en/admin/members/invitation/",
        {"action": "send_again", "_selected_action": [invitation.pk]},
    )

    invitation.refresh_from_db()
    assert invitation.key != old_key
    assert client.get(f"/en/members/invitation/{old_key}/").status_code == 404
    assert invitation_path(mail.outbox[0].body).endswith(f"/{invitation.key}/")


def test_allauth_mail_reaches_officials_in_their_language(client, li):
    client.post("/en/accounts/password/reset/", {"email": li.email})

    [message] = mail.outbox
    with translation.override("zh-hans"):
        assert translation.gettext("Hello from Procura+ East Asia,") in message.body
