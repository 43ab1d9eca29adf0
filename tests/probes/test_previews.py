"""What is not public yet stays out of sight, whoever looked at it before.

Anonymous visitors get public pages from the cache, and nginx keeps what the portal marks
public. A draft article, an unpublished resource and its files, or a government's evidence,
once opened by someone allowed, must still be refused to the visitor who asks next, and
their answers must never be marked for a shared cache. Nor may a public page, the sitemap,
the feed or the open data name what is not public: drafts, scheduled articles, unpublished
resources and events, hidden governments, reports not validated.
"""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from events.models import Document
from impact.models import ProductGroup, Report, ReportLine
from impact.services import reopen
from resources.models import Resource


@pytest.fixture
def previews(world) -> list[str]:
    unpublished = world.resources.unpublished.slug
    with translation.override("en"):
        return [
            reverse("news:detail", args=[world.articles.draft.slug]),
            reverse("resources:detail", args=[unpublished]),
            reverse("resources:download", args=[unpublished, "en"]),
            reverse("resources:version", args=[unpublished, "en", 1]),
            reverse("events:detail", args=[world.draft.slug]),
        ]


@pytest.fixture
def evidence(world) -> list[str]:
    items = world.reports.evidence
    with translation.override("en"):
        return [
            reverse("impact:evidence", args=["beijing", items.beijing.pk]),
            reverse("impact:evidence", args=["beijing", items.submitted.pk]),
        ]


def statuses(client, urls: list[str]) -> list[int]:
    return [client.get(url).status_code for url in urls]


def shared(client, urls: list[str]) -> list[str]:
    """The URLs whose answer a shared cache may keep."""
    return [url for url in urls if "public" in client.get(url).get("Cache-Control", "")]


def test_a_staff_preview_is_not_what_the_next_visitor_gets(act_as, previews):
    assert statuses(act_as("anonymous"), previews) == [404] * len(previews)
    staff = act_as("stella")
    assert statuses(staff, previews) == [200] * len(previews)
    assert shared(staff, previews) == []

    assert statuses(act_as("anonymous"), previews) == [404] * len(previews)
    assert statuses(act_as("sam"), previews) == [404] * len(previews)


def test_evidence_opened_by_an_official_is_refused_to_the_next(act_as, evidence):
    official = act_as("li")
    assert statuses(official, evidence) == [200] * len(evidence)
    assert shared(official, evidence) == []
    response = official.get(evidence[0])
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].startswith("attachment;")

    for persona in ["anonymous", "minji", "jae", "sam"]:
        assert statuses(act_as(persona), evidence) == [404] * len(evidence), persona


def test_the_sitemap_and_the_feed_list_none_of_them(client, world):
    """Nor do the lists that machines read: the sitemap and the news feed."""
    hidden = ["/news/unfinished/", "/news/tomorrow/", "/resources/unpublished/", "/events/draft/"]
    sitemap = client.get("/sitemap.xml").content.decode()
    feed = client.get("/en/news/feed/").content.decode()

    assert "/news/launch/" in sitemap
    assert "/news/launch/" in feed
    assert [path for path in hidden if path in sitemap or path in feed] == []


def test_an_officials_view_of_the_profile_is_not_the_next_visitors(act_as, world):
    """Li's profile of Beijing links to its reporting pages; the visitor after him gets the
    public profile, from the cache or not."""
    with translation.override("en"):
        profile = world.beijing.get_absolute_url()
        reports = reverse("impact:reports", args=["beijing"])
    assert reports not in act_as("anonymous").get(profile).content.decode()  # now cached
    assert reports in act_as("li").get(profile).content.decode()

    for persona in ["anonymous", "minji", "sam"]:
        assert reports not in act_as(persona).get(profile).content.decode(), persona


def test_public_pages_link_to_no_hidden_object(act_as, world):
    """Each public page of the newer apps names what it concerns: a published resource
    superseded by an unpublished one and about a draft article, a published article about
    a hidden government and a draft event, a profile and an event page with a draft and a
    scheduled article about them. None of the hidden ones is named or linked."""
    articles, resources = world.articles, world.resources
    criteria, article = resources.criteria, articles.published
    criteria.superseded_by = resources.unpublished
    criteria.save()
    criteria.articles.add(articles.draft, articles.scheduled)
    for item in [criteria, article]:
        item.members.add(world.hidden)
        item.events.add(world.draft)
    for item in [articles.draft, articles.scheduled]:
        item.members.add(world.beijing)
        item.events.add(world.forum)
    with translation.override("en"):
        pages = [
            criteria.get_absolute_url(),
            article.get_absolute_url(),
            world.beijing.get_absolute_url(),
            world.forum.get_absolute_url(),
            "/en/news/",
            "/en/resources/",
        ]
        hidden = [
            resources.unpublished.get_absolute_url(),
            articles.draft.get_absolute_url(),
            articles.scheduled.get_absolute_url(),
            world.hidden.get_absolute_url(),
            world.draft.get_absolute_url(),
        ]

    for persona in ["anonymous", "li"]:
        client = act_as(persona)
        html = {url: client.get(url) for url in pages}
        assert {url: response.status_code for url, response in html.items()} == dict.fromkeys(
            pages, 200
        )
        named = [
            (url, path)
            for url, response in html.items()
            for path in hidden
            if path in response.content.decode()
        ]
        assert named == [], persona


def test_the_open_data_holds_validated_reports_of_published_governments_alone(client, world):
    """Beijing's submitted and draft years, and a validated report of a hidden government,
    stay out of the CSV and the JSON; a correction in progress leaves the validated version."""
    report = Report.objects.create(
        government=world.hidden, year=2023, currency="CNY", status="validated", published=True
    )
    ReportLine.objects.create(
        report=report, product_group=ProductGroup.objects.get(), green_spend=1, total_spend=2
    )
    reopen(world.reports.validated, world.reports.validated.updated_by)

    rows = csv.DictReader(
        io.StringIO(client.get("/en/impact/data.csv").content.decode("utf-8-sig"))
    )
    lines = client.get("/api/impact.json").json()["lines"]

    expected = {("beijing", "2023", "1"), ("seoul", "2024", "1")}
    assert {(row["government"], row["year"], row["version"]) for row in rows} == expected
    assert {(line["government"], str(line["year"]), str(line["version"])) for line in lines} == (
        expected
    )


def test_a_staff_password_without_the_second_factor_previews_nothing(
    client, settings, stella, previews, evidence
):
    """A stolen password alone shows what an anonymous visitor sees."""
    settings.STAFF_REQUIRE_TWO_FACTOR = True
    client.force_login(stella)

    assert statuses(client, previews + evidence) == [404] * len(previews + evidence)


def test_the_library_shows_the_documents_and_case_studies_of_public_pages_alone(act_as, world):
    """The library lists each event's documents and each announced case study: a draft
    event's slides and an application still in judging stay out of it."""
    for event in [world.draft, world.forum]:
        Document.objects.create(
            event=event, file="documents/slides.pdf", language="en", title_en="Slides"
        )
    shown = {world.forum, world.winner}
    resources = Resource.objects.exclude(event_document=None, case_study=None)
    expected = {
        resource.get_absolute_url(): (
            resource.event_document.event if resource.event_document_id else resource.case_study
        )
        in shown
        for resource in resources.select_related("event_document__event", "case_study")
    }
    assert set(expected.values()) == {True, False}

    for persona in ["anonymous", "li", "sam"]:
        client = act_as(persona)
        library = client.get("/en/resources/").content.decode()
        found = {url: url in library and client.get(url).status_code == 200 for url in expected}
        assert found == expected, persona
