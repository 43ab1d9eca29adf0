"""Guessing passwords, and mailing strangers through the newsletter's form, stay slow, however
the attempts are dressed up.

tests/test_accounts.py shows that five wrong passwords lock an account for a while; here
the guesses change language, the spelling of the address, the host name or the claimed
client address, or spread over many accounts. Behind the proxies TRUSTED_PROXY_COUNT names,
each client is counted on its own, so one cannot lock everyone out.
"""

import pytest
from django.core import mail

from tests.conftest import LANGUAGES
from tests.factories import PASSWORD
from tests.helpers import in_language, visible_text

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed login attempts. Try again later."


def attempt(client, email, password, language="en", **headers):
    return client.post(
        f"/{language}/accounts/login/", {"login": email, "password": password}, **headers
    )


def is_locked_out(response, language) -> bool:
    return in_language(language, LOCKED) in visible_text(response)


def signed_in(client) -> bool:
    return client.get("/en/").context["user"].is_authenticated


def test_guesses_in_every_language_and_spelling_count_for_one_account(client, olivia):
    spellings = ["OLIVIA@BEIJING.EXAMPLE", "Olivia@Beijing.example", " olivia@beijing.example "]
    for number in range(5):
        attempt(client, spellings[number % 3], "guess", LANGUAGES[number % 4])

    response = attempt(client, olivia.email, PASSWORD, "zh-hans")

    assert is_locked_out(response, "zh-hans")
    assert not signed_in(client)


def test_another_host_name_does_not_reset_the_count(client, olivia):
    for _attempt in range(5):
        attempt(client, olivia.email, "guess")

    response = attempt(client, olivia.email, PASSWORD, "ko", HTTP_HOST="localhost")

    assert is_locked_out(response, "ko")
    assert not signed_in(client)


def fail_ten_sign_ins(client, forwarded: str | None = None):
    """Ten wrong passwords for ten accounts, which reach the per-address limit and no
    account's; `forwarded` is the X-Forwarded-For header, `{n}` the attempt's number."""
    for number in range(10):
        headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded.format(n=number)}
        attempt(client, f"official{number}@beijing.example", "guess", "ja", **headers)


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(client, settings, olivia):
    """With TRUSTED_PROXY_COUNT=0 (runserver), a forged header picks no other address."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    fail_ten_sign_ins(client, "198.51.100.{n}")

    response = attempt(client, olivia.email, PASSWORD, "ja", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert is_locked_out(response, "ja")
    assert not signed_in(client)


def test_behind_the_proxy_one_client_does_not_lock_out_another(client, settings, olivia):
    """Every request comes from the proxy's address; the proxy appends the client's."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    fail_ten_sign_ins(client, "198.51.100.7")

    response = attempt(client, olivia.email, PASSWORD, "ko", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert not is_locked_out(response, "ko")
    assert signed_in(client)


def test_behind_the_proxy_the_guessing_client_is_slowed(client, settings, olivia):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    fail_ten_sign_ins(client, "198.51.100.7")

    response = attempt(client, olivia.email, PASSWORD, "ko", HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert is_locked_out(response, "ko")
    assert not signed_in(client)


def test_forged_entries_before_the_proxys_do_not_change_the_client(client, settings, olivia):
    """The client writes what it likes into the header; only the proxy's entry counts."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    fail_ten_sign_ins(client, "198.51.100.{n}, 10.0.0.{n}, 203.0.113.9")

    response = attempt(
        client, olivia.email, PASSWORD, "zh-hans", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.9"
    )

    assert is_locked_out(response, "zh-hans")
    assert not signed_in(client)


@pytest.mark.parametrize(
    "forwarded", [None, "", "203.0.113.9", "not-an-address", "not-an-address, 203.0.113.9"]
)
def test_a_missing_or_short_header_counts_the_connections_address(
    client, settings, olivia, forwarded
):
    """Two trusted proxies write two entries; a request with fewer did not pass them, so
    it is the connection's own address (the test client's) that is counted, without a 500."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    fail_ten_sign_ins(client)

    headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    response = attempt(client, olivia.email, PASSWORD, "en", **headers)

    assert response.status_code == 200
    assert is_locked_out(response, "en")
    assert not signed_in(client)


def test_the_lock_is_for_the_account_guessed_not_for_its_neighbours(client, olivia, li):
    for _attempt in range(5):
        attempt(client, olivia.email, "guess")

    attempt(client, li.email, PASSWORD)

    assert signed_in(client)


# The newsletter's form mails a confirmation to whatever address is typed in: 3 an hour per
# address, 10 an hour per client (ACCOUNT_RATE_LIMITS["subscribe_to_newsletter"]).
TOO_MANY_SUBSCRIPTIONS = (
    "Too many subscriptions have come from your network or for this address in the last "
    "hour. Please try again later."
)


def subscribe(client, email, language="en", **headers):
    return client.post(f"/{language}/newsletter/", {"email": email, "language": "ko"}, **headers)


def confirmations_to(address: str) -> int:
    return len([message for message in mail.outbox if message.to[0].lower() == address])


def is_refused_a_subscription(response, language) -> bool:
    return response.status_code == 429 and in_language(
        language, TOO_MANY_SUBSCRIPTIONS
    ) in visible_text(response)


def test_one_mailbox_gets_three_confirmations_however_its_address_is_spelt(client, settings):
    """From four clients behind the proxy, in four languages and spellings: the address is
    counted as one."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    spellings = [
        "victim@example.org",
        "VICTIM@example.org",
        " Victim@Example.org ",
        "victim@EXAMPLE.ORG",
    ]
    answers = [
        subscribe(client, spelling, LANGUAGES[n], HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
        for n, spelling in enumerate(spellings)
    ]

    assert [answer.status_code for answer in answers[:3]] == [302] * 3
    assert is_refused_a_subscription(answers[3], LANGUAGES[3])
    assert confirmations_to("victim@example.org") == 3


def subscribe_ten(client, forwarded: str | None = None):
    """Ten subscriptions of ten addresses, which reach the per-client limit and no address's;
    `forwarded` is the X-Forwarded-For header, `{n}` the attempt's number."""
    for number in range(10):
        headers = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded.format(n=number)}
        assert subscribe(client, f"reader{number}@example.org", "ja", **headers).status_code == 302


def test_without_a_trusted_proxy_a_forwarded_header_makes_no_new_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    subscribe_ten(client, "198.51.100.{n}")

    response = subscribe(client, "one@example.org", "ko", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert is_refused_a_subscription(response, "ko")
    assert confirmations_to("one@example.org") == 0


def test_forged_entries_before_the_proxys_make_no_new_client(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    subscribe_ten(client, "198.51.100.{n}, 203.0.113.9")

    response = subscribe(
        client, "one@example.org", "zh-hans", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.9"
    )

    assert is_refused_a_subscription(response, "zh-hans")
    assert confirmations_to("one@example.org") == 0


def test_behind_the_proxy_one_client_does_not_block_another(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    subscribe_ten(client, "203.0.113.9")

    response = subscribe(client, "one@example.org", "en", HTTP_X_FORWARDED_FOR="198.51.100.7")

    assert response.status_code == 302
    assert confirmations_to("one@example.org") == 1
