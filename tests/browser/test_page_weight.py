"""Page weight: each kind of public page, with the styles, scripts and pictures its first
screen needs, weighs at most 200 KB on a first visit, compressed as the proxy sends text;
and no font is downloaded, as every reader's system has the fonts for its script."""

import gzip

import pytest

from tests.browser.test_accessibility import public_pages
from tests.conftest import LANGUAGES

LIMIT = 200_000
TEXT = ("text/", "application/javascript", "image/svg+xml", "application/json")

pytestmark = pytest.mark.django_db(transaction=True)


def weight(response) -> int:
    """The bytes a visitor receives: text as nginx sends it, gzipped; pictures as they are."""
    body = response.body()
    kind = response.headers.get("content-type", "")
    return len(gzip.compress(body, 6)) if kind.startswith(TEXT) else len(body)


def first_visit(page, path: str) -> list:
    """The responses the page's loading received."""
    fetched = []
    page.on("response", lambda response: fetched.append(response))
    page.goto(path, wait_until="load")
    return fetched


def test_every_public_page_weighs_at_most_200_kb_on_a_first_visit(new_page, demo):
    too_heavy = []
    for language in LANGUAGES:
        for name, path in public_pages(language).items():
            page = new_page(language, viewport={"width": 1366, "height": 768})
            fetched = first_visit(page, path)
            assert not [r for r in fetched if r.request.resource_type == "font"], path
            total = sum(weight(response) for response in fetched if response.status == 200)
            if total > LIMIT:
                too_heavy.append(f"{name} ({language}): {total:,} bytes")
            page.context.close()
    assert too_heavy == []
