"""The contact page: a message reaches the secretariat through the outbox, with the
visitor's address to reply to; bad input and floods are refused with a translated word."""

import pytest
from django.core import mail
from django.test import Client
from django.utils import translation

from procura.models import OutgoingMail
from tests.helpers import form_data, page, visible_text

pytestmark = pytest.mark.django_db

MESSAGE = {
    "name": "Wang Fang",
    "email": "wang.fang@nanjing.example",
    "organisation": "Nanjing Finance Bureau",
    "subject": "membership",
    "message": "Nanjing would like to join the network. Whom should we write to?",
}


def test_a_message_reaches_the_secretariat_with_the_visitors_address_to_reply_to(client, settings):
    response = client.post("/zh-hans/contact/", MESSAGE)

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [settings.SECRETARIAT_EMAIL]
    assert message.reply_to == ["wang.fang@nanjing.example"]
    assert message.subject == "[Procura+ East Asia] Joining the network: Wang Fang"
    assert "Nanjing would like to join the network." in message.body
    assert "Nanjing Finance Bureau" in message.body
    assert "Page language: 简体中文" in message.body
    thanks = client.get(response["Location"])
    with translation.override("zh-hans"):
        assert translation.gettext(
            "Thank you: your message has reached the secretariat, which answers by "
            "email, usually within a week."
        ) in visible_text(thanks)


def test_the_message_waits_in_the_outbox(client, settings):
    settings.EMAIL_BACKEND = "procura.mail.TaskEmailBackend"

    client.post("/en/contact/", MESSAGE)

    [kept] = OutgoingMail.objects.all()
    assert kept.to == settings.SECRETARIAT_EMAIL
    assert "Wang Fang" in kept.subject


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not an address"),
        ("message", ""),
        ("name", ""),
        ("subject", "spam"),
        ("message", "x" * 5001),
    ],
)
def test_bad_input_gets_a_translated_error_and_sends_nothing(client, language, field, value):
    response = client.post(f"/{language}/contact/", {**MESSAGE, field: value})

    assert response.status_code == 400
    assert not mail.outbox
    errors = [text for _attrs, text in page(response).find_all("li")]
    assert page(response).html_lang() == language
    assert any(errors)
    assert form_data(response)["message"] == ({**MESSAGE, field: value}["message"])


def test_the_page_speaks_each_language_and_opens_on_the_subject_asked(client, language):
    response = client.get(f"/{language}/contact/", {"subject": "membership"})

    assert response.status_code == 200
    assert 'value="membership" selected' in response.content.decode()
    with translation.override(language):
        assert translation.gettext("ICLEI East Asia Secretariat") in visible_text(response)


def test_a_flood_from_one_network_is_refused_with_a_translated_message(client):
    for _number in range(5):
        assert client.post("/ko/contact/", MESSAGE).status_code == 302

    response = client.post("/ko/contact/", MESSAGE)

    assert response.status_code == 429
    assert len(mail.outbox) == 5
    with translation.override("ko"):
        assert translation.gettext(
            "Too many messages have come from your network in the last hour. "
            "Please try again later."
        ) in visible_text(response)


def test_a_post_without_the_form_token_is_refused():
    response = Client(enforce_csrf_checks=True).post("/en/contact/", MESSAGE)

    assert response.status_code == 403
    assert not mail.outbox
