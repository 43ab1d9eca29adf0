"""Guessing passwords stays slow, however the guesses are dressed up.

tests/test_accounts.py shows that five wrong passwords lock an account for a while; here
the guesses change language, the spelling of the address, the host name or the claimed
client address, or spread over many accounts.
"""

import pytest

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


def test_guessing_across_many_accounts_from_one_address_is_slowed(client, olivia):
    """A forged X-Forwarded-For header does not make the guesses come from elsewhere."""
    for number in range(10):
        forwarded = {"HTTP_X_FORWARDED_FOR": f"198.51.100.{number}"}
        attempt(client, f"official{number}@beijing.example", "guess", "ja", **forwarded)

    response = attempt(client, olivia.email, PASSWORD, "ja", HTTP_X_FORWARDED_FOR="203.0.113.9")

    assert is_locked_out(response, "ja")
    assert not signed_in(client)


def test_the_lock_is_for_the_account_guessed_not_for_its_neighbours(client, olivia, li):
    for _attempt in range(5):
        attempt(client, olivia.email, "guess")

    attempt(client, li.email, PASSWORD)

    assert signed_in(client)
