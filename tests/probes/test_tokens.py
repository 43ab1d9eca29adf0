"""The newsletter's signed links carry the address they act for; nothing else opens them.

A forged, tampered, expired or borrowed token (another link's, signed for something else)
answers the link's page in the reader's language, saying the link is not valid, with a 404
and never a 500; neither opening it nor pressing its button subscribes or unsubscribes
anyone.
"""

import time
from urllib.parse import quote, urlsplit

import pytest
from django.core import signing
from django.test import Client

from events import mailings
from events.models import Delivery, Unsubscribe
from newsletter import services
from newsletter.models import Newsletter, Subscriber
from tests.helpers import in_language, page, visible_text

pytestmark = pytest.mark.django_db

AIKO = "aiko@osaka.example"
CONFIRM_INVALID = (
    "This confirmation link is not valid. Please open the link exactly as it is in the mail, "
    "or subscribe again."
)
CONFIRM_EXPIRED = (
    "This confirmation link has expired. Please subscribe again: we will send you a new one."
)
UNSUBSCRIBE_INVALID = (
    "This link is not valid. Please open the link exactly as it is in the newsletter."
)


@pytest.fixture
def aiko(db):
    return services.confirm(AIKO, "ja")


def confirm_token(payload, salt: str = services.CONFIRM_SALT) -> str:
    return signing.dumps(payload, salt=salt, compress=True)


def unsubscribe_token() -> str:
    return urlsplit(services.unsubscribe_url(AIKO, "en")).path.split("/")[-2]


def tampered(token: str) -> str:
    return token[:-1] + ("A" if token[-1] != "A" else "B")


def state() -> list:
    """Who is subscribed, and who unsubscribed from what."""
    subscribers = Subscriber.objects.order_by("email").values_list("email", "language", "status")
    unsubscribes = Unsubscribe.objects.order_by("email").values_list("email", "mailing_list")
    return [list(subscribers), list(unsubscribes)]


def forged_confirmations() -> dict[str, str]:
    valid = {"email": "mallory@evil.example", "language": "en"}
    events_link = urlsplit(mailings.unsubscribe_url(AIKO, "en")).path.split("/")[-2]
    return {
        "made up": "forged-0123456789",
        "tampered": tampered(confirm_token(valid)),
        "unsigned": signing.b64_encode(
            b'{"email":"mallory@evil.example","language":"en"}'
        ).decode(),
        "another salt": confirm_token(valid, salt="newsletter.something.else"),
        "the unsubscribe link's": unsubscribe_token(),
        "the mailings' unsubscribe link's": events_link,
        "not a mapping": confirm_token(["mallory@evil.example", "en"]),
        "no address": confirm_token({"email": 5, "language": "en"}),
        "unknown language": confirm_token({"email": "mallory@evil.example", "language": "xx"}),
        "control characters": quote("\x00\r\n<script>"),
        "very long": "A" * 4000,
    }


