"""The library's sitemap: its page and each published resource, in every language."""

import pytest

from resources.sitemaps import ResourcesSitemap

pytestmark = pytest.mark.django_db


def test_the_library_and_its_published_resources(criteria, draft_guide):
    urls = [entry["location"] for entry in ResourcesSitemap().get_urls()]

    for language in ["en", "ko", "ja", "zh-hans"]:
        assert sum(url.endswith(f"/{language}/resources/") for url in urls) == 1
        assert (
            sum(url.endswith(f"/{language}/resources/eu-gpp-criteria-computers/") for url in urls)
            == 1
        )
    assert not [url for url in urls if "draft-guide" in url]
