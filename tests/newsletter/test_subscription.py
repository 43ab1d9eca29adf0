"""Subscribing: a signed link confirms it, in the language chosen; the page says the same
whatever the address's state; a bad or expired link gets a page, not an error."""

import re

import pytest
from django.core import mail, signing
from django.utils import translation

from events.models import Unsubscribe
from newsletter import services
from newsletter.models import Subscriber
from tests.helpers import page, visible_text

pytestmark = pytest.mark.django_db


def translated(language: str, msgid: str) -> str:
    with translation.override(language):
        return translation.gettext(msgid)


def confirm_link(message) -> str:
    """The path of the confirmation link in a mail."""
    return re.search(r"http://testserver(/\S+/newsletter/confirm/\S+/)", message.body)[1]


def subscribe(client, email: str, language: str, page_language: str = "en"):
    return client.post(f"/{page_language}/newsletter/", {"email": email, "language": language})


def test_the_subscription_page_in_every_language(client, language, django_assert_max_num_queries):
    with django_assert_max_num_queries(2):
        response = client.get(f"/{language}/newsletter/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    assert translated(language, "Newsletter") in visible_text(response)
    assert translated(language, "Subscribe") in visible_text(response)
    # The language asked for is the page's, unless the visitor chooses another.
    [selected] = [
        attrs["value"] for attrs, _text in page(response).find_all("option") if "selected" in attrs
    ]
    assert selected == language


def test_subscribing_mails_a_link_in_the_language_chosen_and_stores_nothing(client):
    response = subscribe(client, "aiko@osaka.example", "ja")

    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == ["aiko@osaka.example"]
    assert message.subject.endswith(
        translated("ja", "Please confirm your subscription to the newsletter")
    )
    assert confirm_link(message).startswith("/ja/newsletter/confirm/")
    assert not Subscriber.objects.exists()  # unconfirmed: nothing to send to


def test_the_link_shows_a_button_and_only_the_button_subscribes(client):
    subscribe(client, "aiko@osaka.example", "ja")
    link = confirm_link(mail.outbox[0])

    opened = client.get(link)  # as a mail scanner would
    assert opened.status_code == 200
    assert not Subscriber.objects.exists()
    assert "aiko@osaka.example" in visible_text(opened)

    confirmed = client.post(link)

    assert confirmed.status_code == 200
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == (
        "aiko@osaka.example",
        "ja",
        "subscribed",
    )


def test_a_second_subscription_changes_the_language_once_confirmed_without_a_duplicate(
    client, aiko
):
    subscribe(client, "AIKO@osaka.example", "zh-hans")
    assert Subscriber.objects.get().language == "ja"  # not before its own link is used

    client.post(confirm_link(mail.outbox[0]))

    assert list(Subscriber.objects.values_list("email", "language")) == [
        ("aiko@osaka.example", "zh-hans")
    ]


def test_the_page_says_the_same_whatever_the_address_s_state(client, aiko):
    services.confirm("gone@example.org", "en")
    services.unsubscribe("gone@example.org")
    answers = []
    for email in ["new@example.org", "aiko@osaka.example", "gone@example.org"]:
        response = subscribe(client, email, "en")
        followed = client.get(response["Location"])
        answers.append((response.status_code, visible_text(followed).replace(email, "…")))

    assert answers[0] == answers[1] == answers[2]
    assert len(mail.outbox) == 3


def test_confirming_again_after_unsubscribing_lifts_only_the_newsletter_s_unsubscribe(client):
    services.confirm("minji@seoul.example", "ko")
    services.unsubscribe("minji@seoul.example")
    Unsubscribe.objects.create(email="minji@seoul.example", mailing_list="network")

    subscribe(client, "minji@seoul.example", "ko")
    client.post(confirm_link(mail.outbox[0]))

    assert Subscriber.objects.get().status == "subscribed"
    assert list(Unsubscribe.objects.values_list("mailing_list", flat=True)) == ["network"]


def test_a_tampered_link_answers_a_translated_page(client, language):
    subscribe(client, "aiko@osaka.example", "ja")
    link = confirm_link(mail.outbox[0])

    response = client.get(f"/{language}/newsletter/confirm/{link.split('/')[-2]}x/")
    posted = client.post(f"/{language}/newsletter/confirm/nonsense/")

    assert response.status_code == posted.status_code == 404
    assert page(response).html_lang() == language
    assert translated(
        language,
        "This confirmation link is not valid. Please open the link exactly as it is in the "
        "mail, or subscribe again.",
    ) in visible_text(response)
    links = [attrs["href"] for attrs, _text in page(response).find_all("a")]
    assert f"/{language}/newsletter/" in links
    assert not Subscriber.objects.exists()


def test_an_expired_link_answers_a_translated_page(client, language, monkeypatch):
    subscribe(client, "aiko@osaka.example", "ja")
    link = confirm_link(mail.outbox[0])
    monkeypatch.setattr(services, "CONFIRM_MAX_AGE", -1)

    response = client.post(f"/{language}/{link.split('/', 2)[2]}")

    assert response.status_code == 404
    assert translated(
        language,
        "This confirmation link has expired. Please subscribe again: we will send you a new one.",
    ) in visible_text(response)
    assert not Subscriber.objects.exists()


def test_a_link_signed_for_something_else_is_not_valid(client):
    token = signing.dumps("aiko@osaka.example", salt=services.CONFIRM_SALT)
    other = signing.dumps({"email": "a@example.org", "language": "xx"}, salt=services.CONFIRM_SALT)

    for forged in (token, other):
        assert client.post(f"/en/newsletter/confirm/{forged}/").status_code == 404
    assert not Subscriber.objects.exists()


def test_a_bad_address_is_a_translated_error_and_mails_nothing(client, language):
    response = client.post(f"/{language}/newsletter/", {"email": "nope", "language": "ko"})

    assert response.status_code == 400
    with translation.override(language):
        error = translation.gettext("Enter a valid email address.")
    assert error in visible_text(response)
    assert mail.outbox == []


def test_subscriptions_are_limited_per_address_and_per_client(client, language):
    for _attempt in range(3):
        assert subscribe(client, "target@example.org", "en", language).status_code == 302
    refused = subscribe(client, "TARGET@example.org", "en", language)

    assert refused.status_code == 429
    assert translated(
        language,
        "Too many subscriptions have come from your network or for this address in the last "
        "hour. Please try again later.",
    ) in visible_text(refused)
    assert len(mail.outbox) == 3

    # Other addresses from the same client: ten an hour in all.
    codes = [subscribe(client, f"other{n}@example.org", "en").status_code for n in range(8)]
    assert codes == [302] * 7 + [429]
    assert len(mail.outbox) == 10


def test_the_unsubscribe_link_asks_then_ends_the_subscription(client, aiko, language):
    url = services.unsubscribe_url(aiko.email, language).removeprefix("http://testserver")

    asked = client.get(url)
    assert asked.status_code == 200
    assert page(asked).html_lang() == language
    assert Subscriber.objects.get().status == "subscribed"

    done = client.post(url)

    assert done.status_code == 200
    assert translated(language, "Subscribe again") in visible_text(done)
    assert Subscriber.objects.get().status == "unsubscribed"
    assert Unsubscribe.objects.filter(email=aiko.email, mailing_list="newsletter").exists()


def test_a_forged_unsubscribe_link_changes_nothing(client, aiko):
    response = client.post("/en/newsletter/unsubscribe/forged/")

    assert response.status_code == 404
    assert Subscriber.objects.get().status == "subscribed"


def test_the_confirmation_page_in_every_language(client, language, django_assert_max_num_queries):
    token = signing.dumps(
        {"email": "aiko@osaka.example", "language": "ja"}, salt=services.CONFIRM_SALT
    )

    with django_assert_max_num_queries(2):
        response = client.get(f"/{language}/newsletter/confirm/{token}/")

    assert response.status_code == 200
    assert page(response).html_lang() == language
    text = visible_text(response)
    assert translated(language, "Confirm my subscription") in text
    assert "aiko@osaka.example" in text
    assert "日本語" in text


def test_the_unsubscribe_page_makes_few_queries(client, aiko, django_assert_max_num_queries):
    url = services.unsubscribe_url(aiko.email, "ko").removeprefix("http://testserver")

    with django_assert_max_num_queries(2):
        response = client.get(url)

    assert response.status_code == 200
    assert aiko.email in visible_text(response)
