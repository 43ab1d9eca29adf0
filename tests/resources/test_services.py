"""New versions and removed files keep a resource's languages and its stable addresses right."""

import pytest

from resources.models import Resource
from tests.resources.conftest import add_pdf

pytestmark = pytest.mark.django_db


def test_a_copy_loaded_before_a_new_file_does_not_forget_its_language(criteria):
    stale = Resource.objects.get(pk=criteria.pk)
    add_pdf(criteria, "ko", "기준.pdf")

    stale.title_en = "EU GPP criteria for computers"
    stale.save()

    assert Resource.objects.get(pk=criteria.pk).available_in == ["en", "ko", "zh-hans"]


def test_removing_the_latest_version_serves_the_one_before(
    client, criteria, django_capture_on_commit_callbacks, settings
):
    latest = criteria.files.get(language="en", version=2)
    stored = settings.MEDIA_ROOT / latest.file.name

    with django_capture_on_commit_callbacks(execute=True):
        latest.delete()

    response = client.get("/en/resources/eu-gpp-criteria-computers/download/en/")
    assert b"first version" in b"".join(response.streaming_content)
    assert not stored.exists()


def test_removing_a_languages_only_file_removes_the_language(criteria):
    criteria.files.get(language="zh-hans").delete()

    assert Resource.objects.get(pk=criteria.pk).available_in == ["en"]


def test_versions_are_numbered_per_language(criteria):
    item = add_pdf(criteria, "zh-hans", "新版.pdf")

    assert item.version == 2
    assert add_pdf(criteria, "ja", "基準.pdf").version == 1