def forged_unsubscribes() -> dict[str, str]:
    events_link = urlsplit(mailings.unsubscribe_url(AIKO, "en")).path.split("/")[-2]
    return {
        "made up": "forged-0123456789",
        "tampered": tampered(unsubscribe_token()),
        "unsigned": signing.b64_encode(AIKO.encode()).decode(),
        "the confirmation link's": confirm_token({"email": AIKO, "language": "ja"}),
        "the mailings' unsubscribe link's": events_link,
        "not an address": confirm_token({"email": AIKO}, salt=services.UNSUBSCRIBE_SALT),
        "control characters": quote("\x00\r\n<script>"),
        "very long": "A" * 4000,
    }


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_confirmation_link_subscribes_nobody(client, aiko, language, method):
    before = state()
    for name, token in forged_confirmations().items():
        response = getattr(client, method)(f"/{language}/newsletter/confirm/{token}/")

        assert response.status_code == 404, name
        assert page(response).html_lang() == language, name
        assert in_language(language, CONFIRM_INVALID) in visible_text(response), name
    assert state() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_an_expired_confirmation_link_subscribes_nobody(
    client, aiko, language, method, monkeypatch
):
    eight_days_ago = time.time() - 8 * 24 * 3600
    with monkeypatch.context() as past:
        past.setattr(signing.time, "time", lambda: eight_days_ago)
        token = confirm_token({"email": "late@example.org", "language": "ko"})
    before = state()

    response = getattr(client, method)(f"/{language}/newsletter/confirm/{token}/")

    assert response.status_code == 404
    assert in_language(language, CONFIRM_EXPIRED) in visible_text(response)
    assert state() == before


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_forged_unsubscribe_link_unsubscribes_nobody(client, aiko, language, method):
    before = state()
    for name, token in forged_unsubscribes().items():
        response = getattr(client, method)(f"/{language}/newsletter/unsubscribe/{token}/")

        assert response.status_code == 404, name
        assert page(response).html_lang() == language, name
        assert in_language(language, UNSUBSCRIBE_INVALID) in visible_text(response), name
    assert state() == before


def test_the_real_links_act_for_their_own_address_alone(client, aiko):
    """The control: the real links act once their button is pressed, each on its address."""
    new = confirm_token({"email": "new@example.org", "language": "zh-hans"})
    # Opening a link does nothing: mail scanners open them all.
    client.get(f"/ko/newsletter/unsubscribe/{unsubscribe_token()}/")
    client.get(f"/ko/newsletter/confirm/{new}/")
    assert state() == [[(AIKO, "ja", "subscribed")], []]

    client.post(f"/ko/newsletter/unsubscribe/{unsubscribe_token()}/")
    client.post(f"/ko/newsletter/confirm/{new}/")

    assert state() == [
        [(AIKO, "ja", "unsubscribed"), ("new@example.org", "zh-hans", "subscribed")],
        [(AIKO, "newsletter")],
    ]


def test_the_subscription_form_tells_nobody_who_is_subscribed(client, aiko, language):
    """A subscribed address and a new one get the same answer and the same page after it."""

    def answer(email: str) -> tuple[int, str]:
        response = client.post(
            f"/{language}/newsletter/", {"email": email, "language": "ja"}, follow=True
        )
        return response.status_code, visible_text(response).replace(email, "…")

    assert answer(AIKO) == answer("stranger@osaka.example")


def test_each_reader_of_an_issue_gets_the_link_that_unsubscribes_them_alone(client, aiko):
    """The issue is rendered once per language: the link in each mail, and in its header for
    one-click unsubscribing, must still be its reader's."""
    ben = services.confirm("ben@osaka.example", "ja")
    issue = Newsletter.objects.create(subject_en="Network news", introduction_en="Hello.")
    mailing = services.write_mailing(issue)
    composer = mailings.Composer(mailing)
    links = {}
    for reader in [aiko, ben]:
        delivery = Delivery(
            mailing=mailing,
            email=reader.email,
            language=reader.language,
            reason=mailings.usual_reason(mailing),
        )
        message = composer.message(delivery)
        link = message.extra_headers["List-Unsubscribe"].strip("<>")
        assert link in message.body
        assert link in message.alternatives[0][0]
        links[reader.email] = urlsplit(link).path

    client.post(links[AIKO])

    assert state()[0] == [(AIKO, "ja", "unsubscribed"), (ben.email, "ja", "subscribed")]


def test_a_mail_clients_one_click_unsubscribes_without_cookie_or_token(aiko):
    """RFC 8058: the mail client posts List-Unsubscribe=One-Click to the header's link, with
    no cookie and no CSRF token."""
    mail_client = Client(enforce_csrf_checks=True)

    response = mail_client.post(
        f"/en/newsletter/unsubscribe/{unsubscribe_token()}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert state() == [[(AIKO, "ja", "unsubscribed")], [(AIKO, "newsletter")]]
