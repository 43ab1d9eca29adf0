"""The search tests' helpers, and the demo content the search finds.

The demo governments, events, awards and news are loaded as load_demo loads them, through
the ORM, so that the index learns them from the saves alone."""

import io
import re
from urllib.parse import urlencode

import pytest
from django.test import override_settings

from demo import accounts, awards, events, members, news


@pytest.fixture
def demo_content(db):
    printed = io.StringIO()
    with override_settings(DEBUG=True):
        for module in (accounts, members, events, awards, news):
            module.load(printed)


def search(client, language: str, q: str, **params):
    return client.get(f"/{language}/search/?{urlencode({'q': q, **params})}")


def found_urls(response) -> list[str]:
    """The addresses of the results on a search page, in their order."""
    html = response.content.decode()
    return re.findall(r'<li class="search-result">\s*<h3><a href="([^"]+)"', html)
