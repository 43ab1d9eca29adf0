"""The search tests' helpers."""

import re
from urllib.parse import urlencode


def search(client, language: str, q: str, **params):
    return client.get(f"/{language}/search/?{urlencode({'q': q, **params})}")


def found_urls(response) -> list[str]:
    """The addresses of the results on a search page, in their order."""
    html = response.content.decode()
    return re.findall(r'<li class="search-result">\s*<h3><a href="([^"]+)"', html)
