"""The files that crawlers and browsers ask for: sitemap, robots.txt, favicon."""

import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from tests.factories import EventFactory, GovernmentFactory

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


@pytest.mark.django_db
def test_sitemap_lists_every_page_once_in_every_language_with_alternates(client):
    GovernmentFactory(slug="beijing")
    GovernmentFactory(slug="draft", published=False)
    EventFactory(slug="symposium")
    EventFactory(slug="unpublished", published=False)

    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", NS)
    listed = Counter(url.findtext("s:loc", namespaces=NS) for url in urls)
    assert [loc for loc, times in listed.items() if times > 1] == []
    locations = {url.findtext("s:loc", namespaces=NS): url for url in urls}
    assert not [loc for loc in locations if "/draft/" in loc or "/unpublished/" in loc]
    for path in [
        "/",
        "/about/",
        "/members/",
        "/members/beijing/",
        "/events/",
        "/events/symposium/",
        "/awards/",
    ]:
        for language in ["en", "ko", "ja", "zh-hans"]:
            url = locations[f"http://testserver/{language}{path}"]
            alternates = {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
            assert alternates["ko"] == f"http://testserver/ko{path}"
            assert alternates["zh-hans"] == f"http://testserver/zh-hans{path}"
            assert alternates["x-default"] == f"http://testserver{path}"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_accounts(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /*/accounts/" in lines
    assert "Disallow: /*/admin/" in lines


def test_favicon_ico_leads_to_the_portals_icon(client):
    response = client.get("/favicon.ico", follow=True)

    assert response.redirect_chain == [("/static/procura/favicon.svg", 302)]
    assert b"<svg" in b"".join(response.streaming_content)


@pytest.mark.django_db
def test_sitemap_and_robots_txt_name_site_url_whatever_host_was_asked(client, settings):
    settings.SITE_URL = "https://procura-east-asia.org"
    GovernmentFactory(slug="beijing")

    sitemap = client.get("/sitemap.xml", headers={"host": "localhost"})
    robots = client.get("/robots.txt", headers={"host": "localhost"})

    root = ET.fromstring(sitemap.content)
    addresses = [url.findtext("s:loc", namespaces=NS) for url in root.findall("s:url", NS)]
    addresses += [link.get("href") for link in root.iter(f"{{{NS['x']}}}link")]
    assert "https://procura-east-asia.org/ko/members/beijing/" in addresses
    assert [address for address in addresses if not address.startswith(settings.SITE_URL)] == []
    assert "Sitemap: https://procura-east-asia.org/sitemap.xml" in robots.content.decode()
