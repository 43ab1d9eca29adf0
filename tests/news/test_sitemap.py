"""The sitemap lists the news page and every public article, in every language."""

import xml.etree.ElementTree as ET

import pytest

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_articles_only(
    client, launch_article, draft_article, scheduled_article
):
    response = client.get("/sitemap.xml")

    root = ET.fromstring(response.content)
    locations = [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)]
    news = sorted(location for location in locations if "/news/" in location)
    assert news == sorted(
        f"http://testserver/{language}{path}"
        for language in ["en", "ko", "ja", "zh-hans"]
        for path in ["/news/", "/news/procura-east-asia-launched/"]
    )
