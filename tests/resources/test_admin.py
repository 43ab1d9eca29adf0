"""The library's admin: a tab per language, the files of every version with an upload for a
new one, filters and search; staff without rights get nothing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resources.admin import ResourceAdmin
from resources.models import Resource
from tests.helpers import form_data, media_files, page
from tests.resources.conftest import pdf

pytestmark = pytest.mark.django_db

ADD_URL = "/en/admin/resources/resource/add/"


def test_a_tab_per_language_and_every_version_listed(staff_client, criteria, language):
    response = staff_client.get(f"/{language}/admin/resources/resource/{criteria.pk}/change/")

    assert response.status_code == 200
    body = response.content.decode()
    for field in ("title", "summary", "publisher"):
        for code in ("en", "ko", "ja", "zh_hans"):
            assert f'name="{field}_{code}"' in body
    links = [attrs.get("href", "") for attrs, _text in page(response).find_all("a")]
    versions = [href for href in links if "/download/" in href]
    assert sorted(versions) == [
        f"/{language}/resources/eu-gpp-criteria-computers/download/en/1/",
        f"/{language}/resources/eu-gpp-criteria-computers/download/en/2/",
        f"/{language}/resources/eu-gpp-criteria-computers/download/zh-hans/1/",
    ]


def test_staff_add_a_resource_with_its_first_file(staff_client, it_products):
    data = form_data(staff_client.get(ADD_URL))
    data |= {
        "title_en": "Procura+ Manual",
        "slug": "procura-manual",
        "summary_en": "A guide to sustainable procurement.",
        "kind": "guide",
        "year": "2016",
        "published": "on",
        "product_groups": [it_products.pk],
        "files-2-0-language": "en",
        "files-2-0-file": pdf("Procura+ Manual.pdf", "manual"),
    }

    response = staff_client.post(ADD_URL, data)

    assert response.status_code == 302
    resource = Resource.objects.get(slug="procura-manual")
    assert resource.available_in == ["en"]
    item = resource.files.get()
    assert (item.version, item.original_name, item.file_type) == (1, "Procura Manual.pdf", "pdf")
    assert item.size == item.file.size


def new_version_data(staff_client, resource) -> dict:
    data = form_data(staff_client.get(f"/en/admin/resources/resource/{resource.pk}/change/"))
    return data | {"files-2-0-language": "en", "files-2-0-file": pdf("revised.pdf", "third")}


def test_an_upload_locks_the_resource_so_that_two_never_take_one_version(staff_client, criteria):
    url = f"/en/admin/resources/resource/{criteria.pk}/change/"
    data = new_version_data(staff_client, criteria)

    with CaptureQueriesContext(connection) as queries:
        response = staff_client.post(url, data)

    assert response.status_code == 302
    locks = [
        q["sql"] for q in queries if "FOR UPDATE" in q["sql"] and "resources_resource" in q["sql"]
    ]
    assert locks
    versions = criteria.files.filter(language="en").order_by("version")
    assert [item.version for item in versions] == [1, 2, 3]
    assert versions.last().original_name == "revised.pdf"


def test_a_failed_save_leaves_no_uploaded_file_behind(
    staff_client, criteria, settings, monkeypatch
):
    url = f"/en/admin/resources/resource/{criteria.pk}/change/"
    data = new_version_data(staff_client, criteria)
    before = media_files(settings.MEDIA_ROOT)

    def fail(*args, **kwargs):
        raise RuntimeError("the save fails after the files are stored")

    monkeypatch.setattr(ResourceAdmin, "log_change", fail)
    with pytest.raises(RuntimeError):
        staff_client.post(url, data)

    assert media_files(settings.MEDIA_ROOT) == before
    assert criteria.files.filter(language="en").count() == 2


def test_the_list_filters_and_searches(staff_client, criteria, basic_policy):
    for query in ["kind__exact=policy", "q=Japan", "year__exact=2024"]:
        response = staff_client.get(f"/en/admin/resources/resource/?{query}")
        assert response.status_code == 200
        cells = page(response).find_all("th")
        titles = [text for attrs, text in cells if "field-title" in attrs.get("class", "")]
        assert titles == [basic_policy.title_en], query


def test_staff_without_rights_get_no_library_admin(client, totp_login, sam, criteria):
    totp_login(sam)

    assert client.get("/en/admin/resources/resource/").status_code == 403
    assert client.get(f"/en/admin/resources/resource/{criteria.pk}/change/").status_code == 403
