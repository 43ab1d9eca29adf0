"""The portal's search finds resources by the words of their titles, summaries, publishers
and product groups in each language; an unpublished resource is not found."""

import pytest

from resources.models import Resource
from search import index
from search.models import Entry
from tests.resources.conftest import add_pdf
from tests.search.conftest import found_urls, search

pytestmark = pytest.mark.django_db

SUMMARIES = {
    "en": "Criteria for buying computers with longer lifetimes, easier repair and fewer "
    "hazardous substances.",
    "ko": "수명이 길고 수리가 쉬우며 유해 물질이 적은 컴퓨터를 구매하기 위한 기준입니다.",
    "ja": "長く使え、修理しやすく、有害物質の少ないコンピューターを調達するための基準です。",
    "zh-hans": "采购使用寿命更长、便于维修并减少有害物质的计算机的标准。",
}
# A word from the middle of each summary.
QUERIES = {"en": "repairs", "ko": "유해", "ja": "修理", "zh-hans": "维修"}


@pytest.fixture
def computers(db):
    return Resource.objects.create(
        slug="eu-gpp-criteria-computers",
        title_en="EU GPP criteria for computers",
        **{f"summary_{code.replace('-', '_')}": text for code, text in SUMMARIES.items()},
        publisher_en="European Commission",
        kind="criteria",
        year=2021,
        published=True,
    )


def test_a_word_from_the_middle_of_a_summary_finds_it(client, computers, language):
    response = search(client, language, QUERIES[language])

    assert response.status_code == 200
    assert found_urls(response) == [f"/{language}/resources/eu-gpp-criteria-computers/"]


def test_the_publisher_finds_it(client, computers):
    assert found_urls(search(client, "en", "European Commission")) == [
        "/en/resources/eu-gpp-criteria-computers/"
    ]


def test_an_unpublished_resource_is_not_found(client, computers):
    computers.published = False
    computers.save()

    assert found_urls(search(client, "en", "repair")) == []


@pytest.fixture
def queued(monkeypatch) -> list[tuple]:
    """The indexing tasks sent, instead of to the broker."""
    sent = []
    monkeypatch.setattr(index.index_later, "delay", lambda *args: sent.append(args))
    return sent


def test_the_text_of_the_latest_pdf_finds_it_once_the_task_has_read_it(
    client, computers, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        add_pdf(computers, "en", "first.pdf", "Annex on refurbished laptops")
        add_pdf(computers, "en", "second.pdf", "Annex on ecodesign of servers")

    # The save did not read the files; a task does, once the change is committed.
    assert found_urls(search(client, "en", "ecodesign")) == []
    assert queued == [("resources", [computers.pk])] * 2
    for args in queued:
        index.index_later(*args)

    assert found_urls(search(client, "en", "ecodesign")) == [
        "/en/resources/eu-gpp-criteria-computers/"
    ]
    assert found_urls(search(client, "en", "refurbished")) == []
    # Run again, the task writes the same entry.
    index.index_later(*queued[-1])
    assert Entry.objects.filter(kind="resources").count() == 1
    assert found_urls(search(client, "en", "ecodesign")) != []


def test_a_resource_without_files_is_indexed_in_the_save_itself(client, computers, queued):
    computers.title_en = "EU GPP criteria for laptops"
    computers.save()

    assert queued == []
    assert found_urls(search(client, "en", "laptops")) == [
        "/en/resources/eu-gpp-criteria-computers/"
    ]


def test_rebuilding_the_index_reads_the_files(client, computers, queued):
    add_pdf(computers, "en", "annex.pdf", "Annex on ecodesign of servers")

    index.rebuild()

    assert found_urls(search(client, "en", "ecodesign")) == [
        "/en/resources/eu-gpp-criteria-computers/"
    ]
