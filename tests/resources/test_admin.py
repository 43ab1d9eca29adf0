"""The library's admin: a tab per language, the files of every version with an upload for a
new one, filters and search; staff without rights get nothing."""

import pytest

from resources.models import Resource
from tests.helpers import form_data, page
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
