"""No link or redirect of the portal takes people to another host, whatever `next=` says.

Each address is judged as a browser reads it: a backslash counts as a slash, and tabs,
newlines and surrounding spaces are dropped.
"""

import itertools
from urllib.parse import quote, urljoin, urlsplit

import pytest

from tests.conftest import LANGUAGES
from tests.factories import PASSWORD
from tests.helpers import page, totp_code

pytestmark = pytest.mark.django_db

EVIL = [
    "//evil.example",
    "///evil.example",
    "https://evil.example/",
    "https:evil.example",
    "http:evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    " //evil.example",
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "https://testserver@evil.example/",
    "javascript:alert(document.domain)//",
]
# Each address, in one of the languages in turn.
CASES = list(zip(EVIL, itertools.cycle(LANGUAGES), strict=False))
SITE = ("http", "testserver")


def destination(location: str, base: str = "http://testserver/en/accounts/login/"):
    """(scheme, host) where a browser goes on `location`."""
    cleaned = location.strip("".join(map(chr, range(0x21))))
    for character, replacement in [("\t", ""), ("\n", ""), ("\r", ""), ("\\", "/")]:
        cleaned = cleaned.replace(character, replacement)
    url = urlsplit(urljoin(base, cleaned))
    return url.scheme, url.hostname


def redirected_to(response) -> tuple[str, str | None]:
    assert response.status_code == 302
    return destination(response["Location"])


@pytest.mark.parametrize(("evil", "language"), CASES)
def test_sign_in_stays_on_the_site(client, olivia, evil, language):
    login = f"/{language}/accounts/login/"
    credentials = {"login": olivia.email, "password": PASSWORD}

    in_form = client.post(login, {**credentials, "next": evil})
    client.logout()
    in_address = client.post(f"{login}?next={quote(evil, safe='%')}", credentials)

    assert redirected_to(in_form) == SITE
    assert redirected_to(in_address) == SITE


@pytest.mark.parametrize(("evil", "language"), CASES)
def test_staff_sign_in_with_a_code_stays_on_the_site(client, stella, evil, language):
    credentials = {"login": stella.email, "password": PASSWORD, "next": evil}
    client.post(f"/{language}/accounts/login/", credentials)

    response = client.post(
        f"/{language}/accounts/2fa/authenticate/", {"code": totp_code(stella.totp_secret)}
    )

    assert redirected_to(response) == SITE
    assert client.get(f"/{language}/").context["user"] == stella


@pytest.mark.parametrize(("evil", "language"), CASES)
def test_signed_in_visitors_of_the_sign_in_page_stay_on_the_site(client, olivia, evil, language):
    client.force_login(olivia)

    response = client.get(f"/{language}/accounts/login/", {"next": evil})

    assert redirected_to(response) == SITE


@pytest.mark.parametrize(("evil", "language"), CASES)
def test_sign_out_stays_on_the_site(client, olivia, evil, language):
    client.force_login(olivia)

    response = client.post(f"/{language}/accounts/logout/", {"next": evil})

    assert redirected_to(response) == SITE
    assert not client.get(f"/{language}/").context["user"].is_authenticated


@pytest.mark.parametrize(("evil", "language"), CASES)
def test_language_links_stay_on_the_site(client, evil, language):
    for path in [f"/{language}/{evil}", f"/{language}/about/?next={quote(evil)}"]:
        html = page(client.get(path))
        alternates = html.find_all("link", rel="alternate")  # the languages' and the feeds'
        links = [*html.switcher().values(), *(attrs["href"] for attrs, _ in alternates)]

        assert len(html.switcher()) + len([a for a, _ in alternates if "hreflang" in a]) == 9
        assert {destination(link, f"http://testserver{path}") for link in links} == {SITE}


@pytest.mark.parametrize("evil", EVIL)
def test_adding_the_language_prefix_stays_on_the_site(client, evil):
    """The admin answers any path under it, so that each of these is redirected."""
    response = client.get(f"/admin/{quote(evil, safe='%/:@')}", follow=True)

    assert len(response.redirect_chain) == 3  # to /en/admin/…, the admin's and our sign-in
    assert {destination(url, "http://testserver/") for url, _ in response.redirect_chain} == {SITE}
