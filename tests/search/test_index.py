"""The index follows every save and delete of what it finds: a renamed government is found
by its new name alone, an unpublished event or a draft article is not found, a scheduled
article is found from its publication on, and a case study once its year is announced."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from awards.models import ApplicationStatus, Phase
from events.models import Session, Speaker
from members.models import MemberGovernment
from news.models import ArticleStatus
from search import index
from search.models import Entry, Word
from tests.factories import (
    ApplicationFactory,
    CategoryFactory,
    CommitmentFactory,
    EditionFactory,
    EventFactory,
    GovernmentFactory,
)
from tests.news.conftest import ArticleFactory
from tests.search.conftest import found_urls, search

pytestmark = pytest.mark.django_db


def finds(client, q: str, url: str, language: str = "en") -> bool:
    return url in found_urls(search(client, language, q))


def test_a_government_is_found_by_its_new_name_alone(client):
    government = GovernmentFactory(slug="town", name_en="Riverside")
    assert finds(client, "Riverside", "/en/members/town/")

    government.name_en = "Lakeside"
    government.save()

    assert finds(client, "Lakeside", "/en/members/town/")
    assert not finds(client, "Riverside", "/en/members/town/")


def test_a_deleted_or_unpublished_government_is_no_longer_found(client):
    kept = GovernmentFactory(slug="kept", name_en="Hilltop")
    gone = GovernmentFactory(slug="gone", name_en="Hilltop Valley")
    assert finds(client, "Hilltop", "/en/members/gone/")

    gone.delete()
    kept.published = False
    kept.save()

    assert Entry.objects.count() == 0
    assert not finds(client, "Hilltop", "/en/members/kept/")


def test_a_commitment_is_found_on_its_government(client):
    government = GovernmentFactory(slug="town")
    commitment = CommitmentFactory(government=government, title_zh_hans="新能源公交车")

    assert finds(client, "公交", "/zh-hans/members/town/", "zh-hans")

    commitment.delete()

    assert not finds(client, "公交", "/zh-hans/members/town/", "zh-hans")


def test_an_events_programme_and_speakers_are_found_on_its_page(client):
    event = EventFactory(slug="forum")
    start = event.starts
    Session.objects.create(
        event=event, title_ja="電気バスの調達", starts=start, ends=start, title_en="Buses"
    )
    Speaker.objects.create(event=event, name="Hana Kim", organisation_ko="서울특별시청")

    assert finds(client, "電気バス", "/ja/events/forum/", "ja")
    assert finds(client, "Hana Kim", "/en/events/forum/")
    assert finds(client, "서울특별시청", "/ko/events/forum/", "ko")

    event.published = False
    event.save()

    assert not finds(client, "Hana Kim", "/en/events/forum/")


def test_an_article_is_found_once_published_and_from_its_publication(client):
    article = ArticleFactory(
        slug="launch", title_en="Zero-emission ferries", status=ArticleStatus.DRAFT
    )
    assert not finds(client, "ferries", "/en/news/launch/")

    article.status = ArticleStatus.PUBLISHED
    article.published_at = timezone.now() + datetime.timedelta(hours=1)
    article.save()
    assert not finds(client, "ferries", "/en/news/launch/")

    Entry.objects.filter(kind="news").update(public_from=timezone.now())
    assert finds(client, "ferries", "/en/news/launch/")


def test_a_case_study_is_found_once_its_year_is_announced(client):
    edition = EditionFactory(year=2029, phase=Phase.JUDGING)
    application = ApplicationFactory(
        category=CategoryFactory(edition=edition),
        title_en="Induction kitchens for schools",
        status=ApplicationStatus.WINNER,
    )
    url = application.get_absolute_url()
    assert not finds(client, "kitchens", url)

    edition.phase = Phase.ANNOUNCED
    edition.save()

    assert finds(client, "kitchens", url)


def test_changes_without_signals_are_indexed_by_the_rebuild(client):
    GovernmentFactory(slug="town", name_en="Riverside")
    MemberGovernment.objects.filter(slug="town").update(name_en="Seaside")
    assert not finds(client, "Seaside", "/en/members/town/")

    printed = io.StringIO()
    call_command("rebuild_search_index", stdout=printed)

    assert finds(client, "Seaside", "/en/members/town/")
    assert "members 1" in printed.getvalue()
    assert Word.objects.filter(word="seaside").exists()
    assert not Word.objects.filter(word="riverside").exists()


def test_a_database_with_content_and_no_index_is_indexed_after_migrate(client):
    GovernmentFactory(slug="town", name_en="Riverside")
    Entry.objects.all().delete()

    index.index_if_empty(sender=None)

    assert finds(client, "Riverside", "/en/members/town/")


def test_a_very_long_text_is_saved_and_found_by_its_beginning(client):
    # As many different pairs of characters as there can be, and thousands of words.
    han = "".join(chr(0x4E00 + (number * 7919) % 20000) for number in range(60_000))
    words = " ".join(f"w{number:05x}q" for number in range(12_000))
    GovernmentFactory(slug="long", summary_zh_hans="采购" + han, gpp_policy_en=words)

    assert finds(client, "采购", "/zh-hans/members/long/", "zh-hans")
    assert finds(client, "w00000q", "/en/members/long/")
