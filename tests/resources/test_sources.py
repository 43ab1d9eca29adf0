"""Each event's documents and each award case study appear in the library without a second
upload, and follow their event or award year: hidden while it is, gone when they are."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from awards.models import Phase
from demo.resources import sample_pdf
from events.models import Document
from resources.models import Resource
from resources.sources import bring_in_missing, sync_all
from tests.factories import ApplicationFactory
from tests.helpers import page

pytestmark = pytest.mark.django_db


def links(response) -> dict[str, str]:
    return {
        attrs["href"].split("/")[-2]: text
        for attrs, text in page(response).find_all("a", class_="resource-link")
    }


@pytest.fixture
def slides(symposium):
    return Document.objects.create(
        event=symposium,
        title_en="Costs and benefits of GPP",
        title_zh_hans="绿色公共采购的成本与效益",
        kind="presentation",
        language="zh-hans",
        file=SimpleUploadedFile("slides.pdf", sample_pdf("slides")),
    )


@pytest.fixture
def winner(judged, beijing):
    application = ApplicationFactory(
        category=judged,
        government=beijing,
        status="winner",
        language="zh-hans",
        title_en="Electric buses for Beijing",
        title_zh_hans="北京电动公交车",
        slug="beijing-buses",
    )
    edition = judged.edition
    edition.phase = Phase.ANNOUNCED
    edition.save()
    return application


def test_an_events_document_is_listed(client, slides, language):
    response = client.get(f"/{language}/resources/?kind=presentation&language=zh-hans")

    expected = "Costs and benefits of GPP" if language != "zh-hans" else "绿色公共采购的成本与效益"
    assert list(links(response).values()) == [expected]
    resource = slides.resource
    assert resource.year == 2014
    detail = client.get(resource.get_absolute_url())
    assert detail.status_code == 200
    source = page(detail).find_all("a", class_="resource-source")
    assert [attrs["href"] for attrs, _text in source] == [slides.file.url]
    events = page(detail).find_all("a", class_="event-link")
    assert [attrs["href"] for attrs, _text in events] == [f"/{language}/events/symposium/"]


def test_an_events_document_downloads_from_where_it_is(client, slides):
    url = f"/en/resources/{slides.resource.slug}/download/zh-hans/"

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == slides.file.url
    assert client.get(f"/en/resources/{slides.resource.slug}/download/en/").status_code == 404


def test_an_unpublished_events_documents_are_hidden_until_it_is(
    client, slides, symposium, django_capture_on_commit_callbacks
):
    symposium.published = False
    symposium.save()
    assert links(client.get("/en/resources/")) == {}

    with django_capture_on_commit_callbacks(execute=True):
        symposium.published = True
        symposium.save()
    assert list(links(client.get("/en/resources/")).values()) == ["Costs and benefits of GPP"]


def test_a_deleted_document_leaves_the_library(slides):
    slides.delete()

    assert not Resource.objects.exists()


def test_a_case_study_is_listed_once_its_year_is_announced(client, winner, language):
    response = client.get(f"/{language}/resources/?kind=case-study")

    resource = Resource.objects.get(case_study=winner)
    assert resource.year == 2030
    assert resource.publisher_en == winner.government.name_en
    assert set(resource.available_in) == {"en", "zh-hans"}
    assert list(links(response)) == [resource.slug]
    detail = client.get(resource.get_absolute_url())
    source = page(detail).find_all("a", class_="resource-source")
    assert [attrs["href"] for attrs, _text in source] == [f"/{language}/awards/2030/beijing-buses/"]
    members = [attrs["href"] for attrs, _text in page(detail).find_all("a", class_="member-link")]
    assert members == [f"/{language}/members/beijing/"]


def test_applications_in_judging_are_not_listed(client, judged, beijing_entry):
    beijing_entry.status = "winner"
    beijing_entry.save()

    assert not Resource.objects.filter(published=True).exists()
    assert links(client.get("/en/resources/")) == {}


def test_a_case_study_taken_out_of_the_results_leaves_the_list(client, winner):
    winner.status = "not_selected"
    winner.save()

    assert links(client.get("/en/resources/")) == {}


def test_a_withdrawn_case_study_leaves_the_cached_list_at_once(
    client, winner, django_capture_on_commit_callbacks
):
    assert list(links(client.get("/en/resources/"))) == [winner.resource.slug]

    with django_capture_on_commit_callbacks(execute=True):
        winner.status = "not_selected"
        winner.save()

    assert links(client.get("/en/resources/")) == {}


def test_bringing_everything_in_again_changes_nothing(slides, winner):
    before = list(Resource.objects.order_by("pk").values_list("pk", "slug", "published"))

    assert sync_all() == 2
    assert list(Resource.objects.order_by("pk").values_list("pk", "slug", "published")) == before


def test_documents_saved_without_signals_are_brought_in(client, symposium):
    Document.objects.bulk_create(
        [Document(event=symposium, title_en="Report", kind="report", language="en", file="x.pdf")]
    )

    bring_in_missing()

    assert list(links(client.get("/en/resources/?kind=report")).values()) == ["Report"]
