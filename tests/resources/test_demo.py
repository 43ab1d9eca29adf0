"""The demo library: real GPP publications and a case study, with placeholder PDFs per
language and version, one superseded; the award case studies of the demo appear with them."""

import pytest

from demo.load import read
from resources.models import Resource, ResourceFile
from tests.conftest import LANGUAGES
from tests.helpers import page

pytestmark = pytest.mark.django_db

RECORDS = read("resources")["resources"]


def test_loading_twice_duplicates_nothing(demo_output):
    versions = sum(len(files) for record in RECORDS for files in record["files"].values())
    samples = Resource.objects.filter(sample=True)
    assert samples.count() == len(RECORDS)
    assert ResourceFile.objects.filter(resource__sample=True).count() == versions
    assert f"Resources: {len(RECORDS)} samples with {versions} files" in demo_output


def test_every_record_is_written_in_four_languages(demo):
    for resource in Resource.objects.filter(sample=True):
        for code in ("en", "ko", "ja", "zh_hans"):
            for field in ("title", "summary", "publisher"):
                assert getattr(resource, f"{field}_{code}"), (resource.slug, field, code)


def test_the_files_are_valid_pdfs_in_their_languages(demo, client):
    for resource in Resource.objects.filter(sample=True):
        record = next(record for record in RECORDS if record["slug"] == resource.slug)
        assert resource.available_in == [
            code for code in ("en", "ko", "ja", "zh-hans") if code in record["files"]
        ]
        for code in resource.available_in:
            response = client.get(f"/en/resources/{resource.slug}/download/{code}/")
            content = b"".join(response.streaming_content)
            assert content.startswith(b"%PDF-1.4")
            assert content.rstrip().endswith(b"%%EOF")


def test_the_library_shows_the_demo_in_each_language(demo, client):
    for language in LANGUAGES:
        response = client.get(f"/{language}/resources/?language=ja")
        assert response.status_code == 200
        links = page(response).find_all("a", class_="resource-link")
        slugs = {attrs["href"].split("/")[-2] for attrs, _text in links}
        assert {"japan-basic-policy-green-purchasing", "gpn-purchasing-guidelines"} <= slugs

        manual = client.get(f"/{language}/resources/procura-plus-manual/")
        assert "Procura+" in page(manual).find_all("h1")[0][1]

        old = client.get(f"/{language}/resources/eu-gpp-criteria-office-it-2016/")
        links = page(old).find_all("a", class_="superseded-by")
        assert [attrs["href"] for attrs, _text in links] == [
            f"/{language}/resources/eu-gpp-criteria-computers-2021/"
        ]
