"""Invitations never move an official silently: an official of another government is refused,
with a message that names that government, wherever the invitation is made or accepted."""

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import translation

from members.models import Invitation, Official
from tests.helpers import in_language, visible_text

pytestmark = pytest.mark.django_db

REFUSED = (
    "The address %(email)s belongs to an official of %(government)s, and an account speaks for "
    "one government only. To move it, first remove it from the officials of %(government)s "
    "(Members › Officials), then invite it again."
)


def test_the_admin_refuses_to_invite_an_official_of_another_government(
    staff_client, beijing, minji, language
):
    response = staff_client.post(
        f"/{language}/admin/members/invitation/add/",
        {"email": "Minji@Seoul.example", "government": beijing.pk, "language": "ko"},
    )

    assert response.status_code == 200
    with translation.override(language):
        seoul = minji.official.government.name
    expected = in_language(language, REFUSED) % {
        "email": "Minji@Seoul.example",
        "government": seoul,
    }
    assert expected in visible_text(response)
    assert Invitation.objects.count() == 0
    assert mail.outbox == []
    assert Official.objects.get(user=minji).government.slug == "seoul"


def test_an_official_of_the_same_government_may_be_invited_again(staff_client, beijing, li):
    response = staff_client.post(
        "/en/admin/members/invitation/add/",
        {"email": li.email, "government": beijing.pk, "language": "zh-hans"},
    )

    assert response.status_code == 302
    assert [message.to for message in mail.outbox] == [[li.email]]


def test_the_command_refuses_it_too(beijing, minji):
    with pytest.raises(CommandError, match="belongs to an official of Seoul"):
        call_command("invite_official", minji.email, "beijing")
    assert (Invitation.objects.count(), mail.outbox) == (0, [])


def test_sending_an_invitation_again_refuses_once_its_address_speaks_for_another_government(
    staff_client, beijing, olivia, seoul
):
    invitation = Invitation.objects.create(email=olivia.email, government=beijing)
    Official.objects.create(user=olivia, government=seoul)
    key = invitation.key

    response = staff_client.post(
        "/en/admin/members/invitation/",
        {"action": "send_again", "_selected_action": [invitation.pk]},
        follow=True,
    )

    assert "The address olivia@beijing.example belongs to an official of Seoul" in visible_text(
        response
    )
    assert "0 invitations were sent again." in visible_text(response)
    assert Invitation.objects.get().key == key
    assert mail.outbox == []


def test_accepting_is_refused_to_an_account_that_became_another_governments_official(
    client, beijing, olivia, seoul
):
    invitation = Invitation.objects.create(email=olivia.email, government=beijing)
    Official.objects.create(user=olivia, government=seoul, language="ko")
    client.force_login(olivia)

    response = client.post(f"/ko/members/invitation/{invitation.key}/")

    assert response.status_code == 409
    expected = in_language(
        "ko",
        "Your account is an official of %(government)s, and an account speaks for one "
        "government only. Please ask ICLEI East Asia to move it.",
    ) % {"government": "서울특별시"}
    assert expected in visible_text(response)
    assert Official.objects.get(user=olivia).government == seoul
    assert Invitation.objects.get().accepted is None
