"""Downloads: the stable address of each language serves its latest version, with the name
and type the file was checked to be; earlier versions keep their own addresses."""

from urllib.parse import quote

import pytest
from django_sendfile.utils import _get_sendfile

from procura.files import serve_private
from tests.resources.conftest import add_pdf

pytestmark = pytest.mark.django_db


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_the_stable_address_serves_the_latest_version(client, criteria, language):
    response = client.get(f"/{language}/resources/eu-gpp-criteria-computers/download/en/")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert disposition == 'attachment; filename="EU criteria computers revised.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"second version" in body(response)


def test_a_new_upload_becomes_the_latest_and_keeps_the_old_one(client, criteria):
    add_pdf(criteria, "en", "third.pdf", "third version")

    latest = client.get("/en/resources/eu-gpp-criteria-computers/download/en/")
    first = client.get("/en/resources/eu-gpp-criteria-computers/download/en/1/")

    assert b"third version" in body(latest)
    assert first.status_code == 200
    assert b"first version" in body(first)
    assert 'filename="EU criteria computers.pdf"' in first["Content-Disposition"]


def test_a_chinese_file_name_is_kept_for_the_visitor(client, criteria):
    response = client.get("/zh-hans/resources/eu-gpp-criteria-computers/download/zh-hans/")

    assert response.status_code == 200
    disposition = response["Content-Disposition"]
    assert disposition == (
        "attachment; filename=\"file.pdf\"; filename*=UTF-8''" + quote("欧盟计算机采购标准.pdf")
    )


def test_a_language_without_a_file_is_not_found(client, criteria):
    assert client.get("/en/resources/eu-gpp-criteria-computers/download/ja/").status_code == 404
    assert client.get("/en/resources/eu-gpp-criteria-computers/download/xx/").status_code == 404
    assert client.get("/en/resources/eu-gpp-criteria-computers/download/en/9/").status_code == 404


def test_an_unpublished_resource_has_no_download(client, draft_guide):
    assert client.get("/en/resources/draft-guide/download/en/").status_code == 404
    assert client.get("/en/resources/draft-guide/download/en/1/").status_code == 404


def test_staff_download_a_draft_privately(staff_client, draft_guide):
    response = staff_client.get("/en/resources/draft-guide/download/en/")

    assert response.status_code == 200
    assert response["Cache-Control"].startswith("private")


def test_files_are_stored_in_the_private_folder(criteria, settings):
    for item in criteria.files.all():
        assert item.file.name.startswith("private/resources/eu-gpp-criteria-computers/")
        assert (settings.MEDIA_ROOT / item.file.name).exists()


@pytest.fixture
def behind_nginx(settings):
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    _get_sendfile.cache_clear()
    yield
    _get_sendfile.cache_clear()


def test_behind_the_proxy_nginx_sends_the_file(client, criteria, behind_nginx):
    response = client.get("/en/resources/eu-gpp-criteria-computers/download/en/")

    assert response["X-Accel-Redirect"].startswith(
        "/protected/resources/eu-gpp-criteria-computers/en/v2/"
    )
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "北京公交车.pdf",
            "attachment; filename=\"file.pdf\"; filename*=UTF-8''" + quote("北京公交车.pdf"),
        ),
        (
            "Café menu.pdf",
            "attachment; filename=\"Cafe menu.pdf\"; filename*=UTF-8''Caf%C3%A9%20menu.pdf",
        ),
        ("Tender documents.pdf", 'attachment; filename="Tender documents.pdf"'),
    ],
)
def test_every_private_download_names_the_file_for_every_browser(rf, criteria, name, expected):
    item = criteria.files.get(language="zh-hans")

    response = serve_private(rf.get("/"), item.file, name)

    assert response["Content-Disposition"] == expected
    assert response["Cache-Control"] == "private, max-age=3600"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_published_resources_file_may_be_kept_by_shared_caches(client, criteria):
    response = client.get("/en/resources/eu-gpp-criteria-computers/download/en/")

    assert response["Cache-Control"] == "public, max-age=300"
